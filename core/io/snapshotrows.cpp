#include "snapshotrows.h"

#include "store/snapshotstream.h"
#include "store/workspace.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tierlab {

SnapshotRows::SnapshotRows(SnapshotRows &&) noexcept = default;
SnapshotRows &SnapshotRows::operator=(SnapshotRows &&) noexcept = default;
SnapshotRows::~SnapshotRows() = default;

Result<SnapshotRows> SnapshotRows::open(const Workspace &ws, QDate asOf)
{
    SnapshotRows rows;
    auto dates = ws.asOfDates();
    if (!dates)
        return std::unexpected(dates.error());
    rows.m_dates = std::move(*dates);
    if (asOf.isValid()) {
        if (std::find(rows.m_dates.begin(), rows.m_dates.end(), asOf) == rows.m_dates.end())
            // The context the message had in SnapshotCsvExport, where it was translated first.
            return fail(QCoreApplication::translate("SnapshotCsvExport", "%1: no snapshot on %2").arg(ws.path(), asOf.toString(Qt::ISODate)), Error::Code::NotFound);
        rows.m_dates = {asOf};
    }
    auto catalogue = ws.signalCatalogue();
    if (!catalogue)
        return std::unexpected(catalogue.error());
    auto stream = ws.snapshotStream();
    if (!stream)
        return std::unexpected(stream.error());
    rows.m_stream = std::move(*stream);
    using S = SnapshotField::Source;
    rows.m_fields = {{QStringLiteral("account_id"), SnapshotFieldType::Text, S::AccountId},
                     {QStringLiteral("as_of"), SnapshotFieldType::Date, S::AsOf}};
    const SnapshotField attributes[] = {{QStringLiteral("name"), SnapshotFieldType::Text, S::Name},
                                        {QStringLiteral("csm"), SnapshotFieldType::Text, S::Csm},
                                        {QStringLiteral("segment"), SnapshotFieldType::Text, S::Segment},
                                        {QStringLiteral("arr"), SnapshotFieldType::Number, S::Arr},
                                        {QStringLiteral("renewal_date"), SnapshotFieldType::Date, S::RenewalDate}};
    for (const SnapshotField &a : attributes) {
        if (std::none_of(catalogue->begin(), catalogue->end(), [&](const SignalInfo &s) { return s.id == a.name; }))
            rows.m_fields.push_back(a);
    }
    for (const SignalInfo &s : *catalogue) {
        const SnapshotFieldType type = s.type == SignalType::Category ? SnapshotFieldType::Text
                                       : s.type == SignalType::Flag   ? SnapshotFieldType::Flag
                                                                      : SnapshotFieldType::Number;
        rows.m_fields.push_back({s.id, type, S::Signal});
    }
    return rows;
}

Result<bool> SnapshotRows::next()
{
    if (m_nextDate >= m_dates.size())
        return false;
    auto ds = m_stream->load(m_dates[m_nextDate++]);
    if (!ds)
        return std::unexpected(ds.error());
    m_dataset = std::move(*ds);
    m_order.resize(m_dataset.size());
    std::iota(m_order.begin(), m_order.end(), std::size_t(0));
    std::sort(m_order.begin(), m_order.end(), [&](std::size_t x, std::size_t y) { return m_dataset.accountIds[x] < m_dataset.accountIds[y]; });
    m_columns.assign(m_fields.size(), -1);
    for (std::size_t f = 0; f < m_fields.size(); ++f) {
        if (m_fields[f].source != SnapshotField::Source::Signal)
            continue;
        for (std::size_t c = 0; c < m_dataset.columns.size(); ++c) {
            if (m_dataset.columns[c].info.id == m_fields[f].name) {
                m_columns[f] = int(c);
                break;
            }
        }
    }
    return true;
}

SnapshotValue SnapshotRows::value(std::size_t row, std::size_t field) const
{
    const std::size_t r = m_order[row];
    const Dataset &d = m_dataset;
    SnapshotValue v;
    const auto text = [&](const QString &t) {
        v.missing = false;
        v.text = &t;
    };
    const auto number = [&](double x) {
        v.missing = std::isnan(x);
        v.number = x;
    };
    const auto code = [&](const std::vector<std::int32_t> &codes, const std::vector<QString> &names) {
        if (r < codes.size() && codes[r] >= 0 && std::size_t(codes[r]) < names.size())
            text(names[std::size_t(codes[r])]);
    };
    switch (m_fields[field].source) {
    case SnapshotField::Source::AccountId:
        text(d.accountIds[r]);
        break;
    case SnapshotField::Source::AsOf:
        v.missing = false;
        v.day = d.asOf.toJulianDay();
        break;
    case SnapshotField::Source::Name:
        // An empty name is written as nothing, as before: the CSV cannot tell it from missing.
        if (r < d.names.size() && !d.names[r].isEmpty())
            text(d.names[r]);
        break;
    case SnapshotField::Source::Csm:
        code(d.csm, d.csmNames);
        break;
    case SnapshotField::Source::Segment:
        code(d.segment, d.segmentNames);
        break;
    case SnapshotField::Source::Arr:
        if (r < d.arr.size())
            number(d.arr[r]);
        break;
    case SnapshotField::Source::RenewalDate:
        if (r < d.renewalDay.size() && d.renewalDay[r] != Dataset::kNoDate) {
            v.missing = false;
            v.day = d.renewalDay[r];
        }
        break;
    case SnapshotField::Source::Signal: {
        const int c = m_columns[field];
        if (c < 0)
            break;
        const Column &col = d.columns[std::size_t(c)];
        if (col.info.type == SignalType::Category)
            code(col.codes, col.dictionary);
        else
            number(col.numbers[r]);
        break;
    }
    }
    return v;
}

} // namespace tierlab
