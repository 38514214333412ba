#include "signalspage.h"

#include "session/workspacesession.h"
#include "signals/recipeeditor.h"
#include "signals/recipeproblemspanel.h"
#include "signals/recipesettingsform.h"
#include "signals/signalbuildrunner.h"
#include "signals/signalpreviewpanel.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tierlab::ui {

struct SignalsPage::Loaded
{
    Result<std::vector<EventTableRow>> tables = fail(QString());
    Result<QString> recipes = fail(QString());
};

struct SignalsPage::Checked
{
    quint64 revision = 0;
    int recipe = -1;
    bool ok = false;
    QStringList problems;
    std::optional<Result<SignalPreviewResult>> preview;
};

namespace {

QString kindText(const SignalRecipe &r)
{
    if (r.isDerived())
        return QStringLiteral("%1(%2)").arg(derivationName(r.expr), r.of.join(QStringLiteral(", ")))
               + (r.weeks > 0 ? SignalsPage::tr(", %1 w").arg(r.weeks) : QString());
    const QString agg = r.column.isEmpty() ? aggregationName(r.agg)
                                           : QStringLiteral("%1(%2)").arg(aggregationName(r.agg), r.column);
    return SignalsPage::tr("%1 · %2").arg(agg, r.table);
}

QGroupBox *group(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    QFont f = box->font();
    f.setBold(true);
    box->setFont(f);
    return box;
}

// Group boxes have bold titles; their contents keep the normal font.
void normalFont(QWidget *w)
{
    QFont f = w->font();
    f.setBold(false);
    w->setFont(f);
}

} // namespace

