#include "snapshotimporter.h"

#include "io/importsession.h"
#include "io/valueparser.h"
#include "store/snapshotcodec.h"
#include "store/workspace.h"
#include "io/textdictionary.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

namespace tierlab {

namespace {

QString quoted(std::string_view v)
{
    const std::string_view t = ValueParser::trimmed(v);
    return QString::fromUtf8(t.data(), qsizetype(std::min<std::size_t>(t.size(), 80)));
}

QString textOf(std::string_view v)
{
    const std::string_view t = ValueParser::trimmed(v);
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}

// The account attributes of one row, kept as bytes until they are written.
struct Attributes
{
    std::string name, csm, segment;
    double arr = kMissing;
    QDate renewal;
};

std::uint64_t attributesHash(const Attributes &a)
{
    std::uint64_t h = std::hash<std::string_view>()(a.name);
    const auto mix = [&h](std::uint64_t v) { h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2); };
    mix(std::hash<std::string_view>()(a.csm));
    mix(std::hash<std::string_view>()(a.segment));
    mix(std::hash<double>()(a.arr));
    mix(std::uint64_t(a.renewal.toJulianDay()));
    return h;
}

AccountRecord toRecord(const QString &id, const Attributes &a)
{
    AccountRecord r;
    r.id = id;
    r.name = QString::fromStdString(a.name);
    r.csm = QString::fromStdString(a.csm);
    r.segment = QString::fromStdString(a.segment);
    r.arr = a.arr;
    r.renewalDate = a.renewal;
    return r;
}

constexpr std::size_t kNumberEntry = 2 + 1 + 8;   // u16 index, u8 tag, f64

struct SignalColumn
{
    int column;          // mapping column
    int index;           // catalogue index
    ValueType valueType; // how the cell is read (the catalogue's type wins for existing signals)
    DateOrder order;
};

// Parsing and writing run on two threads: the calling thread owns the Workspace and writes; a
// worker reads, parses and validates the file. They meet in batches, one per chunk of the file,
// so that progress and cancel still act once per chunk.
struct ParsedRow
{
    std::int32_t account = 0;     // index in the parser's account table (creation order)
    std::int32_t asOfDay = 0;     // julian day
    std::uint32_t blobOffset = 0;
    std::uint32_t blobSize = 0;
    std::int8_t label = -1;       // -1 none, 0 retained, 1 churned
};

struct NewAccount
{
    std::string id;   // trimmed bytes
    Attributes attributes;
};

struct Batch
{
    std::vector<ParsedRow> rows;
    std::string blobs;
    std::vector<NewAccount> accounts;   // in creation order
    std::vector<NewAccount> latest;     // last batch: newer attributes
    std::int64_t bytesRead = 0;
    bool end = false;
    std::optional<Error> error;
};

class BatchQueue
{
public:
    void push(std::unique_ptr<Batch> b)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_batches.size() < kMaxBatches || m_stopped; });
        if (m_stopped)
            return;
        m_batches.push_back(std::move(b));
        m_notEmpty.notify_one();
    }
    std::unique_ptr<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_batches.empty(); });
        auto b = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return b;
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_notFull.notify_all();
    }
    bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }

private:
    static constexpr std::size_t kMaxBatches = 8;   // bounded: memory stays flat
    std::mutex m_mutex;
    std::condition_variable m_notEmpty, m_notFull;
    std::deque<std::unique_ptr<Batch>> m_batches;
    bool m_stopped = false;
};

// Kept per account for the whole import: small, since a CRM export can bring a million accounts.
struct ParserAccount
{
    std::int32_t attributesAsOf = 0;    // julian day of the row whose attributes are stored
    std::int32_t firstAsOf = 0;         // days imported for this account (duplicate check)
    std::vector<std::int32_t> moreAsOfs;
    std::uint64_t attributes = 0;       // their hash: rows repeating them change nothing
    std::unique_ptr<Attributes> latest; // newer attributes than those written at creation
};

