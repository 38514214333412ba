#pragma once

#include "common/error.h"
#include "io/columnprofile.h"
#include "io/csvreader.h"
#include "io/importmapping.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace tierlab {

// A file looked at without importing it: what the wizard's first pages show.
struct CsvProfile
{
    QString path;
    TextEncoding encoding = TextEncoding::Utf8;
    char delimiter = ',';
    DecimalStyle decimalStyle = DecimalStyle::Point;
    QStringList header;
    std::vector<QStringList> preview;        // the first rows as parsed
    std::vector<std::int64_t> previewLines;  // their physical line numbers
    std::vector<ColumnProfile> columns;      // one per header column
    std::int64_t rowsSampled = 0;
    bool wholeFile = false;                  // the sample is the whole file
    std::int64_t fileSize = 0;

    // The default mapping: detected types and roles, signal ids from the headers.
    ImportMapping suggestMapping(ImportKind kind) const;
};

class CsvProfiler
{
public:
    struct Options
    {
        char delimiter = 0;                          // 0: detect
        int sampleRows = 1000;                       // rows profiled in a large file
        std::int64_t wholeFileBelow = 8 << 20;       // smaller files are profiled whole
        int previewRows = 20;
    };
    static Result<CsvProfile> profile(const QString &path, const Options &options);
    static Result<CsvProfile> profile(const QString &path) { return profile(path, Options()); }
};

} // namespace tierlab
