// JsonLimits: the bounds on outside JSON, on hand-made texts, and through each reader that applies them
// (model file, signal recipes, saved mapping, playbook): refused with the path, line and column, fast.
#include "analysis/playbook.h"
#include "common/jsonlimits.h"
#include "io/importmapping.h"
#include "model/modelfile.h"
#include "recipes/recipeset.h"

#include <QFile>
#include <QTest>

using namespace tierlab;

namespace {

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QByteArray seedModel()
{
    QFile f(QStringLiteral(":/models/seed-default.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The seed model with `member` added at its top level.
QByteArray seedWith(const QByteArray &member)
{
    QByteArray json = seedModel().trimmed();
    json.chop(1);
    return json + ", " + member + "}";
}

} // namespace

class TestJsonLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limits_data();
    void limits();
    void seedsPass();
    void readersRefuse_data();
    void readersRefuse();
};

void TestJsonLimits::limits_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");   // empty: accepted

    QTest::newRow("64 levels") << nested(64) << QString();
    // Paths through a deep nest stop, in whole steps, at 160 characters.
    QTest::newRow("65 levels") << nested(65) << QStringLiteral("[0]").repeated(53) + QStringLiteral("…: nested deeper than 64 levels (line 1, column 65)");
    QTest::newRow("deep under a member") << QByteArray("{\"a\": {\"b\": [1, ") + nested(70) + "]}}"
                                         << QStringLiteral("a.b[1]") + QStringLiteral("[0]").repeated(51)
                                                + QStringLiteral("…: nested deeper than 64 levels (line 1, column 78)");
    QByteArray members = "{";
    for (int i = 0; i < 10'000; ++i)
        members += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":1";
    QTest::newRow("10,000 members") << members + "}" << QString();
    QTest::newRow("10,001 members") << members + ",\"x\":2}"
                                    << QStringLiteral("more than 10000 members in one object (line 1, column %1)").arg(members.size() + 1);
    QByteArray elements = "{\"list\":\n[";
    for (int i = 0; i <= 10'000; ++i)
        elements += i ? ",0" : "0";
    QTest::newRow("10,001 elements") << elements + "]}"
                                     << QStringLiteral("list: more than 10000 elements in one array (line 2, column 20001)");
    QTest::newRow("long string") << "{\"id\": \"" + QByteArray(65'537, 'x') + "\"}"
                                 << QStringLiteral("id: a string of more than 65536 bytes (line 1, column 8)");
    QTest::newRow("string at the limit") << "{\"id\": \"" + QByteArray(65'536, 'x') + "\"}" << QString();
    QTest::newRow("escaped quote stays inside") << QByteArray(R"({"a": "x\"[[[", "b": 1e400})")
                                                << QStringLiteral("b: the number 1e400 is too large for a double (at most about "
                                                                  "1.8e308) (line 1, column 22)");
    QTest::newRow("1e400 in a list") << QByteArray("{\"categories\": [{\"id\": \"a\"},\n  {\"id\": \"b\", \"weight\": -1e400}]}")
                                     << QStringLiteral("categories[1].weight: the number -1e400 is too large for a double (at "
                                                       "most about 1.8e308) (line 2, column 25)");
    QTest::newRow("1.7e308 is a double") << QByteArray(R"({"w": 1.7e308})") << QString();
    QTest::newRow("long number") << "{\"w\": 1" + QByteArray(70, '0') + "}"
                                 << QStringLiteral("w: a number of more than 64 characters (line 1, column 7)");
}

void TestJsonLimits::limits()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto r = JsonLimits::check(json);
    if (message.isEmpty()) {
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        return;
    }
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Invalid);
    QCOMPARE(r.error().message, message);
}

void TestJsonLimits::seedsPass()
{
    for (const char *name : {":/models/seed-default.json", ":/models/seed-four-tier.json"}) {
        QFile f(QString::fromLatin1(name));
        if (!f.exists())
            continue;
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(JsonLimits::check(f.readAll()));
    }
    QVERIFY(JsonLimits::check(seedModel()));
}

void TestJsonLimits::readersRefuse_data()
{
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");   // contained in the message

    // The issue's model files: an unknown member nested 60,000 levels deep (a SIGSEGV when its kept
    // text was written back), 20,000 levels (45 s and 4 GB), a map of 100,000 keys (16–20 s).
    QTest::newRow("model, 60,000 levels") << QStringLiteral("model") << seedWith("\"x_deep\": " + nested(60'000))
                                          << QStringLiteral("x_deep[0][0]");
    QTest::newRow("model, 20,000 levels") << QStringLiteral("model") << seedWith("\"x_deep\": " + nested(20'000))
                                          << QStringLiteral("nested deeper than 64 levels");
    QByteArray map = "{";
    for (int i = 0; i < 100'000; ++i)
        map += (i ? ",\"" : "\"") + QByteArray::number(i) + "\":50";
    QTest::newRow("model, map of 100,000 keys") << QStringLiteral("model") << seedWith("\"x_map\": " + map + "}")
                                                << QStringLiteral("x_map: more than 10000 members in one object");
    QTest::newRow("model, 1e400") << QStringLiteral("model") << seedWith("\"x_w\": 1e400")
                                  << QStringLiteral("x_w: the number 1e400 is too large");
    QTest::newRow("recipes, deep") << QStringLiteral("recipes") << "{\"format\": \"tierlab-signals\", \"x\": " + nested(100) + "}"
                                   << QStringLiteral("recipes.json: $.x[0][0]");
    QTest::newRow("mapping, deep") << QStringLiteral("mapping") << "{\"kind\": \"snapshots\", \"x\": " + nested(100) + "}"
                                   << QStringLiteral("x[0][0]");
    QTest::newRow("playbook, deep") << QStringLiteral("playbook") << "{\"format\": \"tierlab-playbook\", \"x\": " + nested(100) + "}"
                                    << QStringLiteral("$.x[0][0]");
}

void TestJsonLimits::readersRefuse()
{
    QFETCH(QString, reader);
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    Error error;
    if (reader == u"model") {
        auto r = ModelFile::fromJson(json);
        QVERIFY(!r);
        error = r.error();
    } else if (reader == u"recipes") {
        auto r = RecipeSet::parse(json, QStringLiteral("recipes.json"));
        QVERIFY(!r);
        error = r.error();
    } else if (reader == u"mapping") {
        auto r = ImportMapping::fromJson(json);
        QVERIFY(!r);
        error = r.error();
    } else {
        auto r = Playbook::fromJson(json);
        QVERIFY(!r);
        error = r.error();
    }
    QCOMPARE(error.code, Error::Code::Invalid);
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestJsonLimits)
#include "tst_jsonlimits.moc"
