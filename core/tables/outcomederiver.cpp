#include "outcomederiver.h"

#include "tables/accountresolver.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>
#include <limits>

namespace tierlab {

namespace {

QDate periodStart(QDate d, OutcomeDerivation::Every every)
{
    if (every == OutcomeDerivation::Every::Quarter)
        return QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
    if (every == OutcomeDerivation::Every::Month)
        return QDate(d.year(), d.month(), 1);
    return d;
}

QDate nextStart(QDate d, const OutcomeDerivation &how)
{
    if (how.every == OutcomeDerivation::Every::Quarter)
        return d.addMonths(3);
    if (how.every == OutcomeDerivation::Every::Month)
        return d.addMonths(1);
    return d.addDays(how.days);
}

} // namespace

QJsonObject DerivedOutcomes::toJson() const
{
    return QJsonObject{{QStringLiteral("periods"), periods},
                       {QStringLiteral("periods_skipped"), periodsSkipped},
                       {QStringLiteral("first"), first.isValid() ? QJsonValue(first.toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("last"), last.isValid() ? QJsonValue(last.toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("data_end"), dataEnd.isValid() ? QJsonValue(dataEnd.toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("churned"), double(churned)},
                       {QStringLiteral("retained"), double(retained)},
                       {QStringLiteral("churn_rows_unmatched"), double(churnRowsUnmatched)}};
}

Result<DerivedOutcomes> OutcomeDeriver::derive(const Workspace &ws, const OutcomeDerivation &how)
{
    if (how.every == OutcomeDerivation::Every::Days && how.days < 1)
        return fail(QCoreApplication::translate("OutcomeDeriver", "a period needs at least one day"), Error::Code::Invalid);
    auto churnRecord = ws.eventTable(how.churnTable);
    if (!churnRecord)
        return std::unexpected(churnRecord.error());
    if (churnRecord->timeColumn.isEmpty())
        return fail(QCoreApplication::translate("OutcomeDeriver", "%1: table \"%2\" has no time column: churn events need their date (import it with --time)")
                        .arg(ws.path(), how.churnTable),
                    Error::Code::Invalid);
    auto resolver = AccountResolver::create(ws);
    if (!resolver)
        return std::unexpected(resolver.error());
    auto records = ws.eventTables();
    if (!records)
        return std::unexpected(records.error());

    // Each account's first day in any table, and the data's last day.
    constexpr std::int64_t kNone = std::numeric_limits<std::int64_t>::max();
    std::vector<std::int64_t> start;
    std::vector<std::vector<std::int64_t>> churnDays;
    std::int64_t dataEnd = std::numeric_limits<std::int64_t>::min(), dataStart = kNone;
    DerivedOutcomes out;
    for (const EventTableRecord &rec : *records) {
        if (rec.timeColumn.isEmpty())
            continue;
        auto table = EventTable::load(ws, rec.name, {rec.keyColumn});
        if (!table)
            return std::unexpected(table.error());
        KeyCoverage coverage;
        auto accounts = resolver->resolve(ws, *table, &coverage);
        if (!accounts)
            return std::unexpected(accounts.error());
        start.resize(resolver->accountIds().size(), kNone);
        churnDays.resize(resolver->accountIds().size());
        const std::vector<double> &time = table->columns[std::size_t(table->timeColumn())].numbers;
        const bool churn = rec.name == how.churnTable;
        if (churn)
            out.churnRowsUnmatched = coverage.rowsUnmatched;
        for (std::size_t row = 0; row < table->rows; ++row) {
            const std::int32_t a = (*accounts)[row];
            if (a < 0)
                continue;
            const std::int64_t day = dayOf(time[row]);
            start[std::size_t(a)] = std::min(start[std::size_t(a)], day);
            dataEnd = std::max(dataEnd, day);
            dataStart = std::min(dataStart, day);
            if (churn)
                churnDays[std::size_t(a)].push_back(day);
        }
    }
    if (dataStart == kNone)
        return fail(QCoreApplication::translate("OutcomeDeriver", "%1: the tables hold no dated rows of any account").arg(ws.path()), Error::Code::Invalid);
    for (auto &days : churnDays)
        std::sort(days.begin(), days.end());
    out.dataEnd = QDate::fromJulianDay(dataEnd);

    QDate p = how.from.isValid() ? how.from : periodStart(QDate::fromJulianDay(dataStart), how.every);
    for (; p.isValid() && p.toJulianDay() <= dataEnd; p = nextStart(p, how)) {
        const QDate end = nextStart(p, how).addDays(-1);
        if (end.toJulianDay() > dataEnd) {
            ++out.periodsSkipped;
            continue;
        }
        if (!out.first.isValid())
            out.first = p;
        out.last = end;
        ++out.periods;
        const std::int64_t ps = p.toJulianDay(), pe = end.toJulianDay();
        for (std::size_t a = 0; a < start.size(); ++a) {
            if (start[a] >= ps)
                continue;
            const std::vector<std::int64_t> &days = churnDays[a];
            const auto inPeriod = std::lower_bound(days.begin(), days.end(), ps);
            OutcomeRecord o;
            o.accountId = resolver->accountIds()[a];
            if (inPeriod != days.end() && *inPeriod <= pe) {
                o.kind = OutcomeKind::Churned;
                o.date = QDate::fromJulianDay(*inPeriod);
                ++out.churned;
            } else if (inPeriod != days.begin()) {
                continue;   // left before this period
            } else {
                o.kind = OutcomeKind::Retained;
                o.date = end;
                ++out.retained;
            }
            out.outcomes.push_back(std::move(o));
        }
    }
    return out;
}

Result<DerivedOutcomes> OutcomeDeriver::write(Workspace &ws, const OutcomeDerivation &how, bool replace)
{
    auto derived = derive(ws, how);
    if (!derived)
        return derived;
    Transaction tx(ws, Workspace::WriteMode::Normal, Workspace::Undo::Record);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    if (replace) {
        if (auto r = ws.deleteOutcomes(); !r)
            return std::unexpected(r.error());
    }
    QString lastAccount;
    for (const OutcomeRecord &o : derived->outcomes) {
        if (o.accountId != lastAccount) {
            lastAccount = o.accountId;
            AccountRecord a;
            a.id = o.accountId;
            if (auto r = ws.upsertAccount(a); !r)
                return std::unexpected(r.error());
        }
        if (auto r = ws.addOutcome(o); !r)
            return std::unexpected(r.error());
    }
    ImportRecord log;
    log.fileName = QStringLiteral("outcomes derive %1").arg(how.churnTable);
    // Not a file: the hash names what was derived, so that the log says how.
    log.contentHash = QString::fromLatin1(QCryptographicHash::hash(
        QStringLiteral("%1|%2|%3|%4").arg(how.churnTable).arg(int(how.every)).arg(how.days).arg(how.from.toString(Qt::ISODate)).toUtf8(),
        QCryptographicHash::Sha256).toHex());
    log.kind = QStringLiteral("outcomes");
    log.rowsRead = log.rowsAccepted = std::int64_t(derived->outcomes.size());
    log.startedAt = log.finishedAt = QDateTime::currentDateTimeUtc();
    if (auto r = ws.logImport(log); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return derived;
}

} // namespace tierlab