// The worker: everything between the file and the batches. Touches the session's reader and
// rejects only; never the Workspace.
class Parser
{
public:
    Parser(ImportSession &session, const ImportMapping &mapping, std::vector<SignalColumn> signalColumns,
           BatchQueue &queue)
        : m_session(session), m_mapping(mapping), m_signals(std::move(signalColumns)), m_queue(queue)
    {
        m_idCol = mapping.columnWithRole(ColumnRole::AccountId);
        m_asOfCol = mapping.columnWithRole(ColumnRole::AsOf);
        m_nameCol = mapping.columnWithRole(ColumnRole::Name);
        m_csmCol = mapping.columnWithRole(ColumnRole::Csm);
        m_segmentCol = mapping.columnWithRole(ColumnRole::Segment);
        m_arrCol = mapping.columnWithRole(ColumnRole::Arr);
        m_renewalCol = mapping.columnWithRole(ColumnRole::RenewalDate);
        m_labelCol = mapping.columnWithRole(ColumnRole::Label);
        m_asOfOrder = m_asOfCol >= 0 ? mapping.columns[std::size_t(m_asOfCol)].dateOrder : DateOrder::Iso;
        m_renewalOrder = m_renewalCol >= 0 ? mapping.columns[std::size_t(m_renewalCol)].dateOrder : DateOrder::Iso;
        m_fixedAsOf = mapping.asOf.isValid() ? std::int32_t(mapping.asOf.toJulianDay()) : 0;
        m_labelPositive = mapping.labelPositive.trimmed();
        // With a positive value, the label words of the other polarity are the retained ones: for
        // "Yes" no/false/n/0/retained/active, for "No" (a column that says who stayed) yes/true/….
        const QByteArray positive = m_labelPositive.toUtf8();
        m_positiveWord = ValueParser::parseLabel(std::string_view(positive.constData(), std::size_t(positive.size())))
                             .value_or(true);
    }

    void run();

private:
    bool parseRow(Batch &batch);

    ImportSession &m_session;
    const ImportMapping &m_mapping;
    std::vector<SignalColumn> m_signals;
    BatchQueue &m_queue;
    int m_idCol, m_asOfCol, m_nameCol, m_csmCol, m_segmentCol, m_arrCol, m_renewalCol, m_labelCol;
    DateOrder m_asOfOrder, m_renewalOrder;
    std::int32_t m_fixedAsOf;
    QString m_labelPositive;
    bool m_positiveWord = true;   // the polarity of m_labelPositive as a label word
    TextDictionary m_ids;                  // account ids; an id's code is its account's index
    std::vector<ParserAccount> m_accounts;
    Attributes m_attrs;
    std::string m_rowId;
};

void Parser::run()
{
    CsvReader &reader = m_session.reader();
    auto batch = std::make_unique<Batch>();
    int chunk = reader.chunksRead();
    for (;;) {
        auto more = m_session.next(false);
        if (!more) {
            batch->error = more.error();
            batch->end = true;
            m_queue.push(std::move(batch));
            return;
        }
        if (reader.chunksRead() != chunk || !*more) {
            chunk = reader.chunksRead();
            batch->bytesRead = reader.bytesRead();
            if (!*more) {
                for (std::size_t i = 0; i < m_accounts.size(); ++i) {
                    if (m_accounts[i].latest)
                        batch->latest.push_back(NewAccount{std::string(m_ids.entry(i)), std::move(*m_accounts[i].latest)});
                }
                batch->end = true;
                m_queue.push(std::move(batch));
                return;
            }
            m_queue.push(std::move(batch));
            if (m_queue.stopped())
                return;
            batch = std::make_unique<Batch>();
        }
        parseRow(*batch);
    }
}

