// tierlab review --workspace W --model M.json [--week DATE] [--json] [filters and thresholds]
#include "clicommand.h"
#include "modelargument.h"
#include "reviewcli.h"

#include "analysis/historycache.h"
#include "analysis/historyscorer.h"
#include "analysis/manualoverrides.h"
#include "analysis/review.h"
#include "analysis/snapshothistory.h"
#include "model/modelexport.h"
#include "model/modelfile.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cmath>

namespace tierlab::cli {

namespace {

QString score(double v)
{
    return std::isnan(v) ? QStringLiteral("–") : QString::number(v, 'f', 1);
}

QString money(double v)
{
    return std::isnan(v) ? QStringLiteral("–") : QStringLiteral("%L1").arg(v, 0, 'f', 0);
}

QString tierName(const ReviewResult &r, int t)
{
    return t >= 0 && std::size_t(t) < r.tiers.size() ? r.tiers[std::size_t(t)].label : QCoreApplication::translate("Cli", "unscored");
}

void printText(QTextStream &s, const ReviewResult &r)
{
    s << QCoreApplication::translate("Cli", "Review of %1 (previous week %2), model %3, %4")
             .arg(r.week.toString(Qt::ISODate),
                  r.previousWeek.isValid() ? r.previousWeek.toString(Qt::ISODate) : QCoreApplication::translate("Cli", "none"), r.modelName,
                  r.filterText)
      << "\n\n";
    s << QCoreApplication::translate("Cli", "Tier distribution") << '\n';
    for (const ReviewTier &t : r.tiers) {
        const double pct = r.accounts > 0 ? 100.0 * double(t.accounts) / double(r.accounts) : 0.0;
        s << "  " << t.label.leftJustified(10) << ' ';
        // Without a previous week there is nothing to compare against; "last week 0" would read as a collapse.
        if (r.previousWeek.isValid())
            s << QCoreApplication::translate("Cli", "%n account(s) (%1 %), ARR %2; last week %3, ARR %4", nullptr, int(t.accounts))
                     .arg(pct, 0, 'f', 1)
                     .arg(money(t.arr))
                     .arg(t.previousAccounts)
                     .arg(money(t.previousArr));
        else
            s << QCoreApplication::translate("Cli", "%n account(s) (%1 %), ARR %2", nullptr, int(t.accounts)).arg(pct, 0, 'f', 1).arg(money(t.arr));
        s << '\n';
    }
    if (r.previousWeek.isValid())
        s << "  " << QCoreApplication::translate("Cli", "unscored %1; new since last week %2; gone %3")
                         .arg(r.unscored).arg(r.newAccounts).arg(r.goneAccounts);
    else
        s << "  " << QCoreApplication::translate("Cli", "unscored %1; the first scored week, nothing to compare against").arg(r.unscored);
    s << "\n";
    if (std::isfinite(r.flipRate))
        s << "  " << QCoreApplication::translate("Cli", "flip rate %1 % (of the accounts scored both weeks, the share that changed tier)")
                         .arg(100.0 * r.flipRate, 0, 'f', 1)
          << '\n';
    if (r.psiBaselineWeek.isValid() && std::isfinite(r.psi.value)) {
        const Drift::Level level = Drift::level(r.psi.value);
        s << "  " << QCoreApplication::translate("Cli", "score PSI against %1: %2 (%3)")
                         .arg(r.psiBaselineWeek.toString(Qt::ISODate))
                         .arg(r.psi.value, 0, 'f', 3)
                         .arg(level == Drift::Level::Significant ? QCoreApplication::translate("Cli", "significant shift: check the data and the model")
                              : level == Drift::Level::Moderate  ? QCoreApplication::translate("Cli", "moderate shift")
                                                                 : QCoreApplication::translate("Cli", "stable"))
          << '\n';
    }
    s << '\n';
    if (r.previousWeek.isValid()) {
        s << QCoreApplication::translate("Cli", "Transitions (rows: last week, columns: this week; accounts)") << '\n' << "  " << QString().leftJustified(10);
        for (const ReviewTier &t : r.tiers)
            s << ' ' << t.label.rightJustified(8);
        s << '\n';
        for (std::size_t f = 0; f < r.tiers.size(); ++f) {
            s << "  " << r.tiers[f].label.leftJustified(10);
            for (std::size_t t = 0; t < r.tiers.size(); ++t)
                s << ' ' << QString::number(r.transition(int(f), int(t))->accounts).rightJustified(8);
            s << '\n';
        }
        s << '\n';
    }
    s << QCoreApplication::translate("Cli", "Movers: %1").arg(r.movers.size()) << '\n';
    for (const ReviewMover &m : r.movers) {
        // "dropped_tier+fell_points": one line per account
        s << "  " << moverKindNames(m).join(u'+').leftJustified(14) << ' ' << m.accountId.leftJustified(12) << ' '
          << QCoreApplication::translate("Cli", "%1 → %2, score %3 → %4")
                 .arg(tierName(r, m.fromTier), tierName(r, m.toTier), score(m.scoreBefore), score(m.scoreNow));
        if (!m.drivers.empty())
            s << "  (" << driversText(m.drivers, QLocale::c()) << ')';
        s << '\n';
    }
    s << '\n' << QCoreApplication::translate("Cli", "Renewals: %1, %2 at risk, ARR at risk %3")
                     .arg(r.renewals.size()).arg(r.renewalsAtRisk).arg(money(r.arrAtRisk)) << '\n';
    for (const ReviewRenewal &n : r.renewals)
        s << "  " << n.renewalDate.toString(Qt::ISODate) << ' ' << n.accountId.leftJustified(12) << ' '
          << score(n.score).rightJustified(5) << ' ' << tierName(r, n.tier).leftJustified(10) << ' '
          << QCoreApplication::translate("Cli", "ARR %1").arg(money(n.arr)) << '\n';
    s << '\n' << QCoreApplication::translate("Cli", "Expansion candidates: %1").arg(r.expansion.size()) << '\n';
    for (const ReviewExpansion &e : r.expansion)
        s << "  " << e.accountId.leftJustified(12) << ' ' << score(e.score).rightJustified(5) << ' '
          << (e.renewingSoon ? QCoreApplication::translate("Cli", "renewing %1")
                                   .arg(e.renewalDate.toString(Qt::ISODate)) : QString())
          << (e.rising ? QCoreApplication::translate("Cli", " rising from %1")
                             .arg(score(e.scoreThen)) : QString()) << '\n';
    const ReviewManualOverrides &mo = r.manualOverrides;
    s << '\n' << QCoreApplication::translate("Cli", "Manual overrides: %1 active, %2 expired").arg(mo.active).arg(mo.expired);
    if (mo.active > 0)
        s << QCoreApplication::translate("Cli", "; age median %1 days, oldest %2 days")
                 .arg(mo.medianAgeDays, 0, 'f', 1)
                 .arg(mo.oldestAgeDays);
    s << '\n';
    for (const ReviewOverride &e : mo.overrides) {
        const QString status = e.expired ? QCoreApplication::translate("Cli", "expired %1").arg(e.record.expires.toString(Qt::ISODate))
                             : e.applied ? QCoreApplication::translate("Cli", "active, %1 days").arg(e.ageDays)
                                         : QCoreApplication::translate("Cli", "active, not applied (no such tier in the model)");
        s << "  " << ManualOverrides::marker() << ' ' << e.record.accountId.leftJustified(12) << ' '
          << ManualOverrides::describe(e.record).leftJustified(12) << ' ' << status.leftJustified(24) << ' '
          << e.record.author << ": " << e.record.reason << '\n';
    }
    s.flush();
}

} // namespace

void addReviewOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        workspaceOption(),
        {QStringLiteral("model"), QCoreApplication::translate("Cli", "The model file, or the name of a model saved in the workspace (default: the published model)."), QStringLiteral("M")},
        {QStringLiteral("week"), QCoreApplication::translate("Cli", "The as_of date to review (default: the latest)."), QStringLiteral("DATE")},
        {QStringLiteral("csm"), QCoreApplication::translate("Cli", "Only the accounts of this CSM."), QStringLiteral("NAME")},
        {QStringLiteral("segment"), QCoreApplication::translate("Cli", "Only the accounts of this segment."), QStringLiteral("NAME")},
        {QStringLiteral("arr-min"), QCoreApplication::translate("Cli", "Only accounts with ARR at least this."), QStringLiteral("N")},
        {QStringLiteral("arr-max"), QCoreApplication::translate("Cli", "Only accounts with ARR under this."), QStringLiteral("N")},
        {QStringLiteral("fell-points"), QCoreApplication::translate("Cli", "Score fall that makes a mover (default 15)."), QStringLiteral("P")},
        {QStringLiteral("renewal-days"), QCoreApplication::translate("Cli", "Renewal window in days (default 90)."), QStringLiteral("D")},
        {QStringLiteral("trend-weeks"), QCoreApplication::translate("Cli", "Weeks in the trend (default 12)."), QStringLiteral("W")},
        {QStringLiteral("psi-baseline"), QCoreApplication::translate("Cli", "The as_of the score's PSI and the signals' CSI compare with (default: 12 weeks before the week)."),
         QStringLiteral("DATE")},
    });
}

