#include "itemmodels/signalcoveragemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tierlab;

class TestSignalCoverageModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contents();
};

void TestSignalCoverageModel::contents()
{
    SignalCoverageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    std::vector<SignalCoverage> rows(2);
    rows[0].info = SignalInfo{0, QStringLiteral("nps"), QStringLiteral("NPS"), SignalType::Number, {}, QStringLiteral("NPS score")};
    rows[0].present = 3;
    rows[0].coverage = 0.3;
    rows[1].info = SignalInfo{1, QStringLiteral("plan"), {}, SignalType::Category, {}, QStringLiteral("Plan")};
    rows[1].coverage = 1.0;
    model.setCoverage(rows);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(SignalCoverageModel::ColumnCount));
    QCOMPARE(model.index(0, SignalCoverageModel::SignalColumn).data().toString(), QStringLiteral("NPS"));
    QCOMPARE(model.index(1, SignalCoverageModel::SignalColumn).data().toString(), QStringLiteral("plan"));
    QCOMPARE(model.index(1, SignalCoverageModel::TypeColumn).data().toString(), QStringLiteral("category"));
    QCOMPARE(model.index(0, SignalCoverageModel::SourceColumn).data().toString(), QStringLiteral("NPS score"));
    QCOMPARE(model.index(0, SignalCoverageModel::CoverageColumn).data().toString(), QStringLiteral("30.0 %"));
    QCOMPARE(model.index(0, SignalCoverageModel::CoverageColumn).data(SignalCoverageModel::SortRole).toDouble(), 0.3);
    QCOMPARE(model.headerData(SignalCoverageModel::CoverageColumn, Qt::Horizontal).toString(), QStringLiteral("Coverage"));
    QVERIFY(!model.index(0, 0).parent().isValid());
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

QTEST_GUILESS_MAIN(TestSignalCoverageModel)
#include "tst_signalcoveragemodel.moc"
