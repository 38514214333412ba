#include "csvreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tierlab {

namespace {

constexpr std::int64_t kHashThreadBytes = 4 << 20;   // smaller files are hashed as they are read

// The offset of the first byte that is not valid UTF-8, -1 when all are (a sequence cut off by the end of
// the sample counts as valid).
std::int64_t firstInvalidUtf8(const unsigned char *p, std::size_t n)
{
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        if (c >= 0xC2 && c <= 0xDF)
            extra = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            extra = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return std::int64_t(i);
        // A sequence cut off by the end of the sample is judged by the bytes present.
        for (std::size_t k = 1; k <= std::size_t(extra) && i + k < n; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return std::int64_t(i);
        }
        i += std::size_t(extra) + 1;
    }
    return -1;
}

// Where an unquoted field starting at `p` ends: the first delimiter, CR or LF, or `end`. Sixteen bytes
// a step (SSE2, part of x86-64): every byte of a file passes through here.
const char *unquotedFieldEnd(const char *p, const char *end, char d)
{
#if defined(__SSE2__)
    const __m128i delimiter = _mm_set1_epi8(d), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
    while (end - p >= 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(x, delimiter), _mm_or_si128(_mm_cmpeq_epi8(x, lf), _mm_cmpeq_epi8(x, cr)));
        if (const int bits = _mm_movemask_epi8(hit))
            return p + __builtin_ctz(unsigned(bits));
        p += 16;
    }
#endif
    while (p < end && *p != d && *p != '\n' && *p != '\r')
        ++p;
    return p;
}

// What a file that is not delimited text is, from its first bytes, and what to do about it; empty for
// text. Read as CSV such a file gives garbage columns (or, with --as-of, junk accounts).
struct NotText
{
    QString what;
    QString advice;
};

std::optional<NotText> sniffNotText(const QByteArray &head)
{
    auto starts = [&](const char *magic, qsizetype size) { return head.startsWith(QByteArrayView(magic, size)); };
    const QString saveAsCsv = QCoreApplication::translate("CsvReader", "open it in its program and save it as CSV (UTF-8)");
    if (starts("PK\x03\x04", 4) || starts("PK\x05\x06", 4))
        return NotText{QCoreApplication::translate("CsvReader", "an Excel workbook (ZIP)"), saveAsCsv};
    if (starts("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return NotText{QCoreApplication::translate("CsvReader", "an old Excel workbook (XLS)"), saveAsCsv};
    if (starts("\x1F\x8B", 2))
        return NotText{QCoreApplication::translate("CsvReader", "a gzip-compressed file"),
                       QCoreApplication::translate("CsvReader", "decompress it first (gunzip)")};
    if (starts("\xFD" "7zXZ\x00", 6) || starts("\x28\xB5\x2F\xFD", 4) || starts("7z\xBC\xAF\x27\x1C", 6)
        || (starts("BZh", 3) && head.mid(4, 6) == "1AY&SY"))
        return NotText{QCoreApplication::translate("CsvReader", "a compressed file"),
                       QCoreApplication::translate("CsvReader", "decompress it first")};
    if (starts("%PDF-", 5))
        return NotText{QCoreApplication::translate("CsvReader", "a PDF document"),
                       QCoreApplication::translate("CsvReader", "export the table from its source as CSV")};
    if (starts("\x89PNG\r\n\x1A\n", 8) || starts("\xFF\xD8\xFF", 3) || starts("GIF8", 4))
        return NotText{QCoreApplication::translate("CsvReader", "an image"),
                       QCoreApplication::translate("CsvReader", "export the table from its source as CSV")};
    if (starts("SQLite format 3\x00", 16))
        return NotText{QCoreApplication::translate("CsvReader", "a SQLite database (a Tierlab workspace?)"),
                       QCoreApplication::translate("CsvReader", "give it as --workspace, or export a CSV from it")};
    // UTF-16 without a byte-order mark: every other byte NUL. Any other NUL: binary, not text.
    const auto *p = reinterpret_cast<const unsigned char *>(head.constData());
    const qsizetype n = head.size();
    qsizetype nulEven = 0, nulOdd = 0, controls = 0, firstNul = -1;
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] == 0) {
            (i % 2 ? nulOdd : nulEven) += 1;
            if (firstNul < 0)
                firstNul = i;
        } else if (p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' && p[i] != '\r' && p[i] != '\f') {
            ++controls;
        }
    }
    if (n >= 4 && (nulOdd > n / 4 || nulEven > n / 4) && nulOdd + nulEven < n * 3 / 4)
        return NotText{nulOdd > nulEven ? QCoreApplication::translate("CsvReader", "UTF-16LE text without a byte-order mark")
                                        : QCoreApplication::translate("CsvReader", "UTF-16BE text without a byte-order mark"),
                       QCoreApplication::translate("CsvReader", "save it as UTF-8, or as UTF-16 with a byte-order mark")};
    if (firstNul >= 0)
        return NotText{QCoreApplication::translate("CsvReader", "a binary file (a NUL byte at byte %1)").arg(firstNul + 1),
                       QCoreApplication::translate("CsvReader", "give a CSV export instead")};
    if (n > 0 && controls * 20 > n)
        return NotText{QCoreApplication::translate("CsvReader", "a binary file (%1 control bytes in the first %2)").arg(controls).arg(n),
                       QCoreApplication::translate("CsvReader", "give a CSV export instead")};
    return std::nullopt;
}

} // namespace

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Latin1:
        return QStringLiteral("ISO-8859-1");
    }
    return {};
}

