#pragma once

#include "charts/plotheader.h"

#include "common/latestwinsjob.h"

#include "common/error.h"
#include "itemmodels/eventtablesmodel.h"
#include "recipes/recipeset.h"
#include "recipes/signalpreview.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace tierlab {
class WorkspaceSession;
}

namespace tierlab::ui {

class RecipeEditor;
class RecipeProblemsPanel;
class RecipeSettingsForm;
class SignalBuildRunner;
class SignalPreviewPanel;

// From event tables to weekly signals (docs/signals.md): the workspace's tables on the left, the recipes
// (a list and an editor for the selected one, the grid and accounts section) in the middle, and on the
// right a preview of the selected recipe, computed in the background as it is edited (latest wins).
// The recipes are checked as they change (RecipeSet::parse, then check against the tables on the worker)
// and the problems are listed by JSON path; Build writes the snapshots as a write job of the session,
// with progress and Cancel, and then announces workspaceChanged(). The page shows the session's
// workspace: it reads the tables and the stored recipes when the session opens one and again on new
// data (which keeps unsaved recipe edits); its reads are jobs of the session.
class SignalsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignalsPage(WorkspaceSession *session, QWidget *parent = nullptr);
    ~SignalsPage() override;

    QString workspacePath() const { return m_path; }
    bool isLoading() const;

    // The recipes as edited (grid, accounts, signals) and as a recipes file.
    const RecipeSet &recipes() const { return m_recipes; }
    QByteArray recipesJson() const { return m_recipes.toJson(); }
    void setRecipes(const RecipeSet &recipes, const QString &source);
    bool isDirty() const { return m_dirty; }
    int currentRecipe() const { return m_current; }
    void selectRecipe(int index);
    // Add / Duplicate / Remove, as the buttons do.
    void addRecipe();
    void duplicateRecipe();
    void removeRecipe();

    Result<void> openRecipesFile(const QString &path);
    Result<void> saveRecipesFile(const QString &path);

    // The problems listed (one per line, "$.signals[2].agg: …"); empty when the recipes check out.
    QStringList problems() const { return m_problems; }
    // Parsed and checked against the workspace's tables with no problem: Build is enabled.
    bool isValid() const;
    const SignalPreviewResult *preview() const { return m_preview ? &*m_preview : nullptr; }
    const EventTablesModel *tablesModel() const { return m_tables; }

    void startBuild();
    void cancelBuild();
    bool isBuilding() const;
    SignalBuildRunner *buildRunner() const { return m_runner; }
    static constexpr int kPreviewHorizonDays = 90;

public Q_SLOTS:
    void chooseRecipesFileToOpen();
    void chooseRecipesFileToSave();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void tablesShown();
    // The check of the current recipes arrived (problems() and isValid() hold it).
    void checked();
    // A preview (or why there is none) is shown for the selected recipe.
    void previewReady();
    void buildFinished(bool ok);
    // A build wrote into the workspace: the other pages read it again.
    void workspaceChanged(const QString &path);

private:
    struct Loaded;
    struct Checked;
    void workspaceOpened(const QString &path);
    void load();
    void showLoaded(const Loaded &loaded);
    void recipesChanged();
    void requestCheck();
    void showChecked(const Checked &checked);
    void fillList();
    void showProblems();
    void updateButtons();
    void editorEdited();
    void buildDone();
    QStringList otherIds(int index) const;
    QString uniqueId(const QString &base) const;

    WorkspaceSession *m_session;
    LatestWinsJob<std::shared_ptr<Loaded>> m_loadJob;
    LatestWinsJob<std::shared_ptr<Checked>> m_checkJob;
    std::shared_ptr<std::atomic<bool>> m_checkCancel;
    QString m_path;                    // the session's workspace, as this page last read it
    RecipeSet m_recipes;
    QString m_source;                  // the file the recipes came from, for messages
    std::optional<RecipeSet> m_parsed; // m_recipes read back from its JSON (paths set), when it reads
    QStringList m_problems;
    quint64 m_revision = 0;            // bumped by every edit
    quint64 m_checkedRevision = ~quint64(0);
    bool m_checkOk = false;
    bool m_dirty = false;
    QByteArray m_buildJson;            // what the running build was given, and where
    QString m_buildPath;
    bool m_loadAfterBuild = false;     // a read asked for while the build had the file
    bool m_checkAfterBuild = false;
    int m_current = -1;
    std::vector<std::pair<int, qsizetype>> m_referrers;   // (recipe, position in `of`) reading the current one
    std::optional<SignalPreviewResult> m_preview;

    EventTablesModel *m_tables = nullptr;
    QTableView *m_tableView = nullptr;
    RecipeSettingsForm *m_settings = nullptr;
    QTableWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_remove = nullptr;
    RecipeEditor *m_editor = nullptr;
    RecipeProblemsPanel *m_problemPanel = nullptr;
    SignalPreviewPanel *m_previewPanel = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_build = nullptr;
    QCheckBox *m_replaceImported = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_message = nullptr;
    SignalBuildRunner *m_runner = nullptr;
};

} // namespace tierlab::ui
