#include "demosimulator.h"

#include "common/demorandom.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace tierlab {

namespace {

// PRNG stream purposes: separate streams keep the latent path independent of how many values
// the signal code draws.
enum Stream : quint64 { AttributesStream = 1, LatentStream = 2, RenewalStream = 3, SignalStream = 4 };

enum Segment { Smb, MidMarket, Enterprise, SegmentCount };

// Latent health: AR(1) around an account baseline plus rare shocks (docs/demo.md).
constexpr double kBaselineSd = 0.55;
constexpr std::array<double, SegmentCount> kSegmentHealth = {-0.10, 0.0, 0.15};
constexpr double kPersistence = 0.96;     // per week: a deviation halves in ~17 weeks
constexpr double kWeeklySd = 0.11;
constexpr double kShockRate = 0.012;      // per week
constexpr double kShockMean = -0.5;
constexpr double kShockSd = 0.6;
constexpr double kChampionRate = 0.0006;  // per week: ~6 % of accounts over two years
constexpr double kChampionDrop = 0.9;

// Churn at a renewal: logistic in the health of the run-up (60-120 days before) and at the renewal.
constexpr double kChurnIntercept = -3.1;
constexpr double kChurnSlope = 1.9;
constexpr double kChampionChurnBoost = 3.0;
constexpr std::array<double, DemoSimulator::kContractTypes> kContractChurn = {0.5, 0.0, -0.3};
constexpr std::array<double, SegmentCount> kSegmentChurn = {0.2, 0.0, -0.3};

constexpr std::array<double, SegmentCount> kArrMedian = {14000.0, 62000.0, 240000.0};
constexpr std::array<double, SegmentCount> kArrSigma = {0.55, 0.5, 0.6};

double clampd(double v, double lo, double hi)
{
    // + 0.0 turns a rounded -0 into 0, so that no value prints as "-0".
    return (v < lo ? lo : (v > hi ? hi : v)) + 0.0;
}

double roundTo(double v, double scale)
{
    return std::round(v * scale) / scale;
}

QString segmentName(int segment)
{
    switch (segment) {
    case Smb:
        return QStringLiteral("SMB");
    case MidMarket:
        return QStringLiteral("Mid-Market");
    default:
        return QStringLiteral("Enterprise");
    }
}

// Three CSMs cover Enterprise, four Mid-Market, three SMB.
constexpr std::array<const char *, 10> kCsms = {
    "Alice Martin", "Bilal Khan", "Chloé Dubois", "Diego Alvarez", "Emma Schulz",
    "Farah Haddad", "Grace Liu", "Hiro Tanaka", "Inês Costa", "Jonas Berg"};
constexpr std::array<int, SegmentCount> kCsmFirst = {7, 3, 0};
constexpr std::array<int, SegmentCount> kCsmCount = {3, 4, 3};

constexpr std::array<const char *, 24> kNameFirst = {
    "Acme", "Blue", "North", "Silver", "Bright", "Green", "Summit", "Harbor", "Cedar", "Pioneer",
    "Atlas", "Nova", "Vertex", "Orbit", "Maple", "Granite", "Iron", "Crystal", "Golden", "Falcon",
    "Lumen", "Quarry", "Willow", "Polar"};
constexpr std::array<const char *, 24> kNameSecond = {
    "Logistics", "Health", "Foods", "Analytics", "Systems", "Retail", "Energy", "Labs",
    "Media", "Capital", "Robotics", "Travel", "Dental", "Freight", "Software", "Learning",
    "Insurance", "Apparel", "Bakery", "Motors", "Clinics", "Hotels", "Pharma", "Studios"};
constexpr std::array<const char *, 6> kNameSuffix = {"Inc.", "LLC", "GmbH", "Ltd", "Group", "Co."};

int pickSegment(DemoRandom &rng)
{
    const double u = rng.uniform();
    return u < 0.55 ? Smb : (u < 0.85 ? MidMarket : Enterprise);
}

int pickContract(DemoRandom &rng, int segment)
{
    // Monthly / One year / Two year shares per segment.
    static constexpr double kShares[SegmentCount][2] = {{0.45, 0.90}, {0.20, 0.80}, {0.05, 0.60}};
    const double u = rng.uniform();
    return u < kShares[segment][0] ? 0 : (u < kShares[segment][1] ? 1 : 2);
}

} // namespace

