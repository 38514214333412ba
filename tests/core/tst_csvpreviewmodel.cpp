#include "io/csvprofiler.h"
#include "itemmodels/csvpreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace tierlab;

class TestCsvPreviewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cells_data();
    void cells();
    void lineNumbers();
    void mismatchedRows();
    void extraFields();
    void clear();

private:
    CsvPreviewModel m_model;
};

void TestCsvPreviewModel::initTestCase()
{
    new QAbstractItemModelTester(&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    auto profile = CsvProfiler::profile(QFINDTESTDATA("../data/csv/snap_basic.csv"));
    QVERIFY(profile);
    m_model.setProfile(*profile);
    QCOMPARE(m_model.rowCount(), 9);
    QCOMPARE(m_model.columnCount(), 11);
}

void TestCsvPreviewModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("first cell") << 0 << 0 << QStringLiteral("A1");
    QTest::newRow("quoted number keeps its comma") << 0 << 5 << QStringLiteral("12,000");
    QTest::newRow("percent as written") << 0 << 8 << QStringLiteral("45%");
    QTest::newRow("empty field") << 1 << 6 << QString();
    QTest::newRow("beyond a short row") << 2 << 5 << QString();
    QTest::newRow("empty account id") << 3 << 0 << QString();
    QTest::newRow("quoted delimiter") << 7 << 2 << QStringLiteral("Zeta, Inc.");
    QTest::newRow("spaces kept") << 7 << 7 << QStringLiteral(" 7 ");
    QTest::newRow("last cell") << 8 << 10 << QStringLiteral("Y");
}

void TestCsvPreviewModel::cells()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QCOMPARE(m_model.index(row, column).data().toString(), text);
}

void TestCsvPreviewModel::lineNumbers()
{
    // The header is line 1; the records start on line 2 (no record spans lines in this file).
    for (int row = 0; row < m_model.rowCount(); ++row) {
        QCOMPARE(m_model.lineOf(row), std::int64_t(row + 2));
        QCOMPARE(m_model.headerData(row, Qt::Vertical).toString(), QString::number(row + 2));
    }
    QCOMPARE(m_model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("account_id"));
    QCOMPARE(m_model.headerData(10, Qt::Horizontal).toString(), QStringLiteral("active"));
    QCOMPARE(m_model.lineOf(9), std::int64_t(0));
    QCOMPARE(m_model.lineOf(-1), std::int64_t(0));
}

void TestCsvPreviewModel::mismatchedRows()
{
    for (int row = 0; row < m_model.rowCount(); ++row)
        QCOMPARE(m_model.index(row, 0).data(CsvPreviewModel::MismatchRole).toBool(), row == 2);
    QCOMPARE(m_model.index(2, 1).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Line 4: expected 11 fields, found 3. The import will reject this row."));
    QCOMPARE(m_model.index(0, 2).data(Qt::ToolTipRole).toString(), QStringLiteral("Acme"));
}

void TestCsvPreviewModel::extraFields()
{
    CsvPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview({QStringLiteral("a"), QStringLiteral("b")},
                     {{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}, {QStringLiteral("4")}}, {2, 5});
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("(extra field 3)"));
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.index(1, 2).data().toString(), QString());
    QVERIFY(model.index(0, 0).data(CsvPreviewModel::MismatchRole).toBool());
    QVERIFY(model.index(1, 0).data(CsvPreviewModel::MismatchRole).toBool());
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("5"));
    QCOMPARE(model.headerData(3, Qt::Horizontal), QVariant());
}

void TestCsvPreviewModel::clear()
{
    CsvPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview({QStringLiteral("a")}, {{QStringLiteral("1")}}, {2});
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    QVERIFY(model.header().isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvPreviewModel)
#include "tst_csvpreviewmodel.moc"
