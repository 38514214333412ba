#include "analysis/historycache.h"

#include "analysis/snapshothistory.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>

namespace tierlab {

namespace {

// The messages' translation context.
struct HistoryFileText
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCache)
};

constexpr char kMagic[8] = {'T', 'L', 'H', 'I', 'S', 'T', '\r', '\n'};
// Raised whenever the file's layout or SnapshotHistory's packed forms change.
constexpr std::uint32_t kFormat = 1;
constexpr std::uint32_t kByteOrder = 0x01020304;
constexpr int kKeepFiles = 4;

// A 64-bit running checksum over every byte, one multiply per eight bytes, the same however the
// bytes are split into calls: it finds damage (a torn copy, a flipped bit), not forgery — the
// structural checks are what keep a crafted file harmless.
class Checksum
{
public:
    void add(const void *data, std::size_t bytes)
    {
        const auto *p = static_cast<const unsigned char *>(data);
        m_total += bytes;
        while (bytes > 0 && m_pendingBytes > 0) {
            takeByte(*p++);
            --bytes;
        }
        for (; bytes >= 8; bytes -= 8, p += 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            mix(w);
        }
        while (bytes-- > 0)
            takeByte(*p++);
    }
    std::uint64_t value() const
    {
        Checksum last = *this;
        last.mix(last.m_pending ^ (last.m_total << 3));
        return last.m_h;
    }

private:
    void takeByte(unsigned char b)
    {
        m_pending |= std::uint64_t(b) << (8 * m_pendingBytes);
        if (++m_pendingBytes == 8) {
            mix(m_pending);
            m_pending = 0;
            m_pendingBytes = 0;
        }
    }
    void mix(std::uint64_t w) { m_h = std::rotl((m_h ^ w) * 0x9E3779B97F4A7C15ull, 27) + 0x632BE59BD9B4E019ull; }
    std::uint64_t m_h = 0xCBF29CE484222325ull;
    std::uint64_t m_pending = 0;
    std::uint64_t m_total = 0;
    int m_pendingBytes = 0;
};

class Writer
{
public:
    explicit Writer(QSaveFile &file) : m_file(file) { m_buffer.reserve(kBuffer); }

    void raw(const void *data, std::size_t bytes)
    {
        if (bytes == 0)
            return;
        m_sum.add(data, bytes);
        put(data, bytes);
    }
    template <typename T>
    void value(T v)
    {
        raw(&v, sizeof v);
    }
    template <typename T>
    void vec(const std::vector<T> &v)
    {
        value(std::uint64_t(v.size()));
        raw(v.data(), v.size() * sizeof(T));
    }
    void strings(const std::vector<QString> &v)
    {
        std::vector<std::uint32_t> lengths(v.size());
        for (std::size_t i = 0; i < v.size(); ++i)
            lengths[i] = std::uint32_t(v[i].size());
        vec(lengths);
        for (const QString &s : v)
            raw(s.utf16(), std::size_t(s.size()) * sizeof(char16_t));
    }
    void string(const QString &s) { strings({s}); }
    bool finish()
    {
        const std::uint64_t sum = m_sum.value();
        put(&sum, sizeof sum);
        flush();
        return m_ok;
    }

private:
    static constexpr std::size_t kBuffer = 1 << 20;
    void put(const void *data, std::size_t bytes)
    {
        if (m_buffer.size() + bytes > kBuffer || bytes >= kBuffer / 4)
            flush();
        if (bytes >= kBuffer / 4) {
            m_ok = m_ok && m_file.write(static_cast<const char *>(data), qint64(bytes)) == qint64(bytes);
            return;
        }
        const auto *p = static_cast<const char *>(data);
        m_buffer.insert(m_buffer.end(), p, p + bytes);
    }
    void flush()
    {
        if (!m_buffer.empty())
            m_ok = m_ok && m_file.write(m_buffer.data(), qint64(m_buffer.size())) == qint64(m_buffer.size());
        m_buffer.clear();
    }

    QSaveFile &m_file;
    std::vector<char> m_buffer;
    Checksum m_sum;
    bool m_ok = true;
};

