#include "importsession.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace tierlab {

ImportSession::ImportSession(Workspace &workspace, const ImportMapping &mapping, const ImportOptions &options)
    : m_ws(workspace), m_mapping(mapping), m_options(options), m_tx(workspace, Workspace::WriteMode::Bulk)
{
}

Result<void> ImportSession::open(const QString &path)
{
    m_summary.kind = m_mapping.kind;
    m_summary.fileName = QFileInfo(path).fileName();
    m_summary.startedAt = QDateTime::currentDateTimeUtc();
    m_baseName = QFileInfo(path).completeBaseName();
    CsvReader::Options ro;
    ro.delimiter = m_mapping.delimiter;
    ro.chunkSize = m_options.chunkSize;
    ro.maxRecordSize = m_options.maxRecordSize;
    if (auto r = m_reader.open(path, ro); !r)
        return r;
    m_summary.encoding = m_reader.encoding();
    // One stray byte turns the whole file into Latin-1: say where, so a UTF-8 file with one bad byte is
    // found and mended rather than imported as mojibake.
    if (m_reader.badUtf8Offset() >= 0)
        m_summary.notes << QCoreApplication::translate("Import", "the file is not valid UTF-8 (byte 0x%1 at line %2, byte %3 of the file); "
                                                                 "it was read as ISO-8859-1 (Latin-1)")
                               .arg(QString::number(m_reader.badUtf8Byte(), 16).toUpper())
                               .arg(m_reader.badUtf8Line())
                               .arg(m_reader.badUtf8Offset() + 1);
    m_summary.delimiter = m_reader.delimiter();
    auto first = m_reader.next();
    if (!first)
        return std::unexpected(first.error());
    if (!*first)
        return fail(QCoreApplication::translate("Import", "%1: the file is empty").arg(path), Error::Code::Invalid);
    m_header = m_reader.texts();
    // A repeated header name is not an error (the mapping takes the copies in order) but is said, with
    // the positions: a second "nps_score" silently became nps_score_2.
    for (int i = 0; i < m_header.size(); ++i) {
        const int earlier = int(m_header.indexOf(m_header[i]));
        if (earlier != i)
            m_summary.notes << QCoreApplication::translate("Import", "columns %1 and %2 are both named \"%3\"; they are kept apart by position")
                                   .arg(earlier + 1)
                                   .arg(i + 1)
                                   .arg(m_header[i].left(200));
    }

    // Match mapped columns by header text; the n-th mapping of a repeated header takes its n-th copy.
    QStringList missing;
    std::vector<bool> used(std::size_t(m_header.size()), false);
    for (const ColumnMapping &c : m_mapping.columns) {
        int pos = -1;
        if (c.role != ColumnRole::Ignore) {
            for (int i = 0; i < m_header.size(); ++i) {
                if (!used[std::size_t(i)] && m_header[i] == c.header) {
                    pos = i;
                    used[std::size_t(i)] = true;
                    break;
                }
            }
            if (pos < 0)
                missing.append(c.header);
        }
        m_positions.push_back(pos);
        m_columnWarnings.push_back(ColumnWarnings{c.header, QString(), 0});
    }
    if (!missing.isEmpty()) {
        return fail(QCoreApplication::translate("Import", "%1: the file lacks the mapped column(s) %2; nothing was imported")
                        .arg(path, missing.join(QStringLiteral(", "))),
                    Error::Code::Invalid);
    }
    m_tx.setUndo(Workspace::undoFor(QFileInfo(path).size()));
    if (auto r = m_tx.begin(); !r)
        return r;
    auto before = m_ws.accountCount();
    if (!before)
        return std::unexpected(before.error());
    m_accountsBefore = *before;
    return {};
}

