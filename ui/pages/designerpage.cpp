#include "designerpage.h"

#include "analysis/backtestjson.h"
#include "charts/histogramchart.h"
#include "charts/tierbarschart.h"
#include "designer/accountspane.h"
#include "designer/backtestheadline.h"
#include "designer/calibratedialog.h"
#include "designer/comparedialog.h"
#include "designer/conditionsdialog.h"
#include "designer/designerbar.h"
#include "designer/explanationview.h"
#include "designer/modeleditcommand.h"
#include "designer/ruleeditordialog.h"
#include "designer/saveversiondialog.h"
#include "designer/starterdialog.h"
#include "designer/tieredgeseditor.h"
#include "designer/weightspanel.h"
#include "itemmodels/accountsmodel.h"
#include "model/modelexport.h"
#include "model/modelfile.h"
#include "session/workspacesession.h"
#include "store/datafingerprint.h"
#include "store/workspace.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tierlab::ui {

namespace {

constexpr double kBinWidth = 2;
constexpr int kSettleMs = 250;
// Merge keys for keyboard steps: one range per kind of control.
constexpr int kCategoryKey = 1000;
constexpr int kSignalKey = 2000;

bool sameTierLooks(const std::vector<Tier> &a, const std::vector<Tier> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id || a[i].label != b[i].label || a[i].color != b[i].color)
            return false;
    return true;
}

// "model" → "model.json"; a name that has a suffix keeps it.
QString withJsonSuffix(const QString &path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".json") : path;
}

} // namespace

DesignerPage::DesignerPage(QWidget *parent) : DesignerPage(new WorkspaceSession, parent)
{
    m_workspace->setParent(this);
}

