// tierlab override set --workspace W --account ID (--tier T | --score S) --reason TEXT [--expires YYYY-MM-DD] [--author NAME]
// tierlab override list --workspace W [--all] [--json]
// tierlab override clear --workspace W (--account ID | --id N)
// CSM manual overrides (docs/overrides.md): data in the workspace, applied after the model.
#include "clicommand.h"

#include "analysis/manualoverrides.h"
#include "model/modelexport.h"
#include "model/modelfile.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <cmath>

namespace tierlab::cli {

namespace {

struct Options
{
    QCommandLineOption workspace = workspaceOption();
    QCommandLineOption account{QStringLiteral("account"), QCoreApplication::translate("Cli", "The account's id."), QStringLiteral("ID")};
    QCommandLineOption tier{QStringLiteral("tier"), QCoreApplication::translate("Cli", "set: the tier (its id in the model) the account is placed in."),
                            QStringLiteral("T")};
    QCommandLineOption score{QStringLiteral("score"), QCoreApplication::translate("Cli", "set: the score (0–100) the account is tiered by."),
                             QStringLiteral("S")};
    QCommandLineOption reason{QStringLiteral("reason"), QCoreApplication::translate("Cli", "set: why (required)."), QStringLiteral("TEXT")};
    QCommandLineOption expires{QStringLiteral("expires"),
                               QCoreApplication::translate("Cli", "set: the date it stops applying (YYYY-MM-DD; default: never)."),
                               QStringLiteral("DATE")};
    QCommandLineOption author{QStringLiteral("author"), QCoreApplication::translate("Cli", "set: who sets it (default: the OS user)."),
                              QStringLiteral("NAME")};
    QCommandLineOption id{QStringLiteral("id"), QCoreApplication::translate("Cli", "clear: the override's id (see override list)."), QStringLiteral("N")};
    QCommandLineOption all{QStringLiteral("all"), QCoreApplication::translate("Cli", "list: expired and cleared overrides too, with their status.")};
    QCommandLineOption json{QStringLiteral("json"), QCoreApplication::translate("Cli", "list: print JSON.")};
};

enum class Status { Active, Expired, Cleared };

Status statusOf(const ManualOverrideRecord &o, QDate today)
{
    if (o.cleared.isValid())
        return Status::Cleared;
    return o.isOpen(today) ? Status::Active : Status::Expired;
}

const char *statusName(Status s)
{
    switch (s) {
    case Status::Active:
        return "active";
    case Status::Expired:
        return "expired";
    case Status::Cleared:
        return "cleared";
    }
    return "";
}

QString statusLabel(Status s)
{
    switch (s) {
    case Status::Active:
        return QCoreApplication::translate("Cli", "active");
    case Status::Expired:
        return QCoreApplication::translate("Cli", "expired");
    case Status::Cleared:
        return QCoreApplication::translate("Cli", "cleared");
    }
    return {};
}

// The model `score`, `review` and `backtest` use without --model, to warn about a tier it lacks.
void noteUnknownTier(const Workspace &ws, const QString &tier)
{
    auto published = ws.publishedModel();
    if (!published)
        return;
    auto model = ModelFile::fromJson(published->json.toUtf8());
    if (!model || model->tierIndex(tier) >= 0)
        return;
    err() << QCoreApplication::translate("Cli", "tierlab: note: \"%1\" is not a tier of the published model \"%2\": the override is kept, "
                                                "and not applied while that model is in use")
                 .arg(tier, published->name)
          << Qt::endl;
}

int set(const QCommandLineParser &parser, const Options &o)
{
    if (!parser.isSet(o.account) || parser.isSet(o.tier) == parser.isSet(o.score) || !parser.isSet(o.reason))
        return failWith(QCoreApplication::translate("Cli", "override set: usage: override set --workspace W --account ID (--tier T | --score S) "
                                                           "--reason TEXT [--expires YYYY-MM-DD] [--author NAME]"),
                        2);
    ManualOverrideRecord record;
    record.accountId = parser.value(o.account);
    record.tierId = parser.value(o.tier);
    if (parser.isSet(o.score)) {
        bool ok = false;
        record.score = parser.value(o.score).toDouble(&ok);
        if (!ok || !(record.score >= 0 && record.score <= 100))
            return failWith(QCoreApplication::translate("Cli", "override set: --score needs a number from 0 to 100, not \"%1\"")
                                .arg(parser.value(o.score)),
                            2);
    } else if (record.tierId.trimmed().isEmpty()) {
        return failWith(QCoreApplication::translate("Cli", "override set: --tier needs a tier id"), 2);
    }
    record.reason = parser.value(o.reason);
    if (record.reason.trimmed().isEmpty())
        return failWith(QCoreApplication::translate("Cli", "override set: --reason must not be empty"), 2);
    if (parser.isSet(o.expires)) {
        record.expires = QDate::fromString(parser.value(o.expires), Qt::ISODate);
        if (!record.expires.isValid())
            return failWith(QCoreApplication::translate("Cli", "override set: --expires: \"%1\" is not a date (YYYY-MM-DD)")
                                .arg(parser.value(o.expires)),
                            2);
    }
    record.author = parser.isSet(o.author) ? parser.value(o.author) : ModelExport::currentUser();
    if (record.author.trimmed().isEmpty())
        return failWith(QCoreApplication::translate("Cli", "override set: the OS user is unknown: name the author with --author NAME"), 2);

    auto ws = Workspace::open(parser.value(o.workspace));
    if (!ws)
        return failWith(ws.error().message);
    auto id = (*ws)->setManualOverride(record);
    if (!id)
        return failWith(id.error().message);
    if (record.isTier())
        noteUnknownTier(**ws, record.tierId.trimmed());
    out() << QCoreApplication::translate("Cli", "Set manual override %1 of account \"%2\": %3 (%4)")
                 .arg(*id)
                 .arg(record.accountId.trimmed(), ManualOverrides::describe(record), record.reason.trimmed())
          << Qt::endl;
    return 0;
}

int list(const QCommandLineParser &parser, const Options &o)
{
    auto ws = Workspace::open(parser.value(o.workspace));
    if (!ws)
        return failWith(ws.error().message);
    auto records = (*ws)->manualOverrides();
    if (!records)
        return failWith(records.error().message);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const bool all = parser.isSet(o.all);
    std::vector<std::pair<const ManualOverrideRecord *, Status>> shown;
    for (const ManualOverrideRecord &r : *records) {
        const Status s = statusOf(r, today);
        if (all || s == Status::Active)
            shown.emplace_back(&r, s);
    }
    if (parser.isSet(o.json)) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto &[r, s] : shown) {
            list.push_back({{"id", r->id},
                            {"account_id", r->accountId.toStdString()},
                            {"tier", r->isTier() ? nlohmann::ordered_json(r->tierId.toStdString()) : nlohmann::ordered_json()},
                            {"score", r->isTier() ? nlohmann::ordered_json() : nlohmann::ordered_json(r->score)},
                            {"reason", r->reason.toStdString()},
                            {"author", r->author.toStdString()},
                            {"created", r->created.toString(Qt::ISODate).toStdString()},
                            {"expires", r->expires.isValid() ? nlohmann::ordered_json(r->expires.toString(Qt::ISODate).toStdString())
                                                             : nlohmann::ordered_json()},
                            {"cleared", r->cleared.isValid() ? nlohmann::ordered_json(r->cleared.toString(Qt::ISODate).toStdString())
                                                             : nlohmann::ordered_json()},
                            {"status", statusName(s)}});
        }
        out() << QString::fromStdString(nlohmann::ordered_json{{"overrides", list}}.dump(2)) << Qt::endl;
        return 0;
    }
    if (shown.empty()) {
        out() << (all ? QCoreApplication::translate("Cli", "No manual overrides.")
                      : QCoreApplication::translate("Cli", "No active manual overrides (--all lists expired and cleared ones)."))
              << Qt::endl;
        return 0;
    }
    QTextStream &s = out();
    s << QCoreApplication::translate("Cli", "id").rightJustified(5) << ' ' << QCoreApplication::translate("Cli", "account").leftJustified(14) << ' '
      << QCoreApplication::translate("Cli", "sets").leftJustified(14) << ' ' << QCoreApplication::translate("Cli", "created").leftJustified(10) << ' '
      << QCoreApplication::translate("Cli", "expires").leftJustified(10) << ' ';
    if (all)
        s << QCoreApplication::translate("Cli", "status").leftJustified(8) << ' ';
    s << QCoreApplication::translate("Cli", "author").leftJustified(12) << ' ' << QCoreApplication::translate("Cli", "reason") << '\n';
    for (const auto &[r, st] : shown) {
        s << QString::number(r->id).rightJustified(5) << ' ' << r->accountId.leftJustified(14) << ' '
          << ManualOverrides::describe(*r).leftJustified(14) << ' ' << r->created.date().toString(Qt::ISODate) << ' '
          << (r->expires.isValid() ? r->expires.toString(Qt::ISODate) : QStringLiteral("–")).leftJustified(10) << ' ';
        if (all)
            s << statusLabel(st).leftJustified(8) << ' ';
        s << r->author.leftJustified(12) << ' ' << r->reason << '\n';
    }
    s.flush();
    return 0;
}

