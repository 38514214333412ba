#include "demorawexport.h"

#include "demogenerator.h"
#include "common/demorandom.h"
#include "demosimulator.h"
#include "io/csvfield.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

namespace tierlab {

namespace {

// PRNG purpose of the export's own draws (dates, ticket priorities, activity types). DemoSimulator
// uses purposes 1-4, so the simulated values do not depend on how the export is written.
constexpr quint64 kRawStream = 5;

enum File { Accounts, Usage, Tickets, Activities, Contacts, Nps, Billing, Marketing, Renewals, Churn, FileCount };

constexpr std::array<const char *, FileCount> kFileNames = {
    "accounts.csv",      "product_usage.csv",        "support_tickets.csv", "csm_activities.csv", "contact_changes.csv",
    "nps_responses.csv", "billing_aging.csv",        "marketing_engagement.csv", "renewals.csv", "churn_events.csv"};

constexpr std::array<const char *, FileCount> kHeaders = {
    "account_id,account_name,segment,csm,contract_type,arr,renewal_date,signup_date,churn_date",
    "account_id,week,logins_per_user_30d,active_seat_ratio,feature_adoption_pct,integrations_connected",
    "ticket_id,account_id,opened_at,closed_at,priority,sentiment",
    "account_id,date,type",
    "account_id,date,champion_left,sponsor_engaged",
    "account_id,responded_at,score",
    "account_id,week,days_past_due",
    "account_id,week,webinars_attended,emails_opened",
    "account_id,date,kind,arr_change",
    "account_id,churn_date"};

constexpr std::array<const char *, 4> kTouchTypes = {"call", "meeting", "email", "qbr"};
constexpr std::array<const char *, 3> kOtherPriorities = {"P2", "P3", "P4"};

// Shortest text that reads back to the same double; empty for missing.
void number(QByteArray &out, double v)
{
    if (!std::isnan(v))
        out += QString::number(v, 'g', QLocale::FloatingPointShortest).toLatin1();
}

void date(QByteArray &out, QDate d)
{
    if (d.isValid())
        out += d.toString(Qt::ISODate).toLatin1();
}

QString kindName(OutcomeKind kind)
{
    switch (kind) {
    case OutcomeKind::Churned:
        return QStringLiteral("churned");
    case OutcomeKind::Expanded:
        return QStringLiteral("expanded");
    case OutcomeKind::Contracted:
        return QStringLiteral("contracted");
    default:
        return QStringLiteral("renewed");
    }
}

struct Output
{
    std::unique_ptr<QSaveFile> file;
    QByteArray buffer;
    std::int64_t rows = 0;
};

// One account's rows of every file, from its simulated weekly values: each table is shaped so that
// its recipe (recipesJson) gives back exactly the simulated value at every as_of.
class AccountWriter
{
public:
    AccountWriter(const DemoSimulator &sim, std::array<Output, FileCount> &out, std::int64_t &ticketCounter)
        : m_sim(sim), m_out(out), m_tickets(ticketCounter)
    {
    }

