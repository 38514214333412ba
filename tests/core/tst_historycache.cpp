// HistoryCache: the history read back from the cache file equals the decoded one bit for bit; a file
// of other data is not used; a damaged or truncated file is refused with its name, never used, and
// the load falls back to decoding.
#include "analysis/historycache.h"
#include "analysis/snapshothistory.h"
#include "demo/demogenerator.h"
#include "store/workspace.h"
#include "samedataset.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace tierlab;
using tierlab::test::sameBits;
using tierlab::test::sameDataset;

namespace {

// QCOMPARE/QVERIFY return from this helper only; callers check QTest::currentTestFailed().
void sameHistory(const SnapshotHistory &got, const SnapshotHistory &want)
{
    QCOMPARE(got.dates(), want.dates());
    QCOMPARE(got.accountCount(), want.accountCount());
    QCOMPARE(got.outcomes().size(), want.outcomes().size());
    for (std::size_t i = 0; i < got.outcomes().size(); ++i) {
        const OutcomeRecord &a = got.outcomes()[i], &b = want.outcomes()[i];
        QCOMPARE(a.accountId, b.accountId);
        QCOMPARE(a.kind, b.kind);
        QCOMPARE(a.date, b.date);
        QCOMPARE(a.snapshotAsOf, b.snapshotAsOf);
        QVERIFY(sameBits({a.arrChange}, {b.arrChange}));
    }
    QCOMPARE(got.catalogue().size(), want.catalogue().size());
    for (std::size_t c = 0; c < got.catalogue().size(); ++c) {
        const SignalInfo &a = got.catalogue()[c], &b = want.catalogue()[c];
        QCOMPARE(a.index, b.index);
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.label, b.label);
        QCOMPARE(a.type, b.type);
        QCOMPARE(a.unit, b.unit);
        QCOMPARE(a.originalName, b.originalName);
        QCOMPARE(a.role, b.role);
    }
    for (std::size_t w = 0; w < got.dates().size(); ++w) {
        const auto rowsA = got.rows(w), rowsB = want.rows(w);
        QVERIFY(std::equal(rowsA.begin(), rowsA.end(), rowsB.begin(), rowsB.end()));
        sameDataset(*got.week(w), *want.week(w));
        if (QTest::currentTestFailed())
            return;
    }
    const auto coverageA = got.signalCoverage(), coverageB = want.signalCoverage();
    QCOMPARE(coverageA.size(), coverageB.size());
    for (std::size_t c = 0; c < coverageA.size(); ++c)
        QCOMPARE(coverageA[c].present, coverageB[c].present);
}

} // namespace

class TestHistoryCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripIsExact();
    void smallHistoryIsNotWritten();
    void otherDataIsNotUsed();
    void changedDataIsDecodedAgain();
    void damagedFileIsRefused();
    void truncatedFileIsRefused_data();
    void truncatedFileIsRefused();
    void unwritableFolderStillLoads();
    void summaryFromHistoryEqualsFull();

private:
    HistoryLoadOptions cached() const
    {
        HistoryLoadOptions o;
        o.cacheDirectory = m_cacheDir.path();
        o.cacheMinRows = 0;
        return o;
    }

    QTemporaryDir m_dir, m_cacheDir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    std::shared_ptr<const SnapshotHistory> m_decoded;
    QByteArray m_file;   // the cache file as first written
};

void TestHistoryCache::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_cacheDir.isValid());
    DemoOptions demo;
    demo.accounts = 250;
    demo.weeks = 30;
    m_path = m_dir.filePath(QStringLiteral("demo.tierlab"));
    QVERIFY(DemoGenerator::generateFile(m_path, demo));
    auto ws = Workspace::open(m_path);
    QVERIFY(ws);
    m_ws = std::move(*ws);
    auto h = SnapshotHistory::load(*m_ws);
    QVERIFY2(h, h ? "" : qPrintable(h.error().message));
    m_decoded = *h;
    QVERIFY(!m_decoded->fromCache());
}