DesignerPage::DesignerPage(WorkspaceSession *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("designerPage"));
    m_session = new DesignerSession(this);
    m_undo = new QUndoStack(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_bar = new DesignerBar(this);
    layout->addWidget(m_bar);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("designerMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #A04000"));
    m_message->hide();
    layout->addWidget(m_message);

    m_headline = new BacktestHeadline(this);
    layout->addWidget(m_headline);

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("designerMain"));
    m_weights = new WeightsPanel(main);
    m_weights->setMinimumWidth(260);
    auto *centre = new QSplitter(Qt::Vertical, main);
    centre->setObjectName(QStringLiteral("designerCentre"));
    auto *charts = new QSplitter(Qt::Horizontal, centre);
    charts->setObjectName(QStringLiteral("designerCharts"));
    auto *histogramBox = new QWidget(charts);
    auto *histogramLayout = new QVBoxLayout(histogramBox);
    histogramLayout->setContentsMargins(0, 0, 0, 0);
    m_histogram = new HistogramChart(histogramBox);
    m_tierEdges = new TierEdgesEditor(histogramBox);
    histogramLayout->addWidget(m_histogram, 1);
    histogramLayout->addWidget(m_tierEdges);
    m_tierBars = new TierBarsChart(charts);
    auto *bottom = new QSplitter(Qt::Horizontal, centre);
    bottom->setObjectName(QStringLiteral("designerBottom"));
    m_accounts = new AccountsPane(m_session, bottom);
    m_explanation = new ExplanationView(bottom);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 1);
    centre->setStretchFactor(0, 2);
    centre->setStretchFactor(1, 3);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    main->setSizes({320, 900});
    charts->setSizes({500, 400});
    bottom->setSizes({540, 360});
    layout->addWidget(main, 1);
    m_splitters = {main, centre, charts, bottom};
    restoreLayout();

    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        m_accounts->scoresSettled();
        onAccountSelected(m_accounts->currentSourceRow());
        if (auto *dialog = findChild<CompareDialog *>(); dialog && dialog->isVisible())
            dialog->showTransitions(m_session->transitions(), m_session->model().tiers, m_session->baselineName());
    });

    connect(m_session, &DesignerSession::modelChanged, this, &DesignerPage::onModelChanged);
    connect(m_session, &DesignerSession::scoresChanged, this, &DesignerPage::onScoresChanged);
    connect(m_session, &DesignerSession::baselineChanged, this, &DesignerPage::onScoresChanged);
    connect(m_session, &DesignerSession::modelChanged, this, &DesignerPage::scheduleBacktest);
    connect(m_session, &DesignerSession::baselineChanged, this, &DesignerPage::scheduleBacktest);
    connect(m_headline, &BacktestHeadline::updated, this, [this] {
        if (auto *dialog = findChild<CompareDialog *>(); dialog && dialog->isVisible())
            dialog->showBacktestCatches(m_headline->currentResult().get(), m_headline->baselineResult().get());
    });
    connect(m_session, &DesignerSession::dirtyChanged, this, [this](bool dirty) {
        Q_EMIT dirtyChanged(dirty);
        Q_EMIT titleChanged();
    });
    connect(m_weights, &WeightsPanel::categoryWeightEdited, this, &DesignerPage::onCategoryWeight);
    connect(m_weights, &WeightsPanel::signalWeightEdited, this, &DesignerPage::onSignalWeight);
    connect(m_weights, &WeightsPanel::dragStarted, this, &DesignerPage::onDragStarted);
    connect(m_weights, &WeightsPanel::dragFinished, this, [this] { onDragFinished(tr("Change weight")); });
    connect(m_weights, &WeightsPanel::normaliseRequested, this, &DesignerPage::normaliseWeights);
    connect(m_weights, &WeightsPanel::ruleEditRequested, this, &DesignerPage::editRule);
    connect(m_weights, &WeightsPanel::conditionsEditRequested, this, &DesignerPage::editConditions);
    connect(m_weights, &WeightsPanel::structureEdited, this, [this](const Model &model, const QString &text) {
        if (auto ok = applyEdit(model, text); !ok)
            QMessageBox::warning(this, tr("Model structure"), ok.error().message);
    });
    connect(m_session, &DesignerSession::datasetChanged, m_weights, [this] {
        if (m_session->dataset())
            m_weights->setCatalogue(*m_session->dataset());
    });
    connect(m_histogram, &HistogramChart::thresholdDragStarted, this, &DesignerPage::onDragStarted);
    connect(m_histogram, &HistogramChart::thresholdDragged, this, &DesignerPage::onThresholdDragged);
    connect(m_histogram, &HistogramChart::thresholdDragFinished, this, [this](int tier, double min) {
        onThresholdDragged(tier, min);
        onDragFinished(tr("Move tier threshold"));
    });
    connect(m_tierEdges, &TierEdgesEditor::edgeEdited, this, [this](int tier, double min) {
        const Model before = m_session->model();
        onThresholdDragged(tier, min);   // the drag's path: one undo step, as typed
        commit(before, tr("Set tier threshold"), ModelEditCommand::kNoMerge);
    });
    connect(m_tierEdges, &TierEdgesEditor::problem, this, &DesignerPage::statusMessage);
    connect(m_accounts, &AccountsPane::accountSelected, this, &DesignerPage::onAccountSelected);
    connect(m_bar, &DesignerBar::asOfChosen, this, &DesignerPage::setAsOf);
    connect(m_bar, &DesignerBar::versionChosen, this, [this](qint64 id) {
        if (auto r = switchToVersion(id); !r)
            Q_EMIT statusMessage(r.error().message);
    });
    connect(m_bar, &DesignerBar::saveVersionRequested, this, &DesignerPage::chooseVersionNameAndSave);
    connect(m_bar, &DesignerBar::compareRequested, this, &DesignerPage::showComparison);
    connect(m_bar, &DesignerBar::calibrateRequested, this, &DesignerPage::calibrate);
    connect(m_bar, &DesignerBar::publishRequested, this, &DesignerPage::choosePublish);
    m_headline->setWorkspaceSession(m_workspace);
    connect(m_workspace, &WorkspaceSession::workspaceChanged, this, [this](const QString &path) {
        if (path.isEmpty())
            return;
        startLoad(QDate(), true, true);
    });
    connect(m_workspace, &WorkspaceSession::dataChanged, this, [this] {
        // New weeks or signals: the dates and the snapshot again. Unsaved edits stay; a clean model
        // starts again from the newest version, as on opening.
        startLoad(QDate(), true, !isDirty());
    });
    connect(m_workspace, &WorkspaceSession::versionsChanged, this, [this] {
        m_versions = m_workspace->versions();
        fillVersions();
    });
    connect(&m_watcher, &QFutureWatcher<Result<DesignerLoad>>::finished, this, [this] {
        finishLoad(m_watcher.result(), m_watcher.property("generation").toULongLong());
    });
    onModelChanged();
}