// Reads what Writer wrote; every count is checked against the bytes left before anything is
// allocated, so a crafted count cannot ask for gigabytes. The first failure is kept and sticks.
class Reader
{
public:
    Reader(QFile &file, std::uint64_t size) : m_file(file), m_left(size) {}

    bool ok() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }
    bool bad(const QString &what)
    {
        if (m_problem.isEmpty())
            m_problem = what;
        return false;
    }
    std::uint64_t left() const { return m_left; }

    bool raw(void *data, std::size_t bytes)
    {
        if (!ok())
            return false;
        if (bytes == 0)
            return true;
        if (bytes > m_left)
            return bad(HistoryFileText::tr("it ends early"));
        if (!fetch(static_cast<char *>(data), bytes))
            return bad(HistoryFileText::tr("it cannot be read: %1").arg(m_file.errorString()));
        m_sum.add(data, bytes);
        m_left -= bytes;
        return true;
    }
    template <typename T>
    bool value(T &v)
    {
        return raw(&v, sizeof v);
    }
    // A vector of `expected` elements (any count when `expected` is npos).
    template <typename T>
    bool vec(std::vector<T> &v, std::size_t expected = npos)
    {
        std::uint64_t n = 0;
        if (!value(n))
            return false;
        if (expected != npos && n != expected)
            return bad(HistoryFileText::tr("a column has %1 values where %2 are expected").arg(n).arg(expected));
        if (n > m_left / sizeof(T))
            return bad(HistoryFileText::tr("it ends early"));
        v.resize(std::size_t(n));
        return raw(v.data(), v.size() * sizeof(T));
    }
    bool strings(std::vector<QString> &v, std::size_t expected = npos)
    {
        std::vector<std::uint32_t> lengths;
        if (!vec(lengths, expected))
            return false;
        std::uint64_t total = 0;
        for (std::uint32_t n : lengths)
            total += n;
        if (total > m_left / sizeof(char16_t))
            return bad(HistoryFileText::tr("it ends early"));
        QString all(qsizetype(total), Qt::Uninitialized);
        if (!raw(all.data(), std::size_t(total) * sizeof(char16_t)))
            return false;
        v.resize(lengths.size());
        qsizetype at = 0;
        for (std::size_t i = 0; i < lengths.size(); ++i) {
            v[i] = all.mid(at, qsizetype(lengths[i]));
            at += qsizetype(lengths[i]);
        }
        return true;
    }
    bool string(QString &s)
    {
        std::vector<QString> one;
        if (!strings(one, 1))
            return false;
        s = std::move(one.front());
        return true;
    }
    std::uint64_t sum() const { return m_sum.value(); }
    // The checksum after the last counted byte: read, not counted.
    bool trailer(std::uint64_t &stored)
    {
        return fetch(reinterpret_cast<char *>(&stored), sizeof stored);
    }

    static constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();

private:
    static constexpr std::size_t kBuffer = 1 << 20;
    // Small reads (a count, a code) come from a buffer, large columns straight into their vector:
    // one system call per value was most of the time of reading a file of 146,843 outcomes.
    bool fetch(char *out, std::size_t bytes)
    {
        const std::size_t buffered = std::min(bytes, m_buffer.size() - m_at);
        if (buffered > 0)   // the buffer's data() is null before the first fill
            std::memcpy(out, m_buffer.data() + m_at, buffered);
        m_at += buffered;
        out += buffered;
        bytes -= buffered;
        if (bytes == 0)
            return true;
        if (bytes >= kBuffer / 4)
            return m_file.read(out, qint64(bytes)) == qint64(bytes);
        m_buffer.resize(kBuffer);
        const qint64 got = m_file.read(m_buffer.data(), qint64(kBuffer));
        m_buffer.resize(std::size_t(std::max<qint64>(got, 0)));
        m_at = std::min(bytes, m_buffer.size());
        std::memcpy(out, m_buffer.data(), m_at);
        return m_at == bytes;
    }

    QFile &m_file;
    std::vector<char> m_buffer;
    std::size_t m_at = 0;
    std::uint64_t m_left;
    Checksum m_sum;
    QString m_problem;
};

std::int64_t dayOf(QDate d)
{
    return d.isValid() ? d.toJulianDay() : std::numeric_limits<std::int64_t>::min();
}