SignalsPage::SignalsPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session),
      m_loadJob(this, [this] { load(); }, [this](const std::shared_ptr<Loaded> &l) { showLoaded(*l); }),
      m_checkJob(
          this,
          [this] {
              // A remembered request must run or be dropped: the job stays busy until one of them.
              if (m_parsed && !m_path.isEmpty())
                  requestCheck();
              else
                  m_checkJob.reset();
          },
          [this](const std::shared_ptr<Checked> &c) { showChecked(*c); }),
      m_checkCancel(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(QStringLiteral("signalsPage"));
    m_runner = new SignalBuildRunner(m_session, this);
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("Signals"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    bar->addWidget(title);
    bar->addStretch(1);
    m_open = new QPushButton(tr("&Open…"), this);
    m_open->setObjectName(QStringLiteral("openRecipesButton"));
    m_open->setToolTip(tr("Read a recipes file (tierlab-signals JSON) into the editor"));
    m_save = new QPushButton(tr("&Save…"), this);
    m_save->setObjectName(QStringLiteral("saveRecipesButton"));
    m_save->setToolTip(tr("Write the recipes to a file (tierlab-signals JSON)"));
    m_replaceImported = new QCheckBox(tr("Re&place imported snapshots"), this);
    m_replaceImported->setObjectName(QStringLiteral("replaceImportedCheck"));
    m_replaceImported->setToolTip(tr("Also delete the snapshots CSV imports wrote (by default only an earlier "
                                     "build's snapshots are replaced)"));
    m_build = new QPushButton(tr("&Build snapshots"), this);
    m_build->setObjectName(QStringLiteral("buildButton"));
    m_build->setToolTip(tr("Compute every recipe at every grid date and write the snapshots into the workspace, "
                           "replacing an earlier build's"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("buildProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelBuildButton"));
    m_cancel->setToolTip(tr("Stop the build; nothing is written"));
    m_cancel->hide();
    for (QWidget *w : std::initializer_list<QWidget *>{m_open, m_save, m_replaceImported, m_build, m_progress, m_cancel})
        bar->addWidget(w);
    layout->addLayout(bar);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signalsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("signalsSplitter"));
    splitter->setChildrenCollapsible(false);

    // Left: the tables, and the grid and accounts section under them.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *tablesBox = group(tr("Event tables"), left);
    auto *tablesLayout = new QVBoxLayout(tablesBox);
    m_tables = new EventTablesModel(this);
    m_tableView = new QTableView(tablesBox);
    normalFont(m_tableView);
    m_tableView->setObjectName(QStringLiteral("tablesView"));
    m_tableView->setModel(m_tables);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->verticalHeader()->hide();
    m_tableView->setWordWrap(false);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The counts beside the span; the key ("subscription_id via subscriptions") can be long: last.
    m_tableView->horizontalHeader()->moveSection(EventTablesModel::KeyColumn, EventTablesModel::ColumnCount - 1);
    m_tableView->setToolTip(tr("The workspace's event tables (tierlab import table): rows, time span, key, and how "
                               "many keys name a known account"));
    tablesLayout->addWidget(m_tableView);
    leftLayout->addWidget(tablesBox, 1);
    auto *settingsBox = group(tr("Snapshot grid and accounts"), left);
    auto *settingsLayout = new QVBoxLayout(settingsBox);
    m_settings = new RecipeSettingsForm(settingsBox);
    normalFont(m_settings);
    settingsLayout->addWidget(m_settings);
    leftLayout->addWidget(settingsBox);
    splitter->addWidget(left);

    // Middle: the recipe list, the editor and the problems.
    auto *middle = new QSplitter(Qt::Vertical, splitter);
    middle->setObjectName(QStringLiteral("recipesSplitter"));
    middle->setChildrenCollapsible(false);
    auto *listBox = group(tr("Recipes"), middle);
    auto *listLayout = new QVBoxLayout(listBox);
    m_list = new QTableWidget(0, 2, listBox);
    normalFont(m_list);
    m_list->setObjectName(QStringLiteral("recipeList"));
    m_list->setHorizontalHeaderLabels({tr("Signal"), tr("Kind")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setToolTip(tr("The signal recipes, in file order; select one to edit and preview it"));
    listLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add"), listBox);
    m_add->setObjectName(QStringLiteral("addRecipeButton"));
    m_add->setToolTip(tr("Add a recipe: a count of rows over 30 days, to edit"));
    m_duplicate = new QPushButton(tr("&Duplicate"), listBox);
    m_duplicate->setObjectName(QStringLiteral("duplicateRecipeButton"));
    m_duplicate->setToolTip(tr("Add a copy of the selected recipe"));
    m_remove = new QPushButton(tr("Re&move"), listBox);
    m_remove->setObjectName(QStringLiteral("removeRecipeButton"));
    m_remove->setToolTip(tr("Remove the selected recipe"));
    for (QPushButton *b : {m_add, m_duplicate, m_remove}) {
        normalFont(b);
        listButtons->addWidget(b);
    }
    listButtons->addStretch(1);
    listLayout->addLayout(listButtons);

    auto *editorBox = group(tr("Recipe"), middle);
    auto *editorLayout = new QVBoxLayout(editorBox);
    auto *scroll = new QScrollArea(editorBox);
    scroll->setObjectName(QStringLiteral("recipeScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_editor = new RecipeEditor(scroll);
    normalFont(m_editor);
    scroll->setWidget(m_editor);
    editorLayout->addWidget(scroll);

    auto *problemsBox = group(tr("Check"), middle);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    m_problemPanel = new RecipeProblemsPanel(problemsBox);
    normalFont(m_problemPanel);
    problemsLayout->addWidget(m_problemPanel);
    middle->addWidget(listBox);
    middle->addWidget(editorBox);
    middle->addWidget(problemsBox);
    middle->setStretchFactor(0, 2);
    middle->setStretchFactor(1, 4);
    middle->setStretchFactor(2, 1);
    splitter->addWidget(middle);

    // Right: the preview.
    auto *previewBox = group(tr("Preview"), splitter);
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_previewPanel = new SignalPreviewPanel(previewBox);
    normalFont(m_previewPanel);
    previewLayout->addWidget(m_previewPanel);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({480, 410, 300});
    layout->addWidget(splitter, 1);

    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row != m_current)
            selectRecipe(row);
    });
    connect(m_add, &QPushButton::clicked, this, &SignalsPage::addRecipe);
    connect(m_duplicate, &QPushButton::clicked, this, &SignalsPage::duplicateRecipe);
    connect(m_remove, &QPushButton::clicked, this, &SignalsPage::removeRecipe);
    connect(m_editor, &RecipeEditor::edited, this, &SignalsPage::editorEdited);
    connect(m_settings, &RecipeSettingsForm::edited, this, [this] {
        m_recipes.grid = m_settings->grid();
        m_recipes.accounts = m_settings->accounts();
        recipesChanged();
    });
    connect(m_problemPanel, &RecipeProblemsPanel::recipeClicked, this, [this](int recipe) {
        if (recipe < int(m_recipes.signals.size()))
            selectRecipe(recipe);
    });
    connect(m_open, &QPushButton::clicked, this, &SignalsPage::chooseRecipesFileToOpen);
    connect(m_save, &QPushButton::clicked, this, &SignalsPage::chooseRecipesFileToSave);
    connect(m_build, &QPushButton::clicked, this, &SignalsPage::startBuild);
    connect(m_cancel, &QPushButton::clicked, this, &SignalsPage::cancelBuild);
    connect(m_runner, &SignalBuildRunner::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(std::min<qint64>(total, 1 << 30)));
        m_progress->setValue(int(std::min<qint64>(done, total)));
    });
    connect(m_runner, &SignalBuildRunner::finished, this, &SignalsPage::buildDone);

    connect(m_session, &WorkspaceSession::workspaceChanged, this, &SignalsPage::workspaceOpened);
    // New data in the same workspace (an import, a build, an undo): read again, edits kept.
    connect(m_session, &WorkspaceSession::dataChanged, this, &SignalsPage::load);

    m_message->setText(tr("Open a workspace with event tables (tierlab import table) to write signal recipes."));
    fillList();
    showProblems();
    updateButtons();
    if (m_session->isOpen())
        workspaceOpened(m_session->path());
}