    void write(int index, const DemoAccount &a)
    {
        DemoRandom rng(DemoRandom::streamSeed(m_sim.options().seed, quint64(index), kRawStream));
        const QDate first = m_sim.asOf(0);
        const QString &id = a.record.id;

        // The CRM record: a sign-up before the first week, the contract, and the churn date ending its weeks.
        QByteArray &acc = row(Accounts, id);
        acc += ',';
        appendCsvField(acc, a.record.name);
        acc += ',';
        appendCsvField(acc, a.record.segment);
        acc += ',';
        appendCsvField(acc, a.record.csm);
        acc += ',';
        appendCsvField(acc, DemoSimulator::contractTypeName(a.contractType));
        acc += ',';
        number(acc, a.record.arr);
        acc += ',';
        date(acc, a.record.renewalDate);
        acc += ',';
        const QDate signup = first.addDays(-rng.uniformInt(14, 1200));
        date(acc, signup);
        acc += ',';
        date(acc, a.churnDate);
        acc += '\n';
        // The CRM's relationship fields as of sign-up: the champion in place, the sponsor's engagement
        // as first recorded (empty when never recorded).
        contact(id, signup, 0.0, a.observedWeeks > 0 ? a.value(0, DemoSimulator::ExecSponsorEngaged) : kMissing);

        double sponsorBefore = a.observedWeeks > 0 ? a.value(0, DemoSimulator::ExecSponsorEngaged) : kMissing;
        for (int w = 0; w < a.observedWeeks; ++w) {
            const QDate t = m_sim.asOf(w);
            const auto v = [&](int signal) { return a.value(w, signal); };
            weekly(Usage, id, t, {v(DemoSimulator::LoginsPerUser30d), v(DemoSimulator::ActiveSeatRatio),
                                  v(DemoSimulator::FeatureAdoptionPct), v(DemoSimulator::IntegrationsConnected)});
            weekly(Billing, id, t, {v(DemoSimulator::PaymentDaysLate)});
            weekly(Marketing, id, t, {v(DemoSimulator::WebinarAttendance), v(DemoSimulator::MarketingEmailsOpened)});
            tickets(rng, id, w, int(v(DemoSimulator::OpenTickets)), int(v(DemoSimulator::OpenP1Tickets)),
                    v(DemoSimulator::SupportSentiment));

            if (const double nps = v(DemoSimulator::NpsScore); !std::isnan(nps)) {
                QByteArray &r = row(Nps, id);
                r += ',';
                date(r, t.addDays(-rng.uniformInt(0, 6)));
                r += ',';
                number(r, nps);
                r += '\n';
            }
            // The CSM touch that sets days_since_csm_touch: a fresh touch reads 0-6 days, a week
            // without one the previous value + 7.
            if (const double days = v(DemoSimulator::DaysSinceCsmTouch); !std::isnan(days) && (w == 0 || days <= 6)) {
                QByteArray &r = row(Activities, id);
                r += ',';
                date(r, t.addDays(-qint64(days)));
                r += ',';
                r += kTouchTypes[std::size_t(rng.uniformInt(0, 3))];
                r += '\n';
            }
            // Relationship changes within the week before as_of: the sponsor's engagement flips, the
            // champion leaves.
            const double sponsor = v(DemoSimulator::ExecSponsorEngaged);
            if (w > 0 && !std::isnan(sponsor) && sponsor != sponsorBefore)
                contact(id, t.addDays(-rng.uniformInt(0, 6)), kMissing, sponsor);
            sponsorBefore = sponsor;
            if (w == a.championLeftWeek)
                contact(id, t.addDays(-rng.uniformInt(0, 6)), 1.0, kMissing);
        }

        for (const OutcomeRecord &o : a.outcomes) {
            QByteArray &r = row(Renewals, id);
            r += ',';
            date(r, o.date);
            r += ',' + kindName(o.kind).toLatin1() + ',';
            number(r, o.arrChange);
            r += '\n';
        }
        if (a.churnDate.isValid()) {
            QByteArray &r = row(Churn, id);
            r += ',';
            date(r, a.churnDate);
            r += '\n';
        }
    }

private:
    QByteArray &row(File f, const QString &accountId)
    {
        Output &o = m_out[f];
        ++o.rows;
        if (f != Tickets)
            appendCsvField(o.buffer, accountId);
        return o.buffer;
    }

    // One row per account per week from a system that reports weekly; empty cells are weeks it did not know.
    void weekly(File f, const QString &id, QDate t, std::initializer_list<double> values)
    {
        QByteArray &r = row(f, id);
        r += ',';
        date(r, t);
        for (const double x : values) {
            r += ',';
            number(r, x);
        }
        r += '\n';
    }

    // A change of the CRM's yes/no relationship fields; an empty cell leaves that field as it was.
    void contact(const QString &id, QDate d, double championLeft, double sponsorEngaged)
    {
        const auto flag = [](QByteArray &r, double v) {
            if (!std::isnan(v))
                r += v > 0 ? "yes" : "no";
        };
        QByteArray &r = row(Contacts, id);
        r += ',';
        date(r, d);
        r += ',';
        flag(r, championLeft);
        r += ',';
        flag(r, sponsorEngaged);
        r += '\n';
    }

