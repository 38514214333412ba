#pragma once

#include "demooptions.h"
#include "dataset/dataset.h"
#include "store/workspace.h"

#include <QDate>
#include <QString>

#include <vector>

namespace tierlab {

// One simulated account: its record, hidden latent health, outcomes and weekly signal values.
struct DemoAccount
{
    AccountRecord record;
    int contractType = 0;             // index into DemoSimulator::contractTypeName()
    QDate churnDate;                  // null when the account never churned in the window
    int observedWeeks = 0;            // snapshots exist for weeks [0, observedWeeks)
    int championLeftWeek = -1;        // first week the flag reads 1; -1 never
    std::vector<double> latent;       // hidden health per week [0, weeks); never stored
    std::vector<OutcomeRecord> outcomes;
    // observedWeeks x DemoSimulator::SignalCount values, row per week, NaN = missing. The contract
    // type column holds the category index.
    std::vector<double> values;

    double value(int week, int signal) const;
};

// The model behind `tierlab demo` (docs/demo.md). Each account draws from its own PRNG streams,
// so any account can be recomputed alone from the seed and its index.
class DemoSimulator
{
public:
    enum Signal {
        LoginsPerUser30d,
        ActiveSeatRatio,
        FeatureAdoptionPct,
        IntegrationsConnected,
        NpsScore,
        SupportSentiment,
        OpenTickets,
        OpenP1Tickets,
        DaysSinceCsmTouch,
        ExecSponsorEngaged,
        ChampionLeft,
        PaymentDaysLate,
        ContractType,
        WebinarAttendance,
        MarketingEmailsOpened,
        SignalCount
    };

    explicit DemoSimulator(const DemoOptions &options);

    // The catalogue entries in Signal order (index fields are -1: the workspace assigns them).
    static const std::vector<SignalInfo> &signalInfos();
    static QString contractTypeName(int type);
    static constexpr int kContractTypes = 3;

    QDate firstAsOf() const { return m_firstAsOf; }
    QDate asOf(int week) const { return m_firstAsOf.addDays(7 * qint64(week)); }
    const DemoOptions &options() const { return m_options; }

    // Fills `out`; its buffers are reused between calls. Not thread-safe (scratch buffers): use one
    // simulator per thread.
    void simulate(int accountIndex, DemoAccount &out);

    static constexpr int kBurnIn = 20;

private:
    void simulateLatent(int accountIndex, int segment, DemoAccount &out);
    void decideRenewals(int accountIndex, int segment, DemoAccount &out);
    void simulateSignals(int accountIndex, int segment, DemoAccount &out) const;

    DemoOptions m_options;
    QDate m_firstAsOf;
    // Latent health from kBurnIn weeks before the first as_of, so that decisions at early
    // renewals look back at a history too.
    std::vector<double> m_latentFull;
    int m_championFull = -1;   // week of m_latentFull the champion left, -1 never
};

inline double DemoAccount::value(int week, int signal) const
{
    return values[std::size_t(week) * DemoSimulator::SignalCount + std::size_t(signal)];
}

} // namespace tierlab
