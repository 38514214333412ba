#pragma once

#include "common/error.h"
#include "io/csvreader.h"
#include "io/importmapping.h"
#include "io/importoptions.h"
#include "io/importsummary.h"
#include "store/workspace.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace tierlab {

// What both importers share: the reader, the header matched to the mapping, the transaction,
// row rejects, progress and cancel, and the import log at the end.
class ImportSession
{
public:
    ImportSession(Workspace &workspace, const ImportMapping &mapping, const ImportOptions &options);

    // Opens the file, reads the header and matches every mapped column; a missing one stops here,
    // before the transaction starts. Then begins the transaction.
    Result<void> open(const QString &path);
    // The next well-formed row (rows with the wrong field count or an unclosed quote are rejected
    // here); false at the end. With `report`, reports progress and honours cancel once per chunk
    // (a pipelined importer reports from its writing thread instead, see reportProgress()).
    Result<bool> next(bool report = true);
    // Calls the progress callback, then fails with Cancelled when the cancel flag is set.
    Result<void> reportProgress(std::int64_t bytesDone);
    // Header position of mapping column `column`, -1 when ignored.
    int position(int column) const { return m_positions[std::size_t(column)]; }
    std::string_view cell(int column) const
    {
        const int pos = m_positions[std::size_t(column)];
        return pos < 0 ? std::string_view() : m_reader.field(pos);
    }
    void reject(int column, const QString &reason);
    // A row rejected for repeating an account and as_of (counted: many point to an event table).
    void rejectRepeat(int column, const QString &reason)
    {
        ++m_summary.rowsRepeatingAccountAndDate;
        reject(column, reason);
    }
    // A cell of mapping column `column` that did not read as `expected` (number, flag, date, or
    // label): the row is kept without that value. Counted per column; the first maxWarningsKept
    // are listed.
    void warn(int column, std::string_view value, const QString &expected);
    // Logs the import, saves the mapping for this header, commits.
    Result<void> finish();

    CsvReader &reader() { return m_reader; }
    ImportSummary &summary() { return m_summary; }
    const ImportMapping &mapping() const { return m_mapping; }
    QString fileBaseName() const { return m_baseName; }

private:
    Workspace &m_ws;
    const ImportMapping &m_mapping;
    const ImportOptions &m_options;
    CsvReader m_reader;
    Transaction m_tx;
    ImportSummary m_summary;
    QStringList m_header;
    QString m_baseName;
    std::vector<int> m_positions;
    std::vector<ColumnWarnings> m_columnWarnings;   // by mapping column
    int m_lastChunk = 0;
    std::int64_t m_accountsBefore = 0;   // in the workspace when the import began
};

} // namespace tierlab
