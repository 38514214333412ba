#include "signalbuilder.h"

#include "common/computepool.h"
#include "store/snapshotcodec.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFuture>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace tierlab {

namespace {

// One grid date's rows as the writer hands them to the workspace.
struct WeekRows
{
    std::vector<std::int64_t> keys;   // account keys, ascending
    std::string bytes;                // the rows' blobs back to back
    std::vector<std::uint32_t> ends;  // each row's end in `bytes`
};

// [u16 signal index][u8 tag][payload], as SnapshotCodec::Builder writes it; returns the end.
template <typename T>
char *putEntry(char *out, int signalIndex, std::uint8_t tag, T payload)
{
    const auto index = std::uint16_t(signalIndex);
    std::memcpy(out, &index, 2);
    out[2] = char(tag);
    std::memcpy(out + 3, &payload, sizeof(T));
    return out + 3 + sizeof(T);
}

} // namespace

QJsonObject BuildSummary::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("first"), first.toString(Qt::ISODate));
    o.insert(QStringLiteral("last"), last.toString(Qt::ISODate));
    o.insert(QStringLiteral("every_days"), everyDays);
    o.insert(QStringLiteral("grid_dates"), gridDates);
    o.insert(QStringLiteral("accounts"), double(accounts));
    o.insert(QStringLiteral("accounts_without_start"), double(accountsWithoutStart));
    o.insert(QStringLiteral("accounts_ended"), double(accountsEnded));
    o.insert(QStringLiteral("snapshots"), double(snapshotRows));
    o.insert(QStringLiteral("replaced_snapshots"), double(replacedRows));
    QJsonArray t;
    for (const TableUse &u : tables)
        t.append(QJsonObject{{QStringLiteral("name"), u.name},
                             {QStringLiteral("rows"), double(u.rows)},
                             {QStringLiteral("keys"), double(u.coverage.keys)},
                             {QStringLiteral("keys_unmatched"), double(u.coverage.keysUnmatched)},
                             {QStringLiteral("rows_unmatched"), double(u.coverage.rowsUnmatched)},
                             {QStringLiteral("unmatched_keys"), QJsonArray::fromStringList(u.coverage.unmatched)}});
    o.insert(QStringLiteral("tables"), t);
    o.insert(QStringLiteral("signals"), QJsonArray::fromStringList(signalIds));
    o.insert(QStringLiteral("seconds"), seconds);
    return o;
}