void TestHistoryCache::roundTripIsExact()
{
    const QString file = HistoryCache::fileFor(m_cacheDir.path(), m_path);
    QVERIFY(!QFile::exists(file));
    auto first = SnapshotHistory::load(*m_ws, cached());
    QVERIFY(first);
    QVERIFY(!(*first)->fromCache());
    QVERIFY(QFile::exists(file));
    {
        auto stamp = m_ws->dataStamp();
        auto direct = HistoryCache::read(file, *stamp);
        QVERIFY2(direct, direct ? "" : qPrintable(direct.error().message));
    }

    int progressCalls = 0, lastDone = 0, lastTotal = 0;
    HistoryLoadOptions again = cached();
    again.progress = [&](int done, int total) {
        ++progressCalls;
        lastDone = done;
        lastTotal = total;
    };
    auto second = SnapshotHistory::load(*m_ws, again);
    QVERIFY2(second, second ? "" : qPrintable(second.error().message));
    QVERIFY((*second)->fromCache());
    QCOMPARE(progressCalls, 1);
    QCOMPARE(lastDone, 30);
    QCOMPARE(lastTotal, 30);
    sameHistory(**second, *m_decoded);
    if (QTest::currentTestFailed())
        return;
    for (const OutcomeRecord &o : m_decoded->outcomes())
        QCOMPARE((*second)->accountIndex(o.accountId), m_decoded->accountIndex(o.accountId));
    QCOMPARE((*second)->accountIndex(QStringLiteral("no such account")), -1);
    QCOMPARE((*second)->memoryBytes(), m_decoded->memoryBytes());

    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_file = f.readAll();
    QVERIFY(m_file.size() > 1000);
}

void TestHistoryCache::smallHistoryIsNotWritten()
{
    QTemporaryDir dir;
    HistoryLoadOptions o;
    o.cacheDirectory = dir.path();
    o.cacheMinRows = 250 * 30 + 1;   // one more account-week than the demo has
    auto h = SnapshotHistory::load(*m_ws, o);
    QVERIFY(h);
    QVERIFY(!QFile::exists(HistoryCache::fileFor(dir.path(), m_path)));
}

void TestHistoryCache::otherDataIsNotUsed()
{
    QVERIFY(!m_file.isEmpty());
    const QString file = HistoryCache::fileFor(m_cacheDir.path(), m_path);
    auto stamp = m_ws->dataStamp();
    QVERIFY(stamp);
    QVERIFY(HistoryCache::read(file, *stamp));
    auto other = HistoryCache::read(file, *stamp + u'x');
    QVERIFY(!other);
    QCOMPARE(other.error().code, Error::Code::NotFound);
    QVERIFY(other.error().message.contains(file));
    auto absent = HistoryCache::read(file + u".none", *stamp);
    QVERIFY(!absent);
    QCOMPARE(absent.error().code, Error::Code::NotFound);
}

void TestHistoryCache::changedDataIsDecodedAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.tierlab"));
    QVERIFY(QFile::copy(m_path, path));
    auto ws = Workspace::open(path);
    QVERIFY(ws);
    HistoryLoadOptions o = cached();
    o.cacheDirectory = dir.filePath(QStringLiteral("cache"));
    QVERIFY(SnapshotHistory::load(**ws, o));
    auto stampBefore = (*ws)->dataStamp();
    QVERIFY(stampBefore);
    QVERIFY((*SnapshotHistory::load(**ws, o))->fromCache());
    // Any change of data changes the stamp; the old file must then not be used.
    QVERIFY((*ws)->setMeta(QStringLiteral("demo.note"), QStringLiteral("changed")));
    auto stampAfter = (*ws)->dataStamp();
    QVERIFY(stampAfter);
    QVERIFY(*stampAfter != *stampBefore);
    auto h = SnapshotHistory::load(**ws, o);
    QVERIFY(h);
    QVERIFY(!(*h)->fromCache());
    // ... and the file now holds the new stamp.
    QVERIFY(HistoryCache::read(HistoryCache::fileFor(o.cacheDirectory, path), *stampAfter));
    QCOMPARE(HistoryCache::read(HistoryCache::fileFor(o.cacheDirectory, path), *stampBefore).error().code, Error::Code::NotFound);
}

