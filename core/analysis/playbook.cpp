#include "playbook.h"

#include "analysis/review.h"
#include "common/jsonlimits.h"
#include "store/workspace.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace tierlab {

namespace {

using Json = nlohmann::json;

// The workspace metadata key of its own playbook.
const QString kMetaKey = QStringLiteral("playbook");

constexpr Play::When kWhens[] = {Play::When::DroppedToMiddle, Play::When::DroppedToWorst, Play::When::WorstRenewing,
                                 Play::When::WorstForDays, Play::When::Recovered, Play::When::BestRenewing};

QString scoreText(double score)
{
    return std::isnan(score) ? QStringLiteral("–") : QString::number(score, 'f', 1);
}

QString moverReason(const ReviewMover &m, const std::vector<Tier> &tiers)
{
    const QString drivers = driversText(m.drivers, QLocale::c(), QStringLiteral(", "));
    QString text = Playbook::tr("%1 → %2, score %3 → %4")
                       .arg(tierLabel(tiers, m.fromTier), tierLabel(tiers, m.toTier), scoreText(m.scoreBefore),
                            scoreText(m.scoreNow));
    if (!drivers.isEmpty())
        text += Playbook::tr("; what moved it: %1").arg(drivers);
    return text;
}

QString renewalReason(const ReviewRenewal &r, const std::vector<Tier> &tiers)
{
    return Playbook::tr("Renews on %1; %2, score %3, ARR %4")
        .arg(r.renewalDate.toString(Qt::ISODate), tierLabel(tiers, r.tier), scoreText(r.score),
             std::isnan(r.arr) ? QStringLiteral("–") : QString::number(r.arr, 'f', 0));
}

} // namespace

QString playWhenName(Play::When when)
{
    switch (when) {
    case Play::When::DroppedToMiddle: return QStringLiteral("dropped_to_middle");
    case Play::When::DroppedToWorst: return QStringLiteral("dropped_to_worst");
    case Play::When::WorstRenewing: return QStringLiteral("worst_renewing");
    case Play::When::WorstForDays: return QStringLiteral("worst_14_days");
    case Play::When::Recovered: return QStringLiteral("recovered");
    case Play::When::BestRenewing: return QStringLiteral("best_renewing");
    }
    return {};
}

Playbook Playbook::defaults()
{
    Playbook b;
    b.plays = {
        {QStringLiteral("check_in"), Play::When::DroppedToMiddle, tr("Check in with the customer"), 7, false},
        {QStringLiteral("urgent"), Play::When::DroppedToWorst, tr("Urgent: call the customer"), 2, true},
        {QStringLiteral("escalate_renewal"), Play::When::WorstRenewing, tr("Escalate the renewal at risk"), 3, true},
        {QStringLiteral("executive_escalation"), Play::When::WorstForDays, tr("Executive escalation"), 7, true},
        {QStringLiteral("positive_note"), Play::When::Recovered, tr("Send a positive note"), 7, false},
        {QStringLiteral("expansion"), Play::When::BestRenewing, tr("Start the expansion conversation"), 14, false},
    };
    return b;
}

