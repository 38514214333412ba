#include "snapshotstream.h"

#include "sqlitestatement.h"

namespace tierlab {

SnapshotStream::SnapshotStream(sqlite3 *db, QString path, const std::vector<SignalInfo> &catalogue, StoredAccounts accounts)
    : m_db(db), m_path(std::move(path)), m_decoder(catalogue), m_accounts(std::move(accounts))
{
}

Result<Dataset> SnapshotStream::load(QDate asOf)
{
    const QByteArray day = asOf.toString(Qt::ISODate).toUtf8();
    auto count = SqliteStatement::prepare(m_db, "SELECT count(*) FROM snapshots WHERE as_of = ?1");
    if (!count)
        return std::unexpected(count.error());
    count->bindText(1, day.constData(), int(day.size()));
    if (auto r = count->step(); !r)
        return std::unexpected(r.error());
    const auto rows = std::size_t(count->int64(0));
    Dataset ds;
    m_decoder.start(ds, asOf, rows);

    auto st = SqliteStatement::prepare(m_db, "SELECT account_pk, vals FROM snapshots WHERE as_of = ?1 ORDER BY account_pk");
    if (!st)
        return std::unexpected(st.error());
    st->bindText(1, day.constData(), int(day.size()));
    auto changed = [this] {
        return fail(tr("%1: the snapshot changed while it was read").arg(m_path), Error::Code::Corrupt);
    };
    for (;;) {
        auto next = st->step();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            break;
        const auto account = m_accounts.find(st->int64(0));
        if (ds.size() >= rows || account == m_accounts.end())
            return changed();
        const StoredAccount &a = account->second;
        if (!m_decoder.append(ds, a.id, a.name, a.csm, a.segment, a.arr, a.renewalDay, st->blobData(1), st->blobSize(1)))
            return fail(tr("%1: the values of account %2 on %3 are damaged").arg(m_path, a.id, QString::fromUtf8(day)),
                        Error::Code::Corrupt);
    }
    if (ds.size() != rows)
        return changed();
    return ds;
}

Result<void> SnapshotStream::scan(QDate asOf, const std::function<bool(std::int64_t, const void *, int)> &onRow)
{
    const QByteArray day = asOf.toString(Qt::ISODate).toUtf8();
    auto st = SqliteStatement::prepare(m_db, "SELECT account_pk, vals FROM snapshots WHERE as_of = ?1 ORDER BY account_pk");
    if (!st)
        return std::unexpected(st.error());
    st->bindText(1, day.constData(), int(day.size()));
    for (;;) {
        auto next = st->step();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            return {};
        if (!onRow(st->int64(0), st->blobData(1), st->blobSize(1)))
            return fail(tr("cancelled"), Error::Code::Cancelled);
    }
}

} // namespace tierlab
