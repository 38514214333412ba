#pragma once

#include "model/model.h"

#include <QCoreApplication>
#include <QString>

namespace tierlab::ui {

// One-line texts of a signal's rule and of a penalty or override, as the weights panel lists them.
class RuleSummary
{
    Q_DECLARE_TR_FUNCTIONS(RuleSummary)

public:
    // "linear: 0.1 → 0, 0.8 → 100; missing: skipped"
    static QString rule(const Signal &signal);
    static QString condition(const Penalty &penalty);
    static QString condition(const Override &override);
    // A number in the user's locale, up to 6 significant digits.
    static QString number(double value);
};

} // namespace tierlab::ui
