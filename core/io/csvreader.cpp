#include "csvreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstring>

namespace tierlab {

namespace {

// True when `data` is valid UTF-8, ignoring a sequence cut off by the end of the sample.
bool looksLikeUtf8(const unsigned char *p, std::size_t n)
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
            return false;
        // A sequence cut off by the end of the sample is judged by the bytes present.
        for (std::size_t k = 1; k <= std::size_t(extra) && i + k < n; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += std::size_t(extra) + 1;
    }
    return true;
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

CsvReader::CsvReader() = default;
CsvReader::~CsvReader() = default;

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
    m_hash = std::make_unique<QCryptographicHash>(QCryptographicHash::Blake2b_256);
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
    } else if (!looksLikeUtf8(h, std::size_t(head.size()))) {
        m_encoding = TextEncoding::Latin1;
    } else {
        m_encoding = TextEncoding::Utf8;
    }
    if (bom > 0) {
        const QByteArray skipped = m_device->read(bom);
        m_hash->addData(skipped);
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
        m_hash->addData(QByteArrayView(m_buf.data() + m_end, n));
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
    m_hash->addData(QByteArrayView(m_raw.constData(), n));
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
            while (p < end && *p != d && *p != '\n' && *p != '\r')
                ++p;
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
    return m_hash ? QString::fromLatin1(m_hash->result().toHex()) : QString();
}

} // namespace tierlab
