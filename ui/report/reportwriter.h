#pragma once

#ifndef QT_NO_KEYWORDS
// The UI library precompiles QCustomPlot with Qt's bare keywords on: drop them before model.h. The
// app (QT_NO_KEYWORDS, the report command) includes this header without QCustomPlot.
#include "charts/plotheader.h"
#endif

#include "analysis/review.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tierlab::ui {

// The one-click weekly report (QPdfWriter, A4): title, week, filters, model name and hash, tier
// distribution (table and bars), trend, transitions, every mover and every renewal at risk (tables
// wrap long names and run over pages, never cut a cell). Needs a
// QApplication (the charts are QCustomPlot widgets, drawn as vectors).
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    struct Input
    {
        const ReviewResult *review = nullptr;
        std::vector<Tier> tiers;       // display tiers (colours)
        QString modelLabel;            // where the model came from
        QString modelName;
        QString modelHash;             // ModelExport::canonicalSha256
    };

    static Result<void> write(const QString &path, const Input &input);
};

} // namespace tierlab::ui
