#include "analysis/snapshothistory.h"

#include "analysis/historycache.h"

#include "store/snapshotcodec.h"
#include "store/snapshotstream.h"

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <limits>
#include <optional>
#include <thread>
#include <unordered_map>

namespace tierlab {

namespace {

std::uint64_t bitsOf(double v)
{
    return std::bit_cast<std::uint64_t>(v);
}

const std::uint64_t kMissingBits = bitsOf(kMissing);

// Distinct bit patterns in first-seen order, up to `limit`; false once there are more.
class DistinctValues
{
public:
    explicit DistinctValues(std::size_t limit) : m_limit(limit)
    {
        std::size_t capacity = 16;
        int bits = 4;
        while (capacity < 2 * limit) {
            capacity *= 2;
            ++bits;
        }
        m_keys.assign(capacity, 0);
        m_codes.assign(capacity, -1);
        m_mask = capacity - 1;
        m_shift = 64 - bits;
    }

    // The value's code, or -1 when it would be one distinct value too many.
    std::int32_t code(std::uint64_t bits)
    {
        // The product's high bits: whole numbers as doubles differ only in their high bits.
        std::size_t slot = std::size_t((bits * 0x9E3779B97F4A7C15ull) >> m_shift);
        for (;;) {
            if (m_codes[slot] < 0) {
                if (m_values.size() >= m_limit)
                    return -1;
                m_keys[slot] = bits;
                m_codes[slot] = std::int32_t(m_values.size());
                m_values.push_back(std::bit_cast<double>(bits));
                return m_codes[slot];
            }
            if (m_keys[slot] == bits)
                return m_codes[slot];
            slot = (slot + 1) & m_mask;
        }
    }
    std::vector<double> &values() { return m_values; }

private:
    std::size_t m_limit, m_mask = 0;
    int m_shift = 60;
    std::vector<std::uint64_t> m_keys;
    std::vector<std::int32_t> m_codes;
    std::vector<double> m_values;
};

// Codes of `values` into a table of at most `limit` distinct values; false when there are more.
template <typename Code>
bool tableCodes(std::span<const double> values, std::size_t limit, std::vector<Code> &codes, std::vector<double> &table)
{
    DistinctValues distinct(limit);
    codes.resize(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::int32_t c = distinct.code(bitsOf(values[i]));
        if (c < 0) {
            codes.clear();
            codes.shrink_to_fit();
            return false;
        }
        codes[i] = Code(c);
    }
    table = std::move(distinct.values());
    table.shrink_to_fit();
    return true;
}

template <typename Int>
void narrow(std::span<const double> values, std::vector<Int> &out)
{
    out.resize(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        out[i] = std::isnan(values[i]) ? std::numeric_limits<Int>::min() : Int(values[i]);
}

template <typename Int>
double widen(Int v)
{
    return v == std::numeric_limits<Int>::min() ? kMissing : double(v);
}

} // namespace

PackedNumbers PackedNumbers::pack(std::span<const double> values)
{
    PackedNumbers p;
    p.m_size = values.size();
    // Which exact forms hold every value: integers (and their range) and floats; a NaN other than the
    // missing value's bits only fits a table or double.
    bool ints = true, floats = true;
    std::int64_t lo = 0, hi = 0;
    for (double v : values) {
        if (std::isnan(v)) {
            if (bitsOf(v) != kMissingBits)
                ints = floats = false;
            continue;
        }
        if (ints) {
            if (v >= -2147483647.0 && v <= 2147483647.0 && bitsOf(double(std::int32_t(v))) == bitsOf(v)) {
                lo = std::min(lo, std::int64_t(v));
                hi = std::max(hi, std::int64_t(v));
            } else {
                ints = false;
            }
        }
        if (floats && bitsOf(double(float(v))) != bitsOf(v))
            floats = false;
        if (!ints && !floats)
            break;
    }
    if (ints && lo >= -127 && hi <= 127) {
        p.m_kind = Kind::Int8;
        narrow(values, p.m_i8);
        return p;
    }
    if (tableCodes(values, 256, p.m_t8, p.m_f64)) {
        p.m_kind = Kind::Table8;
        return p;
    }
    if (ints && lo >= -32767 && hi <= 32767) {
        p.m_kind = Kind::Int16;
        narrow(values, p.m_i16);
        return p;
    }
    // A two-byte table only pays when it is likely to fit: a first slice with few distinct values.
    DistinctValues probe(4096);
    bool fewDistinct = true;
    for (std::size_t i = 0; i < std::min<std::size_t>(values.size(), 16384) && fewDistinct; ++i)
        fewDistinct = probe.code(bitsOf(values[i])) >= 0;
    if (fewDistinct && tableCodes(values, 65536, p.m_t16, p.m_f64)) {
        p.m_kind = Kind::Table16;
        return p;
    }
    if (ints) {
        p.m_kind = Kind::Int32;
        narrow(values, p.m_i32);
    } else if (floats) {
        p.m_kind = Kind::Float;
        p.m_f32.resize(values.size());
        for (std::size_t i = 0; i < values.size(); ++i)
            p.m_f32[i] = float(values[i]);
    } else {
        p.m_kind = Kind::Double;
        p.m_f64.assign(values.begin(), values.end());
    }
    return p;
}

double PackedNumbers::at(std::size_t row) const
{
    switch (m_kind) {
    case Kind::Int8:
        return widen(m_i8[row]);
    case Kind::Int16:
        return widen(m_i16[row]);
    case Kind::Int32:
        return widen(m_i32[row]);
    case Kind::Table8:
        return m_f64[m_t8[row]];
    case Kind::Table16:
        return m_f64[m_t16[row]];
    case Kind::Float:
        return std::isnan(m_f32[row]) ? kMissing : double(m_f32[row]);
    case Kind::Double:
        break;
    }
    return m_f64[row];
}

void PackedNumbers::expand(bool all, std::span<const std::int32_t> rows, std::vector<double> &out) const
{
    const std::size_t n = all ? m_size : rows.size();
    out.resize(n);
    // One loop per kind: the switch is outside the per-value work.
    auto fill = [&](auto &&get) {
        if (all)
            for (std::size_t i = 0; i < n; ++i)
                out[i] = get(i);
        else
            for (std::size_t i = 0; i < n; ++i)
                out[i] = get(std::size_t(rows[i]));
    };
    switch (m_kind) {
    case Kind::Int8:
        fill([this](std::size_t r) { return widen(m_i8[r]); });
        break;
    case Kind::Int16:
        fill([this](std::size_t r) { return widen(m_i16[r]); });
        break;
    case Kind::Int32:
        fill([this](std::size_t r) { return widen(m_i32[r]); });
        break;
    case Kind::Table8:
        fill([this](std::size_t r) { return m_f64[m_t8[r]]; });
        break;
    case Kind::Table16:
        fill([this](std::size_t r) { return m_f64[m_t16[r]]; });
        break;
    case Kind::Float:
        fill([this](std::size_t r) { return std::isnan(m_f32[r]) ? kMissing : double(m_f32[r]); });
        break;
    case Kind::Double:
        fill([this](std::size_t r) { return m_f64[r]; });
        break;
    }
}

std::size_t PackedNumbers::memoryBytes() const
{
    return m_i8.size() + 2 * m_i16.size() + 4 * m_i32.size() + m_t8.size() + 2 * m_t16.size() + 4 * m_f32.size()
           + 8 * m_f64.size();
}

PackedCodes PackedCodes::pack(std::span<const std::int32_t> codes, std::size_t dictionarySize)
{
    PackedCodes p;
    p.m_size = codes.size();
    if (dictionarySize < 255) {
        p.m_u8.resize(codes.size());
        for (std::size_t i = 0; i < codes.size(); ++i)
            p.m_u8[i] = std::uint8_t(codes[i] + 1);
    } else if (dictionarySize < 65535) {
        p.m_u16.resize(codes.size());
        for (std::size_t i = 0; i < codes.size(); ++i)
            p.m_u16[i] = std::uint16_t(codes[i] + 1);
    } else {
        p.m_i32.assign(codes.begin(), codes.end());
    }
    return p;
}

std::int32_t PackedCodes::at(std::size_t row) const
{
    if (!m_u8.empty())
        return std::int32_t(m_u8[row]) - 1;
    if (!m_u16.empty())
        return std::int32_t(m_u16[row]) - 1;
    return m_i32[row];
}

void PackedCodes::expand(bool all, std::span<const std::int32_t> rows, std::vector<std::int32_t> &out) const
{
    const std::size_t n = all ? m_size : rows.size();
    out.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        out[i] = at(all ? i : std::size_t(rows[i]));
}

namespace {

// The accounts of the workspace by slot (accounts.pk in ascending order), with the attribute texts
// numbered once so that a week's CSM and segment codes need no string hashing per row.
struct AccountSlots
{
    std::vector<const StoredAccount *> account;
    std::vector<std::int32_t> csmText, segmentText;   // per slot: index into texts, -1 = empty
    std::vector<QString> texts;
    std::vector<std::int32_t> denseSlot;              // by pk, when the pks are dense
    std::unordered_map<std::int64_t, std::int32_t> sparseSlot;