// BLAKE2 over a large file was a fifth of the reading thread's time (the thread that also splits the
// records, and the busier of an import's two): a file from kHashThreadBytes on is hashed on a thread of
// its own. Each chunk is copied for it (about a hundredth of the hashing's cost), so the reader's buffer
// is free at once; at most kMaxQueued bytes wait, so memory stays flat when the hashing falls behind.
class CsvReader::Hasher
{
public:
    explicit Hasher(QCryptographicHash &hash) : m_hash(hash), m_thread([this] { run(); }) {}
    ~Hasher()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    void add(const char *data, std::int64_t size)
    {
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [&] { return m_queuedBytes < kMaxQueued; });
        m_queue.emplace_back(data, qsizetype(size));
        m_queuedBytes += size;
        m_wake.notify_one();
    }
    // Returns once every chunk added so far is in the hash.
    void finish()
    {
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [&] { return m_queue.empty() && !m_busy; });
    }

private:
    static constexpr std::int64_t kMaxQueued = 8 << 20;
    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [&] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty())
                return;   // stopping, and nothing is left to hash
            const QByteArray chunk = std::move(m_queue.front());
            m_queue.pop_front();
            m_busy = true;
            lock.unlock();
            m_hash.addData(chunk);
            lock.lock();
            m_busy = false;
            m_queuedBytes -= chunk.size();
            m_done.notify_all();
        }
    }

    QCryptographicHash &m_hash;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_done;
    std::deque<QByteArray> m_queue;
    std::int64_t m_queuedBytes = 0;
    bool m_busy = false;
    bool m_stop = false;
    std::thread m_thread;   // last: it starts once the members it uses exist
};

CsvReader::CsvReader() = default;
CsvReader::~CsvReader() = default;

void CsvReader::hash(const char *data, std::int64_t size)
{
    if (m_hasher)
        m_hasher->add(data, size);
    else
        m_hash->addData(QByteArrayView(data, qsizetype(size)));
}

Result<void> CsvReader::open(const QString &path, const Options &options)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("CsvReader", "%1: cannot open the file: %2")
                        .arg(path, file->errorString()), Error::Code::Io);
    m_totalBytes = file->size();
    m_fileName = path;
    m_device = std::move(file);
    return start(options);
}

Result<void> CsvReader::openData(const QByteArray &data, const Options &options)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    m_totalBytes = data.size();
    m_fileName = QString();
    m_device = std::move(buffer);
    return start(options);
}