SignalsPage::~SignalsPage()
{
    m_checkCancel->store(true);
    m_checkJob.wait();
    m_loadJob.wait();
}

bool SignalsPage::isLoading() const
{
    return m_loadJob.isBusy() || m_checkJob.isBusy() || m_loadAfterBuild || m_checkAfterBuild;
}

bool SignalsPage::isBuilding() const
{
    return m_runner->isRunning();
}

bool SignalsPage::isValid() const
{
    return !m_path.isEmpty() && m_parsed && m_settings->problems().isEmpty() && m_checkedRevision == m_revision
           && m_checkOk;
}

void SignalsPage::workspaceOpened(const QString &path)
{
    if (path != m_path) {
        m_checkCancel->store(true);
        m_loadJob.reset();
        m_checkJob.reset();
        m_path = path;
        m_dirty = false;   // another workspace: its stored recipes replace the page's
        m_loadAfterBuild = false;
        m_checkAfterBuild = false;
        if (m_path.isEmpty()) {
            // Closed: no tables to show, no recipes to check against them.
            const std::vector<EventTableRow> none;
            m_tables->setTables(none);
            m_editor->setTables(none);
            m_settings->setTables(none);
            setRecipes(RecipeSet(), QString());
            m_dirty = false;
            m_message->setText(tr("Open a workspace with event tables (tierlab import table) to write signal recipes."));
            return;
        }
    }
    // The same workspace opened again keeps unsaved recipe edits, as a refresh does.
    load();
}

void SignalsPage::load()
{
    if (m_path.isEmpty())
        return;
    if (isBuilding() && m_buildPath == m_path) {
        // The build may have the file to itself (out of WAL): no connection opens before it ends.
        m_loadAfterBuild = true;
        return;
    }
    if (!m_loadJob.claim())
        return;
    Q_EMIT statusMessage(tr("Reading the event tables of %1…").arg(QFileInfo(m_path).fileName()));
    m_loadJob.run(m_session->run<std::shared_ptr<Loaded>>([](SessionJob &job) {
        auto out = std::make_shared<Loaded>();
        auto ws = job.workspace();
        if (!ws) {
            out->tables = std::unexpected(ws.error());
            return out;
        }
        out->tables = EventTablesModel::read(**ws);
        out->recipes = (*ws)->recipes();
        return out;
    }));
}