    explicit AccountSlots(const StoredAccounts &accounts)
    {
        std::vector<std::int64_t> pks;
        pks.reserve(accounts.size());
        std::int64_t maxPk = 0;
        bool positive = true;
        for (const auto &[pk, a] : accounts) {
            pks.push_back(pk);
            maxPk = std::max(maxPk, pk);
            positive = positive && pk >= 0;
        }
        std::sort(pks.begin(), pks.end());
        const bool dense = positive && maxPk < std::int64_t(4 * pks.size() + 1024);
        if (dense)
            denseSlot.assign(std::size_t(maxPk) + 1, -1);
        QHash<QString, std::int32_t> textIndex;
        auto number = [&](const QString &t) -> std::int32_t {
            if (t.isEmpty())
                return -1;
            auto it = textIndex.constFind(t);
            if (it != textIndex.constEnd())
                return *it;
            const auto i = std::int32_t(texts.size());
            textIndex.insert(t, i);
            texts.push_back(t);
            return i;
        };
        for (std::int64_t pk : pks) {
            const auto slot = std::int32_t(account.size());
            const StoredAccount &a = accounts.at(pk);
            account.push_back(&a);
            csmText.push_back(number(a.csm));
            segmentText.push_back(number(a.segment));
            if (dense)
                denseSlot[std::size_t(pk)] = slot;
            else
                sparseSlot.emplace(pk, slot);
        }
    }

