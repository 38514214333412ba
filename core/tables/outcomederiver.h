#pragma once

#include "common/error.h"
#include "store/workspace.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace tierlab {

// `tierlab outcomes derive`: churned / retained outcomes per period from a table of churn events.
// For each period and each account started before it: churned, dated at its first churn row in the
// period; otherwise retained, dated at the period's last day. An account whose latest churn row is
// before the period gets no outcome for it (it had left; a later churn row counts again). Periods
// that end after the data's last date are skipped. An account starts at its first row in any table
// with a time (the accounts table counts with its time column, e.g. the signup date).
struct OutcomeDerivation
{
    enum class Every { Quarter, Month, Days };
    QString churnTable;
    Every every = Every::Quarter;
    int days = 90;            // Every::Days
    QDate from;               // default: the period containing the earliest row
};

struct DerivedOutcomes
{
    std::vector<OutcomeRecord> outcomes;
    int periods = 0;
    int periodsSkipped = 0;   // past the data's end
    QDate first;              // first period's start, last period's end
    QDate last;
    QDate dataEnd;
    std::int64_t churned = 0;
    std::int64_t retained = 0;
    std::int64_t churnRowsUnmatched = 0;

    QJsonObject toJson() const;
};

class OutcomeDeriver
{
public:
    static Result<DerivedOutcomes> derive(const Workspace &ws, const OutcomeDerivation &how);
    // Derives and stores the outcomes in one transaction (with `replace`, every stored outcome first
    // goes). Accounts missing from the workspace's accounts are added.
    static Result<DerivedOutcomes> write(Workspace &ws, const OutcomeDerivation &how, bool replace);
};

} // namespace tierlab
