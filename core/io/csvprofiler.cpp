#include "csvprofiler.h"

#include <QCoreApplication>
#include <array>

namespace tierlab {

namespace {

bool uniqueRole(ColumnRole role)
{
    return role != ColumnRole::Signal && role != ColumnRole::Ignore;
}

} // namespace

Result<CsvProfile> CsvProfiler::profile(const QString &path, const Options &options)
{
    CsvReader reader;
    CsvReader::Options ro;
    ro.delimiter = options.delimiter;
    if (auto r = reader.open(path, ro); !r)
        return std::unexpected(r.error());
    CsvProfile p;
    p.path = path;
    p.encoding = reader.encoding();
    p.delimiter = reader.delimiter();
    p.decimalStyle = p.delimiter == ';' ? DecimalStyle::Comma : DecimalStyle::Point;
    p.fileSize = reader.totalBytes();
    p.wholeFile = p.fileSize >= 0 && p.fileSize < options.wholeFileBelow;

    auto first = reader.next();
    if (!first)
        return std::unexpected(first.error());
    if (!*first)
        return fail(QCoreApplication::translate("CsvProfiler", "%1: the file is empty")
                        .arg(path), Error::Code::Invalid);
    p.header = reader.texts();
    p.columns.assign(std::size_t(p.header.size()), ColumnProfile(p.decimalStyle));
    const int width = int(p.header.size());
    for (;;) {
        if (!p.wholeFile && p.rowsSampled >= options.sampleRows)
            break;
        auto more = reader.next();
        if (!more)
            return std::unexpected(more.error());
        if (!*more) {
            p.wholeFile = true;
            break;
        }
        if (int(p.preview.size()) < options.previewRows) {
            p.preview.push_back(reader.texts());
            p.previewLines.push_back(reader.line());
        }
        ++p.rowsSampled;
        if (reader.fieldCount() != width)
            continue;   // a malformed row would skew the types; the import rejects it
        for (int i = 0; i < width; ++i)
            p.columns[std::size_t(i)].add(reader.field(i));
    }
    return p;
}

ImportMapping CsvProfile::suggestMapping(ImportKind kind) const
{
    ImportMapping m;
    m.kind = kind;
    m.delimiter = delimiter;
    m.decimalStyle = decimalStyle;
    const QStringList ids = ImportMapping::signalIds(header);
    std::array<bool, 32> taken{};
    for (int i = 0; i < header.size(); ++i) {
        const ColumnProfile &prof = columns[std::size_t(i)];
        ColumnMapping c;
        c.header = header[i];
        c.type = prof.inferredType();
        c.dateOrder = prof.dateOrder();
        c.signalId = ids[i];
        c.role = ImportMapping::suggestRole(ids[i], c.type, kind, prof.readsAsLabel());
        if (uniqueRole(c.role) && taken[std::size_t(c.role)])
            c.role = kind == ImportKind::Snapshots ? ColumnRole::Signal : ColumnRole::Ignore;
        // Other tables' keys ("ticket_id") are identifiers, not signals.
        if (c.role == ColumnRole::Signal && c.type == ValueType::Category && ids[i].endsWith(u"_id"))
            c.role = ColumnRole::Ignore;
        taken[std::size_t(c.role)] = true;
        // A role named by the header fixes the type; a bad value then rejects its row.
        if (c.role == ColumnRole::AsOf || c.role == ColumnRole::OutcomeDate || c.role == ColumnRole::RenewalDate)
            c.type = ValueType::Date;
        if (c.role == ColumnRole::Arr || c.role == ColumnRole::ArrChange)
            c.type = ValueType::Number;
        m.columns.push_back(std::move(c));
    }
    if (kind == ImportKind::Outcomes && m.columnWithRole(ColumnRole::OutcomeDate) < 0) {
        for (ColumnMapping &c : m.columns) {
            if (c.type == ValueType::Date && c.role == ColumnRole::Ignore) {
                c.role = ColumnRole::OutcomeDate;
                break;
            }
        }
    }
    if (kind == ImportKind::Snapshots && m.columnWithRole(ColumnRole::AccountId) < 0)
        m.rowNumberIds = true;
    return m;
}

} // namespace tierlab