Result<BuildSummary> SignalBuilder::build(Workspace &ws, const RecipeSet &recipes, const BuildOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    auto prepared = SignalComputer::prepare(ws, recipes, options.cancel);
    if (!prepared)
        return std::unexpected(prepared.error());
    const SignalComputer &sc = **prepared;
    if (qEnvironmentVariableIsSet("TIERLAB_TRACE_BUILD"))
        qInfo("build: prepared in %.0f ms", double(timer.nsecsElapsed()) / 1e6);

    BuildSummary s;
    s.everyDays = recipes.grid.everyDays;
    s.gridDates = int(sc.grid().size());
    s.first = sc.grid().front();
    s.last = sc.grid().back();
    s.tables = sc.tableUses();
    for (const SignalRecipe &r : recipes.signals)
        s.signalIds << r.id;

    // Undo is recorded when the rows written and replaced stay small (Workspace::undoFor).
    std::int64_t rowsTouched = 0;
    for (int a = 0; a < int(sc.accountCount()); ++a)
        rowsTouched += std::max(0, std::min(s.gridDates, sc.endWeek(a)) - sc.firstWeek(a));
    if (rowsTouched <= Workspace::kUndoMaxRows) {
        auto existing = ws.summary();
        rowsTouched += existing ? existing->snapshotRows : Workspace::kUndoMaxRows;
    }
    Transaction tx(ws, Workspace::WriteMode::Rebuild, Workspace::undoFor(0, rowsTouched));
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto deleted = ws.deleteSnapshots(!options.replaceImported);
    if (!deleted)
        return std::unexpected(deleted.error());
    s.replacedRows = *deleted;
    auto remaining = ws.asOfDates();
    if (!remaining)
        return std::unexpected(remaining.error());
    const bool merge = !remaining->empty();   // imported snapshots kept: a built row may meet one

    // The catalogue: one signal per recipe; an imported signal of the same id must have the same type.
    std::vector<int> signalIndex;
    for (int i = 0; i < sc.signalCount(); ++i) {
        const SignalRecipe &r = recipes.signals[std::size_t(i)];
        SignalInfo info;
        info.id = r.id;
        info.type = sc.signalType(i);
        info.role = r.role;
        auto ensured = ws.ensureSignal(info);
        if (!ensured)
            return std::unexpected(ensured.error());
        if (ensured->type != info.type && !(ensured->type == SignalType::Flag && info.type == SignalType::Number))
            return fail(QCoreApplication::translate("SignalBuilder", "%1: %2.id: the workspace has a %3 signal \"%4\" already; a recipe of that id gives %5 values")
                            .arg(ws.path(), r.path, signalTypeName(ensured->type), r.id, signalTypeName(info.type)),
                        Error::Code::Invalid);
        if (ensured->role != r.role) {
            if (auto rr = ws.setSignalRole(ensured->index, r.role); !rr)
                return std::unexpected(rr.error());
        }
        signalIndex.push_back(ensured->index);
    }

    const int accounts = int(sc.accountCount());
    std::vector<std::int64_t> accountKey(std::size_t(accounts), 0);
    for (int a = 0; a < accounts; ++a) {
        if (sc.endWeek(a) < s.gridDates)
            ++s.accountsEnded;
        if (sc.firstWeek(a) >= s.gridDates) {
            ++s.accountsWithoutStart;
            continue;
        }
        if (sc.endWeek(a) <= sc.firstWeek(a))
            continue;   // ended before its first grid date
        auto key = ws.upsertAccount(sc.accountRecord(a));
        if (!key)
            return std::unexpected(key.error());
        accountKey[std::size_t(a)] = *key;
        ++s.accounts;
    }

    // Compute every account first, two blocks at a time (one here, one on a worker), then write week by
    // week in account order: the snapshots table is keyed (as_of, account), so the rows arrive in key
    // order and SQLite appends instead of seeking. Memory: accounts × weeks × signals doubles.
    const int n = sc.signalCount();
    {
        // The values are held until written week by week: refuse a grid that would not fit.
        double bytes = 0;
        for (int a = 0; a < accounts; ++a)
            bytes += double(std::max(0, s.gridDates - sc.firstWeek(a))) * n * 8.0;
        if (bytes > kMaxValueBytes)
            return fail(QCoreApplication::translate("SignalBuilder", "%1: %2 accounts × %3 grid dates × %4 signals need %5 GB of memory to build; "
                                                                    "use fewer grid dates (a larger every_days or a later first) or fewer signals")
                            .arg(ws.path())
                            .arg(accounts)
                            .arg(s.gridDates)
                            .arg(n)
                            .arg(bytes / 1e9, 0, 'f', 1),
                        Error::Code::Invalid);
    }
    std::vector<std::vector<double>> values(static_cast<std::size_t>(accounts));
    const std::int64_t totalWork = 2 * std::int64_t(accounts);
    {
        auto mine = SignalComputer::makeScratch();
        auto theirs = SignalComputer::makeScratch();
        for (int begin = 0; begin < accounts; begin += 2 * kBatchAccounts) {
            if (options.cancel && options.cancel->load())
                return fail(QCoreApplication::translate("SignalBuilder", "%1: the build was cancelled; nothing was written").arg(ws.path()),
                            Error::Code::Cancelled);
            const int middle = std::min(accounts, begin + kBatchAccounts);
            const int end = std::min(accounts, begin + 2 * kBatchAccounts);
            QFuture<void> other = QtConcurrent::run(computePool(), [&, middle, end] {
                for (int a = middle; a < end; ++a)
                    sc.computeAccount(a, values[std::size_t(a)], *theirs);
            });
            for (int a = begin; a < middle; ++a)
                sc.computeAccount(a, values[std::size_t(a)], *mine);
            other.waitForFinished();
            if (options.progress)
                options.progress(end, totalWork);
        }
    }
    if (qEnvironmentVariableIsSet("TIERLAB_TRACE_BUILD"))
        qInfo("build: prepared and computed in %.0f ms", double(timer.nsecsElapsed()) / 1e6);
    std::vector<int> byKey;
    for (int a = 0; a < accounts; ++a) {
        if (sc.firstWeek(a) < std::min(s.gridDates, sc.endWeek(a)))
            byKey.push_back(a);
    }
    std::sort(byKey.begin(), byKey.end(), [&](int x, int y) { return accountKey[std::size_t(x)] < accountKey[std::size_t(y)]; });
    // Writing is pipelined: a worker encodes the next week's rows (SnapshotCodec's layout, bytes back
    // to back) while this thread hands the current week's to SQLite, the larger share of the time.
    // The bytes are written through a pointer into room made for every value as a number (a text entry
    // makes its own): an append per value was a tenth of the build.
    const std::size_t maxRow = 1 + std::size_t(n) * (3 + sizeof(double));
    const auto encodeWeek = [&](int w, WeekRows &out) {
        out.keys.clear();
        out.ends.clear();
        out.bytes.resize(byKey.size() * maxRow);
        std::size_t pos = 0;
        // A week reads one row of each account's values, each in an allocation of its own: nearly every
        // row is a cache miss, so the row a few accounts ahead is fetched while this one is encoded.
        constexpr std::size_t kAhead = 8;
        const auto rowOf = [&](int a) { return values[std::size_t(a)].data() + std::size_t(w - sc.firstWeek(a)) * std::size_t(n); };
        for (std::size_t i = 0; i < byKey.size(); ++i) {
            if (i + kAhead < byKey.size()) {
                const int ahead = byKey[i + kAhead];
                if (w >= sc.firstWeek(ahead) && w < sc.endWeek(ahead)) {
                    __builtin_prefetch(rowOf(ahead));
                    __builtin_prefetch(rowOf(ahead) + n - 1);   // a row spans two or three cache lines
                }
            }
            const int a = byKey[i];
            const int first = sc.firstWeek(a);
            if (w < first || w >= sc.endWeek(a))
                continue;
            const double *row = rowOf(a);
            out.bytes[pos++] = char(SnapshotCodec::kVersion);
            for (int k = 0; k < n; ++k) {
                if (std::isnan(row[k]))
                    continue;
                if (sc.signalType(k) == SignalType::Category) {
                    const QString &text = sc.text(k, row[k]);
                    if (text.isEmpty())
                        continue;   // as SnapshotCodec::Builder::addText
                    const QByteArray utf8 = text.toUtf8();
                    out.bytes.resize(out.bytes.size() + 7 + std::size_t(utf8.size()));
                    pos = std::size_t(putEntry(out.bytes.data() + pos, signalIndex[std::size_t(k)], SnapshotCodec::kTagText, std::uint32_t(utf8.size())) - out.bytes.data());
                    std::memcpy(out.bytes.data() + pos, utf8.constData(), std::size_t(utf8.size()));
                    pos += std::size_t(utf8.size());
                } else {
                    pos = std::size_t(putEntry(out.bytes.data() + pos, signalIndex[std::size_t(k)], SnapshotCodec::kTagNumber, row[k]) - out.bytes.data());
                }
            }
            out.keys.push_back(accountKey[std::size_t(a)]);
            out.ends.push_back(std::uint32_t(pos));
        }
        out.bytes.resize(pos);
    };
    WeekRows weeks[2];
    encodeWeek(0, weeks[0]);
    for (int w = 0; w < s.gridDates; ++w) {
        WeekRows &current = weeks[w % 2];
        QFuture<void> next;
        if (w + 1 < s.gridDates)
            next = QtConcurrent::run(computePool(), [&, w] { encodeWeek(w + 1, weeks[(w + 1) % 2]); });
        // The worker must be done with its buffer before any return.
        const auto finish = [&next] {
            if (next.isValid())
                next.waitForFinished();
        };
        if (options.cancel && options.cancel->load()) {
            finish();
            return fail(QCoreApplication::translate("SignalBuilder", "%1: the build was cancelled; nothing was written").arg(ws.path()),
                        Error::Code::Cancelled);
        }
        const QByteArray day = sc.grid()[std::size_t(w)].toString(Qt::ISODate).toUtf8();
        if (auto r = ws.putBuiltSnapshots(day, current.keys.data(), current.bytes.data(), current.ends.data(), current.keys.size(), merge); !r) {
            finish();
            return std::unexpected(r.error());
        }
        s.snapshotRows += std::int64_t(current.keys.size());
        finish();
        if (options.progress)
            options.progress(accounts + std::int64_t(accounts) * (w + 1) / s.gridDates, totalWork);
    }

    if (qEnvironmentVariableIsSet("TIERLAB_TRACE_BUILD"))
        qInfo("build: written in %.0f ms", double(timer.nsecsElapsed()) / 1e6);
    if (auto r = ws.saveRecipes(QString::fromUtf8(recipes.toJson())); !r)
        return std::unexpected(r.error());
    ImportRecord log;
    log.fileName = QStringLiteral("signals build");
    log.contentHash = QString::fromLatin1(QCryptographicHash::hash(recipes.toJson(), QCryptographicHash::Sha256).toHex());
    log.kind = QStringLiteral("build");
    log.rowsRead = s.snapshotRows;
    log.rowsAccepted = s.snapshotRows;
    log.startedAt = startedAt;
    log.finishedAt = QDateTime::currentDateTimeUtc();
    if (auto r = ws.logImport(log); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    s.seconds = double(timer.nsecsElapsed()) / 1e9;
    return s;
}

} // namespace tierlab