Result<bool> ImportSession::next(bool report)
{
    for (;;) {
        auto more = m_reader.next();
        if (!more)
            return more;
        if (report && (m_reader.chunksRead() != m_lastChunk || !*more)) {
            m_lastChunk = m_reader.chunksRead();
            if (auto r = reportProgress(m_reader.bytesRead()); !r)
                return std::unexpected(r.error());
        }
        if (!*more)
            return false;
        ++m_summary.rowsRead;
        if (m_reader.unterminatedQuote()) {
            reject(-1, QCoreApplication::translate("Import", "a quoted field is not closed before the end of the file"));
            continue;
        }
        if (m_reader.fieldCount() != m_header.size()) {
            reject(-1, QCoreApplication::translate("Import", "expected %1 fields, found %2")
                           .arg(m_header.size()).arg(m_reader.fieldCount()));
            continue;
        }
        return true;
    }
}

Result<void> ImportSession::reportProgress(std::int64_t bytesDone)
{
    if (m_options.progress)
        m_options.progress(bytesDone, m_reader.totalBytes());
    if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
        return fail(QCoreApplication::translate("Import", "the import was cancelled; the workspace is unchanged"), Error::Code::Cancelled);
    return {};
}

void ImportSession::warn(int column, std::string_view value, const QString &expected)
{
    ColumnWarnings &c = m_columnWarnings[std::size_t(column)];
    if (c.count++ == 0)
        c.type = expected;
    ++m_summary.warningCount;
    if (int(m_summary.warnings.size()) >= m_options.maxWarningsKept)
        return;
    const std::string_view t = ValueParser::trimmed(value);
    m_summary.warnings.push_back(ImportWarning{m_reader.line(), c.column,
                                               QString::fromUtf8(t.data(), qsizetype(std::min<std::size_t>(t.size(), 80)))});
}

void ImportSession::reject(int column, const QString &reason)
{
    ++m_summary.rowsRejected;
    if (int(m_summary.rejects.size()) >= m_options.maxRejectsKept)
        return;
    ImportReject r;
    r.line = m_reader.line();
    if (column >= 0)
        r.column = m_mapping.columns[std::size_t(column)].header;
    r.reason = reason;
    m_summary.rejects.push_back(std::move(r));
}

Result<void> ImportSession::finish()
{
    const std::int64_t added = m_summary.accountsAdded, matched = m_summary.accountsUpdated;
    if (!m_options.allowNewAccounts && m_accountsBefore > 0 && added > 0 && (matched == 0 || added > m_accountsBefore)) {
        QString hint;
        if (m_summary.rowsRepeatingAccountAndDate > 0)
            hint = QCoreApplication::translate("Import", " %1 rows repeat an account and date: an export of events (tickets, usage, activities) "
                                                         "belongs in an event table (tierlab import table).")
                       .arg(m_summary.rowsRepeatingAccountAndDate);
        return fail(QCoreApplication::translate("Import", "%1: the file's ids match %2 of the workspace's %3 accounts and would add %4 new ones%5. "
                                                          "Check the id column; to import anyway, confirm (--new-accounts).%6")
                        .arg(m_summary.fileName)
                        .arg(matched)
                        .arg(m_accountsBefore)
                        .arg(added)
                        .arg(matched == 0 ? QString() : QCoreApplication::translate("Import", ", more than doubling them"), hint),
                    Error::Code::NeedsConfirmation);
    }
    for (const ColumnWarnings &c : m_columnWarnings) {
        if (c.count > 0)
            m_summary.warningsByColumn.push_back(c);
    }
    m_summary.contentHash = m_reader.contentHash();
    m_summary.finishedAt = QDateTime::currentDateTimeUtc();
    ImportRecord log;
    log.fileName = m_summary.fileName;
    log.contentHash = m_summary.contentHash;
    log.kind = importKindName(m_summary.kind);
    log.rowsRead = m_summary.rowsRead;
    log.rowsAccepted = m_summary.rowsAccepted;
    log.rowsRejected = m_summary.rowsRejected;
    log.startedAt = m_summary.startedAt;
    log.finishedAt = m_summary.finishedAt;
    if (auto r = m_ws.logImport(log); !r)
        return std::unexpected(r.error());
    if (m_options.saveMapping) {
        if (auto r = m_ws.saveMapping(ImportMapping::headerKey(m_header), QString::fromUtf8(m_mapping.toJson())); !r)
            return r;
    }
    return m_tx.commit();
}

} // namespace tierlab
