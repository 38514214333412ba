#include "workspace.h"

#include "snapshotcodec.h"
#include "sqlitestatement.h"

#include <QCoreApplication>

namespace tierlab {

namespace {

QDate dateFrom(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

} // namespace

// What a workspace holds, for `tierlab summary` and the overview page. It decodes every snapshot blob once
// to count each signal's coverage, so it runs on a worker in the GUI.
Result<std::int64_t> Workspace::accountCount() const
{
    auto st = SqliteStatement::prepare(m_db, "SELECT count(*) FROM accounts");
    if (!st)
        return std::unexpected(st.error());
    if (auto r = st->step(); !r)
        return std::unexpected(r.error());
    return st->int64(0);
}

Result<WorkspaceSummary> Workspace::summary(bool full) const
{
    WorkspaceSummary s;
    s.path = m_path;
    s.schemaVersion = schemaVersion();
    auto scalar = [this](const char *sql) -> Result<std::int64_t> {
        auto st = SqliteStatement::prepare(m_db, sql);
        if (!st)
            return std::unexpected(st.error());
        if (auto r = st->step(); !r)
            return std::unexpected(r.error());
        return st->int64(0);
    };
    for (auto [target, sql] : {std::pair{&s.accounts, "SELECT count(*) FROM accounts"},
                               std::pair{&s.snapshotRows, "SELECT count(*) FROM snapshots"}}) {
        if (!full && target == &s.snapshotRows)
            continue;   // a walk over every row
        auto v = scalar(sql);
        if (!v)
            return std::unexpected(v.error());
        *target = *v;
    }
    if (auto m = scalar("SELECT count(*) FROM models"))
        s.models = int(*m);
    if (auto i = scalar("SELECT count(*) FROM imports"))
        s.imports = int(*i);
    if (!full) {
        auto dates = asOfDates();
        if (!dates)
            return std::unexpected(dates.error());
        for (QDate d : *dates)
            s.accountsPerAsOf.emplace_back(d, 0);
    } else {
        auto st = SqliteStatement::prepare(m_db, "SELECT as_of, count(*) FROM snapshots GROUP BY as_of ORDER BY as_of");
        if (!st)
            return std::unexpected(st.error());
        if (auto done = st->forEachRow([&] {
                s.accountsPerAsOf.emplace_back(dateFrom(st->text(0)), st->int64(1));
            });
            !done)
            return std::unexpected(done.error());
    }
    s.asOfCount = int(s.accountsPerAsOf.size());
    if (!s.accountsPerAsOf.empty()) {
        s.firstAsOf = s.accountsPerAsOf.front().first;
        s.lastAsOf = s.accountsPerAsOf.back().first;
    }

    auto catalogue = signalCatalogue();
    if (!catalogue)
        return std::unexpected(catalogue.error());
    std::vector<std::int64_t> present;
    if (!full)
        catalogue->clear();   // coverage left to the caller
    if (full) {
        auto st = SqliteStatement::prepare(m_db, "SELECT vals FROM snapshots");
        if (!st)
            return std::unexpected(st.error());
        for (;;) {
            auto row = st->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            auto count = [&present](int index) {
                if (index >= int(present.size()))
                    present.resize(std::size_t(index) + 1, 0);
                ++present[std::size_t(index)];
            };
            if (!SnapshotCodec::decode(
                    st->blobData(0), st->blobSize(0), [&](int index, double) { count(index); },
                    [&](int index, const char *, int) { count(index); }))
                return fail(QCoreApplication::translate("Workspace", "%1: snapshot values are damaged")
                                .arg(m_path), Error::Code::Corrupt);
        }
    }
    for (const SignalInfo &info : *catalogue) {
        SignalCoverage c;
        c.info = info;
        c.present = info.index < int(present.size()) ? present[std::size_t(info.index)] : 0;
        c.coverage = s.snapshotRows > 0 ? double(c.present) / double(s.snapshotRows) : 0.0;
        s.signalCoverage.push_back(std::move(c));
    }

    auto st = SqliteStatement::prepare(m_db, "SELECT kind, count(*) FROM outcomes GROUP BY kind ORDER BY kind");
    if (!st)
        return std::unexpected(st.error());
    if (auto done = st->forEachRow([&] {
            s.outcomesByKind.emplace_back(st->text(0), st->int64(1));
        });
        !done)
        return std::unexpected(done.error());
    return s;
}

} // namespace tierlab
