// GUI tests of BacktestPage on a small generated demo workspace (300 accounts, 30 weeks): the page
// runs the back-test on its worker and its headline labels equal what Backtest::run computes
// directly with the same model and horizon; changing the horizon re-runs; the model defaults to the
// newest saved version (else the seed); the ROC points are checked on a hand-made sample.
#include "backtest/backtestcharts.h"
#include "backtest/survivalview.h"
#include "pages/backtestpage.h"

#include "mainwindow.h"

#include "analysis/snapshothistory.h"
#include "analysis/tierpaths.h"
#include "common/format.h"
#include "demo/demogenerator.h"
#include "model/modelexport.h"
#include "model/modelfile.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <optional>

using namespace tierlab;
using namespace tierlab::ui;

class TestBacktestPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rocPoints_data();
    void rocPoints();
    void headlineMatchesBacktest_data();
    void headlineMatchesBacktest();
    void horizonChangeReruns();
    void newestSavedModelIsDefault();
    void modelFileFromCommandLine();
    void badWorkspaceShowsError();
    void tabsRender();
    void survivalTab();
    void noOutcomes();
    void oneClassRefused();
    void hysteresisEffect();
    void trendEffect();

private:
    static bool waitShown(BacktestPage &page);
    static bool waitSurvival(SurvivalView &view);
    void checkHeadline(const BacktestPage &page, const Model &model, int horizon);
    // Opens `model` on the page from a file and waits for its back-test; then the demo's history and
    // the model's TierPaths, to compare the page's figures with.
    bool showModel(BacktestPage &page, const Model &model, const QString &fileName);
    struct Paths
    {
        std::shared_ptr<const SnapshotHistory> history;
        std::optional<TierPaths> paths;
    };
    Paths pathsOf(const Model &model) const;

    QTemporaryDir m_dir;
    QString m_path;
    Model m_seed;
};

bool TestBacktestPage::showModel(BacktestPage &page, const Model &model, const QString &fileName)
{
    const QString file = m_dir.filePath(fileName);
    return ModelFile::save(model, file) && page.openModelFile(file) && waitShown(page);
}

TestBacktestPage::Paths TestBacktestPage::pathsOf(const Model &model) const
{
    Paths out;
    auto ws = Workspace::open(m_path);
    if (!ws)
        return out;
    auto history = SnapshotHistory::load(**ws);
    if (!history)
        return out;
    out.history = *history;
    if (auto paths = TierPaths::compute(*out.history, model))
        out.paths = std::move(*paths);
    return out;
}

void TestBacktestPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.tierlab"));
    DemoOptions o;
    o.accounts = 300;
    o.weeks = 30;
    o.seed = 7;
    auto stats = DemoGenerator::generateFile(m_path, o);
    QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().message));
    QVERIFY(stats->churned > 0);
    auto seed = ModelExport::importFile(QStringLiteral(":/models/seed-default.json"));
    QVERIFY(seed);
    m_seed = *seed;
}

bool TestBacktestPage::waitSurvival(SurvivalView &view)
{
    QSignalSpy shown(&view, &SurvivalView::shown);
    while (view.isBusy()) {
        if (!shown.wait(120000))
            return false;
    }
    return true;
}

