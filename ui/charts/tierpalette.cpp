#include "tierpalette.h"

#include <QCoreApplication>

namespace tierlab::ui {

QColor TierPalette::color(const std::vector<Tier> &tiers, int tier)
{
    if (tier < 0 || std::size_t(tier) >= tiers.size())
        return unscoredColor();
    const QColor own = QColor::fromString(tiers[std::size_t(tier)].color);
    if (own.isValid())
        return own;
    static const QColor kThree[] = {QColor(0xD5, 0x5E, 0x00), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73)};
    static const QColor kMore[] = {QColor(0xD5, 0x5E, 0x00), QColor(0xE6, 0x9F, 0x00), QColor(0xF0, 0xE4, 0x42),
                                   QColor(0x00, 0x9E, 0x73), QColor(0x00, 0x72, 0xB2), QColor(0xCC, 0x79, 0xA7)};
    if (tiers.size() <= 3)
        return kThree[tiers.size() == 2 && tier == 1 ? 2 : tier];
    return kMore[std::size_t(tier) % std::size(kMore)];
}

QString TierPalette::label(const std::vector<Tier> &tiers, int tier)
{
    if (tier < 0 || std::size_t(tier) >= tiers.size())
        return QCoreApplication::translate("TierPalette", "Unscored");
    const Tier &t = tiers[std::size_t(tier)];
    return t.label.isEmpty() ? t.id : t.label;
}

} // namespace tierlab::ui