    std::int32_t slotOf(std::int64_t pk) const
    {
        if (!denseSlot.empty())
            return pk >= 0 && pk < std::int64_t(denseSlot.size()) ? denseSlot[std::size_t(pk)] : -1;
        const auto it = sparseSlot.find(pk);
        return it == sparseSlot.end() ? -1 : it->second;
    }
};

// Decodes one week's stored rows straight into the packed form, with the same values, codes and
// first-seen orders as SnapshotDecoder. One per thread; its scratch columns are reused week to week.
class WeekDecoder
{
public:
    WeekDecoder(const std::vector<SignalInfo> &catalogue, const AccountSlots &slots) : m_catalogue(catalogue), m_slots(slots)
    {
        for (std::size_t c = 0; c < catalogue.size(); ++c) {
            const SignalInfo &info = catalogue[c];
            if (info.index >= int(m_columnOf.size())) {
                m_columnOf.resize(std::size_t(info.index) + 1, -1);
                m_roleOf.resize(std::size_t(info.index) + 1, AttributeRole::None);
            }
            m_columnOf[std::size_t(info.index)] = int(c);
            m_roleOf[std::size_t(info.index)] = info.role;
        }
        m_numbers.resize(catalogue.size());
        m_codes.resize(catalogue.size());
        m_dictionaryIndex.resize(catalogue.size());
    }

