#pragma once

#include "analysis/playbook.h"
#include "analysis/review.h"
#include "common/error.h"

#include <QCoreApplication>

#include <vector>

namespace tierlab {

// The weekly meeting's workbook (docs/review.md, "Meeting pack"): sheets Summary, Tiers, Movers (kind in
// words, CSM, last week's and this week's score and tier, drivers), Renewals, Actions and Per CSM, from
// one review and its playbook actions. Every text cell is neutralised; the file appears only when
// complete.
class MeetingPack
{
    Q_DECLARE_TR_FUNCTIONS(MeetingPack)

public:
    struct Input
    {
        const ReviewResult *review = nullptr;
        const std::vector<Tier> *tiers = nullptr;           // the model's, for labels
        const std::vector<PlayAction> *actions = nullptr;   // may be empty
        QString modelLabel;                                 // e.g. the published version's name, shown once
    };

    static Result<void> writeXlsx(const Input &input, const QString &path);
    // The sheet names in order (what the tests read back).
    static QStringList sheetNames();
};

} // namespace tierlab