void SignalsPage::showLoaded(const Loaded &loaded)
{
    std::vector<EventTableRow> tables;
    QString message;
    if (loaded.tables)
        tables = *loaded.tables;
    else
        message = loaded.tables.error().message;
    m_tables->setTables(tables);
    m_tableView->resizeColumnsToContents();
    m_editor->setTables(tables);
    m_settings->setTables(tables);
    if (message.isEmpty() && tables.empty())
        message = tr("This workspace has no event tables yet. Import the exports with tierlab import table "
                     "(see docs/signals.md), then come back to write recipes.");
    // Unsaved edits on the same workspace stay (another page's refresh must not undo them).
    if (!m_dirty) {
        const QString source = tr("stored recipes");
        RecipeSet stored;
        if (loaded.recipes && !loaded.recipes->isEmpty()) {
            auto parsed = RecipeSet::parse(loaded.recipes->toUtf8(), source);
            if (parsed)
                stored = *parsed;
            else if (message.isEmpty())
                message = parsed.error().message;
        } else if (!loaded.recipes && message.isEmpty()) {
            message = loaded.recipes.error().message;
        } else if (message.isEmpty()) {
            message = tr("No recipes are stored in this workspace yet: add one, or open a recipes file.");
        }
        const QString selected = m_current >= 0 && m_current < int(m_recipes.signals.size())
                                     ? m_recipes.signals[std::size_t(m_current)].id
                                     : QString();
        setRecipes(stored, source);
        if (const int again = m_recipes.indexOf(selected); again > 0)
            selectRecipe(again);   // setRecipes() selected the first
        m_dirty = false;
    } else {
        // The same recipes against the tables as they are now.
        if (m_current >= 0)
            m_editor->setRecipe(m_recipes.signals[std::size_t(m_current)], otherIds(m_current));
        recipesChanged();
    }
    m_message->setText(message);
    Q_EMIT statusMessage(tr("%n event table(s)", nullptr, int(tables.size())));
    Q_EMIT tablesShown();
}

void SignalsPage::setRecipes(const RecipeSet &recipes, const QString &source)
{
    m_recipes = recipes;
    m_source = source;
    m_parsed.reset();   // read again by recipesChanged(); until then nothing is checked
    m_settings->setSettings(m_recipes.grid, m_recipes.accounts);
    m_current = -1;
    fillList();
    selectRecipe(m_recipes.signals.empty() ? -1 : 0);
    m_dirty = true;
    recipesChanged();
}

QStringList SignalsPage::otherIds(int index) const
{
    QStringList ids;
    for (std::size_t i = 0; i < m_recipes.signals.size(); ++i) {
        if (int(i) != index && !m_recipes.signals[i].id.isEmpty())
            ids << m_recipes.signals[i].id;
    }
    return ids;
}

QString SignalsPage::uniqueId(const QString &base) const
{
    if (m_recipes.indexOf(base) < 0)
        return base;
    for (int n = 2;; ++n) {
        const QString id = QStringLiteral("%1_%2").arg(base).arg(n);
        if (m_recipes.indexOf(id) < 0)
            return id;
    }
}

void SignalsPage::selectRecipe(int index)
{
    if (index < -1 || index >= int(m_recipes.signals.size()))
        return;
    m_current = index;
    // The derived signals that read the selected one (by its id, when no other recipe has it).
    m_referrers.clear();
    if (index >= 0) {
        const QString id = m_recipes.signals[std::size_t(index)].id;
        const auto sameId = std::count_if(m_recipes.signals.begin(), m_recipes.signals.end(),
                                          [&](const SignalRecipe &r) { return r.id == id; });
        for (int i = 0; i < int(m_recipes.signals.size()) && !id.isEmpty() && sameId == 1; ++i) {
            const QStringList &of = m_recipes.signals[std::size_t(i)].of;
            for (qsizetype k = 0; k < of.size(); ++k) {
                if (i != index && of[k] == id)
                    m_referrers.emplace_back(i, k);
            }
        }
    }
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentCell(index, 0);
        if (index < 0)
            m_list->clearSelection();
    }
    if (index >= 0) {
        m_editor->setRecipe(m_recipes.signals[std::size_t(index)], otherIds(index));
    } else {
        m_editor->setRecipe(SignalRecipe(), {});
        m_editor->setEnabled(false);
        m_preview.reset();
        m_previewPanel->showMessage(tr("Preview"), tr("Select a recipe to see its values."));
    }
    updateButtons();
    requestCheck();
}

