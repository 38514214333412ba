#include "workspace.h"

#include "sqlitestatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cmath>

namespace tierlab {

namespace {

// Stored as text in one fixed form: ISO 8601 in UTC with milliseconds, so that rows sort by time.
QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

constexpr const char *kColumns = "id, account_id, tier, score, reason, author, created, expires, cleared";

ManualOverrideRecord readOverride(const SqliteStatement &st)
{
    ManualOverrideRecord r;
    r.id = st.int64(0);
    r.accountId = st.text(1);
    r.tierId = st.text(2);
    r.score = st.real(3);
    r.reason = st.text(4);
    r.author = st.text(5);
    r.created = timeFrom(st.text(6));
    const QString expires = st.text(7);
    r.expires = expires.isEmpty() ? QDate() : QDate::fromString(expires, Qt::ISODate);
    r.cleared = timeFrom(st.text(8));
    return r;
}

QDateTime orNow(const QDateTime &t)
{
    return t.isValid() ? t.toUTC() : QDateTime::currentDateTimeUtc();
}

// Clears the account's open overrides (not cleared, not expired at `when`); returns how many.
Result<int> clearOpen(sqlite3 *db, const QString &accountId, const QDateTime &when)
{
    auto st = SqliteStatement::prepare(db, "UPDATE manual_overrides SET cleared = ?2 WHERE account_id = ?1 AND cleared IS NULL "
                                           "AND (expires IS NULL OR expires > ?3)");
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, accountId);
    st->bind(2, timeText(when));
    st->bind(3, when.date().toString(Qt::ISODate));
    if (auto r = st->exec(); !r)
        return std::unexpected(r.error());
    return sqlite3_changes(db);
}

} // namespace

bool ManualOverrideRecord::appliesOn(QDate asOf) const
{
    return created.isValid() && created.toUTC().date() <= asOf
           && (!cleared.isValid() || cleared.toUTC().date() > asOf) && (!expires.isValid() || asOf < expires);
}

Result<std::int64_t> Workspace::setManualOverride(const ManualOverrideRecord &record)
{
    const QString account = record.accountId.trimmed();
    if (account.isEmpty())
        return fail(QCoreApplication::translate("Workspace", "a manual override needs an account id"), Error::Code::Invalid);
    const bool hasScore = !std::isnan(record.score);
    if (record.tierId.trimmed().isEmpty() == !hasScore)
        return fail(QCoreApplication::translate("Workspace", "manual override of account \"%1\": give either a tier or a score, not %2")
                        .arg(account, hasScore ? QCoreApplication::translate("Workspace", "both") : QCoreApplication::translate("Workspace", "neither")),
                    Error::Code::Invalid);
    if (hasScore && !(record.score >= 0 && record.score <= 100))
        return fail(QCoreApplication::translate("Workspace", "manual override of account \"%1\": the score must be between 0 and 100, not %2")
                        .arg(account).arg(record.score),
                    Error::Code::Invalid);
    if (record.reason.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Workspace", "manual override of account \"%1\": a reason is required").arg(account), Error::Code::Invalid);
    if (record.author.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Workspace", "manual override of account \"%1\": an author is required").arg(account), Error::Code::Invalid);
    const QDateTime created = orNow(record.created);
    if (record.expires.isValid() && record.expires <= created.date())
        return fail(QCoreApplication::translate("Workspace", "manual override of account \"%1\": the expiry date %2 must be after the day it is set (%3)")
                        .arg(account, record.expires.toString(Qt::ISODate), created.date().toString(Qt::ISODate)),
                    Error::Code::Invalid);
    if (auto key = accountKey(account); !key) {
        if (key.error().code == Error::Code::NotFound)
            return fail(QCoreApplication::translate("Workspace", "%1: no account \"%2\"").arg(m_path, account), Error::Code::NotFound);
        return std::unexpected(key.error());
    }

    // One open override per account: the new one takes over from the old at its creation time, so
    // that no week ever has two (the point-in-time rule would otherwise have to pick one).
    Transaction tx(*this);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    if (auto r = clearOpen(m_db, account, created); !r)
        return std::unexpected(r.error());
    auto st = SqliteStatement::prepare(m_db, "INSERT INTO manual_overrides(account_id, tier, score, reason, author, created, expires) "
                                             "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, account);
    st->bind(2, hasScore ? QString() : record.tierId.trimmed());
    st->bind(3, record.score);
    st->bind(4, record.reason.trimmed());
    st->bind(5, record.author.trimmed());
    st->bind(6, timeText(created));
    st->bind(7, record.expires.isValid() ? record.expires.toString(Qt::ISODate) : QString());
    if (auto r = st->exec(); !r)
        return std::unexpected(r.error());
    const std::int64_t id = sqlite3_last_insert_rowid(m_db);
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return id;
}

Result<std::vector<ManualOverrideRecord>> Workspace::manualOverrides() const
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM manual_overrides ORDER BY id";
    auto st = SqliteStatement::prepare(m_db, sql.constData());
    if (!st)
        return std::unexpected(st.error());
    std::vector<ManualOverrideRecord> out;
    if (auto done = st->forEachRow([&] { out.push_back(readOverride(*st)); }); !done)
        return std::unexpected(done.error());
    return out;
}

Result<void> Workspace::clearManualOverride(std::int64_t id, const QDateTime &at)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM manual_overrides WHERE id = ?1";
    auto st = SqliteStatement::prepare(m_db, sql.constData());
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(QCoreApplication::translate("Workspace", "%1: no manual override with id %2").arg(m_path).arg(id), Error::Code::NotFound);
    const ManualOverrideRecord r = readOverride(*st);
    const QDateTime when = orNow(at);
    if (r.cleared.isValid())
        return fail(QCoreApplication::translate("Workspace", "manual override %1 of account \"%2\" was cleared already on %3")
                        .arg(id)
                        .arg(r.accountId, r.cleared.date().toString(Qt::ISODate)),
                    Error::Code::Invalid);
    if (!r.isOpen(when.date()))
        return fail(QCoreApplication::translate("Workspace", "manual override %1 of account \"%2\" expired on %3")
                        .arg(id)
                        .arg(r.accountId, r.expires.toString(Qt::ISODate)),
                    Error::Code::Invalid);
    auto update = SqliteStatement::prepare(m_db, "UPDATE manual_overrides SET cleared = ?2 WHERE id = ?1");
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, id);
    update->bind(2, timeText(when));
    return update->exec();
}

Result<int> Workspace::clearManualOverrides(const QString &accountId, const QDateTime &at)
{
    auto cleared = clearOpen(m_db, accountId.trimmed(), orNow(at));
    if (!cleared)
        return cleared;
    if (*cleared == 0)
        return fail(QCoreApplication::translate("Workspace", "%1: account \"%2\" has no active manual override").arg(m_path, accountId.trimmed()),
                    Error::Code::NotFound);
    return cleared;
}

} // namespace tierlab