Result<void> CsvReader::start(const Options &options)
{
    m_chunkSize = std::max<std::int64_t>(options.chunkSize, 16);
    m_maxRecordSize = std::max<std::int64_t>(options.maxRecordSize, 16);
    m_hasher.reset();   // before the hash it feeds
    m_hash = std::make_unique<QCryptographicHash>(QCryptographicHash::Blake2b_256);
    if (m_totalBytes >= kHashThreadBytes)
        m_hasher = std::make_unique<Hasher>(*m_hash);
    m_decoder.reset();
    m_buf.clear();
    m_pos = m_end = 0;
    m_eof = false;
    m_pendingHigh.clear();
    m_fields.clear();
    m_line = 0;
    m_nextLine = 1;
    m_recordNumber = 0;
    m_bytesRead = 0;
    m_chunks = 0;
    m_badUtf8Offset = -1;

    // The byte-order mark decides; without one, UTF-8 unless the first 64 KiB are not valid UTF-8.
    const QByteArray head = m_device->peek(65536);
    const auto *h = reinterpret_cast<const unsigned char *>(head.constData());
    int bom = 0;
    if (head.size() >= 3 && h[0] == 0xEF && h[1] == 0xBB && h[2] == 0xBF) {
        m_encoding = TextEncoding::Utf8Bom;
        bom = 3;
    } else if (head.size() >= 2 && h[0] == 0xFF && h[1] == 0xFE) {
        m_encoding = TextEncoding::Utf16LE;
        bom = 2;
    } else if (head.size() >= 2 && h[0] == 0xFE && h[1] == 0xFF) {
        m_encoding = TextEncoding::Utf16BE;
        bom = 2;
    } else if (const auto notText = sniffNotText(head)) {
        const QString name = m_fileName.isEmpty() ? QCoreApplication::translate("CsvReader", "the data") : m_fileName;
        return fail(QCoreApplication::translate("CsvReader", "%1 looks like %2, not CSV: %3; nothing was imported")
                        .arg(name, notText->what, notText->advice),
                    Error::Code::Invalid);
    } else if (const std::int64_t bad = firstInvalidUtf8(h, std::size_t(head.size())); bad >= 0) {
        m_encoding = TextEncoding::Latin1;
        m_badUtf8Offset = bad;
        m_badUtf8Byte = h[bad];
        m_badUtf8Line = 1 + std::count(head.constData(), head.constData() + bad, '\n');
    } else {
        m_encoding = TextEncoding::Utf8;
    }
    if (bom > 0) {
        const QByteArray skipped = m_device->read(bom);
        hash(skipped.constData(), skipped.size());
        m_bytesRead += skipped.size();
    }
    // Stateful decoders: a code unit or sequence split across two chunks is carried over.
    if (m_encoding == TextEncoding::Utf16LE)
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16LE);
    else if (m_encoding == TextEncoding::Utf16BE)
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16BE);
    else if (m_encoding == TextEncoding::Latin1)
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Latin1);

    if (auto r = fill(); !r)
        return std::unexpected(r.error());
    m_delimiter = options.delimiter ? options.delimiter : detectDelimiter();
    return {};
}