// A stored day: a valid date, or null when `nullable` and stored as null.
bool readDay(Reader &in, QDate &d, bool nullable)
{
    std::int64_t jd = 0;
    if (!in.value(jd))
        return false;
    if (jd == std::numeric_limits<std::int64_t>::min() && nullable) {
        d = QDate();
        return true;
    }
    d = QDate::fromJulianDay(jd);
    return d.isValid() || in.bad(HistoryFileText::tr("a date is out of range"));
}

template <typename Code>
bool codesBelow(const std::vector<Code> &codes, std::size_t limit)
{
    if (limit > std::size_t(std::numeric_limits<Code>::max()))
        return true;
    return std::all_of(codes.begin(), codes.end(), [limit](Code c) { return std::size_t(c) < limit; });
}

} // namespace

// The one place that knows SnapshotHistory's members and the file's layout.
struct HistoryFile
{
    static void write(Writer &out, const PackedNumbers &p)
    {
        out.value(std::uint8_t(p.m_kind));
        switch (p.m_kind) {
        case PackedNumbers::Kind::Int8:
            out.vec(p.m_i8);
            break;
        case PackedNumbers::Kind::Int16:
            out.vec(p.m_i16);
            break;
        case PackedNumbers::Kind::Int32:
            out.vec(p.m_i32);
            break;
        case PackedNumbers::Kind::Table8:
            out.vec(p.m_t8);
            out.vec(p.m_f64);
            break;
        case PackedNumbers::Kind::Table16:
            out.vec(p.m_t16);
            out.vec(p.m_f64);
            break;
        case PackedNumbers::Kind::Float:
            out.vec(p.m_f32);
            break;
        case PackedNumbers::Kind::Double:
            out.vec(p.m_f64);
            break;
        }
    }

    static bool read(Reader &in, PackedNumbers &p, std::size_t rows)
    {
        std::uint8_t kind = 0;
        if (!in.value(kind))
            return false;
        if (kind > std::uint8_t(PackedNumbers::Kind::Double))
            return in.bad(HistoryFileText::tr("a column has an unknown form"));
        p.m_kind = PackedNumbers::Kind(kind);
        p.m_size = rows;
        // A table's codes must point into the table.
        auto table = [&](auto &codes) {
            if (!in.vec(codes, rows) || !in.vec(p.m_f64))
                return false;
            return codesBelow(codes, p.m_f64.size()) || in.bad(HistoryFileText::tr("a column's code is out of range"));
        };
        switch (p.m_kind) {
        case PackedNumbers::Kind::Int8:
            return in.vec(p.m_i8, rows);
        case PackedNumbers::Kind::Int16:
            return in.vec(p.m_i16, rows);
        case PackedNumbers::Kind::Int32:
            return in.vec(p.m_i32, rows);
        case PackedNumbers::Kind::Table8:
            return table(p.m_t8);
        case PackedNumbers::Kind::Table16:
            return table(p.m_t16);
        case PackedNumbers::Kind::Float:
            return in.vec(p.m_f32, rows);
        case PackedNumbers::Kind::Double:
            return in.vec(p.m_f64, rows);
        }
        return false;
    }

    static void write(Writer &out, const PackedCodes &p)
    {
        const std::uint8_t width = !p.m_u8.empty() ? 1 : !p.m_u16.empty() ? 2 : 4;
        out.value(width);
        if (width == 1)
            out.vec(p.m_u8);
        else if (width == 2)
            out.vec(p.m_u16);
        else
            out.vec(p.m_i32);
    }

    // Codes are kMissingCode or below `dictionary`; the narrow forms store code + 1.
    static bool read(Reader &in, PackedCodes &p, std::size_t rows, std::size_t dictionary)
    {
        std::uint8_t width = 0;
        if (!in.value(width))
            return false;
        p.m_size = rows;
        bool inRange = false;
        if (width == 1) {
            if (!in.vec(p.m_u8, rows))
                return false;
            inRange = codesBelow(p.m_u8, dictionary + 1);
        } else if (width == 2) {
            if (!in.vec(p.m_u16, rows))
                return false;
            inRange = codesBelow(p.m_u16, dictionary + 1);
        } else if (width == 4) {
            if (!in.vec(p.m_i32, rows))
                return false;
            inRange = std::all_of(p.m_i32.begin(), p.m_i32.end(),
                                  [&](std::int32_t c) { return c >= kMissingCode && (c < 0 || std::size_t(c) < dictionary); });
        } else {
            return in.bad(HistoryFileText::tr("a column has an unknown form"));
        }
        return inRange || in.bad(HistoryFileText::tr("a column's code is out of range"));
    }

