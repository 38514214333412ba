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
    PoolHold()
        : m_threads(QThreadPool::globalInstance()->maxThreadCount())
    {
        QThreadPool::globalInstance()->setMaxThreadCount(1);
        QThreadPool::globalInstance()->start([this] { m_release.acquire(); });
    }
    ~PoolHold()
    {
        release();
        QThreadPool::globalInstance()->waitForDone(60000);
        QThreadPool::globalInstance()->setMaxThreadCount(m_threads);
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
    int m_threads;
    QSemaphore m_release;
    bool m_released = false;
};

} // namespace tierlab::test
