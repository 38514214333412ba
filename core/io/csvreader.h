#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

class QCryptographicHash;
class QIODevice;
class QStringDecoder;

namespace tierlab {

enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Latin1 };
QString textEncodingName(TextEncoding encoding);

// A streaming RFC 4180 reader. Memory stays constant whatever the file size: the file is read in
// chunks and a record is parsed in place; a field is a view valid until the next call to next().
// Everything is handed out as UTF-8: UTF-16 (with BOM) and non-UTF-8 (read as Latin-1) files are
// converted chunk by chunk. Not thread-safe; one reader per thread.
class CsvReader
{
public:
    struct Options
    {
        char delimiter = 0;                         // 0: detect among , ; tab |
        std::int64_t chunkSize = 1 << 20;           // bytes read from the device at a time
        std::int64_t maxRecordSize = 64 << 20;      // a longer record stops reading (runaway quote)
    };

    CsvReader();
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    Result<void> open(const QString &path, const Options &options);
    Result<void> open(const QString &path) { return open(path, Options()); }
    // Reads from memory (previews, tests). The data is copied.
    Result<void> openData(const QByteArray &data, const Options &options);
    Result<void> openData(const QByteArray &data) { return openData(data, Options()); }

    TextEncoding encoding() const { return m_encoding; }
    // Why a file is read as Latin-1: the first byte of the first 64 KiB that is not valid UTF-8 (its
    // 0-based offset, -1 when there is none; its value; the line it is on).
    std::int64_t badUtf8Offset() const { return m_badUtf8Offset; }
    int badUtf8Byte() const { return m_badUtf8Byte; }
    std::int64_t badUtf8Line() const { return m_badUtf8Line; }
    char delimiter() const { return m_delimiter; }
    QString fileName() const { return m_fileName; }

    // Advances to the next record: true when one is available, false at the end of the file.
    // Empty lines are skipped (they still count as physical lines).
    Result<bool> next();

    int fieldCount() const { return int(m_fields.size()); }
    std::string_view field(int i) const { return m_fields[std::size_t(i)]; }
    QString text(int i) const;
    QStringList texts() const;
    // Physical line (1-based) where the current record starts.
    std::int64_t line() const { return m_line; }
    // The current record ran to the end of the file inside a quoted field.
    bool unterminatedQuote() const { return m_unterminated; }
    std::int64_t recordNumber() const { return m_recordNumber; }   // 1-based, header included

    std::int64_t bytesRead() const { return m_bytesRead; }         // raw bytes read from the file
    std::int64_t totalBytes() const { return m_totalBytes; }       // file size, -1 when unknown
    int chunksRead() const { return m_chunks; }
    // BLAKE2b-256 hex of the raw bytes; the file's hash once next() returned false.
    QString contentHash() const;

private:
    enum class Parse { Complete, NeedMore };
    Result<void> start(const Options &options);
    Result<bool> fill();   // false at end of file
    Parse parseRecord(bool atEof);
    char detectDelimiter();
    void hash(const char *data, std::int64_t size);

    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<QStringDecoder> m_decoder;
    std::unique_ptr<QCryptographicHash> m_hash;
    class Hasher;                      // hashes a large file's chunks on a thread of its own
    std::unique_ptr<Hasher> m_hasher;
    QString m_fileName;
    TextEncoding m_encoding = TextEncoding::Utf8;
    std::int64_t m_badUtf8Offset = -1;
    int m_badUtf8Byte = 0;
    std::int64_t m_badUtf8Line = 0;
    char m_delimiter = ',';
    std::int64_t m_chunkSize = 1 << 20;
    std::int64_t m_maxRecordSize = 64 << 20;

    std::string m_buf;          // UTF-8 bytes; [m_pos, m_end) is unparsed
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    bool m_eof = false;
    QByteArray m_raw;           // read buffer for the converting encodings
    QString m_pendingHigh;      // a high surrogate waiting for its pair from the next chunk
    std::string m_scratch;      // unescaped quoted fields; reserved so views stay valid

    std::vector<std::string_view> m_fields;
    std::int64_t m_line = 0;
    std::int64_t m_nextLine = 1;
    std::int64_t m_recordLines = 0;
    bool m_unterminated = false;
    bool m_blank = false;
    std::int64_t m_recordNumber = 0;
    std::int64_t m_bytesRead = 0;
    std::int64_t m_totalBytes = -1;
    int m_chunks = 0;
};

} // namespace tierlab
