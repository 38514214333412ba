#include "itemmodels/rejectsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace tierlab;

class TestRejectsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cells_data();
    void cells();
    void headers();
    void reset();

private:
    RejectsModel m_model;
};

void TestRejectsModel::initTestCase()
{
    new QAbstractItemModelTester(&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    QCOMPARE(m_model.rowCount(), 0);
    m_model.setRejects({{4, QString(), QStringLiteral("expected 11 fields, found 3")},
                        {8, QStringLiteral("logins"), QStringLiteral("not a number: \"many\"")},
                        {12, QStringLiteral("as_of"), QStringLiteral("unreadable as_of date \"31/31/2024\"")}});
    QCOMPARE(m_model.rowCount(), 3);
    QCOMPARE(m_model.columnCount(), 3);
}

void TestRejectsModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("display");
    QTest::newRow("line is a number") << 0 << int(RejectsModel::LineColumn) << QVariant(qlonglong(4));
    QTest::newRow("whole row") << 0 << int(RejectsModel::ColumnColumn) << QVariant(QStringLiteral("(whole row)"));
    QTest::newRow("reason") << 0 << int(RejectsModel::ReasonColumn)
                            << QVariant(QStringLiteral("expected 11 fields, found 3"));
    QTest::newRow("column") << 1 << int(RejectsModel::ColumnColumn) << QVariant(QStringLiteral("logins"));
    QTest::newRow("quoted value") << 1 << int(RejectsModel::ReasonColumn)
                                  << QVariant(QStringLiteral("not a number: \"many\""));
    QTest::newRow("two-digit line") << 2 << int(RejectsModel::LineColumn) << QVariant(qlonglong(12));
}

void TestRejectsModel::cells()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, display);
    QCOMPARE(m_model.index(row, column).data(), display);
}

void TestRejectsModel::headers()
{
    QCOMPARE(m_model.headerData(RejectsModel::LineColumn, Qt::Horizontal).toString(), QStringLiteral("Line"));
    QCOMPARE(m_model.headerData(RejectsModel::ColumnColumn, Qt::Horizontal).toString(), QStringLiteral("Column"));
    QCOMPARE(m_model.headerData(RejectsModel::ReasonColumn, Qt::Horizontal).toString(), QStringLiteral("Reason"));
    QCOMPARE(m_model.index(1, RejectsModel::LineColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Line 8 of the file"));
    QCOMPARE(m_model.index(1, RejectsModel::LineColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}

void TestRejectsModel::reset()
{
    RejectsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRejects({{2, QStringLiteral("a"), QStringLiteral("b")}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rejects().front().line, std::int64_t(2));
    model.setRejects({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.index(0, 0).data(), QVariant());
}

QTEST_GUILESS_MAIN(TestRejectsModel)
#include "tst_rejectsmodel.moc"