DesignerPage::~DesignerPage()
{
    saveLayout();
    m_watcher.waitForFinished();
}

void DesignerPage::restoreLayout()
{
    QSettings settings;
    for (QSplitter *s : m_splitters)
        s->restoreState(settings.value(QStringLiteral("designer/") + s->objectName()).toByteArray());
}

void DesignerPage::saveLayout() const
{
    QSettings settings;
    for (QSplitter *s : m_splitters)
        settings.setValue(QStringLiteral("designer/") + s->objectName(), s->saveState());
}

// ---- loading -------------------------------------------------------------------------------------

void DesignerPage::setWorkspace(const QString &path)
{
    if (auto opened = m_workspace->open(path); !opened) {
        m_message->setText(opened.error().message);
        m_message->show();
        Q_EMIT statusMessage(opened.error().message);
        Q_EMIT loaded();
    }
}

QString DesignerPage::workspacePath() const
{
    return m_workspace->path();
}

void DesignerPage::setAsOf(QDate date)
{
    if (m_workspace->isOpen())
        startLoad(date, false);
}

bool DesignerPage::isLoading() const
{
    return m_loading;
}

QDate DesignerPage::asOf() const
{
    return m_session->dataset() ? m_session->dataset()->asOf : QDate();
}

void DesignerPage::startLoad(QDate asOf, bool full, bool resetModel)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    Q_EMIT statusMessage(asOf.isValid() ? tr("Loading the snapshot of %1…").arg(QLocale().toString(asOf, QLocale::ShortFormat))
                                        : tr("Loading the latest snapshot…"));
    // The models the worker scores the snapshot with (100 k accounts off the GUI thread); finishLoad()
    // adopts its engines when these are still the models to show, else scores again.
    std::vector<ModelVersion> versions;
    std::optional<Model> current, baseline;
    if (resetModel) {
        versions = m_workspace->versions();
        current = m_pendingModel;
    } else {
        current = m_session->model();
        baseline = m_session->baselineModel();
    }
    // Latest wins: the result of an older request is dropped on arrival (generation id).
    m_watcher.setProperty("generation", generation);
    m_watcher.setFuture(m_workspace->run<Result<DesignerLoad>>(
        [asOf, full, resetModel, versions = std::move(versions), current, baseline](SessionJob &job) -> Result<DesignerLoad> {
            auto ws = job.workspace();
            if (!ws)
                return std::unexpected(ws.error());
            DesignerLoad load;
            load.full = full;
            load.resetModel = resetModel;
            if (full) {
                auto dates = (*ws)->asOfDates();
                if (!dates)
                    return std::unexpected(dates.error());
                load.dates = std::move(*dates);
            }
            auto snapshot = asOf.isValid() ? (*ws)->loadSnapshot(asOf) : (*ws)->loadLatestSnapshot();
            if (!snapshot)
                return std::unexpected(snapshot.error());
            load.dataset = std::make_shared<const Dataset>(std::move(*snapshot));
            if (job.isCancelled())
                return load;
            QString name, problem;
            const Model base = baseline ? *baseline : startingModel(versions, *load.dataset, &name, &problem);
            load.prepared = DesignerSession::prepare(load.dataset, base, current.value_or(base));
            return load;
        }));
}