    static void write(Writer &out, const SnapshotHistory &h, const QString &stamp)
    {
        out.raw(kMagic, sizeof kMagic);
        out.value(kFormat);
        out.value(kByteOrder);
        out.string(stamp);
        out.value(std::uint64_t(h.m_dates.size()));
        for (QDate d : h.m_dates)
            out.value(dayOf(d));
        out.value(std::uint64_t(h.m_outcomes.size()));
        for (const OutcomeRecord &o : h.m_outcomes) {
            out.string(o.accountId);
            out.value(std::uint8_t(o.kind));
            out.value(dayOf(o.date));
            out.value(o.arrChange);
            out.value(dayOf(o.snapshotAsOf));
        }
        out.value(std::uint64_t(h.m_catalogue.size()));
        for (const SignalInfo &s : h.m_catalogue) {
            out.value(std::int32_t(s.index));
            out.strings({s.id, s.label, s.unit, s.originalName});
            out.value(std::uint8_t(s.type));
            out.value(std::uint8_t(s.role));
        }
        out.strings(h.m_accountIds);
        out.strings(h.m_accountNames);
        out.vec(h.m_accountArr);
        out.vec(h.m_accountRenewal);
        for (const SnapshotHistory::PackedWeek &w : h.m_weeks) {
            out.vec(w.account);
            out.strings(w.csmNames);
            write(out, w.csm);
            out.strings(w.segmentNames);
            write(out, w.segment);
            for (std::size_t c = 0; c < h.m_catalogue.size(); ++c) {
                if (h.m_catalogue[c].type == SignalType::Category) {
                    out.strings(w.dictionaries[c]);
                    write(out, w.codes[c]);
                } else {
                    write(out, w.numbers[c]);
                }
            }
            out.vec(w.present);
            out.vec(w.arr);
            out.vec(w.renewalDay);
            out.strings(w.names);
        }
    }

    // The header up to the stamp: false with NotFound-worthy `stale` when it is someone else's.
    static bool readHeader(Reader &in, const QString &stamp, bool &stale)
    {
        char magic[sizeof kMagic];
        std::uint32_t format = 0, order = 0;
        if (!in.raw(magic, sizeof magic) || std::memcmp(magic, kMagic, sizeof magic) != 0)
            return in.bad(HistoryFileText::tr("it is not a Tierlab history cache"));
        if (!in.value(format) || !in.value(order))
            return false;
        QString stored;
        if (!in.string(stored))
            return false;
        stale = format != kFormat || order != kByteOrder || stored != stamp;
        return true;
    }

