#include "snapshotdecoder.h"

#include "snapshotcodec.h"

#include <cmath>

namespace tierlab {

SnapshotDecoder::SnapshotDecoder(const std::vector<SignalInfo> &catalogue)
{
    for (const SignalInfo &info : catalogue) {
        if (info.index >= int(m_columnOfSignal.size())) {
            m_columnOfSignal.resize(std::size_t(info.index) + 1, -1);
            m_roleOfSignal.resize(std::size_t(info.index) + 1, AttributeRole::None);
        }
        m_columnOfSignal[std::size_t(info.index)] = int(m_columns.size());
        m_roleOfSignal[std::size_t(info.index)] = info.role;
        Column c;
        c.info = info;
        m_columns.push_back(std::move(c));
    }
}

void SnapshotDecoder::start(Dataset &ds, QDate asOf, std::size_t rows)
{
    ds = Dataset();
    ds.asOf = asOf;
    ds.columns = m_columns;
    for (Column &c : ds.columns) {
        if (c.info.type == SignalType::Category)
            c.codes.assign(rows, kMissingCode);
        else
            c.numbers.assign(rows, kMissing);
    }
    ds.accountIds.reserve(rows);
    ds.names.reserve(rows);
    ds.csm.reserve(rows);
    ds.segment.reserve(rows);
    ds.arr.reserve(rows);
    ds.renewalDay.reserve(rows);
    m_csmCodes.clear();
    m_segmentCodes.clear();
    m_dictionaries.assign(ds.columns.size(), {});
}

std::int32_t SnapshotDecoder::code(QHash<QString, std::int32_t> &codes, std::vector<QString> &names, const QString &text)
{
    if (text.isEmpty())
        return kMissingCode;
    auto it = codes.constFind(text);
    if (it != codes.constEnd())
        return *it;
    const auto c = std::int32_t(names.size());
    codes.insert(text, c);
    names.push_back(text);
    return c;
}

bool SnapshotDecoder::append(Dataset &ds, const QString &id, const QString &name, const QString &csm,
                             const QString &segment, double arr, std::int64_t renewalDay, const void *blob, int size)
{
    const std::size_t row = ds.accountIds.size();
    ds.accountIds.push_back(id);
    ds.names.push_back(name);
    ds.csm.push_back(code(m_csmCodes, ds.csmNames, csm));
    ds.segment.push_back(code(m_segmentCodes, ds.segmentNames, segment));
    ds.arr.push_back(arr);
    ds.renewalDay.push_back(renewalDay);
    auto columnOf = [this](int index) {
        return index < int(m_columnOfSignal.size()) ? m_columnOfSignal[std::size_t(index)] : -1;
    };
    auto roleOf = [this](int index) {
        return index < int(m_roleOfSignal.size()) ? m_roleOfSignal[std::size_t(index)] : AttributeRole::None;
    };
    return SnapshotCodec::decode(
        blob, size,
        [&](int index, double v) {
            // A built attribute as of this week wins over the account's stored one.
            switch (roleOf(index)) {
            case AttributeRole::Arr:
                ds.arr[row] = v;
                break;
            case AttributeRole::RenewalDate:
                if (const auto day = SnapshotCodec::dayNumber(v))
                    ds.renewalDay[row] = *day;
                break;
            default:
                break;
            }
            const int col = columnOf(index);
            if (col >= 0 && ds.columns[std::size_t(col)].info.type != SignalType::Category)
                ds.columns[std::size_t(col)].numbers[row] = v;
        },
        [&](int index, const char *utf8, int length) {
            switch (roleOf(index)) {
            case AttributeRole::Csm:
                ds.csm[row] = code(m_csmCodes, ds.csmNames, QString::fromUtf8(utf8, length));
                break;
            case AttributeRole::Segment:
                ds.segment[row] = code(m_segmentCodes, ds.segmentNames, QString::fromUtf8(utf8, length));
                break;
            case AttributeRole::Name:
                ds.names[row] = QString::fromUtf8(utf8, length);
                break;
            default:
                break;
            }
            const int col = columnOf(index);
            if (col < 0)
                return;
            Column &c = ds.columns[std::size_t(col)];
            if (c.info.type != SignalType::Category)
                return;
            auto &dict = m_dictionaries[std::size_t(col)];
            auto it = dict.constFind(QByteArray::fromRawData(utf8, length));
            if (it == dict.constEnd()) {
                const auto code = std::int32_t(c.dictionary.size());
                dict.insert(QByteArray(utf8, length), code);
                c.dictionary.push_back(QString::fromUtf8(utf8, length));
                c.codes[row] = code;
            } else {
                c.codes[row] = *it;
            }
        });
}

} // namespace tierlab