Model DesignerPage::startingModel(const std::vector<ModelVersion> &versions, const Dataset &data, QString *name,
                                  QString *problem)
{
    if (!versions.empty()) {
        if (auto m = ModelFile::fromJson(versions.front().json.toUtf8()); m) {
            *name = versions.front().name;
            return *m;
        } else {
            *problem = tr("Version \"%1\" cannot be read: %2").arg(versions.front().name, m.error().message);
        }
    }
    return DesignerSession::starterModel(data);
}

void DesignerPage::finishLoad(Result<DesignerLoad> load, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    if (!load) {
        m_message->setText(load.error().message);
        m_message->show();
        Q_EMIT statusMessage(load.error().message);
        Q_EMIT loaded();
        return;
    }
    m_message->hide();
    Result<void> bound;
    if (load->full)
        m_bar->setDates(load->dates);
    std::shared_ptr<DesignerPrepared> prepared = load->prepared;
    if (!prepared) {
        prepared = std::make_shared<DesignerPrepared>();
        prepared->dataset = load->dataset;
    }
    if (load->resetModel) {
        m_versions = m_workspace->versions();
        // The newest saved version is the baseline and the starting point; else the seed model.
        QString name, problem;
        const Model baseline = startingModel(m_versions, *load->dataset, &name, &problem);
        if (!problem.isEmpty())
            Q_EMIT statusMessage(problem);
        m_undo->clear();
        bound = m_session->load(prepared, baseline, name, m_pendingModel.value_or(baseline));
        if (!bound && m_pendingModel) {
            m_message->setText(tr("%1 does not fit this workspace:\n%2").arg(m_pendingModelName, bound.error().message));
            bound = m_session->load(prepared, baseline, name, baseline);
        }
        m_pendingModel.reset();
        fillVersions();
    } else {
        bound = m_session->setDataset(prepared);
    }
    m_bar->setCurrentDate(load->dataset->asOf);
    // The table sorted and filtered itself on the new snapshot (the accounts model's reset).
    m_accounts->refreshChoices();
    if (load->resetModel) {
        m_weights->setExpanded(0, true);
        // Start on the lowest-scored account: the one most worth a look.
        const QModelIndex first = m_accounts->view()->model()->index(0, 0);
        if (first.isValid())
            m_accounts->view()->setCurrentIndex(first);
    }
    if (!bound) {
        m_message->setText(bound.error().message);
        m_message->show();
    }
    Q_EMIT statusMessage(tr("%n account(s) as of %1", nullptr, int(load->dataset->size()))
                             .arg(QLocale().toString(load->dataset->asOf, QLocale::ShortFormat)));
    Q_EMIT titleChanged();
    Q_EMIT loaded();
}

void DesignerPage::fillVersions()
{
    m_bar->setVersions(m_versions, m_session->baselineName());
}

// ---- reacting to the session -------------------------------------------------------------------

QString DesignerPage::modelName() const
{
    const QString name = m_session->model().name;
    return name.isEmpty() ? tr("Untitled model") : name;
}

void DesignerPage::onModelChanged()
{
    const Model &model = m_session->model();
    m_weights->setModel(model);
    m_histogram->setTiers(model.tiers);
    m_tierEdges->setTiers(model.tiers);
    if (!sameTierLooks(model.tiers, m_shownTiers)) {
        m_shownTiers = model.tiers;
        m_tierBars->setTiers(model.tiers);
        m_accounts->setTiers(model.tiers);
    }
    updateTitle();
}

void DesignerPage::updateTitle()
{
    // The model's name, the saved version being edited (the baseline), and whether it has edits.
    const QString version = m_session->baselineName();
    QString title = version.isEmpty()         ? modelName()
                    : version == modelName() ? tr("Version \"%1\"").arg(version)
                                             : tr("%1 · version \"%2\"").arg(modelName(), version);
    if (m_session->isDirty())
        title += tr(" (edited)");
    m_bar->setTitle(title, m_session->model().description);
}

