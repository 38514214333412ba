#pragma once

#include "charts/plotheader.h"

#include "model/model.h"

#include <QWidget>

#include <vector>

class QDoubleSpinBox;
class QGridLayout;
class QLabel;

namespace tierlab::ui {

// Each tier's minimum score as a number the user types (the histogram's lines are dragged): one
// spin box per movable edge, the first tier fixed at 0. A value typed is checked (strictly between
// its neighbours) and reported as typed, parsed from the text in the spin box's locale: 87.1 stays
// 87.1. It only shows tiers and reports edits; the page applies them through its undo stack and
// calls setTiers() back.
class TierEdgesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TierEdgesEditor(QWidget *parent = nullptr);

    // Rebuilds the boxes when the tiers' count or labels changed, then shows the values without emitting.
    void setTiers(const std::vector<Tier> &tiers);
    // The spin box of a tier's minimum (tier ≥ 1), else nullptr.
    QDoubleSpinBox *edgeSpin(int tier) const;
    // Why `min` cannot be the minimum of `tier`, or empty when it can.
    QString problemWith(int tier, double min) const;
    QString problemText() const;

Q_SIGNALS:
    void edgeEdited(int tier, double min);
    void problem(const QString &message);

private:
    void rebuild();
    void sync();
    void commit(int tier);

    std::vector<Tier> m_tiers;
    std::vector<QDoubleSpinBox *> m_spins;   // by tier; the first tier has none
    QGridLayout *m_grid = nullptr;
    QLabel *m_first = nullptr;
    QLabel *m_problem = nullptr;
    bool m_syncing = false;
};

} // namespace tierlab::ui