    Result<void> decode(SnapshotStream &stream, QDate asOf, const QString &path, SnapshotHistory::PackedWeek &out)
    {
        out = SnapshotHistory::PackedWeek();
        out.dictionaries.resize(m_catalogue.size());
        for (std::size_t c = 0; c < m_catalogue.size(); ++c) {
            // Every row starts missing: one bulk fill per week instead of a push per row and column.
            std::fill(m_numbers[c].begin(), m_numbers[c].end(), kMissing);
            std::fill(m_codes[c].begin(), m_codes[c].end(), kMissingCode);
            m_dictionaryIndex[c].clear();
        }
        m_rows = 0;
        m_csm.clear();
        m_segment.clear();
        m_weekCsm.assign(m_slots.texts.size(), -2);
        m_weekSegment.assign(m_slots.texts.size(), -2);
        m_csmByText.clear();
        m_segmentByText.clear();
        bool damaged = false;
        std::int64_t damagedPk = 0;
        auto scanned = stream.scan(asOf, [&](std::int64_t pk, const void *blob, int size) {
            const std::int32_t slot = m_slots.slotOf(pk);
            if (slot < 0) {
                damaged = true;
                damagedPk = -1;
                return false;
            }
            if (!append(out, slot, blob, size)) {
                damaged = true;
                damagedPk = pk;
                return false;
            }
            return true;
        });
        if (damaged && damagedPk < 0)
            return fail(SnapshotHistory::tr("%1: the snapshot changed while it was read").arg(path), Error::Code::Corrupt);
        if (damaged)
            return fail(SnapshotHistory::tr("%1: the values of account %2 on %3 are damaged")
                            .arg(path, m_slots.account[std::size_t(m_slots.slotOf(damagedPk))]->id, asOf.toString(Qt::ISODate)),
                        Error::Code::Corrupt);
        if (!scanned)
            return std::unexpected(scanned.error());
        out.csm = PackedCodes::pack(m_csm, out.csmNames.size());
        out.segment = PackedCodes::pack(m_segment, out.segmentNames.size());
        out.numbers.resize(m_catalogue.size());
        out.codes.resize(m_catalogue.size());
        out.present.assign(m_catalogue.size(), 0);
        for (std::size_t c = 0; c < m_catalogue.size(); ++c) {
            if (m_catalogue[c].type == SignalType::Category) {
                const std::span<const std::int32_t> codes(m_codes[c].data(), m_rows);
                out.codes[c] = PackedCodes::pack(codes, out.dictionaries[c].size());
                out.present[c] = std::count_if(codes.begin(), codes.end(), [](std::int32_t v) { return v >= 0; });
            } else {
                const std::span<const double> numbers(m_numbers[c].data(), m_rows);
                out.numbers[c] = PackedNumbers::pack(numbers);
                out.present[c] = std::count_if(numbers.begin(), numbers.end(), [](double v) { return !std::isnan(v); });
            }
        }
        out.account.shrink_to_fit();
        return {};
    }

private:
    // SnapshotDecoder::code(): the week's code of a text, new codes in first-seen order.
    static std::int32_t codeOf(QHash<QString, std::int32_t> &byText, std::vector<QString> &names, const QString &text)
    {
        if (text.isEmpty())
            return kMissingCode;
        auto it = byText.constFind(text);
        if (it != byText.constEnd())
            return *it;
        const auto c = std::int32_t(names.size());
        byText.insert(text, c);
        names.push_back(text);
        return c;
    }
    std::int32_t storedCode(std::vector<std::int32_t> &weekCode, QHash<QString, std::int32_t> &byText,
                            std::vector<QString> &names, std::int32_t text)
    {
        if (text < 0)
            return kMissingCode;
        std::int32_t &c = weekCode[std::size_t(text)];
        if (c == -2)
            c = codeOf(byText, names, m_slots.texts[std::size_t(text)]);
        return c;
    }

