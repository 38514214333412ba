#pragma once

#include <QSemaphore>
#include <QThreadPool>

namespace tierlab::test {

// Holds the global pool's only thread until release(), so that a job started meanwhile cannot run
// before the test cancels it: a deterministic "cancel before it starts". The destructor releases and
// restores the pool's size.
class PoolHold
{
public:
    // `pool`: the one the jobs under test run on (WorkspaceSession::threadPool() for session jobs).
    explicit PoolHold(QThreadPool *pool = QThreadPool::globalInstance())
        : m_pool(pool), m_threads(pool->maxThreadCount())
    {
        m_pool->setMaxThreadCount(1);
        m_pool->start([this] { m_release.acquire(); });
    }
    ~PoolHold()
    {
        release();
        m_pool->waitForDone(60000);
        m_pool->setMaxThreadCount(m_threads);
    }
    PoolHold(const PoolHold &) = delete;
    PoolHold &operator=(const PoolHold &) = delete;

    void release()
    {
        if (!m_released) {
            m_released = true;
            m_release.release();
        }
    }

private:
    QThreadPool *m_pool;
    int m_threads;
    QSemaphore m_release;
    bool m_released = false;
};

} // namespace tierlab::test
