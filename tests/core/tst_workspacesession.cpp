// WorkspaceSession: one open workspace behind every page — its signals, the history shared per data
// stamp, versions and the published model, jobs that stale on new data or another workspace.
#include "analysis/historycache.h"
#include "analysis/snapshothistory.h"
#include "demo/demogenerator.h"
#include "session/workspacesession.h"
#include "store/workspace.h"

#include "poolhold.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <atomic>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;

namespace {
using HistoryPtr = std::shared_ptr<const SnapshotHistory>;

HistoryPtr historyOf(WorkspaceSession &session)
{
    auto future = session.run<Result<HistoryPtr>>([](SessionJob &job) { return job.history(); });
    future.waitForFinished();
    const auto result = future.result();
    return result ? *result : nullptr;
}
} // namespace

class tst_WorkspaceSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openFailsCleanly();
    void openEmitsAndReads();
    void versionsAndPublished();
    void historySharedUntilDataChanges();
    void refreshCancelsRunningJobs();
    void backgroundWaitsForUrgent();
    void urgentRunsWhenBackgroundFillsThePool();
    void cacheWriteWaitsWithoutAThread();
    void anotherWorkspaceCancelsAndFreesHistory();
    void jobWithoutWorkspace();
    void writeToAnotherFile();

private:
    QString copy(const QString &name);

    QTemporaryDir m_dir;
    QString m_demo;
};

void tst_WorkspaceSession::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.tierlab"));
    auto made = DemoGenerator::generateFile(m_demo, DemoOptions{120, 12, 3, QDate(2026, 11, 2)});
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
}

QString tst_WorkspaceSession::copy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_demo, path))
        return {};
    return path;
}

void tst_WorkspaceSession::openFailsCleanly()
{
    WorkspaceSession session;
    QSignalSpy changed(&session, &WorkspaceSession::workspaceChanged);
    auto r = session.open(m_dir.filePath(QStringLiteral("missing.tierlab")));
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("missing.tierlab")));
    QVERIFY(!session.isOpen());
    QCOMPARE(session.path(), QString());
    QCOMPARE(changed.count(), 0);
}

void tst_WorkspaceSession::openEmitsAndReads()
{
    WorkspaceSession session;
    QSignalSpy changed(&session, &WorkspaceSession::workspaceChanged);
    QSignalSpy versions(&session, &WorkspaceSession::versionsChanged);
    QVERIFY(session.open(m_demo));
    QVERIFY(session.isOpen());
    QCOMPARE(session.path(), m_demo);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.front().front().toString(), m_demo);
    QCOMPARE(versions.count(), 1);
    QVERIFY(session.versions().empty());
    QVERIFY(!session.publishedVersionId());
    QCOMPARE(session.publishedVersion(), nullptr);

    auto asOf = session.run<Result<QDate>>([](SessionJob &job) -> Result<QDate> {
        auto ws = job.workspace();
        if (!ws)
            return std::unexpected(ws.error());
        auto dates = (*ws)->asOfDates();
        if (!dates)
            return std::unexpected(dates.error());
        return dates->back();
    });
    asOf.waitForFinished();
    QVERIFY(asOf.result());
    QCOMPARE(*asOf.result(), QDate(2026, 11, 2));

    session.close();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.back().front().toString(), QString());
    QVERIFY(!session.isOpen());
}

void tst_WorkspaceSession::versionsAndPublished()
{
    const QString path = copy(QStringLiteral("versions.tierlab"));
    WorkspaceSession session;
    QVERIFY(session.open(path));
    const HistoryPtr before = historyOf(session);
    QVERIFY(before);
    QSignalSpy versions(&session, &WorkspaceSession::versionsChanged);
    QSignalSpy published(&session, &WorkspaceSession::publishedModelChanged);
    QSignalSpy data(&session, &WorkspaceSession::dataChanged);

    auto a = session.saveVersion(QStringLiteral("A"), QStringLiteral("{}"), QStringLiteral("first"));
    QVERIFY(a);
    auto b = session.saveVersion(QStringLiteral("B"), QStringLiteral("{\"b\":1}"));
    QVERIFY(b);
    QCOMPARE(versions.count(), 2);
    QCOMPARE(published.count(), 0);
    QCOMPARE(session.versions().size(), std::size_t(2));
    QCOMPARE(session.versions().front().name, QStringLiteral("B"));   // newest first
    QCOMPARE(session.version(*a)->note, QStringLiteral("first"));
    QCOMPARE(session.version(*b + 10), nullptr);

    QVERIFY(session.publish(*a));
    QCOMPARE(published.count(), 1);
    QCOMPARE(*session.publishedVersionId(), *a);
    QCOMPARE(session.publishedVersion()->name, QStringLiteral("A"));
    auto missing = session.publish(*b + 10);
    QVERIFY(!missing);
    QCOMPARE(*session.publishedVersionId(), *a);
    QCOMPARE(data.count(), 0);
    // Saving and publishing change no data: the decoded history stays the same object.
    QCOMPARE(historyOf(session).get(), before.get());

    // Another session on the same file sees both (they are in the workspace, not the session).
    WorkspaceSession other;
    QVERIFY(other.open(path));
    QCOMPARE(other.versions().size(), std::size_t(2));
    QCOMPARE(*other.publishedVersionId(), *a);
}