void SignalsPage::addRecipe()
{
    SignalRecipe r;
    r.id = uniqueId(QStringLiteral("signal"));
    r.agg = Aggregation::Count;
    r.windowDays = 30;
    for (const EventTableRow &t : m_tables->tables()) {
        if (!t.timeColumn.isEmpty() && t.name != m_recipes.accounts.table) {
            r.table = t.name;
            break;
        }
    }
    if (r.table.isEmpty() && !m_tables->tables().empty())
        r.table = m_tables->tables().front().name;
    const int at = m_current >= 0 ? m_current + 1 : int(m_recipes.signals.size());
    m_recipes.signals.insert(m_recipes.signals.begin() + at, r);
    m_parsed.reset();
    fillList();
    selectRecipe(at);
    recipesChanged();
}

void SignalsPage::duplicateRecipe()
{
    if (m_current < 0)
        return;
    SignalRecipe r = m_recipes.signals[std::size_t(m_current)];
    r.id = uniqueId(r.id.isEmpty() ? QStringLiteral("signal") : r.id + QStringLiteral("_copy"));
    r.role = AttributeRole::None;   // a role belongs to one signal
    const int at = m_current + 1;
    m_recipes.signals.insert(m_recipes.signals.begin() + at, r);
    m_parsed.reset();
    fillList();
    selectRecipe(at);
    recipesChanged();
}

void SignalsPage::removeRecipe()
{
    if (m_current < 0)
        return;
    m_recipes.signals.erase(m_recipes.signals.begin() + m_current);
    const int next = std::min(m_current, int(m_recipes.signals.size()) - 1);
    m_current = -1;
    m_parsed.reset();
    fillList();
    selectRecipe(next);
    recipesChanged();
}

void SignalsPage::editorEdited()
{
    if (m_current < 0 || m_current >= int(m_recipes.signals.size()))
        return;
    SignalRecipe &r = m_recipes.signals[std::size_t(m_current)];
    const QString oldId = r.id;
    r = m_editor->recipe();
    if (oldId != r.id) {
        // A renamed signal stays what the derived signals read, keystroke by keystroke.
        for (const auto &[recipe, position] : m_referrers)
            m_recipes.signals[std::size_t(recipe)].of[position] = r.id;
        m_editor->setOtherIds(otherIds(m_current));
    }
    recipesChanged();
}

void SignalsPage::recipesChanged()
{
    ++m_revision;
    m_dirty = true;
    auto parsed = RecipeSet::parse(m_recipes.toJson(), m_source);
    m_problems = m_settings->problems();
    if (parsed) {
        m_parsed = std::move(*parsed);
    } else {
        m_parsed.reset();
        m_problems += RecipeProblemsPanel::linesOf(parsed.error().message, m_source);
    }
    m_checkOk = false;
    fillList();
    showProblems();
    updateButtons();
    if (m_parsed && !m_path.isEmpty()) {
        requestCheck();
        return;
    }
    // Nothing to check against the tables until the file reads.
    m_checkedRevision = m_revision;
    if (m_current >= 0) {
        m_preview.reset();
        m_previewPanel->showMessage(m_recipes.signals[std::size_t(m_current)].id,
                                    m_parsed ? tr("Open a workspace to preview the recipe.")
                                             : tr("No preview while the recipes have problems (listed under Check)."));
    }
    Q_EMIT checked();
    Q_EMIT previewReady();
}