    // The week's open tickets are opened in the 7 days to as_of and closed in the 7 days after it, so
    // exactly these are open at as_of; the latest opened carries the week's sentiment (written last,
    // so that it is the `last` one), the others a survey answer near it or none.
    void tickets(DemoRandom &rng, const QString &id, int w, int open, int p1, double sentiment)
    {
        if (open <= 0)
            return;
        const QDate t = m_sim.asOf(w);
        const bool lastWeek = w == m_sim.options().weeks - 1;
        struct Ticket
        {
            int ago;
            int closesAfter;
            const char *priority;
            double sentiment;
        };
        std::vector<Ticket> list(static_cast<std::size_t>(open));
        for (int k = 0; k < open; ++k) {
            Ticket &tk = list[std::size_t(k)];
            tk.ago = rng.uniformInt(0, 6);
            tk.closesAfter = rng.uniformInt(1, 7);
            tk.priority = k < p1 ? "P1" : kOtherPriorities[std::size_t(rng.uniformInt(0, 2))];
            const double answer = std::round((sentiment + 0.2 * rng.normal()) * 100.0) / 100.0;
            tk.sentiment = rng.bernoulli(0.6) ? std::clamp(answer, -1.0, 1.0) + 0.0 : kMissing;
        }
        const auto carrier = std::min_element(list.begin(), list.end(), [](const Ticket &x, const Ticket &y) { return x.ago < y.ago; });
        carrier->sentiment = sentiment;
        std::swap(*carrier, list.back());
        std::stable_sort(list.begin(), list.end() - 1, [](const Ticket &x, const Ticket &y) { return x.ago > y.ago; });
        for (const Ticket &tk : list) {
            QByteArray &r = row(Tickets, id);
            r += QByteArrayLiteral("TCK-") + QByteArray::number(++m_tickets).rightJustified(7, '0') + ',';
            appendCsvField(r, id);
            r += ',';
            date(r, t.addDays(-tk.ago));
            r += ',';
            // Tickets still open on the export's last day have no close date yet.
            if (!lastWeek)
                date(r, t.addDays(tk.closesAfter));
            r += ',';
            r += tk.priority;
            r += ',';
            number(r, tk.sentiment);
            r += '\n';
        }
    }

    const DemoSimulator &m_sim;
    std::array<Output, FileCount> &m_out;
    std::int64_t &m_tickets;
};

} // namespace

QStringList DemoRawExport::fileNames()
{
    QStringList names;
    for (const char *n : kFileNames)
        names << QString::fromLatin1(n);
    names << QStringLiteral("recipes.json");
    return names;
}

Result<DemoRawStats> DemoRawExport::write(const QString &dir, const DemoOptions &options, bool overwrite, const Progress &progress)
{
    if (auto valid = DemoGenerator::validate(options); !valid)
        return std::unexpected(valid.error());
    QElapsedTimer timer;
    timer.start();
    if (!QDir().mkpath(dir))
        return fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)), Error::Code::Io);
    const QDir d(dir);
    if (!overwrite) {
        for (const QString &name : fileNames()) {
            if (QFileInfo::exists(d.filePath(name)))
                return fail(tr("%1 already exists: the raw exports are only written to new files (overwrite to replace them).")
                                .arg(QDir::toNativeSeparators(d.filePath(name))),
                            Error::Code::Io);
        }
    }

    std::array<Output, FileCount> out;
    const auto openFile = [&](QSaveFile &f) -> Result<void> {
        if (!f.open(QIODevice::WriteOnly))
            return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(f.fileName()), f.errorString()), Error::Code::Io);
        return {};
    };
    const auto flush = [&](Output &o) -> Result<void> {
        if (o.file->write(o.buffer) != o.buffer.size())
            return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(o.file->fileName()), o.file->errorString()), Error::Code::Io);
        o.buffer.clear();
        return {};
    };
    for (int f = 0; f < FileCount; ++f) {
        out[std::size_t(f)].file = std::make_unique<QSaveFile>(d.filePath(QString::fromLatin1(kFileNames[std::size_t(f)])));
        if (auto r = openFile(*out[std::size_t(f)].file); !r)
            return std::unexpected(r.error());
        out[std::size_t(f)].buffer = QByteArray(kHeaders[std::size_t(f)]) + '\n';
    }

    DemoSimulator sim(options);
    std::int64_t ticketCounter = 0;
    AccountWriter writer(sim, out, ticketCounter);
    DemoAccount account;
    for (int i = 0; i < options.accounts; ++i) {
        sim.simulate(i, account);
        writer.write(i, account);
        for (Output &o : out) {
            if (o.buffer.size() > (1 << 20)) {
                if (auto r = flush(o); !r)
                    return std::unexpected(r.error());
            }
        }
        if (progress && ((i + 1) % 100 == 0 || i + 1 == options.accounts) && !progress(i + 1, options.accounts))
            return fail(tr("Writing the raw exports was cancelled; no file was written."), Error::Code::Cancelled);
    }

    QSaveFile recipes(d.filePath(QStringLiteral("recipes.json")));
    if (auto r = openFile(recipes); !r)
        return std::unexpected(r.error());
    const QByteArray json = recipesJson(options);
    if (recipes.write(json) != json.size())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(recipes.fileName()), recipes.errorString()), Error::Code::Io);

    DemoRawStats stats;
    stats.accounts = options.accounts;
    for (Output &o : out) {
        if (auto r = flush(o); !r)
            return std::unexpected(r.error());
    }
    for (int f = 0; f < FileCount; ++f) {
        Output &o = out[std::size_t(f)];
        if (!o.file->commit())
            return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(o.file->fileName()), o.file->errorString()), Error::Code::Io);
        stats.files.push_back({QString::fromLatin1(kFileNames[std::size_t(f)]), o.rows});
    }
    if (!recipes.commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(recipes.fileName()), recipes.errorString()), Error::Code::Io);
    stats.files.push_back({QStringLiteral("recipes.json"), 0});
    stats.elapsedMs = timer.elapsed();
    return stats;
}

