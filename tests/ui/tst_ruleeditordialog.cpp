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

#include <bit>
#include <cmath>

using namespace Qt::StringLiterals;

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
    void weekChooser();
    void numbersAsTyped_data();
    void numbersAsTyped();
    void untouchedNumbersKept_data();
    void untouchedNumbersKept();

private:
    QTemporaryDir m_dir;
    QString m_demoPath;   // a 300-account, 30-week demo with churn
};

namespace {

std::shared_ptr<const Dataset> snapshot()
{
    return std::make_shared<const Dataset>(test::dataset(
        {test::numberColumn(QStringLiteral("tickets"), {0, 1, 1, 2, 3, 5, 8}),
         test::textColumn(QStringLiteral("plan"), {QStringLiteral("Gold"), QStringLiteral("Silver"), QStringLiteral("Gold"),
                                                   QStringLiteral("Bronze"), QStringLiteral("Gold"), QString(), QStringLiteral("Silver")})}));
}

// The demo's seat ratio, linear 0.1 → 0.8.
Signal seatsSignal()
{
    Signal s;
    s.id = QStringLiteral("seat_ratio");
    s.column = QStringLiteral("active_seat_ratio");
    s.category = QStringLiteral("engagement");
    s.rule.worst = 0.1;
    s.rule.best = 0.8;
    return s;
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
    m_demoPath = m_dir.filePath(QStringLiteral("rule.tierlab"));
    auto made = DemoGenerator::generateFile(m_demoPath, DemoOptions{300, 30, 7, QDate(2026, 11, 2)});
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
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
    const QString &path = m_demoPath;
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
    RuleEditorDialog dialog(seatsSignal(), data, &session);
    QVERIFY(dialog.chart());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isReadingOutcomes(), 30000);
    QCoreApplication::processEvents();   // the watcher's finished() is queued to this thread
    QTRY_COMPARE(dialog.chart()->barSeriesCount(), 2);
    RuleCurveChart reference;
    reference.setDiagnostics(&*expected);
    QCOMPARE(dialog.chart()->aucText(), reference.aucText());
    QVERIFY(dialog.chart()->aucText().startsWith(QStringLiteral("AUC 0.")));
}

// Opened on the latest week (no churn still to come), the editor says so and lists every week, newest
// first; choosing the oldest shows that week's values split by who churned after it, with its AUC.
void TestRuleEditorDialog::weekChooser()
{
    const QString &path = m_demoPath;
    auto ws = Workspace::open(path);
    QVERIFY(ws);
    auto dates = (*ws)->asOfDates();
    QVERIFY(dates && dates->size() > 10);
    auto latest = (*ws)->loadSnapshot(dates->back());
    auto oldest = (*ws)->loadSnapshot(dates->front());
    auto outcomes = (*ws)->outcomes();
    QVERIFY(latest && oldest && outcomes);
    const auto latestData = std::make_shared<const Dataset>(std::move(*latest));
    const std::vector<std::uint8_t> churnedLatest = churnedAfter(*latestData, *outcomes);
    QCOMPARE(std::count(churnedLatest.begin(), churnedLatest.end(), 1), 0);   // the data's end
    const int column = oldest->columnIndex(QStringLiteral("active_seat_ratio"));
    QVERIFY(column >= 0);
    const std::vector<std::uint8_t> churnedOldest = churnedAfter(*oldest, *outcomes);
    auto expected = diagnoseColumn(oldest->columns[std::size_t(column)], churnedOldest);
    QVERIFY(expected);

    WorkspaceSession session;
    QVERIFY(session.open(path));
    RuleEditorDialog dialog(seatsSignal(), latestData, &session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *week = dialog.weekCombo();
    QVERIFY(week);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isReadingOutcomes() && week->isEnabled(), 30000);
    QCOMPARE(week->count(), int(dates->size()));
    QCOMPARE(week->itemData(0).toDate(), dates->back());
    QCOMPARE(week->currentData().toDate(), dates->back());
    QCOMPARE(dialog.shownWeek(), dates->back());
    QVERIFY2(dialog.chart()->aucText().contains(QStringLiteral("nobody churned after")), qPrintable(dialog.chart()->aucText()));
    QCOMPARE(dialog.chart()->barSeriesCount(), 1);

    week->setFocus();
    QTest::keyClick(week, Qt::Key_End);   // the oldest week; a key step emits activated
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isReadingOutcomes() && dialog.shownWeek() == dates->front(), 30000);
    QCOMPARE(week->currentData().toDate(), dates->front());
    QCOMPARE(dialog.chart()->barSeriesCount(), 2);
    RuleCurveChart reference;
    reference.setDiagnostics(&*expected);
    QCOMPARE(dialog.chart()->aucText(), reference.aucText());
    // The rule is the dialog's, whatever the week shown.
    QCOMPARE(dialog.signal().rule.worst, 0.1);
}