void DesignerPage::scheduleBacktest()
{
    // The back-test reads the whole history, not the shown snapshot: only the models matter.
    if (m_session->hasData())
        m_headline->setModels(m_session->model(), m_session->baselineModel());
}

void DesignerPage::onScoresChanged()
{
    // The hot path of a slider: a histogram over the cached scores, two bar charts, queued replots.
    m_session->histogram(kBinWidth, &m_histogramData);
    m_histogram->setHistogram(m_histogramData);
    const ScoreSummary *baseline = m_session->baseline().isReady() ? &m_session->baseline().summary() : nullptr;
    m_tierBars->setSummaries(m_session->current().summary(), baseline);
    m_accounts->view()->viewport()->update();
    // The table's re-sort, the explanation and an open comparison follow once the values settle.
    m_settle.start();
    updateTitle();
    Q_EMIT chartsUpdated();
}

void DesignerPage::onAccountSelected(int sourceRow)
{
    if (sourceRow < 0 || !m_session->hasData()) {
        m_explanation->clear();
        return;
    }
    const Dataset &d = *m_session->dataset();
    const QString name = std::size_t(sourceRow) < d.names.size() ? d.names[std::size_t(sourceRow)] : QString();
    m_explanation->showExplanation(m_session->explain(std::size_t(sourceRow)), m_session->model(), name);
}

// ---- edits -------------------------------------------------------------------------------------

Result<void> DesignerPage::applyEdit(const Model &model, const QString &text)
{
    const Model before = m_session->model();
    if (auto ok = m_session->applyModel(model); !ok)
        return ok;
    commit(before, text, ModelEditCommand::kNoMerge);
    return {};
}

void DesignerPage::commit(const Model &before, const QString &text, int mergeKey)
{
    if (before == m_session->model())
        return;
    m_undo->push(new ModelEditCommand(m_session, before, m_session->model(), text, mergeKey));
}

void DesignerPage::onDragStarted()
{
    m_dragging = true;
    m_dragStart = m_session->model();
}

void DesignerPage::onDragFinished(const QString &text)
{
    if (!m_dragging)
        return;
    m_dragging = false;
    // One drag is one undo step, however many values it went through.
    commit(m_dragStart, text, ModelEditCommand::kNoMerge);
}

void DesignerPage::onCategoryWeight(int category, double weight, bool dragging)
{
    const Model before = dragging ? Model() : m_session->model();
    const std::vector<bool> locked = m_weights->lockedCategories();
    Result<void> ok;
    if (std::find(locked.begin(), locked.end(), true) != locked.end()) {
        std::vector<double> weights;
        for (const Category &c : m_session->model().categories)
            weights.push_back(c.weight);
        weights = DesignerSession::rebalanced(weights, locked, category, weight);
        Model m = m_session->model();
        for (std::size_t c = 0; c < weights.size(); ++c)
            m.categories[c].weight = weights[c];
        ok = m_session->applyModel(m);
    } else {
        ok = m_session->setCategoryWeight(category, weight);
    }
    if (!ok)
        Q_EMIT statusMessage(ok.error().message);
    if (!dragging)
        commit(before, tr("Change weight of %1").arg(m_session->model().categories[std::size_t(category)].label),
               kCategoryKey + category);
}

void DesignerPage::onSignalWeight(int signal, double weight, bool dragging)
{
    const Model before = dragging ? Model() : m_session->model();
    if (auto ok = m_session->setSignalWeight(signal, weight); !ok)
        Q_EMIT statusMessage(ok.error().message);
    if (!dragging)
        commit(before, tr("Change weight of %1").arg(m_session->model().signals[std::size_t(signal)].label),
               kSignalKey + signal);
}

void DesignerPage::onThresholdDragged(int tier, double min)
{
    if (auto ok = m_session->setTierMin(tier, min); !ok)
        Q_EMIT statusMessage(ok.error().message);
}

