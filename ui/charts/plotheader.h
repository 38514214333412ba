#pragma once

// QCustomPlot's header needs Qt's bare keywords (signals, slots, emit); Tierlab's own headers
// need them gone (Model::signals is a member name). Every UI header of the designer includes
// QCustomPlot through here, first, so that the keywords are dropped before any core header.
// Works with and without QT_NO_KEYWORDS: the keywords exist only while QCustomPlot is read.
#ifndef signals
#define signals Q_SIGNALS
#endif
#ifndef slots
#define slots Q_SLOTS
#endif
#ifndef emit
#define emit Q_EMIT
#endif
#if !defined(foreach) && !defined(QT_NO_FOREACH)
#define foreach Q_FOREACH
#endif

#include <qcustomplot.h>

#undef signals
#undef slots
#undef emit
#undef foreach