void TestBacktestPage::survivalTab()
{
    // The tab shows Survival::compute of the page's model on the same history, tier by tier, and
    // follows the start week chosen in its combo box.
    BacktestPage page;
    page.setWorkspace(m_path);
    QVERIFY(waitShown(page));
    SurvivalView &view = *page.survivalView();
    QVERIFY(waitSurvival(view));
    auto ws = Workspace::open(m_path);
    QVERIFY(ws);
    auto history = SnapshotHistory::load(**ws);
    QVERIFY(history);
    auto direct = Survival::compute(**history, page.model(), {});
    QVERIFY(direct);
    QVERIFY(view.report());
    QCOMPARE(view.report()->start, direct->start);
    QTableWidget *figures = view.figuresTable();
    QCOMPARE(figures->rowCount(), int(direct->tiers.size()));
    int curves = 0;
    for (int row = 0; row < figures->rowCount(); ++row) {
        const Survival::Tier &t = direct->tiers[std::size_t(row)];
        QCOMPARE(figures->item(row, 1)->text(), QLocale().toString(t.accounts));
        QCOMPARE(figures->item(row, 2)->text(), QLocale().toString(t.churned));
        QCOMPARE(view.atRiskTable()->item(row, 1)->text(), QLocale().toString(t.accounts));   // at risk at day 0
        curves += t.accounts > 0 ? 1 : 0;
    }
    QCOMPARE(figures->item(direct->referenceTier, 5)->text(), QStringLiteral("1 (reference)"));
    QCOMPARE(view.chart()->graphCount(), curves);

    // Another start week: the view recomputes from it.
    auto *combo = view.findChild<QComboBox *>(QStringLiteral("survivalStartCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), int((*history)->dates().size()) + 1);
    const QDate first = (*history)->dates().front();
    combo->setCurrentIndex(combo->findData(first));
    QSignalSpy shown(&view, &SurvivalView::shown);
    Q_EMIT combo->activated(combo->currentIndex());
    QVERIFY(waitSurvival(view));
    QCOMPARE(view.report()->start, first);
    QCOMPARE(combo->currentData().toDate(), first);
}

bool TestBacktestPage::waitShown(BacktestPage &page)
{
    QSignalSpy shown(&page, &BacktestPage::resultsShown);
    // Event-driven wait for the worker (bounded), not a sleep.
    while (page.isLoading()) {
        if (!shown.wait(120000))
            return false;
    }
    return true;
}

void TestBacktestPage::rocPoints_data()
{
    QTest::addColumn<QList<double>>("scores");
    QTest::addColumn<QList<bool>>("churned");
    QTest::addColumn<QList<double>>("fpr");
    QTest::addColumn<QList<double>>("tpr");
    const double nan = std::nan("");
    // Ascending score = riskiest first. 10 C | 20 R,C (tie: one diagonal step) | 30 R; P = 2, N = 2.
    QTest::newRow("tie") << QList<double>{30, 20, 10, 20} << QList<bool>{false, true, true, false}
                         << QList<double>{0, 0, 0.5, 1} << QList<double>{0, 0.5, 1, 1};
    // Perfect ranking: both churners lowest.
    QTest::newRow("perfect") << QList<double>{5, 1, 9, 8} << QList<bool>{true, true, false, false}
                             << QList<double>{0, 0, 0, 0.5, 1} << QList<double>{0, 0.5, 1, 1, 1};
    // NaN scores are left out; then a single class remains: no curve.
    QTest::newRow("one class") << QList<double>{nan, 3, 4} << QList<bool>{true, false, false} << QList<double>{}
                               << QList<double>{};
    QTest::newRow("empty") << QList<double>{} << QList<bool>{} << QList<double>{} << QList<double>{};
}

void TestBacktestPage::rocPoints()
{
    QFETCH(QList<double>, scores);
    QFETCH(QList<bool>, churned);
    QFETCH(QList<double>, fpr);
    QFETCH(QList<double>, tpr);
    std::vector<BacktestSample> samples;
    for (qsizetype i = 0; i < scores.size(); ++i) {
        BacktestSample s;
        s.score = scores[i];
        s.churned = churned[i];
        samples.push_back(s);
    }
    const auto points = BacktestCharts::rocPoints(samples);
    QCOMPARE(qsizetype(points.size()), fpr.size());
    for (qsizetype i = 0; i < fpr.size(); ++i) {
        QCOMPARE(points[std::size_t(i)].first, fpr[i]);
        QCOMPARE(points[std::size_t(i)].second, tpr[i]);
    }
}

void TestBacktestPage::checkHeadline(const BacktestPage &page, const Model &model, int horizon)
{
    auto ws = Workspace::open(m_path);
    QVERIFY(ws);
    BacktestOptions o;
    o.horizonDays = horizon;
    auto direct = Backtest::run(**ws, model, o);
    QVERIFY2(direct, qPrintable(direct ? QString() : direct.error().message));
    QVERIFY(page.result());
    QCOMPARE(page.result()->horizonDays, horizon);
    QCOMPARE(page.result()->n, direct->n);
    QCOMPARE(page.result()->positives, direct->positives);
    auto label = [&](const char *name) {
        auto *l = page.findChild<QLabel *>(QLatin1StringView(name));
        return l ? l->text() : QStringLiteral("<missing>");
    };
    auto f3 = [](double v) { return QString::number(v, 'f', 3); };
    auto f2 = [](double v) { return QString::number(v, 'f', 2); };
    auto pct = [](double v) { return QStringLiteral("%1 %").arg(100.0 * v, 0, 'f', 1); };
    const BacktestMetrics &m = direct->metrics;
    QVERIFY(m.auc.isDefined());
    QCOMPARE(label("aucLabel"), QStringLiteral("%1 [%2–%3]").arg(f3(m.auc.auc), f3(m.aucCi.low), f3(m.aucCi.high)));
    QCOMPARE(label("prAucLabel"), QStringLiteral("%1 (base %2)").arg(f3(m.pr.averagePrecision), f3(m.pr.baseRate)));
    const Metrics::RelativeRisk &rr = m.tiers.relativeRisk;
    if (rr.isDefined() && !std::isnan(rr.low))
        QCOMPARE(label("relativeRiskLabel"), QStringLiteral("%1× [%2–%3]").arg(f2(rr.ratio), f2(rr.low), f2(rr.high)));
    else
        QCOMPARE(label("relativeRiskLabel"), BacktestPage::formatRelativeRisk(*direct));
    const Metrics::Confusion &c = m.worstTier;
    if (!std::isnan(c.precision))
        QCOMPARE(label("precisionLabel"), QStringLiteral("%1 (%2 of %3 flagged)").arg(pct(c.precision)).arg(c.truePositives).arg(c.truePositives + c.falsePositives));
    QCOMPARE(label("recallLabel"), QStringLiteral("%1 (%2 of %3 churned)").arg(pct(c.recall)).arg(c.truePositives).arg(c.positives));
    QCOMPARE(label("countsLabel"), QStringLiteral("%1 outcomes of %2 accounts · %3 churned · %4 excluded")
                                       .arg(direct->n).arg(direct->accounts).arg(direct->positives).arg(direct->excluded()));
    QCOMPARE(direct->excluded(), direct->outcomes - direct->n);
    auto *lead = page.findChild<QLabel *>(QStringLiteral("leadTimeLabel"));
    QVERIFY(lead);
    QVERIFY(lead->text().contains(QStringLiteral("of %1 churn outcomes with a snapshot before the churn").arg(direct->leadTime.churned)));

    // The charts and tables hold the same result.
    auto *charts = page.findChild<BacktestCharts *>();
    QVERIFY(charts);
    QCOMPARE(charts->roc()->graph(1)->dataCount(), int(BacktestCharts::rocPoints(direct->samples).size()));
    auto *fn = page.findChild<QTableWidget *>(QStringLiteral("falseNegativesTable"));
    auto *fp = page.findChild<QTableWidget *>(QStringLiteral("falsePositivesTable"));
    auto *diag = page.findChild<QTableWidget *>(QStringLiteral("diagnosticsTable"));
    QVERIFY(fn && fp && diag);
    QCOMPARE(fn->rowCount(), int(direct->falseNegatives.size()));
    QCOMPARE(fp->rowCount(), int(direct->falsePositives.size()));
    QCOMPARE(diag->rowCount(), int(direct->signals.size()));
    if (!direct->falseNegatives.empty())
        QCOMPARE(fn->item(0, 0)->text(), direct->falseNegatives.front().accountId);
    for (QTableWidget *t : {fn, fp, diag})
        QAbstractItemModelTester tester(t->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestBacktestPage::headlineMatchesBacktest_data()
{
    QTest::addColumn<int>("horizon");
    QTest::newRow("30") << 30;
    QTest::newRow("90") << 90;
}

void TestBacktestPage::headlineMatchesBacktest()
{
    QFETCH(int, horizon);
    BacktestPage page;
    page.setHorizon(horizon);
    page.setWorkspace(m_path);
    QVERIFY(page.isLoading());
    QVERIFY(waitShown(page));
    QCOMPARE(page.modelLabel(), QStringLiteral("Seed default (built in)"));
    QCOMPARE(page.horizon(), horizon);
    checkHeadline(page, m_seed, horizon);
}

void TestBacktestPage::horizonChangeReruns()
{
    BacktestPage page;
    page.setWorkspace(m_path);
    QVERIFY(waitShown(page));
    QCOMPARE(page.result()->horizonDays, 90);
    // Through the combo, as a user would: activated() re-runs.
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("horizonCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    const int i = combo->findData(60);
    QVERIFY(i >= 0);
    combo->setCurrentIndex(i);
    Q_EMIT combo->activated(i);
    QVERIFY(page.isLoading());
    QVERIFY(waitShown(page));
    checkHeadline(page, m_seed, 60);
    // And again while one is running: the newest request wins.
    page.setHorizon(30);
    page.setHorizon(180);
    QVERIFY(waitShown(page));
    QCOMPARE(page.result()->horizonDays, 180);
}

void TestBacktestPage::newestSavedModelIsDefault()
{
    const QString path = m_dir.filePath(QStringLiteral("saved.tierlab"));
    QVERIFY(QFile::copy(m_path, path));
    Model tweaked = m_seed;
    tweaked.name = QStringLiteral("Tweaked");
    {
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        QVERIFY((*ws)->saveModel(QStringLiteral("Older"), QString::fromUtf8(ModelFile::toJson(m_seed))));
        QVERIFY((*ws)->saveModel(QStringLiteral("Tweaked"), QString::fromUtf8(ModelFile::toJson(tweaked))));
    }
    BacktestPage page;
    page.setWorkspace(path);
    QVERIFY(waitShown(page));
    QVERIFY(page.result());
    QVERIFY(page.modelLabel().startsWith(QStringLiteral("Tweaked (saved ")));
    QCOMPARE(page.model().name, QStringLiteral("Tweaked"));
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("modelCombo"));
    QVERIFY(combo);
    // Two versions (newest first), two seeds, "Model file…".
    QCOMPARE(combo->count(), 5);
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(combo->currentText(), page.modelLabel());
    const BacktestResult saved = *page.result();

    // Back to the seed through the combo, then to the older saved version.
    const int seed = combo->findText(QStringLiteral("Seed default (built in)"));
    QCOMPARE(seed, 2);
    Q_EMIT combo->activated(seed);
    QVERIFY(waitShown(page));
    QCOMPARE(page.modelLabel(), QStringLiteral("Seed default (built in)"));
    QCOMPARE(combo->currentIndex(), seed);
    QCOMPARE(page.result()->n, saved.n);   // same signals, same outcomes
    const int older = combo->findText(QStringLiteral("Older (saved "), Qt::MatchStartsWith);
    QCOMPARE(older, 1);
    Q_EMIT combo->activated(older);
    QVERIFY(waitShown(page));
    QVERIFY(page.modelLabel().startsWith(QStringLiteral("Older (saved ")));
    QCOMPARE(combo->currentIndex(), older);
    QCOMPARE(page.result()->metrics.auc.twiceU, saved.metrics.auc.twiceU);
}

// tierlab --workspace W --model M.json: the launcher opens the workspace, then the model file through
// MainWindow::openModelFile; the back-test page uses the file, not the newest saved version.
void TestBacktestPage::modelFileFromCommandLine()
{
    QStandardPaths::setTestModeEnabled(true);   // MainWindow keeps a recent-workspaces list
    const QString path = m_dir.filePath(QStringLiteral("cli-model.tierlab"));
    QVERIFY(QFile::copy(m_path, path));
    {
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        QVERIFY((*ws)->saveModel(QStringLiteral("Saved"), QString::fromUtf8(ModelFile::toJson(m_seed))));
    }
    Model fileModel = m_seed;
    fileModel.name = QStringLiteral("From the command line");
    fileModel.categories[0].weight = 60;
    const QString file = m_dir.filePath(QStringLiteral("cli-model.json"));
    QVERIFY(ModelFile::save(fileModel, file));

    ui::MainWindow window;
    QVERIFY(window.openWorkspace(path));
    const Result<void> opened = window.openModelFile(file);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    auto *page = window.findChild<BacktestPage *>();
    QVERIFY(page);
    QVERIFY(waitShown(*page));
    QCOMPARE(page->model().name, QStringLiteral("From the command line"));
    QCOMPARE(page->model(), fileModel);
    QCOMPARE(page->modelLabel(), QStringLiteral("cli-model.json"));
    auto *combo = page->findChild<QComboBox *>(QStringLiteral("modelCombo"));
    QVERIFY(combo);
    // The designer's model, the saved version, two seeds, the file's entry (selected), "Model file…".
    QCOMPARE(combo->count(), 6);
    QCOMPARE(combo->itemText(0), QStringLiteral("Current model (designer)"));
    QCOMPARE(combo->currentText(), QStringLiteral("cli-model.json"));
    QCOMPARE(combo->currentIndex(), 4);
    checkHeadline(*page, fileModel, 90);

    // An exported file edited afterwards is refused, and the page keeps the model it has.
    const QString exported = m_dir.filePath(QStringLiteral("exported.json"));
    QVERIFY(ModelExport::exportFile(m_seed, exported));
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray text = f.readAll();
    QVERIFY(text.contains("\"weight\": 35"));
    text.replace("\"weight\": 35", "\"weight\": 36");
    QVERIFY(f.seek(0) && f.write(text) == text.size() && f.resize(text.size()));
    f.close();
    QVERIFY(!page->openModelFile(exported));
    QCOMPARE(page->modelLabel(), QStringLiteral("cli-model.json"));
}

void TestBacktestPage::badWorkspaceShowsError()
{
    BacktestPage page;
    page.setWorkspace(m_dir.filePath(QStringLiteral("missing/none.tierlab")));
    QVERIFY(waitShown(page));
    QVERIFY(!page.result());
    auto *message = page.findChild<QLabel *>(QStringLiteral("backtestMessage"));
    QVERIFY(message);
    QVERIFY(!message->text().isEmpty());
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("aucLabel"))->text().isEmpty());
}

void TestBacktestPage::tabsRender()
{
    // Every tab paints with data; TIERLAB_SCREENSHOT_DIR keeps the pictures (docs/screenshots),
    // TIERLAB_SCREENSHOT_WORKSPACE takes them on a bigger demo.
    BacktestPage page;
    page.resize(1366, 768);
    page.setWorkspace(qEnvironmentVariable("TIERLAB_SCREENSHOT_WORKSPACE", m_path));
    QVERIFY(waitShown(page));
    auto *tabs = page.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QVERIFY(waitSurvival(*page.survivalView()));
    QCOMPARE(tabs->count(), 5);
    QVERIFY(!tabs->isTabVisible(4));   // "Segments": the model has none
    const QString dir = qEnvironmentVariable("TIERLAB_SCREENSHOT_DIR");
    const char *names[] = {"charts", "lists", "diagnostics", "survival"};
    for (int i = 0; i < 4; ++i) {
        tabs->setCurrentIndex(i);
        const QImage image = page.grab().toImage();
        QCOMPARE(image.size(), QSize(1366, 768) * image.devicePixelRatio());
        if (!dir.isEmpty())
            QVERIFY(image.save(dir + QStringLiteral("/backtest-%1.png").arg(QLatin1StringView(names[i]))));
    }
}

void TestBacktestPage::noOutcomes()
{
    // An empty workspace: nothing to evaluate, the page says so instead of showing figures.
    const QString path = m_dir.filePath(QStringLiteral("empty.tierlab"));
    QVERIFY(Workspace::open(path, Workspace::OpenMode::CreateNew));
    BacktestPage page;
    page.setWorkspace(path);
    QVERIFY(waitShown(page));
    auto *auc = page.findChild<QLabel *>(QStringLiteral("aucLabel"));
    QVERIFY(auc);
    auto ws = Workspace::open(path);
    QVERIFY(ws);
    const auto direct = Backtest::run(**ws, m_seed);
    QCOMPARE(page.result() != nullptr, direct.has_value());
    if (page.result()) {
        QCOMPARE(page.result()->n, 0);
        QVERIFY(auc->text().startsWith(QStringLiteral("– (")));
    } else {
        QVERIFY(auc->text().isEmpty());
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("backtestMessage"))->text(), direct.error().message);
    }
}