    bool append(SnapshotHistory::PackedWeek &out, std::int32_t slot, const void *blob, int size)
    {
        const std::size_t row = out.account.size();
        const StoredAccount &a = *m_slots.account[std::size_t(slot)];
        out.account.push_back(slot);
        m_csm.push_back(storedCode(m_weekCsm, m_csmByText, out.csmNames, m_slots.csmText[std::size_t(slot)]));
        m_segment.push_back(storedCode(m_weekSegment, m_segmentByText, out.segmentNames, m_slots.segmentText[std::size_t(slot)]));
        if (!out.arr.empty())
            out.arr.push_back(a.arr);
        if (!out.renewalDay.empty())
            out.renewalDay.push_back(a.renewalDay);
        if (!out.names.empty())
            out.names.push_back(a.name);
        if (row >= m_capacity) {
            m_capacity = std::max<std::size_t>(4096, 2 * m_capacity);
            for (std::size_t c = 0; c < m_catalogue.size(); ++c) {
                if (m_catalogue[c].type == SignalType::Category)
                    m_codes[c].resize(m_capacity, kMissingCode);
                else
                    m_numbers[c].resize(m_capacity, kMissing);
            }
        }
        m_rows = row + 1;
        // An attribute a built signal sets this week: the column starts as the stored values.
        auto attribute = [&](auto &column, auto stored) -> auto & {
            if (column.empty()) {
                column.reserve(m_csm.capacity());
                for (std::size_t r = 0; r <= row; ++r)
                    column.push_back(stored(*m_slots.account[std::size_t(out.account[r])]));
            }
            return column[row];
        };
        auto columnOf = [this](int index) { return index < int(m_columnOf.size()) ? m_columnOf[std::size_t(index)] : -1; };
        auto roleOf = [this](int index) {
            return index < int(m_roleOf.size()) ? m_roleOf[std::size_t(index)] : AttributeRole::None;
        };
        return SnapshotCodec::decode(
            blob, size,
            [&](int index, double v) {
                switch (roleOf(index)) {
                case AttributeRole::Arr:
                    attribute(out.arr, [](const StoredAccount &s) { return s.arr; }) = v;
                    break;
                case AttributeRole::RenewalDate:
                    if (const auto day = SnapshotCodec::dayNumber(v))
                        attribute(out.renewalDay, [](const StoredAccount &s) { return s.renewalDay; }) = *day;
                    break;
                default:
                    break;
                }
                const int col = columnOf(index);
                if (col >= 0 && m_catalogue[std::size_t(col)].type != SignalType::Category)
                    m_numbers[std::size_t(col)][row] = v;
            },
            [&](int index, const char *utf8, int length) {
                switch (roleOf(index)) {
                case AttributeRole::Csm:
                    m_csm[row] = codeOf(m_csmByText, out.csmNames, QString::fromUtf8(utf8, length));
                    break;
                case AttributeRole::Segment:
                    m_segment[row] = codeOf(m_segmentByText, out.segmentNames, QString::fromUtf8(utf8, length));
                    break;
                case AttributeRole::Name:
                    attribute(out.names, [](const StoredAccount &s) { return s.name; }) = QString::fromUtf8(utf8, length);
                    break;
                default:
                    break;
                }
                const int col = columnOf(index);
                if (col < 0 || m_catalogue[std::size_t(col)].type != SignalType::Category)
                    return;
                auto &dict = m_dictionaryIndex[std::size_t(col)];
                auto &names = out.dictionaries[std::size_t(col)];
                auto it = dict.constFind(QByteArray::fromRawData(utf8, length));
                if (it == dict.constEnd()) {
                    const auto code = std::int32_t(names.size());
                    dict.insert(QByteArray(utf8, length), code);
                    names.push_back(QString::fromUtf8(utf8, length));
                    m_codes[std::size_t(col)][row] = code;
                } else {
                    m_codes[std::size_t(col)][row] = *it;
                }
            });
    }