void tst_WorkspaceSession::historySharedUntilDataChanges()
{
    const QString path = copy(QStringLiteral("history.tierlab"));
    WorkspaceSession session;
    QVERIFY(session.open(path));
    const HistoryPtr first = historyOf(session);
    QVERIFY(first);
    QCOMPARE(first->dates().size(), std::size_t(12));
    const std::size_t outcomes = first->outcomes().size();
    QCOMPARE(historyOf(session).get(), first.get());

    // A write through the session: readers are cancelled, the next history is read again.
    QSignalSpy data(&session, &WorkspaceSession::dataChanged);
    QVERIFY(outcomes > 0);
    const QString account = first->outcomes().front().accountId;
    auto write = session.runWrite<Result<void>>(path, false, [account](Result<Workspace *> ws) -> Result<void> {
        if (!ws)
            return std::unexpected(ws.error());
        OutcomeRecord o;
        o.accountId = account;
        o.kind = OutcomeKind::Expanded;
        o.date = QDate(2026, 11, 3);
        return (*ws)->addOutcome(o);
    });
    write.waitForFinished();
    QVERIFY2(write.result(), write.result() ? "" : qPrintable(write.result().error().message));
    session.refresh();
    QCOMPARE(data.count(), 1);
    const HistoryPtr second = historyOf(session);
    QVERIFY(second);
    QVERIFY(second.get() != first.get());
    QCOMPARE(second->outcomes().size(), outcomes + 1);
    // The first history is still whole for whoever holds it.
    QCOMPARE(first->outcomes().size(), outcomes);
}

void tst_WorkspaceSession::refreshCancelsRunningJobs()
{
    WorkspaceSession session;
    QVERIFY(session.open(m_demo));
    QFuture<bool> stale;
    QFuture<bool> fresh;
    {
        test::PoolHold hold(WorkspaceSession::threadPool());   // the job cannot start before refresh()
        stale = session.run<bool>([](SessionJob &job) { return job.isCancelled(); });
        session.refresh();
        fresh = session.run<bool>([](SessionJob &job) { return job.isCancelled(); });
    }
    stale.waitForFinished();
    fresh.waitForFinished();
    QCOMPARE(stale.result(), true);
    QCOMPARE(fresh.result(), false);

    // A cancelled job's history load stops with Cancelled instead of decoding the old data.
    {
        test::PoolHold hold(WorkspaceSession::threadPool());
        auto load = session.run<Result<HistoryPtr>>([](SessionJob &job) { return job.history(); });
        session.refresh();
        hold.release();
        load.waitForFinished();
        QVERIFY(!load.result());
        QCOMPARE(load.result().error().code, Error::Code::Cancelled);
    }
}

// A background job (a page's back-test) holds back after the history until the urgent one (the
// designer's headline) has ended; a cancel releases it.
void tst_WorkspaceSession::backgroundWaitsForUrgent()
{
    WorkspaceSession session;
    QVERIFY(session.open(m_demo));
    QVERIFY(historyOf(session));
    std::atomic<bool> urgentRunning{false}, release{false}, urgentDone{false};
    auto urgent = session.run<bool>(
        [&](SessionJob &) {
            urgentRunning = true;
            while (!release.load())
                QThread::msleep(2);
            urgentDone = true;
            return true;
        },
        WorkspaceSession::Priority::Urgent);
    auto background = session.run<bool>(
        [&](SessionJob &job) {
            const bool loaded = bool(job.history());
            return loaded && urgentDone.load();   // the history is there only after the urgent job ended
        },
        WorkspaceSession::Priority::Background);
    QElapsedTimer clock;
    clock.start();
    while (!urgentRunning.load() && clock.elapsed() < 5000)
        QThread::msleep(2);
    QThread::msleep(50);
    QVERIFY(!background.isFinished());
    release = true;
    background.waitForFinished();
    urgent.waitForFinished();
    QCOMPARE(background.result(), true);

    // A background job waiting for an urgent one stops waiting when the session moves on.
    release = false;
    urgentDone = false;
    auto blocker = session.run<bool>([&](SessionJob &) {
        while (!release.load())
            QThread::msleep(2);
        return true;
    }, WorkspaceSession::Priority::Urgent);
    auto waiting = session.run<bool>([](SessionJob &job) { return job.history() && job.isCancelled(); },
                                     WorkspaceSession::Priority::Background);
    QThread::msleep(50);
    session.refresh();
    waiting.waitForFinished();
    QCOMPARE(waiting.result(), true);
    release = true;
    blocker.waitForFinished();
}