void TestRuleEditorDialog::numbersAsTyped_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("stored");
    // A typed value is stored as the double its text reads as and shown as typed: no rounding to
    // two decimals (87.125 was 87.13) and no long tails (87.1 is not 87.10000000000001).
    QTest::newRow("worst 87.125") << u"ruleWorst"_s << u"87.125"_s << 87.125;
    QTest::newRow("worst 0.0005") << u"ruleWorst"_s << u"0.0005"_s << 0.0005;
    QTest::newRow("worst 87.1") << u"ruleWorst"_s << u"87.1"_s << 87.1;
    QTest::newRow("best -3.375") << u"ruleBest"_s << u"-3.375"_s << -3.375;
    QTest::newRow("best 0.30000000000000004") << u"ruleBest"_s << u"0.30000000000000004"_s << 0.30000000000000004;
    QTest::newRow("best 1250000.25") << u"ruleBest"_s << u"1250000.25"_s << 1250000.25;
    QTest::newRow("map default 33.333") << u"mapDefault"_s << u"33.333"_s << 33.333;
    QTest::newRow("yes score 99.99") << u"flagTrue"_s << u"99.99"_s << 99.99;
    QTest::newRow("no score 0.125") << u"flagFalse"_s << u"0.125"_s << 0.125;
}

void TestRuleEditorDialog::numbersAsTyped()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(double, stored);
    QLocale::setDefault(QLocale::c());
    RuleEditorDialog dialog(ticketsSignal(), snapshot());
    auto *spin = dialog.findChild<QDoubleSpinBox *>(field);
    QVERIFY(spin);
    spin->selectAll();
    QTest::keyClicks(spin, typed);
    QTest::keyClick(spin, Qt::Key_Tab);
    const Signal s = dialog.signal();
    const double got = field == u"ruleWorst"_s   ? s.rule.worst
                       : field == u"ruleBest"_s  ? s.rule.best
                       : field == u"mapDefault"_s ? s.rule.mapDefault
                       : field == u"flagTrue"_s  ? s.rule.trueScore
                                                 : s.rule.falseScore;
    QCOMPARE(std::bit_cast<quint64>(got), std::bit_cast<quint64>(stored));
    QCOMPARE(spin->text(), typed);
}

void TestRuleEditorDialog::untouchedNumbersKept_data()
{
    QTest::addColumn<double>("worst");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<std::vector<double>>("edges");
    QTest::addColumn<QString>("edgesShown");
    QTest::newRow("hundredths") << 87.125 << u"87.125"_s << std::vector<double>{0.5, 87.125} << u"0.5, 87.125"_s;
    QTest::newRow("small") << 0.0005 << u"0.0005"_s << std::vector<double>{0.0005, 0.001} << u"0.0005, 0.001"_s;
    QTest::newRow("long tail") << 0.1 + 0.2 << u"0.30000000000000004"_s << std::vector<double>{0.1 + 0.2, 1}
                               << u"0.30000000000000004, 1"_s;
    QTest::newRow("tiny") << 1.2345678901234567e-10 << u"0.00000000012345678901234568"_s << std::vector<double>{1e-10, 2e-10}
                          << u"0.0000000001, 0.0000000002"_s;
}

void TestRuleEditorDialog::untouchedNumbersKept()
{
    QFETCH(double, worst);
    QFETCH(QString, shown);
    QFETCH(std::vector<double>, edges);
    QFETCH(QString, edgesShown);
    QLocale::setDefault(QLocale::c());
    Signal s = ticketsSignal();
    s.rule.worst = worst;
    s.rule.edges = edges;
    s.rule.bandScores = {100, 50, 0};
    RuleEditorDialog dialog(s, snapshot());
    auto *spin = dialog.findChild<QDoubleSpinBox *>(u"ruleWorst"_s);
    auto *edgesEdit = dialog.findChild<QLineEdit *>(u"bandEdges"_s);
    QVERIFY(spin && edgesEdit);
    QCOMPARE(spin->text(), shown);
    QCOMPARE(edgesEdit->text(), edgesShown);
    // Opened and accepted without a change: the same rule, bit for bit.
    QCOMPARE(dialog.signal().rule, s.rule);
}

QTEST_MAIN(TestRuleEditorDialog)
#include "tst_ruleeditordialog.moc"