void TestHistoryCache::damagedFileIsRefused()
{
    QVERIFY(!m_file.isEmpty());
    auto stamp = m_ws->dataStamp();
    QVERIFY(stamp);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("damaged.history"));
    // One changed byte anywhere: at 400 places spread over the file, and every byte of the first 64.
    std::vector<qsizetype> offsets;
    for (qsizetype i = 0; i < 64; ++i)
        offsets.push_back(i);
    for (int k = 0; k < 400; ++k)
        offsets.push_back(64 + (m_file.size() - 65) * k / 399);
    int structural = 0;
    for (qsizetype at : offsets) {
        for (char flip : {char(0x01), char(0x80)}) {
            QByteArray bytes = m_file;
            bytes[at] = char(bytes[at] ^ flip);
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(bytes), bytes.size());
            f.close();
            auto h = HistoryCache::read(file, *stamp);
            QVERIFY2(!h, qPrintable(QStringLiteral("byte %1 changed, and the file was used").arg(at)));
            QVERIFY(h.error().code == Error::Code::Corrupt || h.error().code == Error::Code::NotFound);
            QVERIFY2(h.error().message.contains(file), qPrintable(h.error().message));
            if (h.error().code == Error::Code::Corrupt && !h.error().message.contains(u"checksum"))
                ++structural;
        }
    }
    // Most damage is caught by the checks before the checksum is ever compared.
    QVERIFY2(structural > 50, qPrintable(QString::number(structural)));

    // A load with a damaged cache decodes the workspace instead and replaces the file.
    QTemporaryDir cacheDir;
    const QString cacheFile = HistoryCache::fileFor(cacheDir.path(), m_path);
    QByteArray bytes = m_file;
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x10);
    QFile f(cacheFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    HistoryLoadOptions o = cached();
    o.cacheDirectory = cacheDir.path();
    auto h = SnapshotHistory::load(*m_ws, o);
    QVERIFY(h);
    QVERIFY(!(*h)->fromCache());
    sameHistory(**h, *m_decoded);
    QVERIFY(HistoryCache::read(cacheFile, *stamp));
}

void TestHistoryCache::truncatedFileIsRefused_data()
{
    QTest::addColumn<double>("keep");
    QTest::newRow("empty") << 0.0;
    QTest::newRow("a few bytes") << 0.0005;
    QTest::newRow("a tenth") << 0.1;
    QTest::newRow("half") << 0.5;
    QTest::newRow("all but the last byte") << -1.0;
}

void TestHistoryCache::truncatedFileIsRefused()
{
    QFETCH(double, keep);
    QVERIFY(!m_file.isEmpty());
    auto stamp = m_ws->dataStamp();
    QVERIFY(stamp);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("short.history"));
    const qsizetype size = keep < 0 ? m_file.size() - 1 : qsizetype(double(m_file.size()) * keep);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_file.left(size));
    f.close();
    auto h = HistoryCache::read(file, *stamp);
    QVERIFY(!h);
    QCOMPARE(h.error().code, Error::Code::Corrupt);
    QVERIFY(h.error().message.contains(file));
}

void TestHistoryCache::unwritableFolderStillLoads()
{
    QTemporaryDir dir;
    // A file where the cache folder should be: the folder cannot be made, the load still works.
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    HistoryLoadOptions o = cached();
    o.cacheDirectory = blocker + u"/history";
    auto h = SnapshotHistory::load(*m_ws, o);
    QVERIFY(h);
    sameHistory(**h, *m_decoded);
    auto written = HistoryCache::write(**h, HistoryCache::fileFor(o.cacheDirectory, m_path), QStringLiteral("x"));
    QVERIFY(!written);
    QVERIFY(written.error().message.contains(blocker));
}

// The quick summary completed from the history (what `tierlab summary` does with a cache) equals the
// summary that decodes every row.
void TestHistoryCache::summaryFromHistoryEqualsFull()
{
    auto full = m_ws->summary(true);
    auto quick = m_ws->summary(false);
    QVERIFY(full && quick);
    QVERIFY(quick->signalCoverage.empty());
    m_decoded->completeSummary(*quick);
    QCOMPARE(quick->snapshotRows, full->snapshotRows);
    QCOMPARE(quick->accountsPerAsOf, full->accountsPerAsOf);
    QCOMPARE(quick->signalCoverage.size(), full->signalCoverage.size());
    for (std::size_t c = 0; c < full->signalCoverage.size(); ++c) {
        QCOMPARE(quick->signalCoverage[c].info.id, full->signalCoverage[c].info.id);
        QCOMPARE(quick->signalCoverage[c].present, full->signalCoverage[c].present);
        QCOMPARE(quick->signalCoverage[c].coverage, full->signalCoverage[c].coverage);
    }
}

QTEST_GUILESS_MAIN(TestHistoryCache)
#include "tst_historycache.moc"
