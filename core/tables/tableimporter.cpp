#include "tableimporter.h"

#include "common/computepool.h"
#include "io/csvprofiler.h"
#include "io/valueparser.h"
#include "store/workspace.h"
#include "io/textdictionary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstring>
#include <limits>
#include <optional>
#include <string>

namespace tierlab {

namespace {

QString shown(std::string_view t)
{
    return QString::fromUtf8(t.data(), qsizetype(std::min<std::size_t>(t.size(), 80)));
}

bool digits(std::string_view t, std::size_t from, std::size_t count)
{
    for (std::size_t i = from; i < from + count; ++i) {
        if (t[i] < '0' || t[i] > '9')
            return false;
    }
    return true;
}

int number(std::string_view t, std::size_t from, std::size_t count)
{
    int v = 0;
    for (std::size_t i = from; i < from + count; ++i)
        v = v * 10 + (t[i] - '0');
    return v;
}

// QDate::isValid and QDate(y, m, d).toJulianDay() for years 1 to 9999 of the proleptic Gregorian
// calendar (what QDate uses), without QCalendar's dispatch: every row's time goes through them.
bool validDay(int y, int m, int d)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::int64_t julianDay(int y, int m, int d)
{
    const int a = (14 - m) / 12;
    const std::int64_t yy = std::int64_t(y) + 4800 - a;
    const int mm = m + 12 * a - 3;
    return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
}

// ValueParser::trimmed without the call for a cell that needs no trimming, nearly every one: the reading
// thread trims every cell of the file.
std::string_view trimmedCell(std::string_view t)
{
    if (t.empty() || (std::uint8_t(t.front()) > ' ' && std::uint8_t(t.back()) > ' '))
        return t;
    return ValueParser::trimmed(t);
}

// A trimmed, non-empty date cell as a date value (dateValue), or nothing when it is not a date. Every
// row's time (and end) is read on the reading thread, so the usual shapes, YYYY-MM-DD and
// YYYY-MM-DD[T ]HH:MM:SS, are read here directly, with exactly what ValueParser::parseDate and
// secondsOfDay give for them; anything else goes through ValueParser.
std::optional<double> parseDateValue(std::string_view t, DateOrder order)
{
    const bool day = (t.size() == 10 || t.size() == 19) && digits(t, 0, 4) && t[4] == '-' && digits(t, 5, 2) && t[7] == '-' && digits(t, 8, 2);
    const bool time = t.size() == 19 && (t[10] == ' ' || t[10] == 'T') && digits(t, 11, 2) && t[13] == ':' && digits(t, 14, 2)
                      && t[16] == ':' && digits(t, 17, 2);
    if (day && (t.size() == 10 || time)) {
        const int y = number(t, 0, 4), m = number(t, 5, 2), d = number(t, 8, 2);
        if (y > 0 && validDay(y, m, d)) {
            int seconds = 0;
            if (time) {
                const int hh = number(t, 11, 2), mm = number(t, 14, 2), ss = number(t, 17, 2);
                if (hh <= 23 && mm <= 59 && ss <= 60)
                    seconds = std::min(hh * 3600 + mm * 60 + ss, 86399);
            }
            return dateValue(julianDay(y, m, d), seconds);
        }
    }
    const auto date = ValueParser::parseDate(t, order);
    if (!date)
        return std::nullopt;
    return dateValue(date->toJulianDay(), ValueParser::secondsOfDay(t));
}

// One column's cells of the chunk being read; text goes into a per-chunk dictionary.
struct ColumnBuffer
{
    TableColumnInfo info;
    int position = -1;   // in the header
    std::vector<double> numbers;
    std::vector<std::int32_t> codes;
    TextDictionary dictionary;

