#pragma once

#include "analysis/review.h"

class QCommandLineParser;

namespace tierlab::cli {

// Shared by `review` and `report` (reviewcommand.cpp): the common options and the computation.
void addReviewOptions(QCommandLineParser &parser);
// Returns 0 and fills `out`, or the exit code after printing the error. `model` receives the model
// (for the report's name and hash), `modelLabel` what --model resolved to (file, version, published).
int computeReview(const QCommandLineParser &parser, const QString &command, ReviewResult *out, Model *model = nullptr,
                  QString *modelLabel = nullptr);

} // namespace tierlab::cli
