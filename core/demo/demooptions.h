#pragma once

#include <QDate>
#include <QtGlobal>

namespace tierlab {

// Parameters of the demo portfolio. The last as_of is fixed (not today) so that the same options
// always produce the same workspace.
struct DemoOptions
{
    int accounts = 2000;
    int weeks = 104;
    quint64 seed = 42;
    QDate lastAsOf{2026, 11, 2};   // a Monday
};

} // namespace tierlab
