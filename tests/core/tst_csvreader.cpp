#include "io/csvreader.h"

#include <QTest>

using namespace tierlab;

namespace {

QString escaped(QString s)
{
    return s.replace(u'\r', QStringLiteral("\\r")).replace(u'\n', QStringLiteral("\\n"));
}

// "line:field|field|…" per record; a '!' after the line marks an unclosed quote.
QStringList dump(CsvReader &reader)
{
    QStringList out;
    for (;;) {
        auto more = reader.next();
        if (!more)
            return {QStringLiteral("ERROR ") + more.error().message};
        if (!*more)
            break;
        QStringList fields;
        for (const QString &f : reader.texts())
            fields << escaped(f);
        out << QString::number(reader.line()) + (reader.unterminatedQuote() ? QStringLiteral("!") : QString())
                   + u':' + fields.join(u'|');
    }
    return out;
}

QString fixture(const char *name)
{
    return QFINDTESTDATA(QStringLiteral("../data/csv/") + QLatin1StringView(name));
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void memoryData();
    void delimiterOverride();
    void recordTooLong();
    void missingFile();
    void progressAndHash();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("chunk");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("expected");

    struct Case
    {
        const char *name;
        const char *file;
        const char *encoding;
        const char *delimiter;
        QStringList expected;
    };
    const QStringList basic = {QStringLiteral("1:id|name|value"), QStringLiteral("2:1|Alpha|10"),
                               QStringLiteral("3:2|Beta|20")};
    const QStringList quoted = {QStringLiteral("1:id|note|value"), QStringLiteral("2:1|a, b|10"),
                                QStringLiteral("3:2|say \"hi\"|20"), QStringLiteral("4:3|line one\\nline two|30"),
                                QStringLiteral("6:4|plain|40")};
    const QStringList quotedCrlf = {QStringLiteral("1:id|note|value"), QStringLiteral("2:1|a, b|10"),
                                    QStringLiteral("3:2|say \"hi\"|20"),
                                    QStringLiteral("4:3|line one\\r\\nline two|30"), QStringLiteral("6:4|plain|40")};
    const QStringList utf16 = {QStringLiteral("1:id|name"), QStringLiteral("2:1|Zoë"),
                               QStringLiteral("3:2|Müller 😀")};
    const Case cases[] = {
        {"LF", "basic_lf.csv", "UTF-8", ",", basic},
        {"CRLF", "basic_crlf.csv", "UTF-8", ",", basic},
        {"quoted LF: delimiter, doubled quotes, newline", "quoted_lf.csv", "UTF-8", ",", quoted},
        {"quoted CRLF", "quoted_crlf.csv", "UTF-8", ",", quotedCrlf},
        {"UTF-8 BOM", "bom_utf8.csv", "UTF-8 (BOM)", ",",
         {QStringLiteral("1:id|name"), QStringLiteral("2:1|Zoë"), QStringLiteral("3:2|Müller")}},
        {"UTF-16LE BOM", "utf16le.csv", "UTF-16LE", ",", utf16},
        {"UTF-16BE BOM", "utf16be.csv", "UTF-16BE", ",", utf16},
        {"Latin-1 fallback", "latin1.csv", "ISO-8859-1", ",", {QStringLiteral("1:id|name"), QStringLiteral("2:1|José")}},
        {"semicolon", "semicolon.csv", "UTF-8", ";",
         {QStringLiteral("1:id|amount|rate"), QStringLiteral("2:1|1.234,5|12,5%"), QStringLiteral("3:2|7|3")}},
        {"tab", "tab.tsv", "UTF-8", "\t",
         {QStringLiteral("1:id|name|value"), QStringLiteral("2:1|A, B|10"), QStringLiteral("3:2|C|20")}},
        {"pipe", "pipe.csv", "UTF-8", "|",
         {QStringLiteral("1:id|name|value"), QStringLiteral("2:1|A; B|10"), QStringLiteral("3:2|C|20")}},
        {"sniffing ignores quoted delimiters", "sniff_quoted.csv", "UTF-8", ",",
         {QStringLiteral("1:name|desc|n"), QStringLiteral("2:x|a;b;c|1"), QStringLiteral("3:y|d;e;f|2")}},
        {"trailing empty lines", "trailing_empty.csv", "UTF-8", ",", {QStringLiteral("1:a|b"), QStringLiteral("2:1|2")}},
        {"trailing empty lines CRLF", "trailing_empty_crlf.csv", "UTF-8", ",",
         {QStringLiteral("1:a|b"), QStringLiteral("2:1|2")}},
        {"no final newline", "no_final_newline.csv", "UTF-8", ",", {QStringLiteral("1:a|b"), QStringLiteral("2:1|2")}},
        {"wrong field counts", "wrong_count.csv", "UTF-8", ",",
         {QStringLiteral("1:a|b|c"), QStringLiteral("2:1|2|3"), QStringLiteral("3:4|5"), QStringLiteral("4:6|7|8|9"),
          QStringLiteral("5:10|11|12")}},
        {"unterminated quote at EOF", "unterminated.csv", "UTF-8", ",",
         {QStringLiteral("1:a|b"), QStringLiteral("2:1|2"), QStringLiteral("3!:3|open\\n4,5\\n")}},
        {"empty fields", "empty_fields.csv", "UTF-8", ",",
         {QStringLiteral("1:a|b|c"), QStringLiteral("2:||"), QStringLiteral("3:|x|")}},
        {"header only", "header_only.csv", "UTF-8", ",", {QStringLiteral("1:a|b|c")}},
        {"empty file", "empty.csv", "UTF-8", ",", {}},
    };
    // Every case once with the normal chunk and once with tiny chunks, so that records, quotes,
    // CRLF pairs and UTF-16 code units straddle chunk boundaries.
    for (const Case &c : cases) {
        for (qint64 chunk : {qint64(1) << 20, qint64(16), qint64(17)}) {
            QTest::addRow("%s (chunk %lld)", c.name, chunk)
                << fixture(c.file) << chunk << QString::fromLatin1(c.encoding) << QString::fromLatin1(c.delimiter)
                << c.expected;
        }
    }
}

void TestCsvReader::records()
{
    QFETCH(QString, file);
    QFETCH(qint64, chunk);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, expected);
    QVERIFY(!file.isEmpty());
    CsvReader reader;
    CsvReader::Options options;
    options.chunkSize = chunk;
    if (chunk < 1024 && delimiter != u",")
        options.delimiter = delimiter.at(0).toLatin1();   // tiny first chunks are too short to sniff
    auto opened = reader.open(file, options);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(textEncodingName(reader.encoding()), encoding);
    QCOMPARE(QString(QLatin1Char(reader.delimiter())), delimiter);
    QCOMPARE(dump(reader), expected);
    // At the end it stays at the end.
    auto again = reader.next();
    QVERIFY(again && !*again);
    QCOMPARE(reader.bytesRead(), QFileInfo(file).size());
}

