#include "tieredgeseditor.h"

#include "charts/tierpalette.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace tierlab::ui {

namespace {
constexpr int kDecimals = 2;
constexpr int kPerRow = 3;   // tiers per row: five tiers wrap instead of widening the chart

bool sameLabels(const std::vector<Tier> &a, const std::vector<Tier> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id || a[i].label != b[i].label)
            return false;
    return true;
}
} // namespace

TierEdgesEditor::TierEdgesEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tierEdgesEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_grid = new QGridLayout;
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setVerticalSpacing(2);
    layout->addLayout(m_grid);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("tierEdgesProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #A04000"));
    m_problem->hide();
    layout->addWidget(m_problem);
}

void TierEdgesEditor::setTiers(const std::vector<Tier> &tiers)
{
    const bool rebuildNeeded = !sameLabels(tiers, m_tiers) || m_spins.empty();
    m_tiers = tiers;
    m_problem->hide();   // about a value typed before this edit
    if (rebuildNeeded)
        rebuild();
    sync();
}

void TierEdgesEditor::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_spins.assign(m_tiers.size(), nullptr);
    m_first = nullptr;
    if (m_tiers.empty())
        return;
    auto *title = new QLabel(tr("Tier edges:"), this);
    title->setToolTip(tr("Each tier starts at the score typed here; type a number and press Enter, or step with "
                         "the arrow keys"));
    m_grid->addWidget(title, 0, 0);
    m_first = new QLabel(tr("%1 ≥ %2").arg(TierPalette::label(m_tiers, 0), QLocale().toString(0)), this);
    m_first->setToolTip(tr("The first tier always starts at 0"));
    m_grid->addWidget(m_first, 0, 1);
    for (int t = 1; t < int(m_tiers.size()); ++t) {
        auto *spin = new QDoubleSpinBox(this);
        spin->setObjectName(QStringLiteral("tierEdge%1").arg(t));
        spin->setRange(0, 100);
        spin->setDecimals(kDecimals);
        spin->setSingleStep(0.5);
        // One edit per Enter, focus change or arrow step, not one per keystroke.
        spin->setKeyboardTracking(false);
        spin->setPrefix(tr("%1 ≥ ").arg(TierPalette::label(m_tiers, t)));
        spin->setAccessibleName(tr("Minimum score of %1").arg(TierPalette::label(m_tiers, t)));
        spin->setToolTip(tr("The lowest score of %1: above the previous tier's and below the next tier's")
                             .arg(TierPalette::label(m_tiers, t)));
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, t] { commit(t); });
        m_spins[std::size_t(t)] = spin;
        m_grid->addWidget(spin, t / kPerRow, 1 + t % kPerRow);
    }
    m_grid->setColumnStretch(kPerRow + 1, 1);
    if (m_spins.size() > 1)
        title->setBuddy(m_spins[1]);
}

void TierEdgesEditor::sync()
{
    m_syncing = true;
    for (int t = 1; t < int(m_tiers.size()); ++t)
        if (QDoubleSpinBox *spin = m_spins[std::size_t(t)]; spin && spin->value() != m_tiers[std::size_t(t)].min)
            spin->setValue(m_tiers[std::size_t(t)].min);
    m_syncing = false;
}

QDoubleSpinBox *TierEdgesEditor::edgeSpin(int tier) const
{
    return tier > 0 && std::size_t(tier) < m_spins.size() ? m_spins[std::size_t(tier)] : nullptr;
}

QString TierEdgesEditor::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString TierEdgesEditor::problemWith(int tier, double min) const
{
    if (tier <= 0 || std::size_t(tier) >= m_tiers.size())
        return tr("The first tier always starts at 0");
    const QString label = TierPalette::label(m_tiers, tier);
    if (!std::isfinite(min) || min < 0 || min > 100)
        return tr("%1 must start at a score from 0 to 100").arg(label);
    const double below = m_tiers[std::size_t(tier - 1)].min;
    if (!(min > below))
        return tr("%1 must start above %2, which starts at %3")
            .arg(label, TierPalette::label(m_tiers, tier - 1), QLocale().toString(below));
    if (std::size_t(tier + 1) < m_tiers.size()) {
        const double above = m_tiers[std::size_t(tier + 1)].min;
        if (!(min < above))
            return tr("%1 must start below %2, which starts at %3")
                .arg(label, TierPalette::label(m_tiers, tier + 1), QLocale().toString(above));
    }
    return {};
}

void TierEdgesEditor::commit(int tier)
{
    if (m_syncing)
        return;
    QDoubleSpinBox *spin = edgeSpin(tier);
    if (!spin)
        return;
    // The text as typed, not the spin box's double: "87.1" is 87.1, never a rounding of it.
    bool ok = false;
    const double min = spin->locale().toDouble(spin->cleanText(), &ok);
    const QString problem = ok ? problemWith(tier, min) : tr("Type a number");
    if (ok && problem.isEmpty() && min == m_tiers[std::size_t(tier)].min)
        return;
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        sync();   // back to the model's value
        Q_EMIT this->problem(problem);
        return;
    }
    m_problem->hide();
    Q_EMIT edgeEdited(tier, min);
}

} // namespace tierlab::ui