// Background jobs that fill every thread of the pool while the history loads, and then wait for an
// urgent job asked for meanwhile, do not keep it from running: it has threads of its own. (It queued
// behind them before, and neither side ever ran again.)
void tst_WorkspaceSession::urgentRunsWhenBackgroundFillsThePool()
{
    QThreadPool *pool = WorkspaceSession::threadPool();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(2);
    const QString path = copy(QStringLiteral("fullpool.tierlab"));
    {
        WorkspaceSession session;
        QVERIFY(session.open(path));
        std::vector<QFuture<bool>> background;
        for (int i = 0; i < 2; ++i)   // both threads: one loads the history, the other waits for it
            background.push_back(session.run<bool>([](SessionJob &job) { return bool(job.history()); },
                                                   WorkspaceSession::Priority::Background));
        auto urgent = session.run<bool>([](SessionJob &job) { return bool(job.history()); },
                                        WorkspaceSession::Priority::Urgent);
        QTRY_VERIFY_WITH_TIMEOUT(urgent.isFinished(), 30000);
        QVERIFY(urgent.result());
        for (auto &job : background) {
            QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 30000);
            QVERIFY(job.result());
        }
    }
    pool->setMaxThreadCount(threads);
}

// The history cache file is written once no urgent job is due, and waiting for that holds no pool
// thread: with two threads, one held by an urgent job, other jobs still run meanwhile.
void tst_WorkspaceSession::cacheWriteWaitsWithoutAThread()
{
    QThreadPool *pool = WorkspaceSession::threadPool();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(2);
    const QString path = copy(QStringLiteral("cachewrite.tierlab"));
    QTemporaryDir cacheDir;
    const QString cacheFile = HistoryCache::fileFor(cacheDir.path(), path);
    {
        WorkspaceSession session;
        QVERIFY(session.open(path));
        std::atomic<bool> release{false};
        auto urgent = session.run<bool>(
            [&](SessionJob &) {
                while (!release.load())
                    QThread::msleep(2);
                return true;
            },
            WorkspaceSession::Priority::Urgent);
        auto load = session.run<bool>([&](SessionJob &job) {
            HistoryLoadOptions options;
            options.cacheDirectory = cacheDir.path();
            options.cacheMinRows = 0;
            return bool(job.history(options));
        });
        load.waitForFinished();
        QVERIFY(load.result());
        auto probe = session.run<bool>([](SessionJob &) { return true; });
        QTRY_VERIFY_WITH_TIMEOUT(probe.isFinished(), 10000);
        QVERIFY(!QFile::exists(cacheFile));   // the urgent job still runs
        release = true;
        urgent.waitForFinished();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(cacheFile), 10000);
        pool->waitForDone(60000);
    }
    pool->setMaxThreadCount(threads);
}

void tst_WorkspaceSession::anotherWorkspaceCancelsAndFreesHistory()
{
    const QString other = copy(QStringLiteral("other.tierlab"));
    WorkspaceSession session;
    QVERIFY(session.open(m_demo));
    std::weak_ptr<const SnapshotHistory> old = historyOf(session);
    QVERIFY(!old.expired());
    QFuture<QString> stale;
    {
        test::PoolHold hold(WorkspaceSession::threadPool());
        stale = session.run<QString>([](SessionJob &job) { return job.isCancelled() ? job.path() : QString(); });
        QVERIFY(session.open(other));
    }
    stale.waitForFinished();
    // The stale job still ran on its own workspace, and knew it was stale.
    QCOMPARE(stale.result(), m_demo);
    QVERIFY(old.expired());   // the previous workspace's history is freed
    QCOMPARE(historyOf(session)->dates().size(), std::size_t(12));
}

void tst_WorkspaceSession::jobWithoutWorkspace()
{
    WorkspaceSession session;
    auto f = session.run<Result<HistoryPtr>>([](SessionJob &job) { return job.history(); });
    f.waitForFinished();
    QVERIFY(!f.result());
    QCOMPARE(f.result().error().message, QStringLiteral("No workspace is open"));
    QVERIFY(!session.saveVersion(QStringLiteral("x"), QStringLiteral("{}")));
    QVERIFY(!session.withWorkspace([](Workspace &) -> Result<void> { return {}; }));
}

void tst_WorkspaceSession::writeToAnotherFile()
{
    const QString fresh = m_dir.filePath(QStringLiteral("new.tierlab"));
    WorkspaceSession session;
    QVERIFY(session.open(m_demo));
    QSignalSpy data(&session, &WorkspaceSession::dataChanged);
    auto created = session.runWrite<QString>(fresh, true, [](Result<Workspace *> ws) {
        return ws ? (*ws)->path() : ws.error().message;
    });
    created.waitForFinished();
    QCOMPARE(created.result(), fresh);
    QVERIFY(QFile::exists(fresh));
    QCOMPARE(data.count(), 0);   // the open workspace did not change
    QCOMPARE(session.path(), m_demo);
    auto refused = session.runWrite<QString>(m_dir.filePath(QStringLiteral("absent.tierlab")), false,
                                             [](Result<Workspace *> ws) { return ws ? QString() : ws.error().message; });
    refused.waitForFinished();
    QVERIFY(refused.result().contains(QStringLiteral("absent.tierlab")));
}

QTEST_GUILESS_MAIN(tst_WorkspaceSession)
#include "tst_workspacesession.moc"