DemoSimulator::DemoSimulator(const DemoOptions &options)
    : m_options(options),
      m_firstAsOf(options.lastAsOf.addDays(-7 * qint64(std::max(options.weeks, 1) - 1)))
{
}

const std::vector<SignalInfo> &DemoSimulator::signalInfos()
{
    static const std::vector<SignalInfo> infos = [] {
        struct Def
        {
            const char *id;
            const char *label;
            SignalType type;
            const char *unit;
        };
        // Labels and units are workspace data (like a CSV header), stored untranslated.
        static constexpr Def kDefs[SignalCount] = {
            {"logins_per_user_30d", "Logins per user (30 days)", SignalType::Number, "logins"},
            {"active_seat_ratio", "Active seat ratio", SignalType::Number, "ratio"},
            {"feature_adoption_pct", "Key feature adoption", SignalType::Number, "%"},
            {"integrations_connected", "Integrations connected", SignalType::Number, "integrations"},
            {"nps_score", "NPS answer", SignalType::Number, "0-10"},
            {"support_sentiment", "Support ticket sentiment", SignalType::Number, "-1..1"},
            {"open_tickets", "Open support tickets", SignalType::Number, "tickets"},
            {"open_p1_tickets", "Open P1 tickets", SignalType::Number, "tickets"},
            {"days_since_csm_touch", "Days since last CSM touch", SignalType::Number, "days"},
            {"exec_sponsor_engaged", "Executive sponsor engaged", SignalType::Flag, ""},
            {"champion_left", "Champion left", SignalType::Flag, ""},
            {"payment_days_late", "Payment days late", SignalType::Number, "days"},
            {"contract_type", "Contract type", SignalType::Category, ""},
            {"webinar_attendance", "Webinars attended", SignalType::Number, "webinars"},
            {"marketing_emails_opened", "Marketing emails opened", SignalType::Number, "emails"},
        };
        std::vector<SignalInfo> v;
        v.reserve(SignalCount);
        for (const Def &d : kDefs) {
            SignalInfo info;
            info.id = QString::fromLatin1(d.id);
            info.originalName = info.id;
            info.label = QString::fromLatin1(d.label);
            info.type = d.type;
            info.unit = QString::fromLatin1(d.unit);
            v.push_back(std::move(info));
        }
        return v;
    }();
    return infos;
}

QString DemoSimulator::contractTypeName(int type)
{
    switch (type) {
    case 0:
        return QStringLiteral("Monthly");
    case 1:
        return QStringLiteral("One year");
    default:
        return QStringLiteral("Two year");
    }
}

void DemoSimulator::simulate(int accountIndex, DemoAccount &out)
{
    DemoRandom rng(DemoRandom::streamSeed(m_options.seed, quint64(accountIndex), AttributesStream));
    const int segment = pickSegment(rng);

    AccountRecord &r = out.record;
    r.id = QStringLiteral("ACC-%1").arg(accountIndex + 1, 5, 10, QLatin1Char('0'));
    r.name = QString::fromUtf8(kNameFirst[std::size_t(rng.uniformInt(0, int(kNameFirst.size()) - 1))])
             + QLatin1Char(' ')
             + QString::fromUtf8(kNameSecond[std::size_t(rng.uniformInt(0, int(kNameSecond.size()) - 1))])
             + QLatin1Char(' ')
             + QString::fromUtf8(kNameSuffix[std::size_t(rng.uniformInt(0, int(kNameSuffix.size()) - 1))]);
    r.csm = QString::fromUtf8(kCsms[std::size_t(kCsmFirst[segment] + rng.uniformInt(0, kCsmCount[segment] - 1))]);
    r.segment = segmentName(segment);
    r.arr = std::round(rng.logNormal(kArrMedian[segment], kArrSigma[segment]) / 100.0) * 100.0;
    r.attributesJson.clear();
    out.contractType = pickContract(rng, segment);

    simulateLatent(accountIndex, segment, out);
    decideRenewals(accountIndex, segment, out);
    simulateSignals(accountIndex, segment, out);
}