    static bool read(Reader &in, SnapshotHistory &h, const std::atomic<bool> *cancel, bool &cancelled)
    {
        std::uint64_t n = 0;
        if (!in.value(n) || n > in.left() / sizeof(std::int64_t))
            return in.bad(HistoryFileText::tr("it ends early"));
        h.m_dates.resize(std::size_t(n));
        for (QDate &d : h.m_dates)
            if (!readDay(in, d, false))
                return false;
        if (!std::is_sorted(h.m_dates.begin(), h.m_dates.end())
            || std::adjacent_find(h.m_dates.begin(), h.m_dates.end()) != h.m_dates.end())
            return in.bad(HistoryFileText::tr("its weeks are out of order"));
        // Each outcome takes at least 33 bytes: a bound before reserving.
        if (!in.value(n) || n > in.left() / 33)
            return in.bad(HistoryFileText::tr("it ends early"));
        h.m_outcomes.resize(std::size_t(n));
        for (OutcomeRecord &o : h.m_outcomes) {
            std::uint8_t kind = 0;
            if (!in.string(o.accountId) || !in.value(kind) || !readDay(in, o.date, true) || !in.value(o.arrChange)
                || !readDay(in, o.snapshotAsOf, true))
                return false;
            if (kind > std::uint8_t(OutcomeKind::Retained))
                return in.bad(HistoryFileText::tr("an outcome has an unknown kind"));
            o.kind = OutcomeKind(kind);
        }
        if (!in.value(n) || n > in.left() / 14)
            return in.bad(HistoryFileText::tr("it ends early"));
        h.m_catalogue.resize(std::size_t(n));
        for (SignalInfo &s : h.m_catalogue) {
            std::int32_t index = 0;
            std::uint8_t type = 0, role = 0;
            std::vector<QString> texts;
            if (!in.value(index) || !in.strings(texts, 4) || !in.value(type) || !in.value(role))
                return false;
            if (index < 0 || type > std::uint8_t(SignalType::Flag) || role > std::uint8_t(AttributeRole::Name))
                return in.bad(HistoryFileText::tr("a signal's description is damaged"));
            s.index = index;
            s.id = texts[0];
            s.label = texts[1];
            s.unit = texts[2];
            s.originalName = texts[3];
            s.type = SignalType(type);
            s.role = AttributeRole(role);
        }
        const std::size_t columns = h.m_catalogue.size();
        if (!in.strings(h.m_accountIds))
            return false;
        const std::size_t accounts = h.m_accountIds.size();
        if (accounts > std::size_t(std::numeric_limits<std::int32_t>::max()))
            return in.bad(HistoryFileText::tr("it has too many accounts"));
        if (!in.strings(h.m_accountNames, accounts) || !in.vec(h.m_accountArr, accounts)
            || !in.vec(h.m_accountRenewal, accounts))
            return false;
        h.m_weeks.resize(h.m_dates.size());
        for (SnapshotHistory::PackedWeek &w : h.m_weeks) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                cancelled = true;
                return false;
            }
            if (!in.vec(w.account))
                return false;
            const std::size_t rows = w.account.size();
            if (!std::all_of(w.account.begin(), w.account.end(),
                             [accounts](std::int32_t a) { return a >= 0 && std::size_t(a) < accounts; }))
                return in.bad(HistoryFileText::tr("a week names an account that is not there"));
            if (!in.strings(w.csmNames) || !read(in, w.csm, rows, w.csmNames.size()) || !in.strings(w.segmentNames)
                || !read(in, w.segment, rows, w.segmentNames.size()))
                return false;
            w.numbers.resize(columns);
            w.codes.resize(columns);
            w.dictionaries.resize(columns);
            for (std::size_t c = 0; c < columns; ++c) {
                const bool ok = h.m_catalogue[c].type == SignalType::Category
                                    ? in.strings(w.dictionaries[c]) && read(in, w.codes[c], rows, w.dictionaries[c].size())
                                    : read(in, w.numbers[c], rows);
                if (!ok)
                    return false;
            }
            if (!in.vec(w.present, columns))
                return false;
            if (!std::all_of(w.present.begin(), w.present.end(),
                             [rows](std::int64_t p) { return p >= 0 && std::uint64_t(p) <= rows; }))
                return in.bad(HistoryFileText::tr("a week's counts are damaged"));
            // Per-row attributes are either absent or one per row.
            if (!in.vec(w.arr) || !in.vec(w.renewalDay) || !in.strings(w.names))
                return false;
            for (std::size_t size : {w.arr.size(), w.renewalDay.size(), w.names.size()})
                if (size != 0 && size != rows)
                    return in.bad(HistoryFileText::tr("a week's attributes are damaged"));
        }
        return true;
    }

    // After index(): every account at most once per week and every id once.
    static bool consistent(const SnapshotHistory &h)
    {
        if (std::size_t(h.m_accountIndex.size()) != h.m_accountIds.size())
            return false;
        const std::size_t accounts = h.m_accountIds.size();
        for (std::size_t w = 0; w < h.m_weeks.size(); ++w) {
            const auto &account = h.m_weeks[w].account;
            for (std::size_t r = 0; r < account.size(); ++r)
                if (h.m_rows[w * accounts + std::size_t(account[r])] != std::int32_t(r))
                    return false;
        }
        return true;
    }

    static void markCached(SnapshotHistory &h) { h.m_fromCache = true; }
    static void index(SnapshotHistory &h) { h.index(); }
};

