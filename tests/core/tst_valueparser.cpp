#include "io/valueparser.h"

#include <QTest>

#include <charconv>
#include <cmath>
#include <cstring>
#include <random>
#include <string>

using namespace tierlab;

Q_DECLARE_METATYPE(DecimalStyle)
Q_DECLARE_METATYPE(DateOrder)

class TestValueParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void number_data();
    void number();
    void flag_data();
    void flag();
    void date_data();
    void date();
    void dateShape_data();
    void dateShape();
    void missing();
    void numberBitsAsFromChars();
};

void TestValueParser::number_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<DecimalStyle>("style");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    const auto P = DecimalStyle::Point;
    const auto C = DecimalStyle::Comma;
    QTest::newRow("integer") << QByteArray("42") << P << true << 42.0;
    QTest::newRow("decimal") << QByteArray("29.85") << P << true << 29.85;
    QTest::newRow("negative") << QByteArray("-10") << P << true << -10.0;
    QTest::newRow("plus") << QByteArray("+7") << P << true << 7.0;
    QTest::newRow("4.0 style") << QByteArray("4.0") << P << true << 4.0;
    QTest::newRow("leading dot") << QByteArray(".5") << P << true << 0.5;
    QTest::newRow("exponent") << QByteArray("1e3") << P << true << 1000.0;
    QTest::newRow("padded") << QByteArray("  7 ") << P << true << 7.0;
    QTest::newRow("thousands") << QByteArray("1,234,567") << P << true << 1234567.0;
    QTest::newRow("thousands decimal") << QByteArray("1,234.50") << P << true << 1234.5;
    QTest::newRow("space thousands") << QByteArray("1 234") << P << true << 1234.0;
    QTest::newRow("nbsp thousands") << QByteArray("1\xC2\xA0" "234") << P << true << 1234.0;
    QTest::newRow("percent") << QByteArray("45%") << P << true << 45.0;
    QTest::newRow("percent decimal") << QByteArray("12.5 %") << P << true << 12.5;
    QTest::newRow("dollar") << QByteArray("$5000") << P << true << 5000.0;
    QTest::newRow("dollar thousands") << QByteArray("$1,200.50") << P << true << 1200.5;
    QTest::newRow("minus dollar") << QByteArray("-$3") << P << true << -3.0;
    QTest::newRow("dollar minus") << QByteArray("$-3") << P << true << -3.0;
    QTest::newRow("euro suffix") << QByteArray("7 \xE2\x82\xAC") << P << true << 7.0;
    QTest::newRow("pound") << QByteArray("\xC2\xA3" "12") << P << true << 12.0;
    QTest::newRow("parentheses") << QByteArray("(1,000)") << P << true << -1000.0;
    QTest::newRow("bad grouping") << QByteArray("1,23") << P << false << 0.0;
    QTest::newRow("bad grouping 2") << QByteArray("1234,567") << P << false << 0.0;
    QTest::newRow("decimal comma in point style") << QByteArray("1,5") << P << false << 0.0;
    QTest::newRow("text") << QByteArray("many") << P << false << 0.0;
    QTest::newRow("number then text") << QByteArray("12abc") << P << false << 0.0;
    QTest::newRow("inf") << QByteArray("inf") << P << false << 0.0;
    QTest::newRow("nan") << QByteArray("nan") << P << false << 0.0;
    QTest::newRow("minus only") << QByteArray("-") << P << false << 0.0;
    QTest::newRow("dot only") << QByteArray(".") << P << false << 0.0;
    QTest::newRow("two signs") << QByteArray("--5") << P << false << 0.0;
    QTest::newRow("empty") << QByteArray("") << P << false << 0.0;
    QTest::newRow("blank") << QByteArray(" ") << P << false << 0.0;
    QTest::newRow("comma: decimal") << QByteArray("12,5") << C << true << 12.5;
    QTest::newRow("comma: thousands and decimal") << QByteArray("1.234,5") << C << true << 1234.5;
    QTest::newRow("comma: thousands") << QByteArray("1.234.567") << C << true << 1234567.0;
    QTest::newRow("comma: percent") << QByteArray("12,5%") << C << true << 12.5;
    QTest::newRow("comma: euro") << QByteArray("1.000,00 \xE2\x82\xAC") << C << true << 1000.0;
    QTest::newRow("comma: integer") << QByteArray("7") << C << true << 7.0;
    QTest::newRow("comma: 4.0 reads as a point") << QByteArray("4.0") << C << true << 4.0;
    QTest::newRow("comma: two commas") << QByteArray("1,2,3") << C << false << 0.0;
}

void TestValueParser::number()
{
    QFETCH(QByteArray, text);
    QFETCH(DecimalStyle, style);
    QFETCH(bool, ok);
    QFETCH(double, value);
    const auto v = ValueParser::parseNumber(std::string_view(text.constData(), std::size_t(text.size())), style);
    QCOMPARE(v.has_value(), ok);
    if (ok)
        QCOMPARE(*v, value);
}