void SignalsPage::requestCheck()
{
    if (m_path.isEmpty() || !m_parsed)
        return;
    m_checkCancel->store(true);   // what runs now is stale
    if (isBuilding() && m_buildPath == m_path) {
        m_checkAfterBuild = true;   // as load(): after the build
        return;
    }
    if (!m_checkJob.claim())
        return;
    m_checkCancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_checkCancel;
    const RecipeSet recipes = *m_parsed;
    const QString source = m_source;
    const int recipe = m_current < int(recipes.signals.size()) ? m_current : -1;
    const quint64 revision = m_revision;
    if (recipe >= 0)
        m_previewPanel->showBusy(recipes.signals[std::size_t(recipe)].id);
    // The preview stops on the page's own flag (set by the next check), not on the session's: after a
    // refresh the page reads the tables again and then checks anew anyway.
    m_checkJob.run(m_session->run<std::shared_ptr<Checked>>([cancel, recipes, source, recipe, revision](SessionJob &job) {
        auto out = std::make_shared<Checked>();
        out->revision = revision;
        out->recipe = recipe;
        auto ws = job.workspace();
        if (!ws) {
            out->problems << ws.error().message;
            return out;
        }
        auto types = recipes.check(**ws, source);
        out->ok = types.has_value();
        if (!types)
            out->problems = RecipeProblemsPanel::linesOf(types.error().message, source);
        if (recipe >= 0 && !cancel->load())
            out->preview = SignalPreview::compute(**ws, recipes, recipe, kPreviewHorizonDays, cancel.get());
        return out;
    }));
}

void SignalsPage::showChecked(const Checked &c)
{
    if (c.revision != m_revision)
        return;   // an edit made the recipes unreadable meanwhile: recipesChanged() said so
    m_checkedRevision = c.revision;
    m_checkOk = c.ok;
    m_problems = m_settings->problems() + c.problems;
    fillList();
    showProblems();
    updateButtons();
    Q_EMIT checked();
    if (c.recipe != m_current)
        return;
    if (!c.preview) {
        m_preview.reset();
        if (m_current < 0)
            m_previewPanel->showMessage(tr("Preview"), tr("Select a recipe to see its values."));
        else
            m_previewPanel->showMessage(m_recipes.signals[std::size_t(m_current)].id, c.problems.join(QLatin1Char('\n')));
    } else if (!*c.preview) {
        m_preview.reset();
        const Error &e = c.preview->error();
        m_previewPanel->showMessage(m_recipes.signals[std::size_t(m_current)].id,
                                    e.code == Error::Code::Invalid
                                        ? tr("No preview: this recipe, or one it reads, has problems (listed under Check).")
                                        : e.message);
    } else {
        m_preview = **c.preview;
        m_previewPanel->showResult(*m_preview);
    }
    Q_EMIT previewReady();
}

void SignalsPage::fillList()
{
    QHash<int, QStringList> problemsOf;
    for (const QString &line : m_problems) {
        const int recipe = RecipeProblemsPanel::recipeOf(line);
        if (recipe >= 0)
            problemsOf[recipe] << line;
    }
    const QSignalBlocker block(m_list);
    m_list->setRowCount(int(m_recipes.signals.size()));
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < int(m_recipes.signals.size()); ++i) {
        const SignalRecipe &r = m_recipes.signals[std::size_t(i)];
        auto *id = new QTableWidgetItem(r.id.isEmpty() ? tr("(no id)") : r.id);
        auto *kind = new QTableWidgetItem(kindText(r));
        kind->setToolTip(kindText(r));
        if (problemsOf.contains(i)) {
            id->setIcon(warning);
            id->setToolTip(problemsOf.value(i).join(QLatin1Char('\n')));
        } else if (r.role != AttributeRole::None) {
            id->setToolTip(tr("Also the account attribute %1").arg(attributeRoleName(r.role)));
        }
        m_list->setItem(i, 0, id);
        m_list->setItem(i, 1, kind);
    }
    if (m_current >= 0)
        m_list->setCurrentCell(m_current, 0);
}