namespace HistoryCache {

QString defaultDirectory()
{
    const QString configured = qEnvironmentVariable("TIERLAB_CACHE_DIR");
    if (configured == u"off")
        return {};
    if (!configured.isEmpty())
        return configured;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return base.isEmpty() ? QString() : base + u"/tierlab/history";
}

QString fileFor(const QString &directory, const QString &workspacePath)
{
    const QFileInfo info(workspacePath);
    const QString canonical = info.canonicalFilePath();
    const QString key = canonical.isEmpty() ? info.absoluteFilePath() : canonical;
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QDir(directory).filePath(QString::fromLatin1(hash) + u".history");
}

Result<std::shared_ptr<const SnapshotHistory>> read(const QString &file, const QString &stamp,
                                                    const std::atomic<bool> *cancel)
{
    QFile f(file);
    if (!f.exists())
        return fail(HistoryFileText::tr("%1: no history cache").arg(file), Error::Code::NotFound);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(HistoryFileText::tr("%1: cannot be read: %2").arg(file, f.errorString()), Error::Code::Io);
    const qint64 size = f.size();
    if (size < qint64(sizeof kMagic + sizeof(std::uint64_t)))
        return fail(HistoryFileText::tr("%1: the history cache is damaged: it ends early").arg(file), Error::Code::Corrupt);
    // The last eight bytes are the checksum of everything before them.
    Reader in(f, std::uint64_t(size) - sizeof(std::uint64_t));
    auto damaged = [&file](const QString &why) {
        return fail(HistoryFileText::tr("%1: the history cache is damaged: %2").arg(file, why), Error::Code::Corrupt);
    };
    bool stale = false;
    if (!HistoryFile::readHeader(in, stamp, stale))
        return damaged(in.problem());
    if (stale)
        return fail(HistoryFileText::tr("%1: the history cache is of other data").arg(file), Error::Code::NotFound);
    auto history = std::make_shared<SnapshotHistory>();
    bool cancelled = false;
    if (!HistoryFile::read(in, *history, cancel, cancelled)) {
        if (cancelled)
            return fail(SnapshotHistory::tr("Loading the history was cancelled."), Error::Code::Cancelled);
        return damaged(in.problem());
    }
    if (in.left() != 0)
        return damaged(HistoryFileText::tr("it has bytes after its end"));
    std::uint64_t stored = 0;
    if (!in.trailer(stored) || stored != in.sum())
        return damaged(HistoryFileText::tr("its checksum does not match"));
    HistoryFile::index(*history);
    if (!HistoryFile::consistent(*history))
        return damaged(HistoryFileText::tr("an account appears twice"));
    HistoryFile::markCached(*history);
    return std::shared_ptr<const SnapshotHistory>(std::move(history));
}

namespace {

// The most recently written files stay; an interrupted write's leftovers go after a day.
void prune(const QDir &dir, const QString &kept)
{
    const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Time);
    int histories = 0;
    for (const QFileInfo &f : files) {
        if (f.fileName().endsWith(u".history")) {
            if (f.absoluteFilePath() != kept && ++histories >= kKeepFiles)
                QFile::remove(f.absoluteFilePath());
        } else if (f.lastModified().secsTo(QDateTime::currentDateTime()) > 24 * 3600) {
            QFile::remove(f.absoluteFilePath());
        }
    }
}

} // namespace

Result<void> write(const SnapshotHistory &history, const QString &file, const QString &stamp)
{
    const QFileInfo info(file);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(HistoryFileText::tr("%1: the folder cannot be created").arg(info.absolutePath()), Error::Code::Io);
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return fail(HistoryFileText::tr("%1: cannot be written: %2").arg(file, f.errorString()), Error::Code::Io);
    Writer out(f);
    HistoryFile::write(out, history, stamp);
    if (!out.finish() || !f.commit())
        return fail(HistoryFileText::tr("%1: cannot be written: %2").arg(file, f.errorString()), Error::Code::Io);
    prune(info.absoluteDir(), info.absoluteFilePath());
    return {};
}

} // namespace HistoryCache

} // namespace tierlab
