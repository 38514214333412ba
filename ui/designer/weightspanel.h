#pragma once

#include "charts/plotheader.h"

#include "dataset/dataset.h"
#include "model/model.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QMenu;
class QPushButton;
class QSlider;
class QToolButton;
class QVBoxLayout;

namespace tierlab::ui {

struct StructureEdit;

// What the panel marks while it edits a segment's variant (docs/model-format.md, Segments): the
// variant's name and which members are its own; the others are inherited from the base model.
struct VariantMarks
{
    QString variant;                   // empty: the base model is edited, nothing is marked
    std::vector<bool> ownCategories;   // per category: the variant has its own weight
    std::vector<bool> ownSignals;      // per signal: its own weight, rule or missing policy
    bool ownTiers = false;             // its own tier edges
};

// The designer's left panel: a weight slider + spin box + share per category, each expandable to
// its signals (weight slider, one-line rule summary, "Edit rule…"), the penalties and overrides,
// locks and "normalise to 100", the tiers. Structure edits (add, remove, rename, reorder categories
// and signals, move a signal to another category, add or remove tiers) sit in each row's "⋯" menu
// and on keys (F2 rename, Alt+Up / Alt+Down move, within the row that has the focus). It only shows
// a model and reports what the user asks for — a structure edit as the whole edited model — and the
// page applies edits (and undo) and calls setModel() back.
class WeightsPanel : public QWidget
{
    Q_OBJECT

public:
    // Sliders move in tenths of a weight point.
    static constexpr int kSliderScale = 10;

    explicit WeightsPanel(QWidget *parent = nullptr);

    // Rebuilds the rows when the categories or signals differ from the ones shown, then syncs.
    void setModel(const Model &model);
    // Updates values, shares and summaries without emitting anything.
    void syncValues(const Model &model);

    std::vector<bool> lockedCategories() const;
    void setCategoryLocked(int category, bool locked);
    void setExpanded(int category, bool expanded);

    QSlider *categorySlider(int category) const;
    QDoubleSpinBox *categorySpin(int category) const;
    QString shareText(int category) const;
    QSlider *signalSlider(int signal) const;
    QString ruleSummaryText(int signal) const;

    // Marks inherited and own members while a variant is edited; structure edits are refused then
    // (they belong to the base model).
    void setVariantMarks(const VariantMarks &marks);
    const VariantMarks &variantMarks() const { return m_marks; }
    enum ResetKind { ResetCategory, ResetSignal, ResetTiers };
    // The ↺ button of an own member (hidden when inherited or when the base is edited).
    QToolButton *resetButton(ResetKind kind, int index = 0) const;
    // "inherited" on a member the variant takes from the base, else empty.
    QString markText(ResetKind kind, int index) const;

    // The columns a new signal may read: the designer's snapshot's.
    void setCatalogue(const Dataset &snapshot);

    // Structure edits on the shown model: each emits structureEdited with the edited model, or returns
    // why it cannot be done (and emits nothing). Indices into the model's lists; labels as typed.
    QString addCategory(const QString &label);
    QString renameCategory(int category, const QString &label);
    QString moveCategory(int category, int delta);
    QString removeCategory(int category);
    QString addSignal(const Signal &signal);
    QString renameSignal(int signal, const QString &label);
    // Within its category: before or after the neighbouring signal of the same category.
    QString moveSignal(int signal, int delta);
    QString setSignalCategory(int signal, int category);
    QString removeSignal(int signal);
    QString addTier(const Tier &tier);
    QString editTier(int tier, const Tier &edited);
    QString removeTier(int tier);

    static constexpr int kFewestTiers = 2;
    static constexpr int kMostTiers = 5;

    // The "⋯" menus (keyboard: Tab to the button, Space opens it).
    QToolButton *categoryMenuButton(int category) const;
    QToolButton *signalMenuButton(int signal) const;
    QWidget *categoryHeader(int category) const;
    QWidget *signalRowWidget(int signal) const;
    QString tiersText() const;


Q_SIGNALS:
    void categoryWeightEdited(int category, double weight, bool dragging);
    void signalWeightEdited(int signal, double weight, bool dragging);
    void dragStarted();
    void dragFinished();
    void normaliseRequested();
    void ruleEditRequested(int signal);
    void conditionsEditRequested();
    // A structure edit: `model` is the whole edited model, `text` the undo step's name.
    void structureEdited(const tierlab::Model &model, const QString &text);
    // ↺ on an own member of the variant: inherit it from the base model again.
    void resetRequested(int kind, int index);
    // Why an edit asked for from a menu or a key was refused.
    void editRefused(const QString &message);

private:
    struct SignalRow
    {
        QSlider *slider = nullptr;
        QDoubleSpinBox *spin = nullptr;
        QLabel *share = nullptr;
        QLabel *summary = nullptr;
        QWidget *row = nullptr;
        QToolButton *menu = nullptr;
        QLabel *mark = nullptr;
        QToolButton *reset = nullptr;
    };
    struct CategoryRow
    {
        QWidget *signalBox = nullptr;
        QToolButton *expand = nullptr;
        QCheckBox *lock = nullptr;
        QSlider *slider = nullptr;
        QDoubleSpinBox *spin = nullptr;
        QLabel *share = nullptr;
        QWidget *header = nullptr;
        QToolButton *menu = nullptr;
        QLabel *mark = nullptr;
        QToolButton *reset = nullptr;
        QString id;
        std::vector<int> members;   // indices of its signals
    };
    void rebuild(const Model &model);
    QWidget *makeCategoryRow(const Model &model, int category);
    QWidget *makeSignalRow(const Model &model, int signal);
    void wireSlider(QSlider *slider, QDoubleSpinBox *spin, bool isCategory, int index);
    // The row's menu and keys, acting on the row's category or signal.
    void addRowActions(QWidget *row, QToolButton *button, bool isCategory, int index);
    void fillSignalMenu(QMenu *menu, int signal);
    // Checks the edited model (ModelValidator) and emits it, or returns the problem.
    QString emitEdit(const StructureEdit &edit);
    void refused(const QString &message);
    void askAddCategory();
    void askAddSignal(int category);
    void askRename(bool isCategory, int index);
    void askAddTier();
    void askEditTier(int tier);
    void updateTiers();
    // The "inherited" label and the ↺ button of one row, wired to resetRequested.
    std::pair<QLabel *, QToolButton *> makeMark(QWidget *parent, ResetKind kind, int index);
    void applyMarks();

    QVBoxLayout *m_rows = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_conditions = nullptr;
    QLabel *m_tiers = nullptr;
    QToolButton *m_tierMenu = nullptr;
    QToolButton *m_resetTiers = nullptr;
    QLabel *m_variantNote = nullptr;
    std::vector<QWidget *> m_structureButtons;   // disabled while a variant is edited
    VariantMarks m_marks;
    Model m_model;
    std::vector<SignalInfo> m_catalogue;
    QString m_focusAfterRebuild;   // "c:<id>" or "s:<id>": where the keyboard goes after an edit
    std::vector<CategoryRow> m_categories;
    std::vector<SignalRow> m_signals;
    QStringList m_shownIds;
    bool m_syncing = false;
};

} // namespace tierlab::ui