QByteArray DemoRawExport::recipesJson(const DemoOptions &options)
{
    const DemoSimulator sim(options);
    // One signal per line, in the demo's catalogue order, so that the file reads as documentation.
    QByteArray json = R"({"format": "tierlab-signals", "version": 1,
 "grid": {"every_days": 7, "first": "FIRST", "last": "LAST"},
 "accounts": {"table": "accounts", "start": "signup_date", "end": "churn_date", "name": "account_name",
              "segment": "segment", "csm": "csm", "arr": "arr", "renewal_date": "renewal_date"},
 "signals": [
  {"id": "logins_per_user_30d", "table": "product_usage", "agg": "last", "column": "logins_per_user_30d", "window_days": 7},
  {"id": "active_seat_ratio", "table": "product_usage", "agg": "last", "column": "active_seat_ratio", "window_days": 7},
  {"id": "feature_adoption_pct", "table": "product_usage", "agg": "last", "column": "feature_adoption_pct", "window_days": 7},
  {"id": "integrations_connected", "table": "product_usage", "agg": "last", "column": "integrations_connected", "window_days": 7},
  {"id": "nps_score", "table": "nps_responses", "agg": "last", "column": "score", "window_days": 7},
  {"id": "support_sentiment", "table": "support_tickets", "agg": "last", "column": "sentiment", "window_days": 7},
  {"id": "open_tickets", "table": "support_tickets", "agg": "open"},
  {"id": "open_p1_tickets", "table": "support_tickets", "agg": "open",
   "where": [{"column": "priority", "op": "==", "value": "P1"}]},
  {"id": "days_since_csm_touch", "table": "csm_activities", "agg": "days_since"},
  {"id": "exec_sponsor_engaged", "table": "contact_changes", "agg": "last", "column": "sponsor_engaged"},
  {"id": "champion_left", "table": "contact_changes", "agg": "last", "column": "champion_left"},
  {"id": "payment_days_late", "table": "billing_aging", "agg": "last", "column": "days_past_due", "window_days": 7},
  {"id": "contract_type", "table": "accounts", "agg": "last", "column": "contract_type"},
  {"id": "webinar_attendance", "table": "marketing_engagement", "agg": "last", "column": "webinars_attended", "window_days": 7},
  {"id": "marketing_emails_opened", "table": "marketing_engagement", "agg": "last", "column": "emails_opened", "window_days": 7}
 ]}
)";
    json.replace("FIRST", sim.asOf(0).toString(Qt::ISODate).toLatin1());
    json.replace("LAST", options.lastAsOf.toString(Qt::ISODate).toLatin1());
    return json;
}

} // namespace tierlab