void SignalsPage::showProblems()
{
    QString summary;
    if (m_path.isEmpty())
        summary = tr("No workspace open.");
    else if (!m_problems.isEmpty())
        summary = tr("%n problem(s); Build waits until they are fixed:", nullptr, int(m_problems.size()));
    else if (m_checkedRevision != m_revision)
        summary = tr("Checking the recipes against the tables…");
    else
        summary = tr("The %n recipe(s) check out against the workspace's tables.", nullptr, int(m_recipes.signals.size()));
    m_problemPanel->setProblems(m_problems, summary);
}

void SignalsPage::updateButtons()
{
    const bool building = isBuilding();
    const bool open = !m_path.isEmpty();
    m_build->setEnabled(isValid() && !building);
    m_add->setEnabled(open);
    m_duplicate->setEnabled(m_current >= 0);
    m_remove->setEnabled(m_current >= 0);
    m_open->setEnabled(!building);
    m_replaceImported->setEnabled(!building);
}

Result<void> SignalsPage::openRecipesFile(const QString &path)
{
    auto set = RecipeSet::load(path);
    if (!set) {
        m_message->setText(set.error().message);
        return std::unexpected(set.error());
    }
    setRecipes(*set, QFileInfo(path).fileName());
    m_message->setText(tr("Opened %1: %n recipe(s). Build writes their snapshots into the workspace.", nullptr,
                          int(set->signals.size()))
                           .arg(QFileInfo(path).fileName()));
    return {};
}

Result<void> SignalsPage::saveRecipesFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_recipes.toJson()) < 0 || !file.commit()) {
        auto error = fail(tr("%1: cannot write: %2").arg(path, file.errorString()), Error::Code::Io);
        m_message->setText(error.error().message);
        return error;
    }
    m_source = QFileInfo(path).fileName();
    m_message->setText(tr("Saved the recipes to %1.").arg(path));
    return {};
}

void SignalsPage::chooseRecipesFileToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Recipes"), QFileInfo(m_path).absolutePath(),
                                                      tr("Recipes files (*.json);;All files (*)"));
    if (!path.isEmpty())
        (void)openRecipesFile(path);
}

void SignalsPage::chooseRecipesFileToSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Recipes"), QFileInfo(m_path).absolutePath(),
                                                      tr("Recipes files (*.json)"));
    if (!path.isEmpty())
        (void)saveRecipesFile(path);
}

void SignalsPage::startBuild()
{
    if (!isValid() || isBuilding())
        return;
    m_buildJson = m_parsed->toJson();
    m_buildPath = m_path;
    m_runner->start(m_path, *m_parsed, m_replaceImported->isChecked());
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_message->setText(tr("Building the snapshots of %n signal(s)…", nullptr, int(m_parsed->signals.size())));
    updateButtons();
}

void SignalsPage::cancelBuild()
{
    if (!isBuilding())
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_message->setText(tr("Cancelling the build…"));
}

void SignalsPage::buildDone()
{
    m_progress->hide();
    m_cancel->hide();
    const bool loadAfter = std::exchange(m_loadAfterBuild, false);
    const bool checkAfter = std::exchange(m_checkAfterBuild, false);
    // What waited for the build, unless the refresh after it (workspaceChanged) already reads again.
    const auto catchUp = [this, loadAfter, checkAfter] {
        if (m_loadJob.isBusy())
            return;
        if (loadAfter)
            load();
        else if (checkAfter)
            requestCheck();
    };
    const Result<BuildSummary> &r = m_runner->result();
    updateButtons();
    if (!r) {
        m_message->setText(r.error().code == Error::Code::Cancelled ? tr("The build was cancelled; nothing was written.")
                                                                     : r.error().message);
        Q_EMIT statusMessage(tr("Signals build: %1").arg(m_message->text()));
        Q_EMIT buildFinished(false);
        catchUp();
        return;
    }
    if (m_buildPath == m_path && m_recipes.toJson() == m_buildJson)
        m_dirty = false;   // what the workspace stores now
    const QString text = SignalBuildRunner::describe(*r);
    m_message->setText(text);
    Q_EMIT statusMessage(text);
    Q_EMIT buildFinished(true);
    Q_EMIT workspaceChanged(m_buildPath);
    catchUp();
}

} // namespace tierlab::ui