void TestValueParser::flag_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("word");    // parseFlagWord: -1 none, 0 false, 1 true
    QTest::addColumn<int>("flag");    // parseFlag
    QTest::addColumn<int>("label");   // parseLabel
    QTest::newRow("yes") << QByteArray("yes") << 1 << 1 << 1;
    QTest::newRow("Yes") << QByteArray("Yes") << 1 << 1 << 1;
    QTest::newRow("NO") << QByteArray("NO") << 0 << 0 << 0;
    QTest::newRow("True") << QByteArray("True") << 1 << 1 << 1;
    QTest::newRow("FALSE") << QByteArray("FALSE") << 0 << 0 << 0;
    QTest::newRow("y") << QByteArray("y") << 1 << 1 << 1;
    QTest::newRow("N padded") << QByteArray(" N ") << 0 << 0 << 0;
    QTest::newRow("1") << QByteArray("1") << -1 << 1 << 1;
    QTest::newRow("0") << QByteArray("0") << -1 << 0 << 0;
    QTest::newRow("2") << QByteArray("2") << -1 << -1 << -1;
    QTest::newRow("maybe") << QByteArray("maybe") << -1 << -1 << -1;
    QTest::newRow("yesno") << QByteArray("yesno") << -1 << -1 << -1;
    QTest::newRow("empty") << QByteArray("") << -1 << -1 << -1;
    QTest::newRow("No phone service") << QByteArray("No phone service") << -1 << -1 << -1;
    QTest::newRow("Churned") << QByteArray("Churned") << -1 << -1 << 1;
    QTest::newRow("retained padded") << QByteArray(" retained ") << -1 << -1 << 0;
    QTest::newRow("ACTIVE") << QByteArray("ACTIVE") << -1 << -1 << 0;
    QTest::newRow("churn") << QByteArray("churn") << -1 << -1 << -1;
    QTest::newRow("inactive") << QByteArray("inactive") << -1 << -1 << -1;
}

void TestValueParser::flag()
{
    QFETCH(QByteArray, text);
    QFETCH(int, word);
    QFETCH(int, flag);
    QFETCH(int, label);
    const std::string_view s(text.constData(), std::size_t(text.size()));
    const auto w = ValueParser::parseFlagWord(s);
    QCOMPARE(w ? int(*w) : -1, word);
    const auto f = ValueParser::parseFlag(s);
    QCOMPARE(f ? int(*f) : -1, flag);
    const auto l = ValueParser::parseLabel(s);
    QCOMPARE(l ? int(*l) : -1, label);
}

void TestValueParser::date_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QDate>("expected");   // invalid: not readable
    const auto I = DateOrder::Iso;
    const auto US = DateOrder::MonthDayYear;
    const auto EU = DateOrder::DayMonthYear;
    QTest::newRow("iso") << QByteArray("2024-01-31") << I << QDate(2024, 1, 31);
    QTest::newRow("iso padded") << QByteArray(" 2024-01-31 ") << I << QDate(2024, 1, 31);
    QTest::newRow("iso slashes") << QByteArray("2024/01/31") << I << QDate(2024, 1, 31);
    QTest::newRow("iso single digits") << QByteArray("2024-1-5") << I << QDate(2024, 1, 5);
    QTest::newRow("iso date-time space") << QByteArray("2023-07-28 03:00:00") << I << QDate(2023, 7, 28);
    QTest::newRow("iso date-time T") << QByteArray("2023-07-28T03:00:00Z") << I << QDate(2023, 7, 28);
    QTest::newRow("iso leap day") << QByteArray("2024-02-29") << I << QDate(2024, 2, 29);
    QTest::newRow("iso not leap") << QByteArray("2023-02-29") << I << QDate();
    QTest::newRow("iso month 13") << QByteArray("2024-13-01") << I << QDate();
    QTest::newRow("iso junk after") << QByteArray("2024-01-31x") << I << QDate();
    QTest::newRow("iso order reads iso under US") << QByteArray("2024-01-31") << US << QDate(2024, 1, 31);
    QTest::newRow("us") << QByteArray("10/16/2024") << US << QDate(2024, 10, 16);
    QTest::newRow("us short") << QByteArray("1/2/2024") << US << QDate(2024, 1, 2);
    QTest::newRow("us time") << QByteArray("1/2/2024 3:00") << US << QDate(2024, 1, 2);
    QTest::newRow("us invalid") << QByteArray("16/10/2024") << US << QDate();
    QTest::newRow("eu slash") << QByteArray("16/10/2024") << EU << QDate(2024, 10, 16);
    QTest::newRow("eu short") << QByteArray("1/2/2024") << EU << QDate(2024, 2, 1);
    QTest::newRow("eu dotted") << QByteArray("16.10.2024") << EU << QDate(2024, 10, 16);
    QTest::newRow("dotted is eu even as US") << QByteArray("3.4.2024") << US << QDate(2024, 4, 3);
    QTest::newRow("slash under iso") << QByteArray("1/2/2024") << I << QDate();
    QTest::newRow("two-digit year") << QByteArray("1/2/24") << US << QDate();
    QTest::newRow("text") << QByteArray("yesterday") << I << QDate();
    QTest::newRow("number") << QByteArray("20240131") << I << QDate();
    QTest::newRow("empty") << QByteArray("") << I << QDate();
}