void DemoSimulator::simulateLatent(int accountIndex, int segment, DemoAccount &out)
{
    DemoRandom rng(DemoRandom::streamSeed(m_options.seed, quint64(accountIndex), LatentStream));
    const int weeks = m_options.weeks;
    const int total = kBurnIn + weeks;
    m_latentFull.resize(std::size_t(total));

    const double baseline = kSegmentHealth[segment] + kBaselineSd * rng.normal();
    double h = baseline + 0.4 * rng.normal();
    int championFull = -1;
    for (int t = 0; t < total; ++t) {
        if (t > 0)
            h = baseline + kPersistence * (h - baseline) + kWeeklySd * rng.normal();
        // All draws happen every week so the stream stays aligned whatever happened before.
        const double shockDraw = rng.uniform();
        const double shockSize = kShockMean + kShockSd * rng.normal();
        const double championDraw = rng.uniform();
        if (shockDraw < kShockRate)
            h += shockSize;
        if (championFull < 0 && championDraw < kChampionRate) {
            championFull = t;
            h -= kChampionDrop;
        }
        m_latentFull[std::size_t(t)] = h;
    }
    out.latent.assign(m_latentFull.begin() + kBurnIn, m_latentFull.end());
    // A champion who left during the burn-in reads as left from the first week on.
    out.championLeftWeek = championFull < 0 ? -1 : std::max(0, championFull - kBurnIn);
    m_championFull = championFull;
}

void DemoSimulator::decideRenewals(int accountIndex, int segment, DemoAccount &out)
{
    DemoRandom rng(DemoRandom::streamSeed(m_options.seed, quint64(accountIndex), RenewalStream));
    out.outcomes.clear();
    out.churnDate = QDate();
    const bool twoYear = out.contractType == 2;
    const int termMonths = twoYear ? 24 : 12;
    // The anniversary falls anywhere in the first term, so renewals spread over the year.
    const QDate anniversary = m_firstAsOf.addDays(rng.uniformInt(1, twoYear ? 730 : 365));
    const qint64 firstDay = m_firstAsOf.toJulianDay();
    double arr = out.record.arr;

    for (int k = 0;; ++k) {
        const QDate date = anniversary.addMonths(termMonths * k);
        if (date > m_options.lastAsOf) {
            out.record.renewalDate = date;
            break;
        }
        const double churnDraw = rng.uniform();
        const double kindDraw = rng.uniform();
        const double sizeDraw = rng.uniform();

        const int at = kBurnIn + int((date.toJulianDay() - firstDay) / 7);
        // The customer makes up its mind in the run-up (weeks 9-17 before, i.e. 60-120 days), and
        // the state at the renewal itself counts less: usage therefore leads churn.
        double runUp = 0;
        for (int t = at - 17; t <= at - 9; ++t)
            runUp += m_latentFull[std::size_t(t)];
        runUp /= 9.0;
        const double health = 0.6 * runUp + 0.4 * m_latentFull[std::size_t(at)];

        double logit = kChurnIntercept + kContractChurn[std::size_t(out.contractType)]
                       + kSegmentChurn[std::size_t(segment)] - kChurnSlope * health;
        if (m_championFull >= 0 && m_championFull <= at && at - m_championFull <= 52)
            logit += kChampionChurnBoost;

        OutcomeRecord o;
        o.accountId = out.record.id;
        o.date = date;
        if (churnDraw < DemoRandom::logistic(logit)) {
            o.kind = OutcomeKind::Churned;
            o.arrChange = -arr;
            out.outcomes.push_back(o);
            out.churnDate = date;
            out.record.renewalDate = date;
            break;
        }
        const double pExpand = DemoRandom::logistic(-1.4 + 1.5 * health);
        const double pContract = DemoRandom::logistic(-2.2 - 1.5 * health);
        double factor = 1.0;
        if (kindDraw < pExpand) {
            o.kind = OutcomeKind::Expanded;
            factor = 1.08 + 0.37 * sizeDraw;
        } else if (kindDraw < pExpand + pContract) {
            o.kind = OutcomeKind::Contracted;
            factor = 0.92 - 0.27 * sizeDraw;
        } else {
            o.kind = OutcomeKind::Renewed;
        }
        const double newArr = std::round(arr * factor / 100.0) * 100.0;
        o.arrChange = newArr - arr;
        arr = newArr;
        out.outcomes.push_back(o);
    }
    out.record.arr = arr;
}

