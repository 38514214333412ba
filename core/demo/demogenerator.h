#pragma once

#include "common/error.h"
#include "demooptions.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace tierlab {

class Workspace;

struct DemoStats
{
    int accounts = 0;
    std::int64_t snapshots = 0;
    int churned = 0;
    int renewed = 0;
    int expanded = 0;
    int contracted = 0;
    std::int64_t elapsedMs = 0;
};

// Writes the deterministic demo portfolio (docs/demo.md): accounts, weekly snapshots and renewal
// outcomes, plus the options under the "demo.*" meta keys. Nothing else (no models).
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    // Called every few accounts; returning false cancels (Cancelled error, nothing written).
    using Progress = std::function<bool(int done, int total)>;

    // One transaction: on any error or cancellation the workspace is left as it was.
    static Result<DemoStats> generate(Workspace &ws, const DemoOptions &options, const Progress &progress = {});
    // Creates a NEW workspace file; fails, naming it, when the file exists. The file is removed
    // again when generation fails or is cancelled.
    static Result<DemoStats> generateFile(const QString &path, const DemoOptions &options,
                                          const Progress &progress = {});

    static Result<void> validate(const DemoOptions &options);

    // The hidden latent health of one account per week (index 0 = first as_of), recomputed from
    // the seed. For tests and docs only: it is never stored in the workspace.
    static std::vector<double> latentHealth(const DemoOptions &options, int accountIndex);
};

} // namespace tierlab
