// Tests of ScoredExport: formula-injection neutralisation of text cells, RFC 4180 quoting, the exact
// CSV of a small scored snapshot, row selection and errors; the XLSX read back from its XML parts.
#include "io/csvcell.h"
#include "io/scoredexport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "xlsxparts.h"
#include <QXmlStreamReader>

#include <map>

using namespace tierlab;
using tierlab::test::canUnzip;
using tierlab::test::sharedStrings;
using tierlab::test::zipPart;

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
    void xlsxCells();
    void xlsxReplacesAtomically();
    void xlsxErrors();
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
    QCOMPARE(CsvCell::neutralise(cell), expected);
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
    QCOMPARE(CsvCell::quote(cell), expected);
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

namespace {

struct XlsxCell
{
    QString type;    // the t attribute: "s" shared string, empty for a number
    QString style;
    QString value;   // <v>
    bool formula = false;
};

// sheet1.xml's cells by reference ("A1").
std::map<QString, XlsxCell> sheetCells(const QByteArray &xml)
{
    std::map<QString, XlsxCell> cells;
    QXmlStreamReader r(xml);
    QString ref;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == u"c") {
            ref = r.attributes().value(QLatin1StringView("r")).toString();
            cells[ref].type = r.attributes().value(QLatin1StringView("t")).toString();
            cells[ref].style = r.attributes().value(QLatin1StringView("s")).toString();
        } else if (r.name() == u"v") {
            cells[ref].value = r.readElementText();
        } else if (r.name() == u"f") {
            cells[ref].formula = true;
        }
    }
    return cells;
}

} // namespace