void TestValueParser::date()
{
    QFETCH(QByteArray, text);
    QFETCH(DateOrder, order);
    QFETCH(QDate, expected);
    const auto d = ValueParser::parseDate(std::string_view(text.constData(), std::size_t(text.size())), order);
    QCOMPARE(d.has_value(), expected.isValid());
    if (d)
        QCOMPARE(*d, expected);
}

void TestValueParser::dateShape_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("iso");
    QTest::addColumn<bool>("mdy");
    QTest::addColumn<bool>("dmy");
    QTest::addColumn<bool>("dotted");
    QTest::newRow("iso") << QByteArray("2024-01-31") << true << false << false << false;
    QTest::newRow("us only") << QByteArray("10/16/2024") << false << true << false << false;
    QTest::newRow("eu only") << QByteArray("16/10/2024") << false << false << true << false;
    QTest::newRow("ambiguous") << QByteArray("1/2/2024") << false << true << true << false;
    QTest::newRow("dotted") << QByteArray("1.2.2024") << false << false << true << true;
    QTest::newRow("neither") << QByteArray("13/13/2024") << false << false << false << false;
    QTest::newRow("text") << QByteArray("Pro") << false << false << false << false;
}

void TestValueParser::dateShape()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, iso);
    QFETCH(bool, mdy);
    QFETCH(bool, dmy);
    QFETCH(bool, dotted);
    const auto s = ValueParser::dateShape(std::string_view(text.constData(), std::size_t(text.size())));
    QCOMPARE(s.iso, iso);
    QCOMPARE(s.monthDayYear, mdy);
    QCOMPARE(s.dayMonthYear, dmy);
    QCOMPARE(s.dotted, dotted);
}

void TestValueParser::missing()
{
    QVERIFY(ValueParser::isMissing(""));
    QVERIFY(ValueParser::isMissing(" "));
    QVERIFY(ValueParser::isMissing(" \t "));
    QVERIFY(!ValueParser::isMissing(" 0 "));
    // The tokens exports write for "no value", padded or not; only these exact spellings.
    for (const char *token : {"NA", " N/A ", "n/a", "NULL", "null", "-", "?", "#N/A", "NaN", "nan", "None"})
        QVERIFY2(ValueParser::isMissing(token), token);
    for (const char *value : {"na", "Null", "--", "none", "0", "n", "-1"})
        QVERIFY2(!ValueParser::isMissing(value), value);
    QCOMPARE(ValueParser::trimmed("  a b "), std::string_view("a b"));
}

// parseNumber reads plain decimals of up to 15 digits itself (one exact division); the value must have
// the bits std::from_chars gives, on both sides of that limit, in both decimal styles.
void TestValueParser::numberBitsAsFromChars()
{
    std::mt19937_64 rng(11);
    for (int i = 0; i < 200000; ++i) {
        std::string t = (rng() % 4 == 0) ? "-" : "";
        const int whole = 1 + int(rng() % 12), fraction = int(rng() % 9);
        for (int d = 0; d < whole; ++d)
            t += char('0' + rng() % 10);
        if (fraction > 0) {
            t += '.';
            for (int d = 0; d < fraction; ++d)
                t += char('0' + rng() % 10);
        }
        double expected = 0;
        std::from_chars(t.data(), t.data() + t.size(), expected);
        const auto got = ValueParser::parseNumber(t, DecimalStyle::Point);
        QVERIFY2(got && std::memcmp(&*got, &expected, sizeof(double)) == 0, t.c_str());
        if (fraction == 0) {
            const auto comma = ValueParser::parseNumber(t, DecimalStyle::Comma);
            QVERIFY2(comma && std::memcmp(&*comma, &expected, sizeof(double)) == 0, t.c_str());
        }
    }
    const double negativeZero = -0.0;
    const auto z = ValueParser::parseNumber("-0.0");
    QVERIFY(z && std::memcmp(&*z, &negativeZero, sizeof(double)) == 0);
    QCOMPARE(*ValueParser::parseNumber("0.1"), 0.1);
    QCOMPARE(*ValueParser::parseNumber("123456789012345.6"), 123456789012345.6);
}

QTEST_GUILESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