Result<Playbook> Playbook::fromJson(const QByteArray &json)
{
    if (auto bounded = JsonLimits::check(json, QStringLiteral("$")); !bounded)
        return std::unexpected(bounded.error());
    const Json j = Json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    if (j.is_discarded())
        return fail(tr("$: not valid JSON"), Error::Code::Invalid);
    QStringList problems;
    if (!j.is_object())
        return fail(tr("$: must be an object"), Error::Code::Invalid);
    if (j.value("format", Json()) != "tierlab-playbook")
        problems << tr("$.format: must be \"tierlab-playbook\"");
    if (!j.contains("version") || !j["version"].is_number_integer() || j["version"].get<std::int64_t>() != 1)
        problems << tr("$.version: must be 1");
    Playbook b;
    const Json list = j.value("plays", Json());
    if (!list.is_array()) {
        problems << tr("$.plays: must be an array");
    } else {
        for (std::size_t i = 0; i < list.size(); ++i) {
            const QString at = QStringLiteral("$.plays[%1]").arg(i);
            const Json &p = list[i];
            if (!p.is_object()) {
                problems << tr("%1: must be an object").arg(at);
                continue;
            }
            Play play;
            auto text = [&](const char *key, QString *target) {
                const Json v = p.value(key, Json());
                if (!v.is_string() || v.get<std::string>().empty())
                    problems << tr("%1.%2: must be a non-empty text").arg(at, QString::fromLatin1(key));
                else
                    *target = QString::fromStdString(v.get<std::string>());
            };
            text("id", &play.id);
            text("subject", &play.subject);
            QString when;
            text("when", &when);
            bool known = false;
            for (Play::When w : kWhens)
                if (playWhenName(w) == when) {
                    play.when = w;
                    known = true;
                }
            if (!when.isEmpty() && !known)
                problems << tr("%1.when: unknown \"%2\"").arg(at, when);
            const Json due = p.value("due_days", Json(7));
            if (!due.is_number_integer() || due.get<std::int64_t>() < 0 || due.get<std::int64_t>() > 365)
                problems << tr("%1.due_days: must be a whole number of days from 0 to 365").arg(at);
            else
                play.dueDays = int(due.get<std::int64_t>());
            const Json notify = p.value("notify_manager", Json(false));
            if (!notify.is_boolean())
                problems << tr("%1.notify_manager: must be true or false").arg(at);
            else
                play.notifyManager = notify.get<bool>();
            for (const Play &other : b.plays)
                if (!play.id.isEmpty() && other.id == play.id)
                    problems << tr("%1.id: \"%2\" is used twice").arg(at, play.id);
            b.plays.push_back(play);
        }
    }
    if (!problems.isEmpty())
        return fail(problems.join(u'\n'), Error::Code::Invalid);
    return b;
}

QByteArray Playbook::toJson() const
{
    Json list = Json::array();
    for (const Play &p : plays)
        list.push_back({{"id", p.id.toStdString()},
                         {"when", playWhenName(p.when).toStdString()},
                         {"subject", p.subject.toStdString()},
                         {"due_days", p.dueDays},
                         {"notify_manager", p.notifyManager}});
    const Json j = {{"format", "tierlab-playbook"}, {"version", 1}, {"plays", list}};
    return QByteArray::fromStdString(j.dump(2)) + '\n';
}

Result<Playbook> Playbook::stored(const Workspace &workspace)
{
    auto text = workspace.meta(kMetaKey);
    if (!text)
        return std::unexpected(text.error());
    if (text->isEmpty())
        return defaults();
    auto book = fromJson(text->toUtf8());
    if (!book)
        return fail(tr("The playbook stored in %1 is broken: %2").arg(workspace.path(), book.error().message), book.error().code);
    return book;
}

Result<void> Playbook::store(Workspace &workspace) const
{
    return workspace.setMeta(kMetaKey, QString::fromUtf8(toJson()));
}

std::vector<PlayAction> Playbook::actions(const ReviewResult &review, const std::vector<Tier> &tiers) const
{
    const int worst = 0;
    const int best = int(tiers.size()) - 1;
    std::vector<PlayAction> out;
    for (const Play &play : plays) {
        auto add = [&](const QString &id, const QString &name, const QString &owner, const QString &reason) {
            out.push_back({id, name, owner, review.week.addDays(play.dueDays), play.id, play.subject, reason, play.notifyManager});
        };
        for (const ReviewMover &m : review.movers) {
            const bool applies = (play.when == Play::When::DroppedToMiddle && m.is(MoverKind::DroppedTier) && m.toTier > worst)
                                 || (play.when == Play::When::DroppedToWorst && m.is(MoverKind::DroppedTier) && m.toTier == worst)
                                 || (play.when == Play::When::WorstForDays && m.is(MoverKind::WorstTier))
                                 || (play.when == Play::When::Recovered && m.is(MoverKind::Recovered));
            if (applies)
                add(m.accountId, m.name, m.csm, moverReason(m, tiers));
        }
        for (const ReviewRenewal &r : review.renewals) {
            const bool applies = (play.when == Play::When::WorstRenewing && r.tier == worst)
                                 || (play.when == Play::When::BestRenewing && r.tier == best && best > worst);
            if (applies)
                add(r.accountId, r.name, r.csm, renewalReason(r, tiers));
        }
    }
    return out;
}

} // namespace tierlab