void TestScoredExport::xlsxCells()
{
    if (!canUnzip())
        QSKIP("neither python3 nor unzip is installed: cannot read the workbook back");
    Fixture f;
    f.data.accountIds = {QStringLiteral("=SUM(A1)"), QStringLiteral("+1"), QStringLiteral("-2")};
    f.data.names = {QStringLiteral("@x"), QStringLiteral("\tx"), QStringLiteral("\rx")};
    f.data.csmNames = {QStringLiteral("Ann Smith"), QStringLiteral("+Bob")};
    ScoredExport::Input in = f.input();
    in.categoryScores = {{90.004, 10, std::numeric_limits<double>::quiet_NaN()}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scored.xlsx"));
    const auto written = ScoredExport::writeXlsx(in, path);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(2), QByteArray("PK"));

    const QByteArray stringsXml = zipPart(path, QStringLiteral("xl/sharedStrings.xml"));
    const QByteArray sheetXml = zipPart(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY2(stringsXml.contains("<sst"), stringsXml.constData());
    QVERIFY2(sheetXml.contains("<worksheet"), sheetXml.constData());
    const QStringList strings = sharedStrings(stringsXml);
    for (const QString &expected : {QStringLiteral("'=SUM(A1)"), QStringLiteral("'+1"), QStringLiteral("'-2"),
                                    QStringLiteral("'@x"), QStringLiteral("'\tx"), QStringLiteral("'\rx"),
                                    QStringLiteral("Ann Smith"), QStringLiteral("'+Bob"), QStringLiteral("At risk"),
                                    QStringLiteral("category:usage")})
        QVERIFY2(strings.contains(expected), qPrintable(strings.join(u'|') + u" lacks " + expected));
    for (const QString &raw : {QStringLiteral("=SUM(A1)"), QStringLiteral("+1"), QStringLiteral("-2"), QStringLiteral("@x")})
        QVERIFY2(!strings.contains(raw), qPrintable(raw));

    QVERIFY(!sheetXml.contains("<f>") && !sheetXml.contains("<f "));
    const std::map<QString, XlsxCell> cells = sheetCells(sheetXml);
    for (const auto &[ref, cell] : cells)
        QVERIFY2(!cell.formula, qPrintable(ref));
    auto stringAt = [&](const QString &ref) {
        const XlsxCell &c = cells.at(ref);
        return c.type == u"s" ? strings.value(c.value.toInt()) : QStringLiteral("<not a string: %1>").arg(c.value);
    };
    QCOMPARE(stringAt(QStringLiteral("A1")), QStringLiteral("account_id"));
    QCOMPARE(stringAt(QStringLiteral("A2")), QStringLiteral("'=SUM(A1)"));
    QCOMPARE(stringAt(QStringLiteral("B3")), QStringLiteral("'\tx"));
    QCOMPARE(stringAt(QStringLiteral("B4")), QStringLiteral("'\rx"));
    QCOMPARE(stringAt(QStringLiteral("C3")), QStringLiteral("'+Bob"));
    QCOMPARE(stringAt(QStringLiteral("I2")), QStringLiteral("green"));
    QCOMPARE(stringAt(QStringLiteral("J3")), QStringLiteral("At risk"));
    // Numbers are numeric cells (no t attribute) with the CSV's two decimals.
    const auto numberAt = [&](const QString &ref) {
        const XlsxCell &c = cells.at(ref);
        return c.type.isEmpty() ? c.value : QStringLiteral("<t=%1>").arg(c.type);
    };
    // (libxlsxwriter writes 16 significant digits: "83.45999999999999" reads back as the double 83.46.)
    QCOMPARE(numberAt(QStringLiteral("H2")).toDouble(), 83.46);
    QCOMPARE(numberAt(QStringLiteral("H3")), QStringLiteral("12"));
    QCOMPARE(numberAt(QStringLiteral("E2")), QStringLiteral("12000"));
    QCOMPARE(numberAt(QStringLiteral("E3")), QStringLiteral("0.5"));
    QCOMPARE(numberAt(QStringLiteral("K2")), QStringLiteral("90"));
    QCOMPARE(numberAt(QStringLiteral("K3")), QStringLiteral("10"));
    // Dates are date serials (days since 1899-12-30) with a date style.
    const qint64 excelEpoch = QDate(1899, 12, 30).toJulianDay();
    QCOMPARE(numberAt(QStringLiteral("F2")), QString::number(QDate(2026, 3, 1).toJulianDay() - excelEpoch));
    QCOMPARE(numberAt(QStringLiteral("G4")), QString::number(QDate(2026, 1, 26).toJulianDay() - excelEpoch));
    QVERIFY(!cells.at(QStringLiteral("F2")).style.isEmpty());
    // Missing values stay empty: no ARR, renewal, score or tier for A3's NaNs.
    QVERIFY(!cells.contains(QStringLiteral("E4")));
    QVERIFY(!cells.contains(QStringLiteral("F3")));
    QVERIFY(!cells.contains(QStringLiteral("H4")));
    QVERIFY(!cells.contains(QStringLiteral("K4")));
    // Frozen header, autofilter over every row and column, the worksheet's name.
    QVERIFY2(sheetXml.contains("state=\"frozen\"") && sheetXml.contains("ySplit=\"1\""), sheetXml.constData());
    QVERIFY2(sheetXml.contains("<autoFilter ref=\"A1:K4\""), sheetXml.constData());
    QVERIFY(zipPart(path, QStringLiteral("xl/workbook.xml")).contains("name=\"Scored accounts\""));
}

void TestScoredExport::xlsxReplacesAtomically()
{
    const Fixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scored.xlsx"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content");
    }
    QVERIFY(ScoredExport::writeXlsx(f.input(), path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(2), QByteArray("PK"));
    // Only the workbook: the temporary file was renamed, not left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("scored.xlsx")});
}

void TestScoredExport::xlsxErrors()
{
    const Fixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/dir/x.xlsx"));
    auto w = ScoredExport::writeXlsx(f.input(), path);
    QVERIFY(!w);
    QCOMPARE(w.error().code, Error::Code::Io);
    QVERIFY2(w.error().message.contains(path), qPrintable(w.error().message));
    QVERIFY(!QFile::exists(path));

    ScoredExport::Input in = f.input();
    in.rows = {7};
    auto bad = ScoredExport::writeXlsx(in, dir.filePath(QStringLiteral("y.xlsx")));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, Error::Code::Invalid);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("y.xlsx"))));
}

QTEST_GUILESS_MAIN(TestScoredExport)
#include "tst_scoredexport.moc"
