#include "io/textdictionary.h"

#include <QTest>

#include <algorithm>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace tierlab;

// TextDictionary against a std::map: codes in order of first appearance, through the sorted fast path,
// the switch to hashing and clear().
class TestTextDictionary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortedThenShuffled();
    void clearStartsOver();
    void emptyAndEqualValues();
    void valuesDifferingInOneByte();

private:
    static void check(TextDictionary &d, const std::vector<std::string> &values);
};

void TestTextDictionary::check(TextDictionary &d, const std::vector<std::string> &values)
{
    std::map<std::string, std::int32_t> expected;
    for (const std::string &v : values) {
        const auto it = expected.try_emplace(v, std::int32_t(expected.size())).first;
        QCOMPARE(d.add(v), it->second);
    }
    QCOMPARE(d.size(), expected.size());
    for (const auto &[v, code] : expected)
        QCOMPARE(std::string(d.entry(std::size_t(code))), v);
}

void TestTextDictionary::sortedThenShuffled()
{
    // Built with snprintf: GCC 12 at -O3 warns (-Wrestrict) on "E" + std::to_string(…).
    const auto id = [](int n) {
        char text[16];
        return std::string(text, std::size_t(std::snprintf(text, sizeof text, "E%d", n)));
    };
    std::vector<std::string> values;
    for (int i = 0; i < 5000; ++i)
        values.push_back(id(1000000 + i));   // ascending: no look-ups
    std::mt19937 rng(7);
    for (int i = 0; i < 20000; ++i)   // out of order from here on: repeats and new values, hashed
        values.push_back(id(1000000 + int(rng() % 9000)));
    TextDictionary d;
    check(d, values);
}

void TestTextDictionary::clearStartsOver()
{
    TextDictionary d;
    check(d, {"b", "a", "c", "a", "b"});
    d.clear();
    check(d, {"x", "y", "z", "y", "a", "z"});
    d.clear();
    check(d, {"a", "b", "c"});
}

void TestTextDictionary::emptyAndEqualValues()
{
    TextDictionary d;
    check(d, {"", "", "a", "a", "a", "b", "b", "a", std::string("a\0b", 3), "a"});
}

// Values held whole in a slot (up to 16 bytes) and longer ones compared in the arena: every length
// from 0 to 40, each with variants differing in a single byte at every position (NUL included), in
// shuffled order so that every value goes through the hashed look-up.
void TestTextDictionary::valuesDifferingInOneByte()
{
    std::vector<std::string> values;
    for (std::size_t n = 0; n <= 40; ++n) {
        const std::string base(n, 'x');
        values.push_back(base);
        for (std::size_t i = 0; i < n; ++i) {
            for (const char c : {'\0', 'y', '\xff'}) {
                std::string v = base;
                v[i] = c;
                values.push_back(v);
            }
        }
    }
    const std::size_t distinct = values.size();
    std::vector<std::string> twice = values;
    twice.insert(twice.end(), values.begin(), values.end());
    std::mt19937 rng(11);
    std::shuffle(twice.begin(), twice.end(), rng);
    TextDictionary d;
    check(d, twice);
    QCOMPARE(d.size(), distinct);
}

QTEST_APPLESS_MAIN(TestTextDictionary)
#include "tst_textdictionary.moc"