void DemoSimulator::simulateSignals(int accountIndex, int segment, DemoAccount &out) const
{
    DemoRandom rng(DemoRandom::streamSeed(m_options.seed, quint64(accountIndex), SignalStream));
    const int weeks = m_options.weeks;
    int observed = weeks;
    if (out.churnDate.isValid()) {
        // Snapshots stop before the churn date: the account is gone by then.
        const qint64 days = m_firstAsOf.daysTo(out.churnDate);
        observed = int(std::min<qint64>(weeks, (days + 6) / 7));
    }
    out.observedWeeks = observed;
    out.values.assign(std::size_t(observed) * SignalCount, kMissing);

    static constexpr std::array<double, SegmentCount> kLoginMedian = {9.0, 7.0, 5.0};
    static constexpr std::array<double, SegmentCount> kIntegrationMean = {2.0, 4.0, 6.0};
    static constexpr std::array<double, SegmentCount> kTicketRate = {0.8, 1.6, 3.0};
    static constexpr std::array<double, SegmentCount> kTouchRate = {0.12, 0.25, 0.45};
    static constexpr std::array<double, SegmentCount> kSponsorUnknown = {0.08, 0.03, 0.01};
    static constexpr std::array<double, SegmentCount> kSponsorBias = {-0.6, 0.0, 0.8};
    const auto seg = std::size_t(segment);

    // Per-account traits: the same health shows differently in different customers.
    const double loginBase = rng.logNormal(kLoginMedian[seg], 0.35);
    const double seatOffset = 0.5 * rng.normal();
    const double adoptionOffset = 0.5 * rng.normal();
    const int integrationBase = rng.poisson(kIntegrationMean[seg]);
    const double npsRate = rng.uniform(0.0, 0.6);
    const double touchOffset = 0.4 * rng.normal();
    const bool csmUnknown = rng.bernoulli(0.03);
    const bool sponsorUnknown = rng.bernoulli(kSponsorUnknown[seg]);
    const double webinarRate = rng.logNormal(0.6, 0.8);
    const bool webinarUnknown = rng.bernoulli(0.05);
    const double emailRate = rng.logNormal(4.0, 0.6);
    const double latePropensity = rng.uniform(0.03, 0.2);

    const double h0 = out.latent.empty() ? 0.0 : out.latent.front();
    double slow = h0;   // adoption and integrations follow health slowly (EMA, ~6 weeks)
    double daysSinceTouch = rng.uniformInt(0, 90);
    bool sponsor = rng.bernoulli(DemoRandom::logistic(-0.4 + kSponsorBias[seg] + h0));

    for (int w = 0; w < observed; ++w) {
        const double h = out.latent[std::size_t(w)];
        double *row = out.values.data() + std::size_t(w) * SignalCount;
        slow = 0.85 * slow + 0.15 * h;
        const double toChurn = out.churnDate.isValid() ? double(asOf(w).daysTo(out.churnDate)) : 1e9;
        // Tickets pile up in the last 8 weeks before a churn; invoices go unpaid in the last 4.
        const double ramp = clampd((56.0 - toChurn) / 56.0, 0.0, 1.0);
        const bool lastWeeks = toChurn <= 28.0;

        const double logins = loginBase * DemoRandom::exp(0.55 * h + 0.25 * rng.normal());
        if (!rng.bernoulli(0.015))
            row[LoginsPerUser30d] = std::min(40.0, roundTo(logins, 10.0));
        const double seats = DemoRandom::logistic(0.9 + 1.3 * h + seatOffset + 0.2 * rng.normal());
        if (!rng.bernoulli(0.02))
            row[ActiveSeatRatio] = roundTo(seats, 1000.0);
        const double adoption = 100.0 * DemoRandom::logistic(-0.1 + slow + adoptionOffset + 0.08 * rng.normal());
        if (!rng.bernoulli(0.03))
            row[FeatureAdoptionPct] = roundTo(adoption, 10.0);
        if (!rng.bernoulli(0.005))
            row[IntegrationsConnected] = clampd(integrationBase + std::round(1.2 * slow), 0.0, 12.0);

        const double nps = clampd(std::round(7.2 + 1.6 * h + 1.6 * rng.normal()), 0.0, 10.0);
        if (rng.bernoulli(npsRate))
            row[NpsScore] = nps;

        const int open = rng.poisson(kTicketRate[seg] * DemoRandom::exp(-0.35 * h) * (1.0 + 2.0 * ramp));
        const int p1 = rng.binomial(open, 0.05 + 0.25 * ramp);
        const double sentiment = clampd(roundTo(0.15 + 0.3 * h - 0.35 * ramp + 0.25 * rng.normal(), 100.0), -1.0, 1.0);
        // Tickets are events (`tierlab demo --raw` writes them), so a week's count is always known. The
        // draw that once marked 1 % of weeks unknown stays, so that every later value is unchanged.
        (void)rng.bernoulli(0.01);
        row[OpenTickets] = open;
        row[OpenP1Tickets] = p1;
        if (open > 0)
            row[SupportSentiment] = sentiment;

        if (w > 0) {
            // Healthy customers take meetings: the touch rate rises with health.
            const double touch = std::min(1.0, 2.0 * kTouchRate[seg] * DemoRandom::logistic(0.6 * h + touchOffset));
            if (rng.bernoulli(touch))
                daysSinceTouch = rng.uniformInt(0, 6);
            else
                daysSinceTouch += 7;
            const double flip = 0.025 * DemoRandom::exp(sponsor ? -0.9 * h : 0.9 * h);
            if (rng.bernoulli(flip))
                sponsor = !sponsor;
        }
        if (!csmUnknown)
            row[DaysSinceCsmTouch] = daysSinceTouch;
        if (!sponsorUnknown)
            row[ExecSponsorEngaged] = sponsor ? 1.0 : 0.0;
        row[ChampionLeft] = out.championLeftWeek >= 0 && w >= out.championLeftWeek ? 1.0 : 0.0;

        double late = 0;
        if (lastWeeks && rng.bernoulli(0.5))
            late = rng.uniformInt(20, 75);
        else if (rng.bernoulli(latePropensity))
            late = std::max(1.0, std::round(rng.logNormal(5.0, 0.7)));
        if (!rng.bernoulli(0.02))
            row[PaymentDaysLate] = late;

        row[ContractType] = out.contractType;

        const int webinars = rng.poisson(webinarRate);
        if (!webinarUnknown && !rng.bernoulli(0.05))
            row[WebinarAttendance] = webinars;
        const int emails = rng.poisson(emailRate);
        if (!rng.bernoulli(0.05))
            row[MarketingEmailsOpened] = emails;
    }
}

} // namespace tierlab