int clear(const QCommandLineParser &parser, const Options &o)
{
    if (parser.isSet(o.account) == parser.isSet(o.id))
        return failWith(QCoreApplication::translate("Cli", "override clear: usage: override clear --workspace W (--account ID | --id N)"), 2);
    std::int64_t id = 0;
    if (parser.isSet(o.id)) {
        bool ok = false;
        id = parser.value(o.id).toLongLong(&ok);
        if (!ok || id <= 0)
            return failWith(QCoreApplication::translate("Cli", "override clear: --id needs an override id (see override list), not \"%1\"")
                                .arg(parser.value(o.id)),
                            2);
    }
    auto ws = Workspace::open(parser.value(o.workspace));
    if (!ws)
        return failWith(ws.error().message);
    if (id > 0) {
        if (auto r = (*ws)->clearManualOverride(id); !r)
            return failWith(r.error().message);
        out() << QCoreApplication::translate("Cli", "Cleared manual override %1").arg(id) << Qt::endl;
        return 0;
    }
    auto cleared = (*ws)->clearManualOverrides(parser.value(o.account));
    if (!cleared)
        return failWith(cleared.error().message);
    out() << QCoreApplication::translate("Cli", "Cleared %n manual override(s) of account \"%1\"", nullptr, *cleared)
                 .arg(parser.value(o.account).trimmed())
          << Qt::endl;
    return 0;
}