Result<bool> CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        std::memmove(m_buf.data(), m_buf.data() + m_pos, m_end - m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    const auto chunk = std::size_t(m_chunkSize);
    if (!m_decoder) {
        if (m_buf.size() < m_end + chunk)
            m_buf.resize(m_end + chunk);
        const qint64 n = m_device->read(m_buf.data() + m_end, qint64(chunk));
        if (n < 0)
            return fail(QCoreApplication::translate("CsvReader", "%1: read error: %2")
                            .arg(m_fileName, m_device->errorString()), Error::Code::Io);
        if (n == 0) {
            m_eof = true;
            return false;
        }
        hash(m_buf.data() + m_end, n);
        m_end += std::size_t(n);
        m_bytesRead += n;
        ++m_chunks;
        return true;
    }
    m_raw.resize(qsizetype(chunk));
    const qint64 n = m_device->read(m_raw.data(), qint64(chunk));
    if (n < 0)
        return fail(QCoreApplication::translate("CsvReader", "%1: read error: %2")
                        .arg(m_fileName, m_device->errorString()), Error::Code::Io);
    if (n == 0) {
        m_eof = true;
        if (m_pendingHigh.isEmpty())
            return false;
        const QByteArray rest = m_pendingHigh.toUtf8();   // a lone surrogate: U+FFFD
        m_pendingHigh.clear();
        if (m_buf.size() < m_end + std::size_t(rest.size()))
            m_buf.resize(m_end + std::size_t(rest.size()));
        std::memcpy(m_buf.data() + m_end, rest.constData(), std::size_t(rest.size()));
        m_end += std::size_t(rest.size());
        return true;
    }
    hash(m_raw.constData(), n);
    m_bytesRead += n;
    ++m_chunks;
    QString decoded = m_pendingHigh;
    decoded += m_decoder->decode(QByteArrayView(m_raw.constData(), n));
    m_pendingHigh.clear();
    // A surrogate pair split by the chunk boundary: keep its first half for the next chunk.
    if (!decoded.isEmpty() && decoded.back().isHighSurrogate()) {
        m_pendingHigh = decoded.back();
        decoded.chop(1);
    }
    const QByteArray utf8 = decoded.toUtf8();
    if (m_buf.size() < m_end + std::size_t(utf8.size()))
        m_buf.resize(m_end + std::size_t(utf8.size()));
    std::memcpy(m_buf.data() + m_end, utf8.constData(), std::size_t(utf8.size()));
    m_end += std::size_t(utf8.size());
    return true;
}

char CsvReader::detectDelimiter()
{
    constexpr std::array<char, 4> candidates = {',', ';', '\t', '|'};
    char best = ',';
    double bestScore = 0;
    int bestWidth = 1;
    for (char c : candidates) {
        m_delimiter = c;
        m_pos = 0;
        std::vector<int> counts;
        while (counts.size() < 50 && m_pos < m_end) {
            if (parseRecord(m_eof) == Parse::NeedMore)
                break;
            if (!m_blank)
                counts.push_back(fieldCount());
        }
        if (counts.empty())
            continue;
        // The most frequent field count, and how consistently the lines have it.
        std::vector<int> sorted = counts;
        std::sort(sorted.begin(), sorted.end());
        int mode = sorted[0], modeFreq = 0;
        for (std::size_t i = 0; i < sorted.size();) {
            std::size_t j = i;
            while (j < sorted.size() && sorted[j] == sorted[i])
                ++j;
            if (int(j - i) >= modeFreq) {
                modeFreq = int(j - i);
                mode = sorted[i];
            }
            i = j;
        }
        if (mode < 2)
            continue;
        const double score = double(modeFreq) / double(counts.size());
        if (score > bestScore || (score == bestScore && mode > bestWidth)) {
            best = c;
            bestScore = score;
            bestWidth = mode;
        }
    }
    m_pos = 0;
    m_fields.clear();
    return best;
}