void DesignerPage::normaliseWeights()
{
    Model m = m_session->model();
    std::vector<double> weights;
    for (const Category &c : m.categories)
        weights.push_back(c.weight);
    weights = DesignerSession::normalised(weights, m_weights->lockedCategories());
    for (std::size_t c = 0; c < weights.size(); ++c)
        m.categories[c].weight = weights[c];
    if (auto ok = applyEdit(m, tr("Normalise weights to 100")); !ok)
        Q_EMIT statusMessage(ok.error().message);
}

void DesignerPage::editRule(int signal)
{
    const Model before = m_session->model();
    if (signal < 0 || std::size_t(signal) >= before.signals.size())
        return;
    RuleEditorDialog dialog(before.signals[std::size_t(signal)], m_session->dataset(), m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Signal edited = dialog.signal();
    if (auto ok = m_session->setSignalRule(signal, edited.rule, edited.missing); !ok) {
        QMessageBox::warning(this, tr("Rule"), ok.error().message);
        return;
    }
    commit(before, tr("Change rule of %1").arg(edited.label.isEmpty() ? edited.id : edited.label), ModelEditCommand::kNoMerge);
}

void DesignerPage::editConditions()
{
    Model m = m_session->model();
    ConditionsDialog dialog(m.penalties, m.overrides, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m.penalties = dialog.penalties();
    m.overrides = dialog.overrides();
    if (auto ok = applyEdit(m, tr("Edit penalties and overrides")); !ok)
        QMessageBox::warning(this, tr("Penalties and overrides"), ok.error().message);
}

// ---- files and versions ------------------------------------------------------------------------

Result<void> DesignerPage::openModelFile(const QString &path)
{
    // Through ModelExport: an exported file edited after export (hash mismatch) is refused. Its
    // metadata is dropped: it describes that file, and would no longer match after the next edit.
    auto model = ModelExport::importFile(path);
    if (!model)
        return std::unexpected(model.error());
    *model = ModelExport::withoutMetadata(*model);
    if (isLoading()) {
        // Applied once the snapshot is there (tierlab --workspace W --model M.json).
        m_pendingModel = *model;
        m_pendingModelName = QFileInfo(path).fileName();
        return {};
    }
    if (auto ok = applyEdit(*model, tr("Open model file %1").arg(QFileInfo(path).fileName())); !ok)
        return fail(tr("%1 does not fit this workspace:\n%2").arg(QFileInfo(path).fileName(), ok.error().message),
                    ok.error().code);
    Q_EMIT statusMessage(tr("Opened model file %1").arg(QFileInfo(path).fileName()));
    Q_EMIT titleChanged();
    return {};
}

Result<void> DesignerPage::saveModelFile(const QString &path)
{
    // A plain model file: metadata (from a version saved from an exported file) would describe
    // another file and fail its hash check once edited.
    const QString file = withJsonSuffix(path);
    if (auto ok = ModelFile::save(ModelExport::withoutMetadata(m_session->model()), file); !ok)
        return ok;
    Q_EMIT statusMessage(tr("Saved model file %1").arg(QFileInfo(file).fileName()));
    return {};
}

Result<void> DesignerPage::exportModelFile(const QString &path)
{
    const Model &model = m_session->model();
    ModelMetadata meta;   // name, author, created_at: ModelExport's defaults (the model's name, the OS user, now)
    if (m_workspace->isOpen()) {
        // Synchronous: about 0.15 s on the 2000-account demo (SQLite-bound, Debug and Release alike),
        // once per export the user asked for; a worker would not pay for itself.
        auto read = m_workspace->withWorkspace([&meta](Workspace &ws) -> Result<void> {
            auto fingerprint = dataFingerprint(ws);
            if (!fingerprint)
                return std::unexpected(fingerprint.error());
            meta.dataFingerprint = *fingerprint;
            return {};
        });
        if (!read)
            return read;
    }
    // Only figures of this very model: none while an edit's back-test is still due.
    if (const auto result = m_headline->currentResultFor(model); result && result->outcomes > 0)
        meta.backtest = backtestSummaryJson(*result);
    const QString file = withJsonSuffix(path);
    auto written = ModelExport::exportFile(model, file, meta);
    if (!written)
        return std::unexpected(written.error());
    Q_EMIT statusMessage(tr("Exported model file %1 (SHA-256 %2)").arg(QFileInfo(file).fileName(), written->sha256));
    return {};
}

Result<void> DesignerPage::saveVersion(const QString &name, const QString &note)
{
    if (name.trimmed().isEmpty())
        return fail(tr("A version needs a name"), Error::Code::Invalid);
    if (!m_workspace->isOpen())
        return fail(tr("No workspace is open"), Error::Code::Invalid);
    // A small write through the session's GUI connection; every page's model list follows.
    Model model = m_session->model();
    if (auto saved = m_workspace->saveVersion(name.trimmed(), QString::fromUtf8(ModelFile::toJson(model)), note); !saved)
        return std::unexpected(saved.error());
    m_versions = m_workspace->versions();
    if (auto ok = m_session->markSaved(name.trimmed()); !ok)
        return ok;
    fillVersions();
    updateTitle();
    Q_EMIT statusMessage(tr("Saved version \"%1\"").arg(name.trimmed()));
    Q_EMIT titleChanged();
    return {};
}

Result<void> DesignerPage::switchToVersion(std::int64_t versionId)
{
    const auto it = std::find_if(m_versions.begin(), m_versions.end(), [versionId](const ModelVersion &v) { return v.id == versionId; });
    if (it == m_versions.end())
        return fail(tr("No saved version %1").arg(versionId), Error::Code::NotFound);
    auto model = ModelFile::fromJson(it->json.toUtf8());
    if (!model)
        return std::unexpected(model.error());
    if (auto ok = m_session->setBaseline(*model, it->name); !ok)
        return ok;
    // Undoable like any edit: unsaved changes are one Ctrl+Z away, never lost.
    if (auto ok = applyEdit(*model, tr("Switch to version \"%1\"").arg(it->name)); !ok)
        return ok;
    fillVersions();
    updateTitle();
    Q_EMIT statusMessage(tr("Editing version \"%1\"").arg(it->name));
    Q_EMIT titleChanged();
    return {};
}

void DesignerPage::chooseModelFileToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Model File"), QFileInfo(workspacePath()).absolutePath(),
                                                      tr("Tierlab models (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto ok = openModelFile(path); !ok)
        QMessageBox::warning(this, tr("Open Model File"), ok.error().message);
}

QFileDialog *DesignerPage::chooseModelFileToSave()
{
    QFileDialog *dialog = modelFileDialog(tr("Save Model File"), QStringLiteral("saveModelFileDialog"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (auto ok = saveModelFile(path); !ok)
            QMessageBox::warning(this, tr("Save Model File"), ok.error().message);
    });
    dialog->open();
    return dialog;
}

QFileDialog *DesignerPage::chooseModelFileToExport()
{
    QFileDialog *dialog = modelFileDialog(tr("Export Model with Metadata"), QStringLiteral("exportModelFileDialog"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        auto ok = exportModelFile(path);
        QGuiApplication::restoreOverrideCursor();
        if (!ok)
            QMessageBox::warning(this, tr("Export Model with Metadata"), ok.error().message);
    });
    dialog->open();
    return dialog;
}

QFileDialog *DesignerPage::modelFileDialog(const QString &title, const QString &objectName)
{
    auto *dialog = new QFileDialog(this, title, QFileInfo(workspacePath()).absolutePath(), tr("Tierlab models (*.json)"));
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    // A name typed without a suffix gets ".json" before the dialog checks for an existing file.
    dialog->setDefaultSuffix(QStringLiteral("json"));
    return dialog;
}

void DesignerPage::chooseVersionNameAndSave()
{
    // Window-modal, not blocking: the name and a note stored with the version.
    auto *dialog = new SaveVersionDialog(m_session->model().name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto ok = saveVersion(dialog->name(), dialog->note()); !ok)
            QMessageBox::warning(this, tr("Save Version"), ok.error().message);
    });
    dialog->open();
}

