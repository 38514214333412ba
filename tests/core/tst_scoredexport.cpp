// Tests of ScoredExport: formula-injection neutralisation of text cells, RFC 4180 quoting, the exact
// CSV of a small scored snapshot, row selection and errors.
#include "io/scoredexport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;

class TestScoredExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neutralise_data();
    void neutralise();
    void quote_data();
    void quote();
    void exactCsv();
    void rowsAndCategories();
    void errors();
};

void TestScoredExport::neutralise_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\")") << QStringLiteral("'=HYPERLINK(\"http://x\")");
    QTest::newRow("plus") << QStringLiteral("+1+2") << QStringLiteral("'+1+2");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("negative number text") << QStringLiteral("-5") << QStringLiteral("'-5");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("plain") << QStringLiteral("Acme Corp") << QStringLiteral("Acme Corp");
    QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("leading space") << QStringLiteral(" =1") << QStringLiteral(" =1");
    QTest::newRow("quote already") << QStringLiteral("'=1") << QStringLiteral("'=1");
    QTest::newRow("empty") << QString() << QString();
}

void TestScoredExport::neutralise()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(ScoredExport::neutralise(cell), expected);
}

void TestScoredExport::quote_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("cr") << QStringLiteral("'\r=1") << QStringLiteral("\"'\r=1\"");
}

void TestScoredExport::quote()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(ScoredExport::quote(cell), expected);
}

namespace {

struct Fixture
{
    Dataset data;
    Model model;
    std::vector<double> scores;
    std::vector<std::int8_t> tiers;

    Fixture()
    {
        data.asOf = QDate(2026, 1, 26);
        data.accountIds = {QStringLiteral("A1"), QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("A3")};
        data.names = {QStringLiteral("Acme, Inc."), QStringLiteral("@evil"), QStringLiteral("-minus")};
        data.csmNames = {QStringLiteral("Ann"), QStringLiteral("+Bob")};
        data.csm = {0, 1, kMissingCode};
        data.segmentNames = {QStringLiteral("SMB")};
        data.segment = {0, kMissingCode, 0};
        data.arr = {12000, 0.5, std::numeric_limits<double>::quiet_NaN()};
        data.renewalDay = {QDate(2026, 3, 1).toJulianDay(), Dataset::kNoDate, QDate(2026, 2, 1).toJulianDay()};
        Tier red;
        red.id = QStringLiteral("red");
        red.label = QStringLiteral("At risk");
        Tier green;
        green.id = QStringLiteral("green");
        green.min = 70;
        model.tiers = {red, green};
        Category c;
        c.id = QStringLiteral("usage");
        model.categories = {c};
        scores = {83.456, 12, std::numeric_limits<double>::quiet_NaN()};
        tiers = {1, 0, -1};
    }

    ScoredExport::Input input() const
    {
        ScoredExport::Input in;
        in.data = &data;
        in.model = &model;
        in.scores = &scores;
        in.tiers = &tiers;
        return in;
    }
};

} // namespace

void TestScoredExport::exactCsv()
{
    const Fixture f;
    auto csv = ScoredExport::toCsv(f.input());
    QVERIFY(csv);
    const QByteArray expected = "\xEF\xBB\xBF"
                                "account_id,name,csm,segment,arr,renewal_date,as_of,score,tier,tier_label\r\n"
                                "A1,\"Acme, Inc.\",Ann,SMB,12000,2026-03-01,2026-01-26,83.46,green,green\r\n"
                                "'=cmd|' /C calc'!A0,'@evil,'+Bob,,0.5,,2026-01-26,12.00,red,At risk\r\n"
                                "A3,'-minus,,SMB,,2026-02-01,2026-01-26,,,\r\n";
    QCOMPARE(*csv, expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scored.csv"));
    QVERIFY(ScoredExport::writeCsv(f.input(), path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), expected);
}

void TestScoredExport::rowsAndCategories()
{
    const Fixture f;
    ScoredExport::Input in = f.input();
    in.rows = {2, 0};
    in.categoryScores = {{90, 10, std::numeric_limits<double>::quiet_NaN()}};
    auto csv = ScoredExport::toCsv(in);
    QVERIFY(csv);
    const QList<QByteArray> lines = csv->split('\n');
    QCOMPARE(lines.size(), 4);   // header, two rows, the empty rest after the last CRLF
    QVERIFY(lines[0].endsWith("tier_label,category:usage\r"));
    QCOMPARE(lines[1], QByteArray("A3,'-minus,,SMB,,2026-02-01,2026-01-26,,,,\r"));
    QCOMPARE(lines[2], QByteArray("A1,\"Acme, Inc.\",Ann,SMB,12000,2026-03-01,2026-01-26,83.46,green,green,90.00\r"));
}

void TestScoredExport::errors()
{
    const Fixture f;
    QVERIFY(!ScoredExport::toCsv({}));
    ScoredExport::Input in = f.input();
    std::vector<double> short_ = {1};
    in.scores = &short_;
    QCOMPARE(ScoredExport::toCsv(in).error().code, Error::Code::Invalid);
    in = f.input();
    in.rows = {5};
    QVERIFY(!ScoredExport::toCsv(in));
    in = f.input();
    in.categoryScores = {{1, 2, 3}, {4, 5, 6}};   // the model has one category
    QVERIFY(!ScoredExport::toCsv(in));
    QTemporaryDir dir;
    auto w = ScoredExport::writeCsv(f.input(), dir.filePath(QStringLiteral("no/such/dir/x.csv")));
    QVERIFY(!w);
    QCOMPARE(w.error().code, Error::Code::Io);
}

QTEST_GUILESS_MAIN(TestScoredExport)
#include "tst_scoredexport.moc"
