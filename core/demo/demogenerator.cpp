#include "demogenerator.h"

#include "demosimulator.h"
#include "store/snapshotcodec.h"
#include "store/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tierlab {

namespace {

constexpr int kMaxAccounts = 1000000;
constexpr int kMaxWeeks = 520;
constexpr int kProgressEvery = 100;
constexpr int kChunkValues = 3200000;   // ~25 MB of simulated values held at once

void tally(DemoStats &stats, OutcomeKind kind)
{
    switch (kind) {
    case OutcomeKind::Churned:
        ++stats.churned;
        break;
    case OutcomeKind::Renewed:
        ++stats.renewed;
        break;
    case OutcomeKind::Expanded:
        ++stats.expanded;
        break;
    case OutcomeKind::Contracted:
        ++stats.contracted;
        break;
    case OutcomeKind::Retained:
        break;
    }
}
// Bumped whenever the model changes what a seed produces.
constexpr int kGeneratorVersion = 2;

} // namespace

Result<void> DemoGenerator::validate(const DemoOptions &options)
{
    if (options.accounts < 1 || options.accounts > kMaxAccounts)
        return fail(tr("The number of accounts must be between 1 and %1, not %2.")
                        .arg(kMaxAccounts)
                        .arg(options.accounts),
                    Error::Code::Invalid);
    if (options.weeks < 1 || options.weeks > kMaxWeeks)
        return fail(tr("The number of weeks must be between 1 and %1, not %2.").arg(kMaxWeeks).arg(options.weeks),
                    Error::Code::Invalid);
    if (!options.lastAsOf.isValid())
        return fail(tr("The last as-of date is not a valid date."), Error::Code::Invalid);
    return {};
}

Result<DemoStats> DemoGenerator::generate(Workspace &ws, const DemoOptions &options, const Progress &progress)
{
    if (auto valid = validate(options); !valid)
        return std::unexpected(valid.error());
    QElapsedTimer timer;
    timer.start();

    Transaction tx(ws);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());

    std::array<int, DemoSimulator::SignalCount> index{};
    for (int s = 0; s < DemoSimulator::SignalCount; ++s) {
        auto info = ws.ensureSignal(DemoSimulator::signalInfos()[std::size_t(s)]);
        if (!info)
            return std::unexpected(info.error());
        index[std::size_t(s)] = info->index;
    }

    const std::pair<const char *, QString> meta[] = {
        {"demo.generator_version", QString::number(kGeneratorVersion)},
        {"demo.seed", QString::number(options.seed)},
        {"demo.accounts", QString::number(options.accounts)},
        {"demo.weeks", QString::number(options.weeks)},
        {"demo.last_as_of", options.lastAsOf.toString(Qt::ISODate)},
    };
    for (const auto &[key, value] : meta) {
        if (auto r = ws.setMeta(QString::fromLatin1(key), value); !r)
            return std::unexpected(r.error());
    }

    DemoSimulator sim(options);
    std::vector<QDate> dates;
    dates.reserve(std::size_t(options.weeks));
    for (int w = 0; w < options.weeks; ++w)
        dates.push_back(sim.asOf(w));
    std::array<QString, DemoSimulator::kContractTypes> contractNames;
    for (int c = 0; c < DemoSimulator::kContractTypes; ++c)
        contractNames[std::size_t(c)] = DemoSimulator::contractTypeName(c);

    // Accounts are simulated a chunk at a time and their rows written week by week: each as_of's
    // rows then land in key order at the end of its range of the (as_of, account) B-tree, which
    // keeps the large sizes at write speed instead of touching a different page per row.
    const int chunkSize = std::clamp(kChunkValues / (options.weeks * DemoSimulator::SignalCount), 64, 4096);
    std::vector<DemoAccount> chunk(std::size_t(std::min(chunkSize, options.accounts)));
    std::vector<std::int64_t> keys(chunk.size());
    DemoStats stats;
    SnapshotCodec::Builder builder;
    int nextReport = kProgressEvery;
    for (int chunkStart = 0; chunkStart < options.accounts; chunkStart += chunkSize) {
        const int count = std::min(chunkSize, options.accounts - chunkStart);
        for (int i = 0; i < count; ++i) {
            DemoAccount &account = chunk[std::size_t(i)];
            sim.simulate(chunkStart + i, account);
            auto key = ws.upsertAccount(account.record);
            if (!key)
                return std::unexpected(key.error());
            keys[std::size_t(i)] = *key;
            stats.snapshots += account.observedWeeks;
            for (const OutcomeRecord &o : account.outcomes) {
                if (auto r = ws.addOutcome(o); !r)
                    return std::unexpected(r.error());
                tally(stats, o.kind);
            }
        }
        for (int w = 0; w < options.weeks; ++w) {
            for (int i = 0; i < count; ++i) {
                const DemoAccount &account = chunk[std::size_t(i)];
                if (w >= account.observedWeeks)
                    continue;
                builder.clear();
                for (int s = 0; s < DemoSimulator::SignalCount; ++s) {
                    const double v = account.value(w, s);
                    if (s == DemoSimulator::ContractType) {
                        if (!std::isnan(v))
                            builder.addText(index[std::size_t(s)], contractNames[std::size_t(v)]);
                    } else {
                        builder.addNumber(index[std::size_t(s)], v);
                    }
                }
                if (auto r = ws.putSnapshot(keys[std::size_t(i)], dates[std::size_t(w)], builder.data()); !r)
                    return std::unexpected(r.error());
            }
            // Progress in accounts: the share of this chunk's weeks written so far.
            const int done = chunkStart + int(std::int64_t(count) * (w + 1) / options.weeks);
            if (progress && (done >= nextReport || done == options.accounts)) {
                nextReport = (done / kProgressEvery + 1) * kProgressEvery;
                if (!progress(done, options.accounts))
                    return fail(tr("Generating the demo portfolio was cancelled."), Error::Code::Cancelled);
            }
        }
        stats.accounts += count;
    }

    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    stats.elapsedMs = timer.elapsed();
    return stats;
}

Result<DemoStats> DemoGenerator::generateFile(const QString &path, const DemoOptions &options, const Progress &progress)
{
    if (auto valid = validate(options); !valid)
        return std::unexpected(valid.error());
    if (QFileInfo::exists(path))
        return fail(tr("%1 already exists: the demo portfolio is only written to a new file.")
                        .arg(QDir::toNativeSeparators(path)),
                    Error::Code::Io);
    QElapsedTimer timer;
    timer.start();
    Result<DemoStats> result;
    {
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateNew);
        if (!ws)
            return std::unexpected(ws.error());
        result = generate(**ws, options, progress);
    }
    if (!result) {
        // Never leave a half-made or empty file behind.
        for (const QLatin1StringView suffix : {""_L1, "-journal"_L1, "-wal"_L1, "-shm"_L1})
            QFile::remove(path + suffix);
        return result;
    }
    result->elapsedMs = timer.elapsed();
    return result;
}

std::vector<double> DemoGenerator::latentHealth(const DemoOptions &options, int accountIndex)
{
    DemoSimulator sim(options);
    DemoAccount account;
    sim.simulate(accountIndex, account);
    return account.latent;
}

} // namespace tierlab
