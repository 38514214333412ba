#pragma once

#include "common/error.h"
#include "model/model.h"

#include <QString>

namespace tierlab {
class Workspace;
}

namespace tierlab::cli {

struct ResolvedModel
{
    Model model;
    QString label;   // "M.json", "churn v3 (version 7)" or "churn v3 (version 7, published)"
};

// What --model names in the commands that read a workspace (review, report, backtest, score,
// calibrate): a model file — with `checkExportHash` an exported file whose SHA-256 no longer matches
// is refused — or the name of a version saved in the workspace; without --model (empty `value`) the
// workspace's published model.
Result<ResolvedModel> resolveModel(const Workspace &ws, const QString &value, bool checkExportHash);

} // namespace tierlab::cli
