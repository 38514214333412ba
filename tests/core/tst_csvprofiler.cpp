#include "io/csvprofiler.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;

namespace {

QString fixture(const char *name)
{
    return QFINDTESTDATA(QStringLiteral("../data/csv/") + QLatin1StringView(name));
}

} // namespace

class TestCsvProfiler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columns();
    void sampleAndPreview();
    void semicolonFile();
    void labelColumn_data();
    void labelColumn();
    void errors();
};

void TestCsvProfiler::columns()
{
    auto p = CsvProfiler::profile(fixture("profile_types.csv"));
    QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
    QCOMPARE(p->encoding, TextEncoding::Utf8);
    QCOMPARE(p->delimiter, ',');
    QCOMPARE(p->header.size(), 11);
    const ImportMapping m = p->suggestMapping(ImportKind::Snapshots);
    QStringList got;
    for (const ColumnMapping &c : m.columns) {
        got << QStringLiteral("%1|%2|%3|%4|%5")
                   .arg(c.header, columnRoleName(c.role), valueTypeName(c.type), c.signalId)
                   .arg(c.type == ValueType::Date ? int(c.dateOrder) : -1);
    }
    QCOMPARE(got, (QStringList{
                      QStringLiteral("Customer ID|account_id|category|customer_id|-1"),
                      QStringLiteral("As Of|as_of|date|as_of|0"),
                      QStringLiteral("Seats|signal|number|seats|-1"),
                      QStringLiteral("Active?|signal|flag|active|-1"),
                      QStringLiteral("Signup|signal|date|signup|0"),
                      QStringLiteral("Region|signal|category|region|-1"),
                      QStringLiteral("Score %|signal|number|score|-1"),
                      QStringLiteral("Amount|signal|number|amount|-1"),
                      QStringLiteral("US date|signal|date|us_date|1"),
                      QStringLiteral("EU date|signal|date|eu_date|2"),
                      QStringLiteral("Mixed|signal|category|mixed|-1"),
                  }));
    QVERIFY(!m.rowNumberIds);
    QCOMPARE(p->columns[2].missing(), 1);
    QCOMPARE(p->columns[5].examples(), (QStringList{QStringLiteral("North"), QStringLiteral("South")}));
}

void TestCsvProfiler::sampleAndPreview()
{
    CsvProfiler::Options o;
    o.sampleRows = 10;
    o.wholeFileBelow = 0;   // treat it as large: sample only
    o.previewRows = 5;
    auto p = CsvProfiler::profile(fixture("snap_many.csv"), o);
    QVERIFY(p);
    QCOMPARE(p->rowsSampled, 10);
    QVERIFY(!p->wholeFile);
    QCOMPARE(p->preview.size(), std::size_t(5));
    QCOMPARE(p->preview.front(), (QStringList{QStringLiteral("B01"), QStringLiteral("2024-03-31"),
                                              QStringLiteral("3"), QStringLiteral("Pro")}));
    QCOMPARE(p->previewLines, (std::vector<std::int64_t>{2, 3, 4, 5, 6}));
    auto whole = CsvProfiler::profile(fixture("quoted_lf.csv"));
    QVERIFY(whole);
    QVERIFY(whole->wholeFile);
    QCOMPARE(whole->rowsSampled, 4);
    QCOMPARE(whole->previewLines, (std::vector<std::int64_t>{2, 3, 4, 6}));
    // A malformed row shows in the preview but does not count in the column profiles.
    auto bad = CsvProfiler::profile(fixture("wrong_count.csv"));
    QVERIFY(bad);
    QCOMPARE(bad->preview.size(), std::size_t(4));
    QCOMPARE(bad->columns[0].values(), 2);
}

