// SPDX-License-Identifier: GPL-3.0-or-later
#include "computepool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace tierlab {

QThreadPool *computePool()
{
    // A static object: its destructor waits for running tasks at exit.
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return true;
    }();
    (void)sized;
    return &pool;
}

} // namespace tierlab