void DesignerPage::choosePublish()
{
    // The version being edited when it has no unsaved edits; else the edits become a version first,
    // named and noted like any other.
    if (!isDirty()) {
        const auto it = std::find_if(m_versions.begin(), m_versions.end(),
                                     [this](const ModelVersion &v) { return v.name == m_session->baselineName(); });
        if (it != m_versions.end()) {
            confirmPublish(it->id, it->name);
            return;
        }
    }
    auto *dialog = new SaveVersionDialog(m_session->model().name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Publish"));
    dialog->setIntro(tr("The model has unsaved edits: they are saved as this version, then published."));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto ok = saveVersion(dialog->name(), dialog->note()); !ok) {
            QMessageBox::warning(this, tr("Publish"), ok.error().message);
            return;
        }
        confirmPublish(m_versions.front().id, dialog->name());   // newest first: the one just saved
    });
    dialog->open();
}

void DesignerPage::confirmPublish(std::int64_t versionId, const QString &name)
{
    const auto answer = QMessageBox::question(this, tr("Publish"),
                                              tr("Publish \"%1\"? The weekly review, the back-test and the command line "
                                                 "use the published model unless told otherwise.")
                                                  .arg(name),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    if (auto ok = publishVersion(versionId); !ok)
        QMessageBox::warning(this, tr("Publish"), ok.error().message);
}

Result<void> DesignerPage::publishVersion(std::int64_t versionId)
{
    if (auto ok = m_workspace->publish(versionId); !ok)
        return ok;
    const ModelVersion *v = m_workspace->publishedVersion();
    Q_EMIT statusMessage(tr("Published \"%1\"").arg(v ? v->name : QString()));
    return {};
}

void DesignerPage::showComparison()
{
    auto *dialog = findChild<CompareDialog *>();
    if (!dialog) {
        dialog = new CompareDialog(this);
    }
    dialog->showTransitions(m_session->transitions(), m_session->model().tiers, m_session->baselineName());
    dialog->showBacktestCatches(m_headline->currentResult().get(), m_headline->baselineResult().get());
    dialog->show();
    dialog->raise();
}

void DesignerPage::calibrate()
{
    if (!m_workspace->isOpen() || !m_session->hasData())
        return;
    auto *dialog = new CalibrateDialog(m_workspace, m_session->model(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto ok = applyCalibration(dialog->proposedModel()); !ok)
            QMessageBox::warning(this, tr("Calibrate"), ok.error().message);
    });
    dialog->start();
    dialog->open();
}