    const std::vector<SignalInfo> &m_catalogue;
    const AccountSlots &m_slots;
    std::vector<int> m_columnOf;
    std::vector<AttributeRole> m_roleOf;
    std::vector<std::vector<double>> m_numbers;
    std::vector<std::vector<std::int32_t>> m_codes;
    std::size_t m_rows = 0, m_capacity = 0;   // this week's rows; the scratch columns' size
    std::vector<QHash<QByteArray, std::int32_t>> m_dictionaryIndex;
    std::vector<std::int32_t> m_csm, m_segment;
    std::vector<std::int32_t> m_weekCsm, m_weekSegment;   // per text index: its code this week, -2 = not yet
    QHash<QString, std::int32_t> m_csmByText, m_segmentByText;
};

} // namespace

Result<std::shared_ptr<const SnapshotHistory>> SnapshotHistory::load(const Workspace &workspace,
                                                                     const HistoryLoadOptions &options)
{
    if (options.cacheDirectory.isEmpty())
        return decode(workspace, options);
    auto stamp = workspace.dataStamp();
    if (!stamp)
        return std::unexpected(stamp.error());
    const QString file = HistoryCache::fileFor(options.cacheDirectory, workspace.path());
    auto cached = HistoryCache::read(file, *stamp, options.cancel);
    if (cached) {
        const int weeks = int((*cached)->dates().size());
        if (options.progress)
            options.progress(weeks, weeks);
        return cached;
    }
    if (cached.error().code == Error::Code::Cancelled)
        return std::unexpected(cached.error());
    // Absent, stale or damaged: decode, and replace it.
    auto decoded = decode(workspace, options);
    if (!decoded)
        return decoded;
    std::size_t rows = 0;
    for (std::size_t w = 0; w < (*decoded)->dates().size(); ++w)
        rows += (*decoded)->weekSize(w);
    // Written only when no import landed while decoding: the stamp must describe what was read.
    if (rows >= options.cacheMinRows && rows > 0) {
        auto after = workspace.dataStamp();
        // Without the file the next load only decodes again.
        if (after && *after == *stamp) {
            if (options.deferCacheWrite) {
                options.deferCacheWrite([history = *decoded, file, written = *stamp] {
                    (void)HistoryCache::write(*history, file, written);
                });
            } else {
                (void)HistoryCache::write(**decoded, file, *stamp);
            }
        }
    }
    return decoded;
}

Result<std::shared_ptr<const SnapshotHistory>> SnapshotHistory::decode(const Workspace &workspace,
                                                                       const HistoryLoadOptions &options)
{
    auto history = std::make_shared<SnapshotHistory>();
    auto outcomes = workspace.outcomes();
    if (!outcomes)
        return std::unexpected(outcomes.error());
    history->m_outcomes = std::move(*outcomes);
    auto catalogue = workspace.signalCatalogue();
    if (!catalogue)
        return std::unexpected(catalogue.error());
    history->m_catalogue = std::move(*catalogue);
    auto dates = workspace.asOfDates();
    if (!dates)
        return std::unexpected(dates.error());
    history->m_dates = std::move(*dates);
    auto stream = workspace.snapshotStream();
    if (!stream)
        return std::unexpected(stream.error());
    const AccountSlots slots((*stream)->accounts());

    const int total = int(history->m_dates.size());
    history->m_weeks.resize(std::size_t(total));
    auto cancelled = [&options] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };

    // Weeks are handed out one at a time to the calling thread and the helpers, each reading through
    // its own connection (a Workspace is not thread-safe); the calling thread reports progress in order.
    std::atomic<int> next{0};
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::condition_variable changed;
    int finished = 0;
    std::optional<Error> firstError;
    auto work = [&](SnapshotStream &source) {
        WeekDecoder decoder(history->m_catalogue, slots);
        while (!stop.load(std::memory_order_relaxed) && !cancelled()) {
            const int w = next.fetch_add(1);
            if (w >= total)
                break;
            auto done = decoder.decode(source, history->m_dates[std::size_t(w)], workspace.path(),
                                       history->m_weeks[std::size_t(w)]);
            std::lock_guard lock(mutex);
            if (!done) {
                if (!firstError)
                    firstError = done.error();
                stop = true;
            } else {
                ++finished;
            }
            changed.notify_all();
        }
    };
    int reported = 0;
    auto report = [&] {
        // Called with the mutex unlocked; stops reporting once cancelled.
        for (;;) {
            int upTo;
            {
                std::lock_guard lock(mutex);
                upTo = finished;
            }
            if (reported >= upTo || cancelled())
                return;
            ++reported;
            if (options.progress)
                options.progress(reported, total);
        }
    };