int computeReview(const QCommandLineParser &parser, const QString &command, ReviewResult *out, Model *modelOut,
                  QString *modelLabel)
{
    if (!parser.isSet(QStringLiteral("workspace")))
        return workspaceRequired(command);
    ReviewOptions o;
    if (parser.isSet(QStringLiteral("week"))) {
        o.week = QDate::fromString(parser.value(QStringLiteral("week")), Qt::ISODate);
        if (!o.week.isValid())
            return failWith(QCoreApplication::translate("Cli", "%1: --week: \"%2\" is not a date (YYYY-MM-DD)")
                                .arg(command, parser.value(QStringLiteral("week"))), 2);
    }
    if (parser.isSet(QStringLiteral("psi-baseline"))) {
        o.psiBaseline = QDate::fromString(parser.value(QStringLiteral("psi-baseline")), Qt::ISODate);
        if (!o.psiBaseline.isValid())
            return failWith(QCoreApplication::translate("Cli", "%1: --psi-baseline: \"%2\" is not a date (YYYY-MM-DD)")
                                .arg(command, parser.value(QStringLiteral("psi-baseline"))), 2);
    }
    auto number = [&](const char *name, double *target) {
        const QString key = QString::fromLatin1(name);
        if (!parser.isSet(key))
            return true;
        bool ok = false;
        const double v = parser.value(key).toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < 0)
            return false;
        *target = v;
        return true;
    };
    double renewalDays = o.renewalDays;
    double trendWeeks = o.trendWeeks;
    for (const auto &[name, target] : {std::pair{"arr-min", &o.filter.arrMin}, std::pair{"arr-max", &o.filter.arrMax},
                                       std::pair{"fell-points", &o.fellPoints}, std::pair{"renewal-days", &renewalDays},
                                       std::pair{"trend-weeks", &trendWeeks}}) {
        if (!number(name, target))
            return failWith(QCoreApplication::translate("Cli", "%1: --%2: expected a number of at least 0, found \"%3\"")
                                .arg(command, QString::fromLatin1(name), parser.value(QString::fromLatin1(name))),
                            2);
    }
    o.renewalDays = int(renewalDays);
    o.trendWeeks = std::max(1, int(trendWeeks));
    o.filter.csm = parser.value(QStringLiteral("csm"));
    o.filter.segment = parser.value(QStringLiteral("segment"));

    auto ws = Workspace::open(parser.value(QStringLiteral("workspace")));
    if (!ws)
        return failWith(ws.error().message);
    auto resolved = resolveModel(**ws, parser.value(QStringLiteral("model")), true);
    if (!resolved)
        return failWith(resolved.error().message);
    if (modelLabel)
        *modelLabel = resolved->label;
    const Model *model = &resolved->model;
    auto overrides = (*ws)->manualOverrides();
    if (!overrides)
        return failWith(overrides.error().message);
    o.manualOverrides = std::move(*overrides);
    HistoryScorer history(**ws);
    if (auto r = history.setModel(*model); !r)
        return failWith(r.error().message);
    if (model->hysteresis || model->trend) {
        // Its tiers (and trend tier) depend on earlier weeks: the whole history, as the GUI's review reads it.
        HistoryLoadOptions load;
        load.cacheDirectory = HistoryCache::defaultDirectory();
        auto decoded = SnapshotHistory::load(**ws, load);
        if (!decoded)
            return failWith(decoded.error().message);
        history.setHistory(*decoded);
    }
    auto review = Review::compute(history, o);
    if (!review)
        return failWith(review.error().message);
    *out = std::move(*review);
    if (modelOut)
        *modelOut = *model;
    return 0;
}

namespace {

int runReview(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "The weekly portfolio review: tiers against last week, transitions, movers, "
                                                                        "renewals at risk and expansion candidates (docs/review.md)."));
    parser.addHelpOption();
    addReviewOptions(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return failWith(QCoreApplication::translate("Cli", "review: unexpected argument \"%1\"")
                            .arg(parser.positionalArguments().constFirst()), 2);
    ReviewResult r;
    if (const int code = computeReview(parser, QStringLiteral("review"), &r); code != 0)
        return code;
    if (parser.isSet(QStringLiteral("json")))
        out() << QString::fromUtf8(Review::toJson(r)) << Qt::endl;
    else
        printText(out(), r);
    return 0;
}

} // namespace

TIERLAB_CLI_COMMAND("review",
                    QT_TRANSLATE_NOOP("Cli", "Weekly portfolio review (--workspace W [--model M] [--week DATE] [--json])"),
                    runReview);

} // namespace tierlab::cli
