#pragma once

#include "charts/plotheader.h"

#include "model/model.h"

#include <QColor>
#include <QString>

#include <vector>

namespace tierlab::ui {

// Tier colours: the model's own colour when it parses, else colour-blind-safe Okabe–Ito colours
// by position (lowest tier red, then yellow, green; blue and purple past three). Every chart pairs
// them with text labels, so colour is never the only cue.
class TierPalette
{
public:
    static QColor color(const std::vector<Tier> &tiers, int tier);
    static QColor unscoredColor() { return QColor(0x99, 0x99, 0x99); }
    static QString label(const std::vector<Tier> &tiers, int tier);
};

} // namespace tierlab::ui