    std::vector<std::thread> helpers;
    const int wanted = options.threads > 0 ? options.threads : std::clamp(int(std::thread::hardware_concurrency()), 1, 4);
    const int threads = std::clamp(wanted, 1, std::max(1, total));
    for (int t = 1; t < threads; ++t) {
        helpers.emplace_back([&] {
            auto own = Workspace::open(workspace.path());
            if (!own)
                return;   // the other threads take its weeks
            auto ownStream = (*own)->snapshotStream();
            if (ownStream)
                work(**ownStream);
        });
    }
    // The calling thread decodes too, reporting after each of its weeks, then waits for the rest.
    {
        WeekDecoder decoder(history->m_catalogue, slots);
        while (!stop.load(std::memory_order_relaxed) && !cancelled()) {
            const int w = next.fetch_add(1);
            if (w >= total)
                break;
            auto done = decoder.decode(**stream, history->m_dates[std::size_t(w)], workspace.path(),
                                       history->m_weeks[std::size_t(w)]);
            {
                std::lock_guard lock(mutex);
                if (!done) {
                    if (!firstError)
                        firstError = done.error();
                    stop = true;
                } else {
                    ++finished;
                }
            }
            report();
        }
    }
    for (;;) {
        report();
        std::unique_lock lock(mutex);
        if (finished == total || stop || cancelled())
            break;
        changed.wait_for(lock, std::chrono::milliseconds(50));
    }
    stop = true;
    for (std::thread &t : helpers)
        t.join();
    report();
    if (firstError)
        return std::unexpected(*firstError);
    if (reported < total)
        return fail(tr("Loading the history was cancelled."), Error::Code::Cancelled);

    // Account indices in order of first appearance over the weeks and their rows.
    std::vector<std::int32_t> indexOfSlot(slots.account.size(), -1);
    for (PackedWeek &week : history->m_weeks) {
        for (std::int32_t &a : week.account) {
            std::int32_t &index = indexOfSlot[std::size_t(a)];
            if (index < 0) {
                index = std::int32_t(history->m_accountIds.size());
                const StoredAccount &s = *slots.account[std::size_t(a)];
                history->m_accountIds.push_back(s.id);
                history->m_accountNames.push_back(s.name);
                history->m_accountArr.push_back(s.arr);
                history->m_accountRenewal.push_back(s.renewalDay);
            }
            a = index;
        }
    }
    history->index();
    return std::shared_ptr<const SnapshotHistory>(std::move(history));
}

void SnapshotHistory::index()
{
    const std::size_t accounts = m_accountIds.size();
    m_accountIndex.clear();
    m_accountIndex.reserve(qsizetype(accounts));
    for (std::size_t a = 0; a < accounts; ++a)
        m_accountIndex.insert(m_accountIds[a], int(a));
    m_rows.assign(accounts * m_weeks.size(), -1);
    for (std::size_t w = 0; w < m_weeks.size(); ++w) {
        std::int32_t *rows = m_rows.data() + w * accounts;
        const auto &account = m_weeks[w].account;
        for (std::size_t r = 0; r < account.size(); ++r)
            rows[std::size_t(account[r])] = std::int32_t(r);
    }
    m_cache.clear();
    m_cache.resize(m_weeks.size());
}

std::shared_ptr<const Dataset> SnapshotHistory::week(std::size_t index) const
{
    {
        std::lock_guard lock(m_cacheMutex);
        if (auto held = m_cache[index].lock())
            return held;
    }
    // Built outside the lock (several weeks may be built at once); the first one stored wins.
    auto built = std::make_shared<const Dataset>(build(index, true, {}, {}, true));
    std::lock_guard lock(m_cacheMutex);
    if (auto held = m_cache[index].lock())
        return held;
    m_cache[index] = built;
    return built;
}

Dataset SnapshotHistory::gather(std::size_t index, std::span<const std::int32_t> rows, std::span<const int> columnsWanted,
                                bool withNames) const
{
    return build(index, false, rows, columnsWanted, withNames);
}

// The snapshot's rows `rows` (every row when `all`) of the columns `columnsWanted` (all when empty).
Dataset SnapshotHistory::build(std::size_t index, bool all, std::span<const std::int32_t> rows,
                               std::span<const int> columnsWanted, bool withNames) const
{
    const PackedWeek &w = m_weeks[index];
    const std::size_t n = all ? w.account.size() : rows.size();
    auto rowAt = [&](std::size_t i) { return all ? i : std::size_t(rows[i]); };
    Dataset ds;
    ds.asOf = m_dates[index];
    ds.csmNames = w.csmNames;
    ds.segmentNames = w.segmentNames;
    ds.accountIds.resize(n);
    ds.arr.resize(n);
    ds.renewalDay.resize(n);
    if (withNames)
        ds.names.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t r = rowAt(i);
        const auto a = std::size_t(w.account[r]);
        ds.accountIds[i] = m_accountIds[a];
        ds.arr[i] = w.arr.empty() ? m_accountArr[a] : w.arr[r];
        ds.renewalDay[i] = w.renewalDay.empty() ? m_accountRenewal[a] : w.renewalDay[r];
        if (withNames)
            ds.names[i] = w.names.empty() ? m_accountNames[a] : w.names[r];
    }
    w.csm.expand(all, rows, ds.csm);
    w.segment.expand(all, rows, ds.segment);
    ds.columns.reserve(m_catalogue.size());
    for (std::size_t c = 0; c < m_catalogue.size(); ++c) {
        if (!columnsWanted.empty() && std::find(columnsWanted.begin(), columnsWanted.end(), int(c)) == columnsWanted.end())
            continue;
        Column col;
        col.info = m_catalogue[c];
        if (col.info.type == SignalType::Category) {
            col.dictionary = w.dictionaries[c];
            w.codes[c].expand(all, rows, col.codes);
        } else {
            w.numbers[c].expand(all, rows, col.numbers);
        }
        ds.columns.push_back(std::move(col));
    }
    return ds;
}

