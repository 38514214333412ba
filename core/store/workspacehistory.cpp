#include "workspace.h"

#include "snapshotdecoder.h"
#include "snapshotstream.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QHash>

#include <string_view>
#include <unordered_map>

namespace tierlab {

namespace {

Result<StoredAccounts> readAccounts(sqlite3 *db)
{
    StoredAccounts accounts;
    auto st = SqliteStatement::prepare(db, "SELECT pk, id, name, csm, segment, arr, renewal_date FROM accounts");
    if (!st)
        return std::unexpected(st.error());
    if (auto done = st->forEachRow([&] {
            StoredAccount a;
            a.id = st->text(1);
            a.name = st->text(2);
            a.csm = st->text(3);
            a.segment = st->text(4);
            a.arr = st->real(5);
            const QString renewal = st->text(6);
            const QDate d = renewal.isEmpty() ? QDate() : QDate::fromString(renewal, Qt::ISODate);
            a.renewalDay = d.isValid() ? d.toJulianDay() : Dataset::kNoDate;
            accounts.emplace(st->int64(0), std::move(a));
        });
        !done)
        return std::unexpected(done.error());
    return accounts;
}

} // namespace

Result<std::unique_ptr<SnapshotStream>> Workspace::snapshotStream() const
{
    auto catalogue = signalCatalogue();
    if (!catalogue)
        return std::unexpected(catalogue.error());
    auto accounts = readAccounts(m_db);
    if (!accounts)
        return std::unexpected(accounts.error());
    return std::unique_ptr<SnapshotStream>(new SnapshotStream(m_db, m_path, *catalogue, std::move(*accounts)));
}

// One scan of the snapshots table in key order (as_of, account_pk), the account attributes read once:
// no join and no per-row text conversion, which is what makes loading a long history fast.
Result<void> Workspace::forEachSnapshot(const std::function<bool(Dataset &&week, int index, int total)> &onWeek) const
{
    auto catalogue = signalCatalogue();
    if (!catalogue)
        return std::unexpected(catalogue.error());
    SnapshotDecoder decoder(*catalogue);

    auto accountsRead = readAccounts(m_db);
    if (!accountsRead)
        return std::unexpected(accountsRead.error());
    const StoredAccounts &accounts = *accountsRead;

    std::vector<std::pair<QDate, std::size_t>> weeks;
    {
        auto st = SqliteStatement::prepare(m_db, "SELECT as_of, count(*) FROM snapshots GROUP BY as_of ORDER BY as_of");
        if (!st)
            return std::unexpected(st.error());
        if (auto done = st->forEachRow([&] {
                weeks.emplace_back(QDate::fromString(st->text(0), Qt::ISODate), std::size_t(st->int64(1)));
            });
            !done)
            return std::unexpected(done.error());
    }
    const int total = int(weeks.size());

    auto st = SqliteStatement::prepare(m_db, "SELECT as_of, account_pk, vals FROM snapshots ORDER BY as_of, account_pk");
    if (!st)
        return std::unexpected(st.error());

    Dataset ds;
    int week = -1;
    QByteArray weekText;
    std::size_t rows = 0;
    auto changed = [this] {
        return fail(QCoreApplication::translate("Workspace", "%1: the snapshot changed while it was read").arg(m_path),
                    Error::Code::Corrupt);
    };
    for (;;) {
        auto next = st->step();
        if (!next)
            return std::unexpected(next.error());
        const QByteArrayView asOf = *next ? st->utf8(0) : QByteArrayView();
        if (!*next || std::string_view(asOf.data(), std::size_t(asOf.size()))
                              != std::string_view(weekText.constData(), std::size_t(weekText.size()))) {
            if (week >= 0) {
                if (ds.size() != rows)
                    return changed();
                if (!onWeek(std::move(ds), week, total))
                    return fail(QCoreApplication::translate("Workspace", "cancelled"), Error::Code::Cancelled);
            }
            if (!*next)
                break;
            if (week + 1 >= total)
                return changed();
            weekText = asOf.toByteArray();
            ++week;
            rows = weeks[std::size_t(week)].second;
            decoder.start(ds, weeks[std::size_t(week)].first, rows);
            if (QDate::fromString(QString::fromUtf8(weekText), Qt::ISODate) != ds.asOf)
                return changed();
        }
        if (ds.size() >= rows)
            return changed();
        const auto account = accounts.find(st->int64(1));
        if (account == accounts.end())
            return changed();
        const StoredAccount &a = account->second;
        if (!decoder.append(ds, a.id, a.name, a.csm, a.segment, a.arr, a.renewalDay, st->blobData(2), st->blobSize(2)))
            return fail(QCoreApplication::translate("Workspace", "%1: the values of account %2 on %3 are damaged")
                            .arg(m_path, a.id, QString::fromUtf8(weekText)),
                        Error::Code::Corrupt);
    }
    if (week + 1 != total)
        return changed();
    return {};
}

Result<QString> Workspace::dataStamp() const
{
    // Snapshots arrive through imports (logged) or the demo generator (its seed and size are in meta);
    // the counts and min/max as_of are index look-ups, cheap even on a large workspace. Every logged
    // import is named by its content and time, not only its number: an undone import's number is
    // reused by the next one, and the history cache on disk must not mistake one for the other.
    // Publishing a model changes no data: the history decoded for the old stamp stays valid.
    auto st = SqliteStatement::prepare(m_db,
                                       "SELECT (SELECT count(*) FROM accounts), "
                                       "(SELECT ifnull(group_concat(pk || ':' || kind || ':' || content_hash || ':' || rows_accepted "
                                       "|| ':' || finished_at, ','), '') FROM imports), "
                                       "(SELECT count(*) FROM outcomes), (SELECT ifnull(max(pk), 0) FROM outcomes), "
                                       "(SELECT ifnull(min(as_of), '') FROM snapshots), "
                                       "(SELECT ifnull(max(as_of), '') FROM snapshots), (SELECT count(*) FROM signals), "
                                       "(SELECT ifnull(group_concat(key || '=' || value, ';'), '') FROM meta WHERE key <> 'model.published')");
    if (!st)
        return std::unexpected(st.error());
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    QStringList parts;
    for (int c = 0; c < 8; ++c)
        parts.append(st->text(c));
    return parts.join(u'|');
}

} // namespace tierlab