int runOverride(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "CSM manual overrides of an account's tier or score, applied after the model (docs/overrides.md):\n"
               "  override set --workspace W --account ID (--tier T | --score S) --reason TEXT [--expires YYYY-MM-DD] [--author NAME]\n"
               "  override list --workspace W [--all] [--json]\n"
               "  override clear --workspace W (--account ID | --id N)"));
    parser.addHelpOption();
    const Options o;
    parser.addOptions({o.workspace, o.account, o.tier, o.score, o.reason, o.expires, o.author, o.id, o.all, o.json});
    parser.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("Cli", "set, list or clear"));
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return failWith(QCoreApplication::translate("Cli", "override: an action is required (set, list or clear)"), 2);
    const QString action = positional.constFirst();
    if (action != u"set" && action != u"list" && action != u"clear")
        return failWith(QCoreApplication::translate("Cli", "override: unknown action \"%1\" (set, list or clear)").arg(action), 2);
    if (positional.size() > 1)
        return failWith(QCoreApplication::translate("Cli", "override %1: unexpected argument \"%2\"").arg(action, positional.at(1)), 2);
    if (!parser.isSet(o.workspace))
        return workspaceRequired(QStringLiteral("override ") + action);
    if (action == u"set")
        return set(parser, o);
    if (action == u"list")
        return list(parser, o);
    return clear(parser, o);
}

} // namespace

TIERLAB_CLI_COMMAND("override",
                    QT_TRANSLATE_NOOP("Cli", "CSM manual overrides: set|list|clear (--workspace W; see override --help)"),
                    runOverride);

} // namespace tierlab::cli