std::span<const std::int32_t> SnapshotHistory::rows(std::size_t week) const
{
    const std::size_t n = m_accountIds.size();
    return {m_rows.data() + week * n, n};
}

std::size_t SnapshotHistory::memoryBytes() const
{
    std::size_t bytes = m_rows.size() * sizeof(std::int32_t);
    for (const PackedWeek &w : m_weeks) {
        bytes += w.account.size() * sizeof(std::int32_t) + w.csm.memoryBytes() + w.segment.memoryBytes();
        bytes += w.arr.size() * sizeof(double) + w.renewalDay.size() * sizeof(std::int64_t) + w.names.size() * sizeof(QString);
        for (const PackedNumbers &p : w.numbers)
            bytes += p.memoryBytes();
        for (const PackedCodes &p : w.codes)
            bytes += p.memoryBytes();
    }
    bytes += m_accountIds.size() * (2 * sizeof(QString) + sizeof(double) + sizeof(std::int64_t));
    return bytes;
}

std::vector<SignalCoverage> SnapshotHistory::signalCoverage() const
{
    std::int64_t rows = 0;
    for (const PackedWeek &w : m_weeks)
        rows += std::int64_t(w.account.size());
    std::vector<SignalCoverage> out;
    for (std::size_t c = 0; c < m_catalogue.size(); ++c) {
        SignalCoverage s;
        s.info = m_catalogue[c];
        for (const PackedWeek &w : m_weeks)
            s.present += w.present[c];
        s.coverage = rows > 0 ? double(s.present) / double(rows) : 0.0;
        out.push_back(std::move(s));
    }
    return out;
}

void SnapshotHistory::completeSummary(WorkspaceSummary &summary) const
{
    summary.accountsPerAsOf.clear();
    summary.snapshotRows = 0;
    for (std::size_t w = 0; w < m_dates.size(); ++w) {
        summary.accountsPerAsOf.emplace_back(m_dates[w], std::int64_t(weekSize(w)));
        summary.snapshotRows += std::int64_t(weekSize(w));
    }
    summary.signalCoverage = signalCoverage();
}

} // namespace tierlab