void TestCsvReader::memoryData()
{
    CsvReader reader;
    QVERIFY(reader.openData(QByteArrayLiteral("x;y\r\n\"a;b\";2\r\n")));
    QCOMPARE(reader.delimiter(), ';');
    QCOMPARE(dump(reader), (QStringList{QStringLiteral("1:x|y"), QStringLiteral("2:a;b|2")}));
}

void TestCsvReader::delimiterOverride()
{
    CsvReader reader;
    CsvReader::Options options;
    options.delimiter = ';';
    QVERIFY(reader.open(fixture("basic_lf.csv"), options));
    QCOMPARE(reader.delimiter(), ';');
    QCOMPARE(dump(reader), (QStringList{QStringLiteral("1:id,name,value"), QStringLiteral("2:1,Alpha,10"),
                                        QStringLiteral("3:2,Beta,20")}));
}

void TestCsvReader::recordTooLong()
{
    CsvReader reader;
    CsvReader::Options options;
    options.chunkSize = 16;
    options.maxRecordSize = 64;
    QByteArray data = "a,b\n1,\"" + QByteArray(200, 'x') + "\"\n";
    QVERIFY(reader.openData(data, options));
    auto header = reader.next();
    QVERIFY(header && *header);
    auto r = reader.next();
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Invalid);
    QVERIFY2(r.error().message.contains(QStringLiteral("line 2")), qPrintable(r.error().message));
}

void TestCsvReader::missingFile()
{
    CsvReader reader;
    auto r = reader.open(QStringLiteral("/nonexistent/nope.csv"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Io);
    QVERIFY(r.error().message.contains(QStringLiteral("/nonexistent/nope.csv")));
}

void TestCsvReader::progressAndHash()
{
    CsvReader a, b;
    CsvReader::Options small;
    small.chunkSize = 16;
    QVERIFY(a.open(fixture("quoted_lf.csv")));
    QVERIFY(b.open(fixture("quoted_lf.csv"), small));
    dump(a);
    dump(b);
    QCOMPARE(a.chunksRead(), 1);
    QCOMPARE(b.chunksRead(), int((QFileInfo(fixture("quoted_lf.csv")).size() + 15) / 16));
    QCOMPARE(a.contentHash().size(), 64);
    QCOMPARE(a.contentHash(), b.contentHash());
    CsvReader c;
    QVERIFY(c.open(fixture("quoted_crlf.csv")));
    dump(c);
    QVERIFY(c.contentHash() != a.contentHash());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
