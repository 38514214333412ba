#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <utility>

namespace tierlab::ui {

// One background job at a time for a view, latest wins: a request while a job runs is remembered and
// started when that job ends, whose result is then dropped; so a burst of requests costs at most two
// jobs and only the newest result is shown. Used by the back-test page, the review page and the
// designer's back-test headline. GUI thread only.
template <typename Result>
class LatestWinsJob
{
public:
    // `restart` runs a remembered request (it calls claim() and run() again); `deliver` receives the
    // result of the newest job.
    LatestWinsJob(QObject *context, std::function<void()> restart, std::function<void(const Result &)> deliver)
        : m_context(context), m_restart(std::move(restart)), m_deliver(std::move(deliver))
    {
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, context, [this] { finished(); });
    }
    ~LatestWinsJob() { m_watcher.waitForFinished(); }
    LatestWinsJob(const LatestWinsJob &) = delete;
    LatestWinsJob &operator=(const LatestWinsJob &) = delete;

    // Runs `restart` once the event loop turns, however often it is asked meanwhile: the signals of
    // one change (another workspace moves the model chooser too) cost one job.
    void request()
    {
        if (m_queued)
            return;
        m_queued = true;
        QMetaObject::invokeMethod(m_context, [this] {
            m_queued = false;
            m_restart();
        }, Qt::QueuedConnection);
    }

    // True: start the job now with run(). False: one is running; this request runs after it.
    bool claim()
    {
        if (m_watcher.isRunning()) {
            m_pending = true;
            return false;
        }
        m_pending = false;
        ++m_generation;
        return true;
    }
    void run(QFuture<Result> future)
    {
        m_running = m_generation;
        m_watcher.setFuture(std::move(future));
    }
    // Also called with every result of the newest job before it is dropped for a remembered request
    // (the headline keeps the baseline's figures from it).
    void setOnArrival(std::function<void(const Result &)> arrival) { m_arrival = std::move(arrival); }
    // Forgets what runs or waits (another workspace): its result is never delivered.
    void reset()
    {
        m_watcher.waitForFinished();
        ++m_generation;
        m_shownGeneration = m_generation;
        m_pending = false;
    }
    void wait() { m_watcher.waitForFinished(); }
    // Until the newest job's result is delivered (the future ends on the worker before that).
    bool isBusy() const { return m_queued || m_watcher.isRunning() || m_pending || m_shownGeneration != m_generation; }

private:
    void finished()
    {
        if (m_running != m_generation)
            return;
        const Result result = m_watcher.result();
        if (m_arrival)
            m_arrival(result);
        if (m_pending) {
            m_restart();
            return;
        }
        m_shownGeneration = m_running;
        m_deliver(result);
    }

    QFutureWatcher<Result> m_watcher;
    QObject *m_context = nullptr;
    std::function<void()> m_restart;
    std::function<void(const Result &)> m_deliver;
    std::function<void(const Result &)> m_arrival;
    quint64 m_generation = 0;
    quint64 m_running = 0;
    quint64 m_shownGeneration = 0;
    bool m_pending = false;
    bool m_queued = false;
};

} // namespace tierlab::ui