CsvReader::Parse CsvReader::parseRecord(bool atEof)
{
    m_fields.clear();
    m_scratch.clear();
    if (m_scratch.capacity() < m_end - m_pos)
        m_scratch.reserve(m_end - m_pos);   // appends never reallocate, so views into it stay valid
    const char *base = m_buf.data();
    const char *p = base + m_pos;
    const char *const end = base + m_end;
    const char d = m_delimiter;
    std::int64_t lines = 0;
    bool unterminated = false;

    if (p < end && (*p == '\n' || *p == '\r')) {
        if (*p == '\r') {
            if (p + 1 == end && !atEof)
                return Parse::NeedMore;
            p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
        } else {
            ++p;
        }
        m_blank = true;
        m_recordLines = 1;
        m_unterminated = false;
        m_pos = std::size_t(p - base);
        return Parse::Complete;
    }
    m_blank = false;

    for (;;) {
        if (p < end && *p == '"') {
            const char *s = ++p;
            bool escaped = false;
            const std::size_t scratchStart = m_scratch.size();
            for (;;) {
                const auto *q = static_cast<const char *>(std::memchr(p, '"', std::size_t(end - p)));
                if (!q) {
                    if (!atEof)
                        return Parse::NeedMore;
                    lines += std::count(p, end, '\n');
                    if (escaped)
                        m_scratch.append(p, end);
                    unterminated = true;
                    m_fields.emplace_back(escaped ? std::string_view(m_scratch.data() + scratchStart,
                                                                     m_scratch.size() - scratchStart)
                                                  : std::string_view(s, std::size_t(end - s)));
                    p = end;
                    break;
                }
                lines += std::count(p, q, '\n');
                if (q + 1 == end && !atEof)
                    return Parse::NeedMore;
                if (q + 1 < end && q[1] == '"') {
                    // A doubled quote: the field needs unescaping, so it moves to the scratch buffer.
                    if (!escaped) {
                        escaped = true;
                        m_scratch.append(s, q + 1);
                    } else {
                        m_scratch.append(p, q + 1);
                    }
                    p = q + 2;
                    continue;
                }
                if (escaped)
                    m_scratch.append(p, q);
                p = q + 1;
                // Text between the closing quote and the delimiter is not RFC 4180; keep it literally.
                const char *j = p;
                while (j < end && *j != d && *j != '\n' && *j != '\r')
                    ++j;
                if (j == end && !atEof)
                    return Parse::NeedMore;
                if (j != p) {
                    if (!escaped) {
                        escaped = true;
                        m_scratch.append(s, q);
                    }
                    m_scratch.append(p, j);
                    p = j;
                }
                m_fields.emplace_back(escaped ? std::string_view(m_scratch.data() + scratchStart,
                                                                 m_scratch.size() - scratchStart)
                                              : std::string_view(s, std::size_t(q - s)));
                break;
            }
        } else {
            const char *s = p;
            p = unquotedFieldEnd(p, end, d);
            if (p == end && !atEof)
                return Parse::NeedMore;
            m_fields.emplace_back(s, std::size_t(p - s));
        }
        if (p == end)
            break;   // only reached at end of file
        if (*p == d) {
            ++p;
            continue;
        }
        if (*p == '\r') {
            if (p + 1 == end && !atEof)
                return Parse::NeedMore;
            ++p;
            if (p < end && *p == '\n')
                ++p;
        } else {
            ++p;
        }
        ++lines;
        break;
    }
    m_recordLines = lines;
    m_unterminated = unterminated;
    m_pos = std::size_t(p - base);
    return Parse::Complete;
}

Result<bool> CsvReader::next()
{
    for (;;) {
        if (m_pos == m_end) {
            auto more = fill();
            if (!more)
                return std::unexpected(more.error());
            if (!*more && m_pos == m_end) {
                m_fields.clear();
                return false;
            }
        }
        if (parseRecord(m_eof) == Parse::NeedMore) {
            if (std::int64_t(m_end - m_pos) >= m_maxRecordSize) {
                return fail(QCoreApplication::translate("CsvReader", "%1: line %2: a record is longer than %3 bytes (a quote that is never closed?)")
                                .arg(m_fileName)
                                .arg(m_nextLine)
                                .arg(m_maxRecordSize),
                            Error::Code::Invalid);
            }
            if (auto more = fill(); !more)
                return std::unexpected(more.error());
            continue;
        }
        m_line = m_nextLine;
        m_nextLine += m_recordLines;
        if (m_blank)
            continue;
        ++m_recordNumber;
        return true;
    }
}

QString CsvReader::text(int i) const
{
    const std::string_view f = field(i);
    return QString::fromUtf8(f.data(), qsizetype(f.size()));
}

QStringList CsvReader::texts() const
{
    QStringList out;
    out.reserve(fieldCount());
    for (int i = 0; i < fieldCount(); ++i)
        out.append(text(i));
    return out;
}

QString CsvReader::contentHash() const
{
    if (m_hasher)
        m_hasher->finish();
    return m_hash ? QString::fromLatin1(m_hash->result().toHex()) : QString();
}

} // namespace tierlab
