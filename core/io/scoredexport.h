#pragma once

#include "common/error.h"
#include "dataset/dataset.h"
#include "model/model.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <vector>

namespace tierlab {

// The scored accounts of one snapshot as CSV (RFC 4180, UTF-8 with a BOM so spreadsheets pick the
// encoding, CRLF). Columns: account_id, name, csm, segment, arr, renewal_date, as_of, score, tier,
// tier_label, then one score column per category ("category:<id>").
//
// Formula injection: every text cell goes through CsvCell (io/csvcell.h). Numbers Tierlab writes
// itself (ARR, scores, dates) are not text cells and stay numeric; scores are never negative.
//
// writeXlsx writes the same columns and rows as one worksheet ("Scored accounts", libxlsxwriter):
// numbers and dates as numeric cells, text cells neutralised as in the CSV and written as strings
// (never as formulas), a bold frozen header row with an autofilter.
class ScoredExport
{
    Q_DECLARE_TR_FUNCTIONS(ScoredExport)

public:
    struct Input
    {
        const Dataset *data = nullptr;
        const Model *model = nullptr;
        const std::vector<double> *scores = nullptr;
        const std::vector<std::int8_t> *tiers = nullptr;
        // Per category, per row (NaN = skipped); may be empty to leave the category columns out.
        std::vector<std::vector<double>> categoryScores;
        // The rows to write, in order; empty = every row.
        std::vector<std::size_t> rows;
    };

    static Result<QByteArray> toCsv(const Input &input);
    static Result<void> writeCsv(const Input &input, const QString &path);
    // Atomic: written to a temporary file next to `path`, then renamed over it.
    static Result<void> writeXlsx(const Input &input, const QString &path);

private:
    // The checks both formats make before writing anything.
    static Result<void> check(const Input &input);
};

} // namespace tierlab