void DesignerPage::newModelFromData()
{
    if (!m_workspace->isOpen() || !m_session->hasData())
        return;
    auto *dialog = new StarterDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->result())
            return;
        if (auto ok = applyStarterModel(dialog->result()->model); !ok)
            QMessageBox::warning(this, tr("New Model from Data"), ok.error().message);
    });
    dialog->start();
    dialog->open();
}

Result<void> DesignerPage::applyStarterModel(const Model &starter)
{
    if (auto ok = applyEdit(starter, tr("New model from data")); !ok)
        return ok;
    Q_EMIT statusMessage(tr("Built a starter model from the workspace's data"));
    Q_EMIT titleChanged();
    return {};
}

Result<void> DesignerPage::restoreUnsavedModel(const Model &model)
{
    if (auto ok = applyEdit(model, tr("Restore unsaved edits")); !ok)
        return fail(tr("The autosaved model does not fit this workspace:\n%1").arg(ok.error().message), ok.error().code);
    Q_EMIT statusMessage(tr("Restored the unsaved model edits"));
    Q_EMIT titleChanged();
    return {};
}

Result<void> DesignerPage::applyCalibration(const Model &proposed)
{
    if (auto ok = applyEdit(proposed, tr("Calibrate weights")); !ok)
        return ok;
    Q_EMIT statusMessage(tr("Applied the calibrated weights"));
    return {};
}

} // namespace tierlab::ui