bool Parser::parseRow(Batch &batch)
{
    ImportSession &s = m_session;
    // Account id and as_of first: without them the row cannot go anywhere.
    std::string_view id;
    if (m_idCol >= 0) {
        id = ValueParser::trimmed(s.cell(m_idCol));
        if (id.empty()) {
            s.reject(m_idCol, QCoreApplication::translate("Import", "empty account id"));
            return false;
        }
        if (const auto at = ValueParser::controlCharacterAt(id); at >= 0) {
            s.reject(m_idCol, ValueParser::controlCharacterReason(QCoreApplication::translate("Import", "the account id"), id, at));
            return false;
        }
    } else {
        m_rowId = QString(s.fileBaseName() + u'#' + QString::number(s.summary().rowsRead)).toStdString();
        id = m_rowId;
    }
    std::int32_t asOfDay = m_fixedAsOf;
    if (m_asOfCol >= 0) {
        const auto d = ValueParser::parseDate(s.cell(m_asOfCol), m_asOfOrder);
        if (!d) {
            s.reject(m_asOfCol, QCoreApplication::translate("Import", "unreadable as_of date \"%1\"")
                                    .arg(quoted(s.cell(m_asOfCol))));
            return false;
        }
        asOfDay = std::int32_t(d->toJulianDay());
    }
    // A new id is added here already: from here on the row is rejected only when its account is known.
    const std::size_t known = m_ids.size();
    const std::int32_t account = m_ids.add(id);
    const bool found = std::size_t(account) < known;
    if (found) {
        const ParserAccount &a = m_accounts[std::size_t(account)];
        if (a.firstAsOf == asOfDay || std::find(a.moreAsOfs.begin(), a.moreAsOfs.end(), asOfDay) != a.moreAsOfs.end()) {
            s.rejectRepeat(m_idCol, QCoreApplication::translate("Import", "a second row for account %1 on %2")
                                  .arg(textOf(id), QDate::fromJulianDay(asOfDay).toString(Qt::ISODate)));
            return false;
        }
    }

    // From here on the row is kept: a cell that does not read as its column's type is stored as
    // missing and listed as a warning; a label that is neither churned nor retained gives no outcome.
    // The values go straight into the batch in SnapshotCodec::Builder's layout (version byte, then
    // [u16 index][u8 tag][payload] per present value): one write per value, no builder to copy from.
    // Room for every signal as a number is made first; a text entry makes its own.
    std::string &out = batch.blobs;
    const std::size_t start = out.size();
    out.resize(start + 1 + m_signals.size() * kNumberEntry);
    std::size_t pos = start;
    out[pos++] = char(SnapshotCodec::kVersion);
    const auto addNumber = [&out, &pos](int index, double value) {
        if (std::isnan(value))
            return;   // as Builder::addNumber
        char *p = out.data() + pos;
        const auto i = std::uint16_t(index);
        std::memcpy(p, &i, 2);
        p[2] = char(SnapshotCodec::kTagNumber);
        std::memcpy(p + 3, &value, 8);
        pos += kNumberEntry;
    };
    const auto addText = [&out, &pos](int index, std::string_view cell) {
        // Builder::addText writes the QString's UTF-8: the trimmed bytes themselves when they are ASCII;
        // anything else goes through QString as before (an invalid sequence becomes U+FFFD).
        std::string_view t = ValueParser::trimmed(cell);
        QByteArray converted;
        if (!std::all_of(t.begin(), t.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
            converted = textOf(t).toUtf8();
            t = std::string_view(converted.constData(), std::size_t(converted.size()));
        }
        if (t.empty())
            return;
        out.resize(out.size() + 7 + t.size());
        char *p = out.data() + pos;
        const auto i = std::uint16_t(index);
        const auto size = std::uint32_t(t.size());
        std::memcpy(p, &i, 2);
        p[2] = char(SnapshotCodec::kTagText);
        std::memcpy(p + 3, &size, 4);
        std::memcpy(p + 7, t.data(), t.size());
        pos += 7 + t.size();
    };
    for (const SignalColumn &sc : m_signals) {
        const std::string_view v = s.cell(sc.column);
        if (ValueParser::isMissing(v))
            continue;
        switch (sc.valueType) {
        case ValueType::Number:
            if (const auto n = ValueParser::parseNumber(v, m_mapping.decimalStyle))
                addNumber(sc.index, *n);
            else
                s.warn(sc.column, v, valueTypeName(sc.valueType));
            continue;
        case ValueType::Flag:
            if (const auto f = ValueParser::parseFlag(v))
                addNumber(sc.index, *f ? 1.0 : 0.0);
            else
                s.warn(sc.column, v, valueTypeName(sc.valueType));
            continue;
        case ValueType::Date:
            if (const auto d = ValueParser::parseDate(v, sc.order))
                addNumber(sc.index, double(asOfDay - d->toJulianDay()));
            else
                s.warn(sc.column, v, valueTypeName(sc.valueType));
            continue;
        case ValueType::Category:
            addText(sc.index, v);
            continue;
        }
    }
    out.resize(pos);

    m_attrs.name.assign(m_nameCol >= 0 ? ValueParser::trimmed(s.cell(m_nameCol)) : std::string_view());
    m_attrs.csm.assign(m_csmCol >= 0 ? ValueParser::trimmed(s.cell(m_csmCol)) : std::string_view());
    m_attrs.segment.assign(m_segmentCol >= 0 ? ValueParser::trimmed(s.cell(m_segmentCol)) : std::string_view());
    m_attrs.arr = kMissing;
    if (m_arrCol >= 0 && !ValueParser::isMissing(s.cell(m_arrCol))) {
        if (const auto n = ValueParser::parseNumber(s.cell(m_arrCol), m_mapping.decimalStyle))
            m_attrs.arr = *n;
        else
            s.warn(m_arrCol, s.cell(m_arrCol), valueTypeName(ValueType::Number));
    }
    m_attrs.renewal = QDate();
    if (m_renewalCol >= 0 && !ValueParser::isMissing(s.cell(m_renewalCol))) {
        if (const auto d = ValueParser::parseDate(s.cell(m_renewalCol), m_renewalOrder))
            m_attrs.renewal = *d;
        else
            s.warn(m_renewalCol, s.cell(m_renewalCol), valueTypeName(ValueType::Date));
    }

    ParsedRow row;
    if (m_labelCol >= 0 && !ValueParser::isMissing(s.cell(m_labelCol))) {
        const std::string_view v = s.cell(m_labelCol);
        std::optional<bool> churned;
        if (m_labelPositive.isEmpty())
            churned = ValueParser::parseLabel(v);
        else if (textOf(v).compare(m_labelPositive, Qt::CaseInsensitive) == 0)
            churned = true;
        else if (const auto word = ValueParser::parseLabel(v); word && *word != m_positiveWord)
            churned = false;
        if (churned)
            row.label = *churned ? 1 : 0;
        else
            s.warn(m_labelCol, v, QStringLiteral("label"));
    }

    // Accepted.
    row.account = account;
    if (!found) {
        ParserAccount a;
        a.attributesAsOf = asOfDay;
        a.firstAsOf = asOfDay;
        a.attributes = attributesHash(m_attrs);
        m_accounts.push_back(std::move(a));
        batch.accounts.push_back(NewAccount{std::string(id), m_attrs});
    } else {
        ParserAccount &a = m_accounts[std::size_t(row.account)];
        if (asOfDay > a.attributesAsOf) {
            // The newest row's attributes win; written once at the end, if they differ.
            a.attributesAsOf = asOfDay;
            const std::uint64_t h = attributesHash(m_attrs);
            if (h != a.attributes) {
                a.attributes = h;
                if (!a.latest)
                    a.latest = std::make_unique<Attributes>();
                std::swap(*a.latest, m_attrs);
            }
        }
        a.moreAsOfs.push_back(asOfDay);
    }
    row.asOfDay = asOfDay;
    row.blobOffset = std::uint32_t(start);
    row.blobSize = std::uint32_t(pos - start);
    batch.rows.push_back(row);
    return true;
}

// Stops and joins the parser on every way out of run().
struct ParserThread
{
    BatchQueue &queue;
    std::thread thread;
    ~ParserThread()
    {
        queue.stop();
        if (thread.joinable())
            thread.join();
    }
};

} // namespace

