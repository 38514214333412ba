#pragma once

#include "common/error.h"
#include "model/model.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <cstdint>
#include <vector>

namespace tierlab {

struct ReviewResult;
class Workspace;

// The week's actions ("plays", docs/review.md): rules that turn the weekly review's movers and
// renewals into tasks for the CSMs — who, by when, why. The seeds' playbook is the default; a workspace
// may store its own (file format "tierlab-playbook", version 1).
struct Play
{
    enum class When : std::uint8_t {
        DroppedToMiddle,     // dropped a tier, into one above the worst
        DroppedToWorst,      // dropped into the worst tier
        WorstRenewing,       // in the worst tier with a renewal within the review's renewal window
        WorstForDays,        // in the worst tier every week of the review's worst-tier window (14 days)
        Recovered,           // left the worst tier since last week
        BestRenewing,        // in the best tier with a renewal within the window
    };
    QString id;
    When when = When::DroppedToMiddle;
    QString subject;         // the task's title
    int dueDays = 7;         // due this many days after the review week
    bool notifyManager = false;

    bool operator==(const Play &) const = default;
};

QString playWhenName(Play::When when);   // dropped_to_middle | dropped_to_worst | worst_renewing | worst_14_days | recovered | best_renewing

struct PlayAction
{
    QString accountId;
    QString name;
    QString owner;           // the account's CSM
    QDate due;
    QString play;            // the play's id
    QString subject;
    QString reason;          // what triggered it, with the drivers
    bool notifyManager = false;
};

class Playbook
{
    Q_DECLARE_TR_FUNCTIONS(Playbook)

public:
    // The seeds' playbook: check-in within 7 days, urgent task + manager, escalation, executive
    // escalation, positive note, expansion conversation.
    static Playbook defaults();
    // Problems name their JSON path ("$.plays[2].due_days: …"), one per line.
    static Result<Playbook> fromJson(const QByteArray &json);
    QByteArray toJson() const;
    // The playbook a workspace keeps (its metadata), else defaults(); a broken stored one is an error
    // naming the workspace.
    static Result<Playbook> stored(const Workspace &workspace);
    Result<void> store(Workspace &workspace) const;

    // One action per play that applies to an account of `review`, in play order, then by account as
    // the review lists them. `tiers` are the model's (labels in the reasons).
    std::vector<PlayAction> actions(const ReviewResult &review, const std::vector<Tier> &tiers) const;

    std::vector<Play> plays;
    bool operator==(const Playbook &) const = default;
};

} // namespace tierlab
