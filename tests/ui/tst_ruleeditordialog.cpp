// RuleEditorDialog: the rule's curve over the signal's histogram redraws as the fields are typed,
// and on a workspace the bars split into churned and retained accounts once the worker has read the
// outcomes, with the AUC SignalDiagnostics computes for that week.
#include "analysis/signaldiagnostics.h"
#include "charts/rulecurvechart.h"
#include "datasetbuilder.h"
#include "demo/demogenerator.h"
#include "designer/ruleeditordialog.h"
#include "session/workspacesession.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tierlab;
using namespace tierlab::ui;

class TestRuleEditorDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void curveFollowsTypedFields();
    void invalidBandsDrawNoCurve();
    void mapRuleMarksEachCategory();
    void noSnapshotNoChart();
    void workspaceOutcomesSplitTheBars();

private:
    QTemporaryDir m_dir;
};

namespace {

std::shared_ptr<const Dataset> snapshot()
{
    return std::make_shared<const Dataset>(test::dataset(
        {test::numberColumn(QStringLiteral("tickets"), {0, 1, 1, 2, 3, 5, 8}),
         test::textColumn(QStringLiteral("plan"), {QStringLiteral("Gold"), QStringLiteral("Silver"), QStringLiteral("Gold"),
                                                   QStringLiteral("Bronze"), QStringLiteral("Gold"), QString(), QStringLiteral("Silver")})}));
}

Signal ticketsSignal()
{
    Signal s;
    s.id = QStringLiteral("tickets");
    s.category = QStringLiteral("support");
    s.rule.worst = 8;
    s.rule.best = 0;
    return s;
}

} // namespace

void TestRuleEditorDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRuleEditorDialog::curveFollowsTypedFields()
{
    RuleEditorDialog dialog(ticketsSignal(), snapshot());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    RuleCurveChart *chart = dialog.chart();
    QVERIFY(chart);
    QCOMPARE(chart->barSeriesCount(), 1);   // no workspace: no outcomes to split by
    QCOMPARE(chart->scoreDrawnAt(8), 0.0);
    QCOMPARE(chart->scoreDrawnAt(0), 100.0);
    auto *worst = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("ruleWorst"));
    QVERIFY(worst);
    worst->selectAll();
    QTest::keyClicks(worst, QStringLiteral("4"));
    QCOMPARE(worst->value(), 4.0);
    QCOMPARE(chart->scoreDrawnAt(4), 0.0);   // live, before OK
    QCOMPARE(chart->scoreDrawnAt(0), 100.0);
    QVERIFY(chart->aucText().contains(RuleEditorDialog::tr("no workspace outcomes")));
}

void TestRuleEditorDialog::invalidBandsDrawNoCurve()
{
    RuleEditorDialog dialog(ticketsSignal(), snapshot());
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("ruleKind"));
    auto *edges = dialog.findChild<QLineEdit *>(QStringLiteral("bandEdges"));
    auto *scores = dialog.findChild<QLineEdit *>(QStringLiteral("bandScores"));
    QVERIFY(kind && edges && scores);
    kind->setCurrentIndex(kind->findData(int(RuleKind::Bands)));
    QTest::keyClicks(edges, QStringLiteral("2, 5"));
    QTest::keyClicks(scores, QStringLiteral("100, 50"));   // one score short
    QCOMPARE(dialog.chart()->curvePointCount(), 0);
    QTest::keyClicks(scores, QStringLiteral(", 0"));
    QVERIFY(dialog.chart()->curvePointCount() > 0);
    QCOMPARE(dialog.chart()->scoreDrawnAt(2), 50.0);
    QCOMPARE(dialog.chart()->scoreDrawnAt(std::nextafter(2.0, 0.0)), 100.0);
    QCOMPARE(dialog.chart()->scoreDrawnAt(5), 0.0);
}

void TestRuleEditorDialog::mapRuleMarksEachCategory()
{
    Signal plan;
    plan.id = QStringLiteral("plan");
    plan.category = QStringLiteral("commercial");
    plan.rule.kind = RuleKind::Map;
    plan.rule.mapScores = {{QStringLiteral("Gold"), 90}};
    RuleEditorDialog dialog(plan, snapshot());
    RuleCurveChart *chart = dialog.chart();
    QVERIFY(chart);
    QCOMPARE(chart->barCount(), 3);
    QCOMPARE(chart->markerCount(), 3);
    QCOMPARE(chart->markerScore(QStringLiteral("Silver")), 50.0);   // the default
    auto *map = dialog.findChild<QPlainTextEdit *>(QStringLiteral("mapScores"));
    QVERIFY(map);
    map->moveCursor(QTextCursor::End);
    QTest::keyClick(map, Qt::Key_Return);
    QTest::keyClicks(map, QStringLiteral("Silver = 35"));
    QCOMPARE(chart->markerScore(QStringLiteral("Silver")), 35.0);
    QCOMPARE(chart->markerScore(QStringLiteral("Gold")), 90.0);
}

void TestRuleEditorDialog::noSnapshotNoChart()
{
    RuleEditorDialog none(ticketsSignal(), nullptr);
    QVERIFY(!none.chart());
    Signal absent = ticketsSignal();
    absent.id = QStringLiteral("not_there");
    RuleEditorDialog missing(absent, snapshot());
    QVERIFY(!missing.chart());
}

void TestRuleEditorDialog::workspaceOutcomesSplitTheBars()
{
    const QString path = m_dir.filePath(QStringLiteral("rule.tierlab"));
    auto made = DemoGenerator::generateFile(path, DemoOptions{300, 30, 7, QDate(2026, 11, 2)});
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    // What the designer would hold: an early week, with churn still to come.
    auto ws = Workspace::open(path);
    QVERIFY(ws);
    auto dates = (*ws)->asOfDates();
    QVERIFY(dates && dates->size() > 10);
    auto week = (*ws)->loadSnapshot(dates->front());
    QVERIFY(week);
    auto outcomes = (*ws)->outcomes();
    QVERIFY(outcomes);
    const auto data = std::make_shared<const Dataset>(std::move(*week));
    const int column = data->columnIndex(QStringLiteral("active_seat_ratio"));
    QVERIFY(column >= 0);
    const std::vector<std::uint8_t> churned = churnedAfter(*data, *outcomes);
    QVERIFY(std::count(churned.begin(), churned.end(), 1) > 0);
    auto expected = diagnoseColumn(data->columns[std::size_t(column)], churned);
    QVERIFY(expected);

    WorkspaceSession session;
    QVERIFY(session.open(path));
    Signal seats;
    seats.id = QStringLiteral("seat_ratio");
    seats.column = QStringLiteral("active_seat_ratio");
    seats.category = QStringLiteral("engagement");
    seats.rule.worst = 0.1;
    seats.rule.best = 0.8;
    RuleEditorDialog dialog(seats, data, &session);
    QVERIFY(dialog.chart());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isReadingOutcomes(), 30000);
    QCoreApplication::processEvents();   // the watcher's finished() is queued to this thread
    QTRY_COMPARE(dialog.chart()->barSeriesCount(), 2);
    RuleCurveChart reference;
    reference.setDiagnostics(&*expected);
    QCOMPARE(dialog.chart()->aucText(), reference.aucText());
    QVERIFY(dialog.chart()->aucText().startsWith(QStringLiteral("AUC 0.")));
}

QTEST_MAIN(TestRuleEditorDialog)
#include "tst_ruleeditordialog.moc"