Result<ImportSummary> SnapshotImporter::run(const QString &path, const ImportMapping &mapping,
                                            const ImportOptions &options)
{
    if (mapping.kind != ImportKind::Snapshots)
        return fail(QCoreApplication::translate("Import", "the mapping is for an outcome file"), Error::Code::Invalid);
    if (mapping.columnWithRole(ColumnRole::AccountId) < 0 && !mapping.rowNumberIds)
        return fail(QCoreApplication::translate("Import", "%1: no column is mapped as the account id")
                        .arg(path), Error::Code::Invalid);
    if (mapping.columnWithRole(ColumnRole::AsOf) < 0 && !mapping.asOf.isValid())
        return fail(QCoreApplication::translate("Import", "%1: no column is mapped as the as_of date and no as_of date is given").arg(path),
                    Error::Code::Invalid);

    ImportSession session(m_ws, mapping, options);
    if (auto r = session.open(path); !r)
        return std::unexpected(r.error());
    ImportSummary &summary = session.summary();

    std::vector<SignalColumn> signalColumns;
    for (std::size_t i = 0; i < mapping.columns.size(); ++i) {
        const ColumnMapping &c = mapping.columns[i];
        if (c.role != ColumnRole::Signal)
            continue;
        SignalInfo info;
        info.id = c.signalId.isEmpty() ? ImportMapping::normaliseId(c.header, int(i) + 1) : c.signalId;
        info.label = c.header;
        info.originalName = c.header;
        info.type = c.type == ValueType::Category ? SignalType::Category
                    : c.type == ValueType::Flag   ? SignalType::Flag
                                                  : SignalType::Number;
        if (c.type == ValueType::Date)
            info.unit = QStringLiteral("days before as_of");
        bool created = false;
        auto s = m_ws.ensureSignal(info, &created);
        if (!s)
            return std::unexpected(s.error());
        ValueType read = c.type;
        if (s->type != info.type)
            read = s->type == SignalType::Category ? ValueType::Category
                   : s->type == SignalType::Flag   ? ValueType::Flag
                                                   : ValueType::Number;
        signalColumns.push_back(SignalColumn{int(i), s->index, read, c.dateOrder});
        summary.signalList.push_back(ImportedSignal{s->id, c.header, s->type, created});
    }

    BatchQueue queue;
    Parser parser(session, mapping, std::move(signalColumns), queue);
    ParserThread worker{queue, std::thread([&parser] { parser.run(); })};

    // A workspace without accounts gets every account of the file as new: they go in many per statement
    // (Workspace::insertNewAccounts) instead of one upsert each, the larger part of writing a file of
    // mostly distinct accounts. Otherwise an account may exist already and is upserted.
    auto accountsBefore = m_ws.accountCount();
    if (!accountsBefore)
        return std::unexpected(accountsBefore.error());
    const bool allNew = *accountsBefore == 0;
    const bool labels = mapping.columnWithRole(ColumnRole::Label) >= 0;
    std::vector<std::int64_t> keys;      // account pk by parser index
    std::vector<QString> ids;            // account id by parser index, for the labels' outcomes
    std::vector<std::int32_t> asOfDays;  // distinct as_of dates, sorted
    std::vector<Workspace::NewAccountBytes> newAccounts;
    std::vector<std::int64_t> runKeys;   // a run of rows of one as_of, written in one call
    std::vector<std::uint32_t> runEnds;
    std::int64_t lastBytes = -1;
    for (;;) {
        const std::unique_ptr<Batch> batch = queue.pop();
        if (batch->error)
            return std::unexpected(*batch->error);
        // The batch's new accounts first, in creation order: the keys they get do not depend on when.
        if (allNew && !batch->accounts.empty()) {
            newAccounts.clear();
            for (const NewAccount &a : batch->accounts)
                newAccounts.push_back(Workspace::NewAccountBytes{a.id, a.attributes.name, a.attributes.csm, a.attributes.segment,
                                                                 a.attributes.arr, a.attributes.renewal});
            auto first = m_ws.insertNewAccounts(newAccounts.data(), newAccounts.size());
            if (!first)
                return std::unexpected(first.error());
            for (std::size_t i = 0; i < newAccounts.size(); ++i)
                keys.push_back(*first + std::int64_t(i));
            summary.accountsAdded += std::int64_t(newAccounts.size());
        } else {
            for (const NewAccount &a : batch->accounts) {
                bool created = false;
                auto key = m_ws.upsertAccount(toRecord(QString::fromStdString(a.id), a.attributes), &created);
                if (!key)
                    return std::unexpected(key.error());
                ++(created ? summary.accountsAdded : summary.accountsUpdated);
                keys.push_back(*key);
            }
        }
        if (labels) {
            for (const NewAccount &a : batch->accounts)
                ids.push_back(QString::fromStdString(a.id));
        }
        // Rows of one as_of follow each other (a file is usually one date after the other): each run is
        // one putSnapshots call. A batch's blobs are back to back in row order.
        std::size_t runStart = 0;
        const auto flush = [&](std::size_t runEnd) -> Result<void> {
            if (runEnd == runStart)
                return {};
            const ParsedRow &head = batch->rows[runStart];
            runKeys.clear();
            runEnds.clear();
            for (std::size_t i = runStart; i < runEnd; ++i) {
                const ParsedRow &row = batch->rows[i];
                runKeys.push_back(keys[std::size_t(row.account)]);
                runEnds.push_back(row.blobOffset + row.blobSize - head.blobOffset);
            }
            auto added = m_ws.putSnapshots(QDate::fromJulianDay(head.asOfDay), runKeys.data(), batch->blobs.data() + head.blobOffset,
                                           runEnds.data(), runKeys.size());
            if (!added)
                return std::unexpected(added.error());
            summary.snapshotsAdded += *added;
            summary.snapshotsUpdated += std::int64_t(runKeys.size()) - *added;
            runStart = runEnd;
            return {};
        };
        for (std::size_t i = 0; i < batch->rows.size(); ++i) {
            const ParsedRow &row = batch->rows[i];
            if (row.asOfDay != batch->rows[runStart].asOfDay) {
                if (auto r = flush(i); !r)
                    return std::unexpected(r.error());
            }
            if (row.label >= 0) {
                bool created = false;
                OutcomeRecord o;
                o.accountId = ids[std::size_t(row.account)];
                o.kind = row.label ? OutcomeKind::Churned : OutcomeKind::Retained;
                o.snapshotAsOf = QDate::fromJulianDay(row.asOfDay);
                if (auto r = m_ws.addOutcome(o, &created); !r)
                    return std::unexpected(r.error());
                ++(created ? summary.outcomesAdded : summary.outcomesUpdated);
            }
            if (asOfDays.empty() || asOfDays.back() != row.asOfDay) {
                const auto at = std::lower_bound(asOfDays.begin(), asOfDays.end(), row.asOfDay);
                if (at == asOfDays.end() || *at != row.asOfDay)
                    asOfDays.insert(at, row.asOfDay);
            }
            ++summary.rowsAccepted;
        }
        if (auto r = flush(batch->rows.size()); !r)
            return std::unexpected(r.error());
        for (const NewAccount &a : batch->latest) {
            if (auto r = m_ws.upsertAccount(toRecord(QString::fromStdString(a.id), a.attributes)); !r)
                return std::unexpected(r.error());
        }
        if (batch->bytesRead != lastBytes) {
            lastBytes = batch->bytesRead;
            if (auto r = session.reportProgress(batch->bytesRead); !r)
                return std::unexpected(r.error());
        }
        if (batch->end)
            break;
    }
    if (worker.thread.joinable())
        worker.thread.join();

    summary.accounts = std::int64_t(keys.size());
    summary.asOfCount = int(asOfDays.size());
    if (!asOfDays.empty()) {
        summary.firstAsOf = QDate::fromJulianDay(asOfDays.front());
        summary.lastAsOf = QDate::fromJulianDay(asOfDays.back());
    }
    if (auto r = session.finish(); !r)
        return std::unexpected(r.error());
    return summary;
}

} // namespace tierlab
