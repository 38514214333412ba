// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader and type inference: what CsvProfiler::profile does with a file, from memory, then
// every ValueParser reading of every cell and the suggested mappings. Each input is read
// twice: in one chunk, and in chunks of 16–47 bytes, so that records, quotes, CRLF, UTF-8 sequences
// and UTF-16 surrogate pairs are split across reads.
#include "fuzzsupport.h"

#include "io/columnprofile.h"
#include "io/csvprofiler.h"
#include "io/csvreader.h"
#include "io/importmapping.h"
#include "io/valueparser.h"

#include <vector>

using namespace tierlab;

namespace {

void parseCell(std::string_view cell)
{
    (void)ValueParser::trimmed(cell);
    const std::ptrdiff_t at = ValueParser::controlCharacterAt(cell);
    if (at >= 0)
        (void)ValueParser::controlCharacterReason(QStringLiteral("the id"), cell, at);
    (void)ValueParser::isMissing(cell);
    (void)ValueParser::parseNumber(cell, DecimalStyle::Point);
    (void)ValueParser::parseNumber(cell, DecimalStyle::Comma);
    (void)ValueParser::parseFlagWord(cell);
    (void)ValueParser::parseFlag(cell);
    (void)ValueParser::parseLabel(cell);
    for (DateOrder order : {DateOrder::Iso, DateOrder::MonthDayYear, DateOrder::DayMonthYear})
        (void)ValueParser::parseDate(cell, order);
    (void)ValueParser::secondsOfDay(cell);
    (void)ValueParser::dateShape(cell);
}

void profile(const QByteArray &data, std::int64_t chunkSize)
{
    CsvReader reader;
    CsvReader::Options options;
    options.chunkSize = chunkSize;
    options.maxRecordSize = 1 << 16;   // the limit's own path, reachable with small inputs
    if (!reader.openData(data, options))
        return;
    CsvProfile p;
    p.encoding = reader.encoding();
    p.delimiter = reader.delimiter();
    p.decimalStyle = p.delimiter == ';' ? DecimalStyle::Comma : DecimalStyle::Point;
    auto first = reader.next();
    if (!first || !*first)
        return;
    p.header = reader.texts();
    p.columns.assign(std::size_t(p.header.size()), ColumnProfile(p.decimalStyle));
    const int width = int(p.header.size());
    for (int rows = 0; rows < 2000; ++rows) {
        auto more = reader.next();
        if (!more || !*more)
            break;
        (void)reader.line();
        (void)reader.unterminatedQuote();
        if (rows < 20)
            p.preview.push_back(reader.texts());
        for (int i = 0; i < reader.fieldCount(); ++i)
            parseCell(reader.field(i));
        if (reader.fieldCount() != width)
            continue;
        for (int i = 0; i < width; ++i)
            p.columns[std::size_t(i)].add(reader.field(i));
    }
    (void)reader.contentHash();
    for (const ColumnProfile &c : p.columns) {
        (void)c.inferredType();
        (void)c.dateOrder();
        (void)c.unreadable();
        (void)c.readsAsLabel();
        (void)c.examples();
    }
    // The mapping's JSON is fuzz_mapping's: reading it back here cost most of each run.
    for (ImportKind kind : {ImportKind::Snapshots, ImportKind::Outcomes})
        (void)p.suggestMapping(kind);
    (void)ImportMapping::headerKey(p.header);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::quietQt();
    const QByteArray input = fuzz::bytes(data, size);
    // One chunk as large as the input, not the default 1 MiB: the reader zero-fills a whole chunk per
    // read, which would make each run a megabyte memset (about 130 runs/s under ASan instead of thousands).
    profile(input, std::int64_t(size) + 1);
    profile(input, 16 + std::int64_t(size % 32));
    return 0;
}