// Outcomes of one kind only: the page shows the back-test's refusal (which names how to get the other
// kind), no figures.
void TestBacktestPage::oneClassRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("oneclass.tierlab"));
    QVERIFY(QFile::copy(m_path, path));
    {
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        QVERIFY((*ws)->deleteOutcomes());
        for (const char *id : {"ACC-00001", "ACC-00002", "ACC-00003"}) {
            OutcomeRecord o;
            o.accountId = QString::fromLatin1(id);
            o.kind = OutcomeKind::Renewed;
            o.date = QDate(2026, 10, 1);
            QVERIFY((*ws)->addOutcome(o));
        }
    }
    BacktestPage page;
    page.setWorkspace(path);
    QVERIFY(waitShown(page));
    QVERIFY(!page.result());
    const QString message = page.findChild<QLabel *>(QStringLiteral("backtestMessage"))->text();
    QVERIFY2(message.contains(QStringLiteral("All 3 outcomes the back-test evaluates are retained")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("tierlab outcomes derive")), qPrintable(message));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("aucLabel"))->text().isEmpty());
}

// A model with hysteresis: the page says what it does to the weekly flip rate, the worst tier's recall
// and lead time, with the figures TierPaths gives; a model without it shows no such line.
void TestBacktestPage::hysteresisEffect()
{
    BacktestPage page;
    page.setWorkspace(m_path);
    QVERIFY(waitShown(page));
    auto *label = page.findChild<QLabel *>(QStringLiteral("hysteresisLabel"));
    QVERIFY(label);
    QVERIFY(label->isHidden());

    Model sticky = m_seed;
    sticky.hysteresis = Hysteresis{3, 2, {}};
    QVERIFY(showModel(page, sticky, QStringLiteral("sticky.json")));
    QVERIFY(!label->isHidden());
    const Paths demo = pathsOf(page.model());
    QVERIFY(demo.paths);
    const double without = demo.paths->meanFlipRate(false), with = demo.paths->meanFlipRate(true);
    QVERIFY(with < without);   // what hysteresis is for
    const TierPaths::Effect e = demo.paths->effect(*demo.history, *page.result());
    const QString text = label->text();
    QVERIFY2(text.startsWith(QStringLiteral("Hysteresis (3.0 points, 2 weeks): weekly flip rate %1 → %2")
                                 .arg(format::percent(without), format::percent(with))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("worst-tier recall %1 → %2").arg(format::percent(e.recallWithout), format::percent(e.recallWith))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("(%1 → %2 of %3 churners flagged)").arg(e.flaggedWithout).arg(e.flaggedWith).arg(e.churned)),
             qPrintable(text));
}

