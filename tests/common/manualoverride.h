#pragma once

// Hand-made CSM manual overrides (docs/overrides.md) for the tests: one helper instead of a copy per
// test file. The reason is "reason of <account>", the author "ann".

#include "store/workspace.h"

#include <QDateTime>

namespace tierlab::test {

inline QDateTime utc(QDate day, int hour = 0)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC);
}

// A tier override when `tier` is not empty, else a score override of `score`.
inline ManualOverrideRecord manualOverride(const QString &account, const QString &tier, double score, const QDateTime &created,
                                           QDate expires = {}, const QDateTime &cleared = {})
{
    ManualOverrideRecord r;
    r.accountId = account;
    r.tierId = tier;
    r.score = tier.isEmpty() ? score : kMissing;
    r.reason = QStringLiteral("reason of ") + account;
    r.author = QStringLiteral("ann");
    r.created = created;
    r.expires = expires;
    r.cleared = cleared;
    return r;
}

} // namespace tierlab::test
