#pragma once

#include "charts/plotheader.h"

#include "model/model.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QToolButton;
class QVBoxLayout;

namespace tierlab::ui {

// The designer's left panel: a weight slider + spin box + share per category, each expandable to
// its signals (weight slider, one-line rule summary, "Edit rule…"), the penalties and overrides,
// locks and "normalise to 100". It only shows a model and reports what the user asks for; the
// page applies edits (and undo) and calls syncValues() back.
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

    static QString ruleSummary(const Signal &signal);
    static QString conditionSummary(const Penalty &penalty);
    static QString conditionSummary(const Override &override);

Q_SIGNALS:
    void categoryWeightEdited(int category, double weight, bool dragging);
    void signalWeightEdited(int signal, double weight, bool dragging);
    void dragStarted();
    void dragFinished();
    void normaliseRequested();
    void ruleEditRequested(int signal);
    void conditionsEditRequested();

private:
    struct SignalRow
    {
        QSlider *slider = nullptr;
        QDoubleSpinBox *spin = nullptr;
        QLabel *share = nullptr;
        QLabel *summary = nullptr;
    };
    struct CategoryRow
    {
        QWidget *signalBox = nullptr;
        QToolButton *expand = nullptr;
        QCheckBox *lock = nullptr;
        QSlider *slider = nullptr;
        QDoubleSpinBox *spin = nullptr;
        QLabel *share = nullptr;
        std::vector<int> members;   // indices of its signals
    };
    void rebuild(const Model &model);
    QWidget *makeCategoryRow(const Model &model, int category);
    QWidget *makeSignalRow(const Model &model, int signal);
    void wireSlider(QSlider *slider, QDoubleSpinBox *spin, bool isCategory, int index);

    QVBoxLayout *m_rows = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_conditions = nullptr;
    std::vector<CategoryRow> m_categories;
    std::vector<SignalRow> m_signals;
    QStringList m_shownIds;
    bool m_syncing = false;
};

} // namespace tierlab::ui