// A model with a trend tier: the page gives the churn rates of the split tier's declining accounts and
// of the others, as TierPaths counts them over the evaluated outcomes; without a trend, no such line.
void TestBacktestPage::trendEffect()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    BacktestPage page;
    page.setWorkspace(m_path);
    QVERIFY(waitShown(page));
    auto *label = page.findChild<QLabel *>(QStringLiteral("trendLabel"));
    QVERIFY(label);
    QVERIFY(label->isHidden());

    Model trending = m_seed;
    trending.version = 2;
    trending.trend = TrendSplit{trending.tiers[1].id, 4, 1.0, QStringLiteral("declining"), QStringLiteral("Declining"), {}, {}};
    QVERIFY(showModel(page, trending, QStringLiteral("trending.json")));
    QVERIFY(!label->isHidden());
    const Paths demo = pathsOf(page.model());
    QVERIFY(demo.paths);
    const TierPaths::TrendEffect e = demo.paths->trendEffect(*demo.history, *page.result(), 1);
    QVERIFY(e.declining > 0 && e.stable() > 0);
    QCOMPARE(label->text(), QStringLiteral("Trend tier Declining: of the %1 evaluated outcomes in %2, the %3 declining at their "
                                           "snapshot churned %4, the other %5 churned %6")
                                .arg(e.inTier)
                                .arg(trending.tiers[1].label)
                                .arg(e.declining)
                                .arg(format::percent(e.churnRateDeclining()))
                                .arg(e.stable())
                                .arg(format::percent(e.churnRateStable())));
    // The hysteresis line stays hidden: this model has none.
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("hysteresisLabel"))->isHidden());
}

QTEST_MAIN(TestBacktestPage)
#include "tst_backtestpage.moc"
