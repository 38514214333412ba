// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace tierlab {

// Where the parallel parts of core's work run (scoring blocks, bootstrap resamples, a back-test's tier
// table, the signal build's halves): not Qt's global thread pool, on which Qt 6.4's raster
// engine splits the painting of large areas and waits on a semaphore for its threads. With the global
// pool busy with 100 k-account work, a repaint of the back-test page waited 250–300 ms for a
// resample batch to finish. One thread per core.
QThreadPool *computePool();

} // namespace tierlab