void TestCsvProfiler::semicolonFile()
{
    auto p = CsvProfiler::profile(fixture("semicolon.csv"));
    QVERIFY(p);
    QCOMPARE(p->delimiter, ';');
    QCOMPARE(p->decimalStyle, DecimalStyle::Comma);
    const ImportMapping m = p->suggestMapping(ImportKind::Snapshots);
    QCOMPARE(valueTypeName(m.columns[1].type), QStringLiteral("number"));   // 1.234,5 and 7
    QCOMPARE(valueTypeName(m.columns[2].type), QStringLiteral("number"));   // 12,5% and 3
    QCOMPARE(m.decimalStyle, DecimalStyle::Comma);
    QCOMPARE(m.delimiter, ';');
}

// A churn label is recognised by its name and by its values: more than half are label words (yes/no,
// true/false, 1/0, churned/retained/active).
void TestCsvProfiler::labelColumn_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("type");
    const auto rep = [](std::initializer_list<std::pair<const char *, int>> runs) {
        QStringList out;
        for (const auto &[value, n] : runs) {
            for (int i = 0; i < n; ++i)
                out << QString::fromUtf8(value);
        }
        return out;
    };
    QTest::newRow("yes/no and a Maybe") << QStringLiteral("Churn") << rep({{"Yes", 10}, {"No", 10}, {"Maybe", 1}})
                                        << QStringLiteral("label") << QStringLiteral("flag");
    QTest::newRow("yes/no and two Maybe") << QStringLiteral("Churn") << rep({{"Yes", 9}, {"No", 9}, {"Maybe", 2}})
                                          << QStringLiteral("label") << QStringLiteral("category");
    QTest::newRow("four rows, one Maybe") << QStringLiteral("Churn") << rep({{"Yes", 1}, {"No", 2}, {"Maybe", 1}})
                                          << QStringLiteral("label") << QStringLiteral("category");
    QTest::newRow("half label words") << QStringLiteral("churned") << rep({{"Yes", 2}, {"price", 1}, {"support", 1}})
                                      << QStringLiteral("signal") << QStringLiteral("category");
    QTest::newRow("0/1") << QStringLiteral("churn_flag") << rep({{"0", 5}, {"1", 5}}) << QStringLiteral("label")
                         << QStringLiteral("number");
    QTest::newRow("churned/retained/active") << QStringLiteral("Churned") << rep({{"Churned", 3}, {"Retained", 3}, {"Active", 1}})
                                             << QStringLiteral("label") << QStringLiteral("category");
    QTest::newRow("missing tokens") << QStringLiteral("is_churned") << rep({{"true", 4}, {"false", 4}, {"NA", 3}})
                                    << QStringLiteral("label") << QStringLiteral("flag");
    QTest::newRow("another name") << QStringLiteral("Partner") << rep({{"Yes", 3}, {"No", 3}}) << QStringLiteral("signal")
                                  << QStringLiteral("flag");
    QTest::newRow("text") << QStringLiteral("Churn") << rep({{"high", 3}, {"low", 3}}) << QStringLiteral("signal")
                          << QStringLiteral("category");
}

void TestCsvProfiler::labelColumn()
{
    QFETCH(QString, header);
    QFETCH(QStringList, values);
    QFETCH(QString, role);
    QFETCH(QString, type);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("labels.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("id,as_of," + header.toUtf8() + '\n');
    for (int i = 0; i < values.size(); ++i)
        f.write("A" + QByteArray::number(i) + ",2024-01-31," + values[i].toUtf8() + '\n');
    f.close();
    const ImportMapping m = CsvProfiler::profile(path).value().suggestMapping(ImportKind::Snapshots);
    QCOMPARE(columnRoleName(m.columns[2].role), role);
    QCOMPARE(valueTypeName(m.columns[2].type), type);
}

void TestCsvProfiler::errors()
{
    auto empty = CsvProfiler::profile(fixture("empty.csv"));
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, Error::Code::Invalid);
    QVERIFY(empty.error().message.contains(QStringLiteral("empty")));
    auto missing = CsvProfiler::profile(QStringLiteral("/nonexistent.csv"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::Io);
}

QTEST_GUILESS_MAIN(TestCsvProfiler)
#include "tst_csvprofiler.moc"