    bool isText() const { return info.type == ValueType::Category; }
    void clear()
    {
        numbers.clear();
        codes.clear();
        dictionary.clear();
    }
    QByteArray encode() const
    {
        if (!isText())
            return ColumnChunk::encodeNumbers(numbers);
        std::vector<std::string_view> entries(dictionary.size());
        for (std::size_t i = 0; i < entries.size(); ++i)
            entries[i] = dictionary.entry(i);
        return ColumnChunk::encodeText(entries, codes);
    }
};

// The accepted rows of one chunk as the reading thread hands them to the parsing thread: every
// field's trimmed bytes back to back, and the row's time and end already read (they decide whether
// the row is accepted).
struct RawChunk
{
    std::string bytes;
    std::vector<std::uint32_t> ends;   // rows × fields: each field's end offset in `bytes`
    std::vector<double> time, end;
    std::vector<std::int64_t> lines;
    std::size_t rows = 0;
};

struct EncodedChunk
{
    std::vector<QByteArray> blobs;     // one per column
    std::vector<ImportWarning> warnings;
    std::int64_t warningCount = 0;
    std::optional<Error> error;        // storing the chunk failed
};

struct ChunkSpec
{
    int keyPos = -1, timePos = -1, endPos = -1;
    DecimalStyle decimalStyle = DecimalStyle::Point;
    std::size_t maxWarnings = 0;
};

// Parses every cell of a chunk into its column and encodes the columns: the parsing thread's work.
// Column by column rather than row by row, so that only one column's dictionary is in the cache at a
// time (a chunk's user ids and account ids together were more than a core's L2). The warnings are
// put back in row order, as a row-by-row pass would have found them.
EncodedChunk encodeChunk(const RawChunk &raw, std::vector<ColumnBuffer> &columns, const ChunkSpec &spec)
{
    EncodedChunk out;
    const std::size_t fields = columns.size();
    const std::size_t rows = raw.rows;
    struct Bad
    {
        std::size_t row;
        std::size_t field;
    };
    std::vector<Bad> bad;   // at most spec.maxWarnings per column
    const auto cell = [&](std::size_t row, std::size_t f) {
        const std::size_t i = row * fields + f;
        const std::uint32_t begin = i == 0 ? 0 : raw.ends[i - 1];
        return std::string_view(raw.bytes.data() + begin, raw.ends[i] - begin);
    };
    for (std::size_t f = 0; f < fields; ++f) {
        ColumnBuffer &c = columns[f];
        if (c.position == spec.keyPos) {
            c.codes.resize(rows);
            for (std::size_t row = 0; row < rows; ++row) {
                const std::string_view t = cell(row, f);
                c.codes[row] = t.empty() ? -1 : c.dictionary.add(t);
            }
            continue;
        }
        if (c.position == spec.timePos || c.position == spec.endPos) {
            const std::vector<double> &read = c.position == spec.timePos ? raw.time : raw.end;
            c.numbers.assign(read.begin(), read.begin() + std::ptrdiff_t(rows));
            continue;
        }
        std::size_t badHere = 0;
        const auto noteBad = [&](std::size_t row) {
            ++out.warningCount;
            if (badHere++ < spec.maxWarnings)
                bad.push_back(Bad{row, f});
        };
        if (c.info.type == ValueType::Category) {
            c.codes.resize(rows);
            for (std::size_t row = 0; row < rows; ++row) {
                const std::string_view t = cell(row, f);
                c.codes[row] = ValueParser::isMissingToken(t) ? -1 : c.dictionary.add(t);
            }
            continue;
        }
        c.numbers.resize(rows);
        for (std::size_t row = 0; row < rows; ++row) {
            const std::string_view t = cell(row, f);
            std::optional<double> v;
            if (!ValueParser::isMissingToken(t)) {
                switch (c.info.type) {
                case ValueType::Number:
                    v = ValueParser::parseNumber(t, spec.decimalStyle);
                    break;
                case ValueType::Flag:
                    if (const auto flag = ValueParser::parseFlag(t))
                        v = *flag ? 1.0 : 0.0;
                    break;
                case ValueType::Date:
                    v = parseDateValue(t, c.info.dateOrder);
                    break;
                case ValueType::Category:
                    break;
                }
                if (!v)
                    noteBad(row);
            }
            c.numbers[row] = v ? *v : kMissing;
        }
    }
    // Row order, and within a row the columns' order: the first maxWarnings of a row-by-row pass.
    std::stable_sort(bad.begin(), bad.end(), [](const Bad &a, const Bad &b) { return a.row < b.row; });
    for (std::size_t i = 0; i < bad.size() && out.warnings.size() < spec.maxWarnings; ++i)
        out.warnings.push_back(ImportWarning{raw.lines[bad[i].row], columns[bad[i].field].info.name, shown(cell(bad[i].row, bad[i].field))});
    out.blobs.reserve(fields);
    for (ColumnBuffer &c : columns) {
        out.blobs.push_back(c.encode());
        c.clear();
    }
    return out;
}

} // namespace

QJsonObject TableImportSummary::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), QStringLiteral("table"));
    o.insert(QStringLiteral("table"), table);
    o.insert(QStringLiteral("file"), fileName);
    o.insert(QStringLiteral("hash"), contentHash);
    o.insert(QStringLiteral("encoding"), textEncodingName(encoding));
    o.insert(QStringLiteral("delimiter"), QString(QLatin1Char(delimiter)));
    o.insert(QStringLiteral("replaced"), replaced);
    o.insert(QStringLiteral("rows_read"), double(rowsRead));
    o.insert(QStringLiteral("rows_accepted"), double(rowsAccepted));
    o.insert(QStringLiteral("rows_rejected"), double(rowsRejected));
    QJsonArray rj;
    for (const ImportReject &r : rejects)
        rj.append(QJsonObject{{QStringLiteral("line"), double(r.line)},
                              {QStringLiteral("column"), r.column.isEmpty() ? QJsonValue() : QJsonValue(r.column)},
                              {QStringLiteral("reason"), r.reason}});
    o.insert(QStringLiteral("rejects"), rj);
    o.insert(QStringLiteral("warning_count"), double(warningCount));
    QJsonArray wj;
    for (const ImportWarning &w : warnings)
        wj.append(QJsonObject{{QStringLiteral("line"), double(w.line)},
                              {QStringLiteral("column"), w.column},
                              {QStringLiteral("value"), w.value}});
    o.insert(QStringLiteral("warnings"), wj);
    QJsonArray cj;
    for (const TableColumnInfo &c : columns)
        cj.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("type"), valueTypeName(c.type)}});
    o.insert(QStringLiteral("columns"), cj);
    o.insert(QStringLiteral("first"), first.isValid() ? QJsonValue(first.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("last"), last.isValid() ? QJsonValue(last.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("keys"), double(coverage.keys));
    o.insert(QStringLiteral("accounts_known"), accountsKnown);
    o.insert(QStringLiteral("keys_matched"), double(coverage.keysMatched));
    o.insert(QStringLiteral("keys_unmatched"), double(coverage.keysUnmatched));
    o.insert(QStringLiteral("rows_unmatched"), double(coverage.rowsUnmatched));
    o.insert(QStringLiteral("unmatched_keys"), QJsonArray::fromStringList(coverage.unmatched));
    o.insert(QStringLiteral("started_at"), startedAt.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("finished_at"), finishedAt.toString(Qt::ISODateWithMs));
    return o;
}

Result<TableImportSummary> TableImporter::run(const QString &path, const TableImportRequest &request, const ImportOptions &options)
{
    TableImportSummary s;
    s.startedAt = QDateTime::currentDateTimeUtc();
    s.table = request.name.trimmed();
    s.fileName = QFileInfo(path).fileName();
    if (s.table.isEmpty())
        return fail(QCoreApplication::translate("TableImporter", "%1: a table needs a name (--name)").arg(path), Error::Code::Invalid);
    if (request.keyColumn.isEmpty())
        return fail(QCoreApplication::translate("TableImporter", "%1: a table needs a key column (--key)").arg(path), Error::Code::Invalid);

    CsvProfiler::Options po;
    po.delimiter = request.delimiter;
    auto profile = CsvProfiler::profile(path, po);
    if (!profile)
        return std::unexpected(profile.error());
    const QStringList &header = profile->header;
    const auto positionOf = [&](const QString &name) { return int(header.indexOf(name)); };
    const auto requireColumn = [&](const QString &name, const char *option) -> Result<int> {
        const int pos = positionOf(name);
        if (pos < 0)
            return fail(QCoreApplication::translate("TableImporter", "%1: no column \"%2\" (%3); the columns are: %4")
                            .arg(path, name, QString::fromLatin1(option), header.join(QStringLiteral(", "))),
                        Error::Code::Invalid);
        return pos;
    };
    auto keyPos = requireColumn(request.keyColumn, "--key");
    if (!keyPos)
        return std::unexpected(keyPos.error());
    int timePos = -1, endPos = -1;
    if (!request.timeColumn.isEmpty()) {
        auto p = requireColumn(request.timeColumn, "--time");
        if (!p)
            return std::unexpected(p.error());
        timePos = *p;
    }
    if (!request.endColumn.isEmpty()) {
        if (timePos < 0)
            return fail(QCoreApplication::translate("TableImporter", "%1: --end needs --time (the start of each interval)").arg(path), Error::Code::Invalid);
        auto p = requireColumn(request.endColumn, "--end");
        if (!p)
            return std::unexpected(p.error());
        endPos = *p;
    }
    for (int i = 0; i < header.size(); ++i) {
        if (const auto first = header.indexOf(header[i]); first != i)   // columns are stored by name: ambiguous
            return fail(QCoreApplication::translate("TableImporter", "%1: the column name \"%2\" appears twice in the header (columns %3 and %4)")
                            .arg(path, header[i].left(200))
                            .arg(first + 1)
                            .arg(i + 1),
                        Error::Code::Invalid);
    }
    if (!request.via.isEmpty()) {
        auto via = m_ws.eventTable(request.via);
        if (!via)
            return fail(QCoreApplication::translate("TableImporter", "%1: --via %2: no table of that name in the workspace; import it first").arg(path, request.via),
                        Error::Code::NotFound);
        auto viaColumns = tableColumnsFromJson(via->columnsJson);
        if (!viaColumns)
            return std::unexpected(viaColumns.error());
        if (std::none_of(viaColumns->begin(), viaColumns->end(), [&](const TableColumnInfo &c) { return c.name == request.keyColumn; }))
            return fail(QCoreApplication::translate("TableImporter", "%1: --via %2: that table has no column \"%3\" to look the key up in").arg(path, request.via, request.keyColumn),
                        Error::Code::Invalid);
        if (!via->via.isEmpty())
            return fail(QCoreApplication::translate("TableImporter", "%1: --via %2: that table is itself keyed through \"%3\"; --via needs a table keyed by account id")
                            .arg(path, request.via, via->via),
                        Error::Code::Invalid);
    }
    auto existing = m_ws.eventTable(s.table);
    if (existing && !request.replace)
        return fail(QCoreApplication::translate("TableImporter", "%1: the workspace has a table named \"%2\" already; give --replace to replace it").arg(path, s.table),
                    Error::Code::Invalid);

    std::vector<ColumnBuffer> columns(std::size_t(header.size()));
    for (int i = 0; i < header.size(); ++i) {
        ColumnBuffer &c = columns[std::size_t(i)];
        c.position = i;
        c.info.name = header[i];
        c.info.type = profile->columns[std::size_t(i)].inferredType();
        c.info.dateOrder = profile->columns[std::size_t(i)].dateOrder();
        if (i == *keyPos)
            c.info.type = ValueType::Category;
        else if (i == timePos || i == endPos) {
            if (c.info.type != ValueType::Date)
                c.info.dateOrder = DateOrder::Iso;
            c.info.type = ValueType::Date;
        }
        s.columns.push_back(c.info);
    }

    CsvReader reader;
    CsvReader::Options ro;
    ro.delimiter = profile->delimiter;
    ro.chunkSize = options.chunkSize;
    ro.maxRecordSize = options.maxRecordSize;
    if (auto r = reader.open(path, ro); !r)
        return std::unexpected(r.error());
    s.encoding = reader.encoding();
    s.delimiter = reader.delimiter();
    if (auto h = reader.next(); !h || !*h)
        return fail(QCoreApplication::translate("TableImporter", "%1: the file is empty").arg(path), Error::Code::Invalid);

    Transaction tx(m_ws, Workspace::WriteMode::Bulk, Workspace::undoFor(QFileInfo(path).size()));
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    if (existing) {
        if (auto r = m_ws.dropEventTable(s.table); !r)
            return std::unexpected(r.error());
        s.replaced = true;
    }
    EventTableRecord record;
    record.name = s.table;
    record.keyColumn = request.keyColumn;
    record.via = request.via;
    record.timeColumn = request.timeColumn;
    record.endColumn = request.endColumn;
    record.columnsJson = tableColumnsToJson(s.columns);
    record.chunkRows = kChunkRows;
    record.fileName = s.fileName;
    auto pk = m_ws.createEventTable(record);
    if (!pk)
        return std::unexpected(pk.error());

    const auto maxKept = std::size_t(std::max(0, options.maxRejectsKept));
    const auto reject = [&](const QString &column, const QString &reason) {
        ++s.rowsRejected;
        if (s.rejects.size() < maxKept)
            s.rejects.push_back(ImportReject{reader.line(), column, reason});
    };
    // Two threads: this one reads records, checks key, time and end, and collects the accepted rows'
    // fields; a worker parses the cells of the previous chunk, encodes its columns and stores them
    // (SQLite's copies were a sixth of this thread, the busier one). The workspace is used by one
    // thread at a time: the worker between hand() and collect(), this thread before and after.
    ChunkSpec spec;
    spec.keyPos = *keyPos;
    spec.timePos = timePos;
    spec.endPos = endPos;
    spec.decimalStyle = profile->decimalStyle;
    spec.maxWarnings = std::size_t(std::max(0, options.maxWarningsKept));
    int chunk = 0;
    // Two raw chunks, filled and parsed in turn: reusing their buffers spares the allocation and page
    // faults of a few MB per chunk. Declared before `pending`, which may still read one.
    RawChunk rawChunks[2];
    RawChunk *raw = &rawChunks[0];
    QFuture<EncodedChunk> pending;
    const auto collect = [&]() -> Result<void> {
        if (!pending.isValid())
            return {};
        EncodedChunk done = pending.takeResult();
        pending = QFuture<EncodedChunk>();
        if (done.error)
            return std::unexpected(std::move(*done.error));
        s.warningCount += done.warningCount;
        for (ImportWarning &w : done.warnings) {
            if (s.warnings.size() < spec.maxWarnings)
                s.warnings.push_back(std::move(w));
        }
        return {};
    };
    const auto hand = [&]() -> Result<void> {
        if (raw->rows == 0)
            return {};
        if (auto r = collect(); !r)   // the worker is done with the other chunk and the workspace
            return r;
        pending = QtConcurrent::run(computePool(), [chunkData = raw, &columns, spec, &ws = m_ws, table = *pk, number = chunk] {
            EncodedChunk done = encodeChunk(*chunkData, columns, spec);
            for (std::size_t i = 0; i < done.blobs.size() && !done.error; ++i) {
                if (auto r = ws.putEventChunk(table, int(i), number, done.blobs[i]); !r)
                    done.error = r.error();
            }
            done.blobs.clear();
            return done;
        });
        ++chunk;
        raw = raw == &rawChunks[0] ? &rawChunks[1] : &rawChunks[0];
        raw->bytes.clear();
        raw->ends.clear();
        raw->time.clear();
        raw->end.clear();
        raw->lines.clear();
        raw->rows = 0;
        return {};
    };
    // A failure while a worker still parses: let it finish before the buffers go.
    const auto abandon = [&](Error e) -> Result<TableImportSummary> {
        if (pending.isValid())
            pending.waitForFinished();
        return std::unexpected(std::move(e));
    };
    std::int64_t firstDay = std::numeric_limits<std::int64_t>::max(), lastDay = std::numeric_limits<std::int64_t>::min();
    int lastChunk = reader.chunksRead();
    const int fields = int(header.size());
    for (;;) {
        auto more = reader.next();
        if (!more)
            return abandon(more.error());
        if (!*more)
            break;
        if (reader.chunksRead() != lastChunk) {
            lastChunk = reader.chunksRead();
            if (options.progress)
                options.progress(reader.bytesRead(), reader.totalBytes());
            if (options.cancel && options.cancel->load())
                return abandon(Error(QCoreApplication::translate("TableImporter", "%1: the import was cancelled; nothing was stored").arg(path),
                                     Error::Code::Cancelled));
        }
        ++s.rowsRead;
        if (reader.unterminatedQuote()) {
            reject({}, QCoreApplication::translate("TableImporter", "a quoted field is never closed"));
            continue;
        }
        if (reader.fieldCount() != fields) {
            reject({}, QCoreApplication::translate("TableImporter", "expected %1 fields, found %2").arg(fields).arg(reader.fieldCount()));
            continue;
        }
        const std::string_view key = trimmedCell(reader.field(*keyPos));
        if (key.empty()) {
            reject(request.keyColumn, QCoreApplication::translate("TableImporter", "the key is empty"));
            continue;
        }
        if (const auto at = ValueParser::controlCharacterAt(key); at >= 0) {
            reject(request.keyColumn, ValueParser::controlCharacterReason(QCoreApplication::translate("TableImporter", "the key"), key, at));
            continue;
        }
        double timeValue = kMissing, endValue = kMissing;
        if (timePos >= 0) {
            const std::string_view t = trimmedCell(reader.field(timePos));
            const auto date = t.empty() ? std::nullopt : parseDateValue(t, columns[std::size_t(timePos)].info.dateOrder);
            if (!date) {
                reject(request.timeColumn, t.empty() ? QCoreApplication::translate("TableImporter", "the time is empty")
                                                     : QCoreApplication::translate("TableImporter", "\"%1\" is not a date").arg(shown(t)));
                continue;
            }
            timeValue = *date;
        }
        if (endPos >= 0) {
            const std::string_view t = trimmedCell(reader.field(endPos));
            if (!ValueParser::isMissingToken(t)) {
                const auto date = parseDateValue(t, columns[std::size_t(endPos)].info.dateOrder);
                if (!date) {
                    reject(request.endColumn,
                           QCoreApplication::translate("TableImporter", "\"%1\" is not a date (leave it empty for a row still open)").arg(shown(t)));
                    continue;
                }
                endValue = *date;
            }
        }
        // The row's cells in one resize of each buffer rather than an append per cell.
        std::size_t rowBytes = 0;
        for (int f = 0; f < fields; ++f)
            rowBytes += trimmedCell(reader.field(f)).size();
        const std::size_t at = raw->bytes.size();
        raw->ends.resize(raw->ends.size() + std::size_t(fields));
        std::uint32_t *ends = raw->ends.data() + raw->ends.size() - std::size_t(fields);
        raw->bytes.resize(at + rowBytes);
        char *p = raw->bytes.data() + at;
        for (int f = 0; f < fields; ++f) {
            const std::string_view t = trimmedCell(reader.field(f));
            if (!t.empty())
                std::memcpy(p, t.data(), t.size());
            p += t.size();
            ends[f] = std::uint32_t(p - raw->bytes.data());
        }
        raw->time.push_back(timeValue);
        raw->end.push_back(endValue);
        raw->lines.push_back(reader.line());
        if (timePos >= 0) {
            const std::int64_t day = dayOf(timeValue);
            firstDay = std::min(firstDay, day);
            lastDay = std::max(lastDay, day);
        }
        ++s.rowsAccepted;
        // A chunk is at most kChunkRows rows and at most ~1 GiB of text (offsets are 32-bit).
        if (++raw->rows == std::size_t(kChunkRows) || raw->bytes.size() > (std::size_t(1) << 30)) {
            if (auto r = hand(); !r)
                return abandon(r.error());
        }
    }
    if (auto r = hand(); !r)
        return abandon(r.error());
    if (auto r = collect(); !r)
        return std::unexpected(r.error());
    if (options.progress)
        options.progress(reader.bytesRead(), reader.totalBytes());
    // A file whose every row is rejected (a --time column that holds no dates, say) stores nothing.
    if (s.rowsRead > 0 && s.rowsAccepted == 0) {
        const ImportReject first = s.rejects.empty() ? ImportReject() : s.rejects.front();
        return fail(QCoreApplication::translate("TableImporter", "%1: all %2 rows were rejected, nothing was stored; the first, line %3%4: %5")
                        .arg(path)
                        .arg(s.rowsRead)
                        .arg(first.line)
                        .arg(first.column.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(first.column), first.reason),
                    Error::Code::Invalid);
    }
    const bool anyTime = s.rowsAccepted > 0 && timePos >= 0;
    if (auto r = m_ws.finishEventTable(*pk, s.rowsAccepted, anyTime ? firstDay : 0, anyTime ? lastDay : 0); !r)
        return std::unexpected(r.error());
    if (anyTime) {
        s.first = QDate::fromJulianDay(firstDay);
        s.last = QDate::fromJulianDay(lastDay);
    }
    s.contentHash = reader.contentHash();

    // Key coverage against the accounts as they stand after this import.
    auto resolver = AccountResolver::create(m_ws);
    if (!resolver)
        return std::unexpected(resolver.error());
    s.accountsKnown = resolver->hasAccountsTable() || !request.via.isEmpty();
    auto table = EventTable::load(m_ws, s.table, {request.keyColumn});
    if (!table)
        return std::unexpected(table.error());
    if (auto rows = resolver->resolve(m_ws, *table, &s.coverage); !rows)
        return std::unexpected(rows.error());

    s.finishedAt = QDateTime::currentDateTimeUtc();
    ImportRecord log;
    log.fileName = s.fileName;
    log.contentHash = s.contentHash;
    log.kind = QStringLiteral("table");
    log.rowsRead = s.rowsRead;
    log.rowsAccepted = s.rowsAccepted;
    log.rowsRejected = s.rowsRejected;
    log.startedAt = s.startedAt;
    log.finishedAt = s.finishedAt;
    if (auto r = m_ws.logImport(log); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return s;
}

} // namespace tierlab
