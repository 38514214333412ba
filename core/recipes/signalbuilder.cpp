#include "signalbuilder.h"

#include "store/snapshotcodec.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFuture>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace tierlab {

namespace {

// One batch of accounts' values, computed on a worker while the previous batch is written.
struct Batch
{
    int begin = 0;
    int end = 0;
    std::vector<std::vector<double>> values;   // per account of the batch
};

void computeBatch(const SignalComputer &sc, Batch &batch, SignalComputer::Scratch &scratch)
{
    batch.values.resize(std::size_t(batch.end - batch.begin));
    for (int a = batch.begin; a < batch.end; ++a)
        sc.computeAccount(a, batch.values[std::size_t(a - batch.begin)], scratch);
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

    BuildSummary s;
    s.everyDays = recipes.grid.everyDays;
    s.gridDates = int(sc.grid().size());
    s.first = sc.grid().front();
    s.last = sc.grid().back();
    s.tables = sc.tableUses();
    for (const SignalRecipe &r : recipes.signals)
        s.signalIds << r.id;

    Transaction tx(ws, Workspace::WriteMode::Bulk);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto deleted = ws.deleteSnapshots(!options.replaceImported);
    if (!deleted)
        return std::unexpected(deleted.error());
    s.replacedRows = *deleted;

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
        if (sc.firstWeek(a) >= s.gridDates) {
            ++s.accountsWithoutStart;
            continue;
        }
        auto key = ws.upsertAccount(sc.accountRecord(a));
        if (!key)
            return std::unexpected(key.error());
        accountKey[std::size_t(a)] = *key;
        ++s.accounts;
    }

    // Compute batch k+1 on a worker while batch k is written here.
    auto workerScratch = SignalComputer::makeScratch();
    Batch current, next;
    current.begin = 0;
    current.end = std::min(accounts, kBatchAccounts);
    {
        auto scratch = SignalComputer::makeScratch();
        computeBatch(sc, current, *scratch);
    }
    SnapshotCodec::Builder blob;
    const int n = sc.signalCount();
    std::vector<QByteArray> dayText;
    for (const QDate &d : sc.grid())
        dayText.push_back(d.toString(Qt::ISODate).toUtf8());
    while (current.begin < accounts) {
        if (options.cancel && options.cancel->load())
            return fail(QCoreApplication::translate("SignalBuilder", "%1: the build was cancelled; nothing was written").arg(ws.path()), Error::Code::Cancelled);
        next = Batch();
        next.begin = current.end;
        next.end = std::min(accounts, next.begin + kBatchAccounts);
        QFuture<void> pending;
        if (next.begin < accounts)
            pending = QtConcurrent::run([&sc, &next, &workerScratch] { computeBatch(sc, next, *workerScratch); });
        Result<void> written;
        for (int a = current.begin; a < current.end && written; ++a) {
            const int first = sc.firstWeek(a);
            const std::vector<double> &values = current.values[std::size_t(a - current.begin)];
            for (int w = first; w < s.gridDates; ++w) {
                blob.clear();
                const double *row = values.data() + std::size_t(w - first) * std::size_t(n);
                for (int k = 0; k < n; ++k) {
                    if (std::isnan(row[k]))
                        continue;
                    if (sc.signalType(k) == SignalType::Category)
                        blob.addText(signalIndex[std::size_t(k)], sc.text(k, row[k]));
                    else
                        blob.addNumber(signalIndex[std::size_t(k)], row[k]);
                }
                written = ws.putBuiltSnapshot(accountKey[std::size_t(a)], dayText[std::size_t(w)], blob.data());
                if (!written)
                    break;
                ++s.snapshotRows;
            }
        }
        pending.waitForFinished();
        if (!written)
            return std::unexpected(written.error());
        if (options.progress)
            options.progress(current.end, accounts);
        current = std::move(next);
    }

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
