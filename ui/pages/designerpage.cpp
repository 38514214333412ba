#include "designerpage.h"

#include "analysis/backtestjson.h"
#include "charts/histogramchart.h"
#include "charts/tierbarschart.h"
#include "designer/accountspane.h"
#include "designer/backtestheadline.h"
#include "designer/comparedialog.h"
#include "designer/conditionsdialog.h"
#include "designer/designerbar.h"
#include "designer/designerdialogs.h"
#include "designer/designeredits.h"
#include "designer/explanationview.h"
#include "designer/ruleeditordialog.h"
#include "designer/segmentbar.h"
#include "designer/tieredgeseditor.h"
#include "designer/variantdialog.h"
#include "designer/weightspanel.h"
#include "itemmodels/accountsmodel.h"
#include "model/modelexport.h"
#include "model/modelfile.h"
#include "model/modelsegments.h"
#include "session/workspacesession.h"
#include "store/datafingerprint.h"
#include "store/workspace.h"

#include <QFileDialog>
#include <QFileInfo>
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
    m_edits = new DesignerEdits(m_session, m_undo, this);
    m_dialogs = new DesignerDialogs(this);

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
    // The segment selector above the weights: which variant they edit, whose accounts the charts show.
    auto *left = new QWidget(main);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_segmentBar = new SegmentBar(left);
    m_weights = new WeightsPanel(left);
    leftLayout->addWidget(m_segmentBar);
    leftLayout->addWidget(m_weights, 1);
    left->setMinimumWidth(260);
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
    connect(m_weights, &WeightsPanel::dragStarted, m_edits, &DesignerEdits::dragStarted);
    connect(m_weights, &WeightsPanel::dragFinished, this, [this] { m_edits->dragFinished(tr("Change weight")); });
    connect(m_weights, &WeightsPanel::normaliseRequested, this, &DesignerPage::normaliseWeights);
    connect(m_weights, &WeightsPanel::resetRequested, this, [this](int kind, int index) { report(m_edits->resetToBase(kind, index)); });
    connect(m_segmentBar, &SegmentBar::choiceChanged, this, [this](int choice) {
        m_accounts->setVariant(choice);
        onModelChanged();
        onScoresChanged();
    });
    connect(m_segmentBar, &SegmentBar::addRequested, this, [this] { addVariant(); });
    connect(m_segmentBar, &SegmentBar::editRequested, this, &DesignerPage::addVariant);
    connect(m_segmentBar, &SegmentBar::removeRequested, this, [this](int variant) { report(m_edits->removeVariant(variant)); });
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
    connect(m_histogram, &HistogramChart::thresholdDragStarted, m_edits, &DesignerEdits::dragStarted);
    connect(m_histogram, &HistogramChart::thresholdDragged, this, &DesignerPage::onThresholdDragged);
    connect(m_histogram, &HistogramChart::thresholdDragFinished, this, [this](int tier, double min) {
        onThresholdDragged(tier, min);
        m_edits->dragFinished(tr("Move tier threshold"));
    });
    connect(m_tierEdges, &TierEdgesEditor::edgeEdited, this, [this](int tier, double min) {
        // The drag's path, as typed: one undo step.
        m_edits->dragStarted();
        onThresholdDragged(tier, min);
        m_edits->dragFinished(tr("Set tier threshold"));
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
    m_accounts->setWorkspaceSession(m_workspace);
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
    const Model &full = m_session->model();
    // Accounts per variant: again only when the snapshot or the variants' values changed, not per edit.
    QStringList routing{full.segments.by};
    for (const SegmentVariant &v : full.segments.variants)
        routing << QStringList(v.when.begin(), v.when.end()).join(u'\x1f');
    if (routing != m_segmentRouting || m_session->dataset().get() != m_segmentData) {
        m_segmentRouting = routing;
        m_segmentData = m_session->dataset().get();
        m_segmentSizes = m_session->segmentSizes();
    }
    m_segmentBar->setSegments(full, m_segmentSizes);
    m_edits->setVariant(m_segmentBar->editedVariant());
    const Model model = m_edits->shown();
    m_weights->setModel(model);
    VariantMarks marks;
    if (const int v = m_edits->variant(); v >= 0) {
        const SegmentVariant &variant = full.segments.variants[std::size_t(v)];
        marks.variant = variant.label.isEmpty() ? variant.id : variant.label;
        for (const Category &c : full.categories)
            marks.ownCategories.push_back(ModelSegments::overridesCategory(variant, c.id));
        for (const Signal &s : full.signals)
            marks.ownSignals.push_back(ModelSegments::overridesSignal(variant, s.id));
        marks.ownTiers = !variant.tiers.empty();
    }
    m_weights->setVariantMarks(marks);
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
    const int segment = m_segmentBar->choice();
    const bool baselineReady = m_session->baseline().isReady();
    if (segment == SegmentBar::kAll || m_segmentSizes.empty()) {
        m_session->histogram(kBinWidth, &m_histogramData);
        m_histogram->setHistogram(m_histogramData, nullptr);
        m_histogram->setTitle(tr("Score distribution"));
        m_tierBars->setSubject({});
        m_tierBars->setSummaries(m_session->current().summary(), baselineReady ? &m_session->baseline().summary() : nullptr);
    } else {
        // One segment's accounts as bars, every account as the outline behind them.
        m_session->histogram(kBinWidth, &m_histogramData, segment);
        m_session->histogram(kBinWidth, &m_allHistogram);
        m_histogram->setHistogram(m_histogramData, &m_allHistogram);
        m_session->segmentSummaries(segment, &m_segmentCurrent, baselineReady ? &m_segmentBaseline : nullptr);
        const std::int64_t all = std::int64_t(m_session->dataset() ? m_session->dataset()->size() : 0);
        const std::int64_t in = std::size_t(segment) < m_segmentSizes.size() ? m_segmentSizes[std::size_t(segment)] : 0;
        //: %1 a segment, %2 its accounts, %3 all accounts; the grey line is every account's distribution
        m_histogram->setTitle(tr("Score distribution · %1: %2 of %3 accounts (line: all)")
                                  .arg(m_segmentBar->choiceName(), QLocale().toString(qlonglong(in)), QLocale().toString(qlonglong(all))));
        m_tierBars->setSubject(m_segmentBar->choiceName());
        m_tierBars->setSummaries(m_segmentCurrent, baselineReady ? &m_segmentBaseline : nullptr);
    }
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
    return m_edits->applyEdit(model, text);
}

void DesignerPage::report(const Result<void> &result)
{
    if (!result)
        Q_EMIT statusMessage(result.error().message);
}

void DesignerPage::onCategoryWeight(int category, double weight, bool dragging)
{
    report(m_edits->setCategoryWeight(category, weight, m_weights->lockedCategories(), dragging));
}

void DesignerPage::onSignalWeight(int signal, double weight, bool dragging)
{
    report(m_edits->setSignalWeight(signal, weight, dragging));
}

void DesignerPage::onThresholdDragged(int tier, double min)
{
    report(m_edits->setTierMin(tier, min));
}

void DesignerPage::normaliseWeights()
{
    report(m_edits->normalise(m_weights->lockedCategories()));
}

void DesignerPage::editRule(int signal)
{
    const Model shown = m_edits->shown();
    if (signal < 0 || std::size_t(signal) >= shown.signals.size())
        return;
    RuleEditorDialog dialog(shown.signals[std::size_t(signal)], m_session->dataset(), m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Signal edited = dialog.signal();
    if (auto ok = m_edits->setSignalRule(signal, edited.rule, edited.missing); !ok)
        QMessageBox::warning(this, tr("Rule"), ok.error().message);
}

void DesignerPage::addVariant(int editing)
{
    if (!m_session->dataset())
        return;
    VariantDialog dialog(m_session->model(), *m_session->dataset(), this, editing);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SegmentVariant variant = dialog.variant();
    Result<void> ok;
    if (editing >= 0) {
        Model m = m_session->model();
        m.segments.variants[std::size_t(editing)] = variant;
        ok = applyEdit(m, tr("Edit segment variant"));
    } else {
        ok = m_edits->addVariant(dialog.by(), variant);
    }
    if (!ok) {
        QMessageBox::warning(this, dialog.windowTitle(), ok.error().message);
        return;
    }
    if (editing < 0)
        m_segmentBar->setChoice(int(m_session->model().segments.variants.size()));   // the new one
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
    Q_EMIT modelReplaced();
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

Result<void> DesignerPage::publishVersion(std::int64_t versionId)
{
    if (auto ok = m_workspace->publish(versionId); !ok)
        return ok;
    const ModelVersion *v = m_workspace->publishedVersion();
    Q_EMIT statusMessage(tr("Published \"%1\"").arg(v ? v->name : QString()));
    return {};
}

void DesignerPage::chooseModelFileToOpen()
{
    m_dialogs->chooseModelFileToOpen();
}

QFileDialog *DesignerPage::chooseModelFileToSave()
{
    return m_dialogs->chooseModelFileToSave();
}

SqlExportDialog *DesignerPage::chooseSqlExport()
{
    return m_dialogs->chooseSqlExport();
}

QFileDialog *DesignerPage::chooseModelFileToExport()
{
    return m_dialogs->chooseModelFileToExport();
}

void DesignerPage::chooseVersionNameAndSave()
{
    m_dialogs->chooseVersionNameAndSave();
}

void DesignerPage::choosePublish()
{
    m_dialogs->choosePublish();
}

void DesignerPage::showComparison()
{
    m_dialogs->showComparison();
}

void DesignerPage::calibrate()
{
    m_dialogs->calibrate();
}

void DesignerPage::newModelFromData()
{
    m_dialogs->newModelFromData();
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
