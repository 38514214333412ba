#include "outcomeimporter.h"

#include "io/importsession.h"
#include "io/valueparser.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace tierlab {

namespace {

QString textOf(std::string_view v)
{
    const std::string_view t = ValueParser::trimmed(v);
    return QString::fromUtf8(t.data(), qsizetype(std::min<std::size_t>(t.size(), 200)));
}

} // namespace

Result<ImportSummary> OutcomeImporter::run(const QString &path, const ImportMapping &mapping,
                                           const ImportOptions &options)
{
    if (mapping.kind != ImportKind::Outcomes)
        return fail(QCoreApplication::translate("Import", "the mapping is for a snapshot file"), Error::Code::Invalid);
    const int idCol = mapping.columnWithRole(ColumnRole::AccountId);
    const int dateCol = mapping.columnWithRole(ColumnRole::OutcomeDate);
    const int kindCol = mapping.columnWithRole(ColumnRole::OutcomeKind);
    const int arrCol = mapping.columnWithRole(ColumnRole::ArrChange);
    if (idCol < 0)
        return fail(QCoreApplication::translate("Import", "%1: no column is mapped as the account id")
                        .arg(path), Error::Code::Invalid);
    if (dateCol < 0)
        return fail(QCoreApplication::translate("Import", "%1: no column is mapped as the outcome date")
                        .arg(path), Error::Code::Invalid);
    const DateOrder order = mapping.columns[std::size_t(dateCol)].dateOrder;

    ImportSession session(m_ws, mapping, options);
    if (auto r = session.open(path); !r)
        return std::unexpected(r.error());
    ImportSummary &summary = session.summary();

    QHash<QString, bool> known;   // account id -> checked (exists or added)
    QSet<QString> seen;           // "id\x1fdate\x1fkind" of the accepted rows
    std::vector<std::int64_t> days;
    for (;;) {
        auto more = session.next();
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        const QString id = textOf(session.cell(idCol));
        if (id.isEmpty()) {
            session.reject(idCol, QCoreApplication::translate("Import", "empty account id"));
            continue;
        }
        if (const std::string_view bytes = ValueParser::trimmed(session.cell(idCol)); ValueParser::controlCharacterAt(bytes) >= 0) {
            session.reject(idCol, ValueParser::controlCharacterReason(QCoreApplication::translate("Import", "the account id"), bytes,
                                                                      ValueParser::controlCharacterAt(bytes)));
            continue;
        }
        const auto date = ValueParser::parseDate(session.cell(dateCol), order);
        if (!date) {
            session.reject(dateCol, QCoreApplication::translate("Import", "unreadable date \"%1\"")
                                        .arg(textOf(session.cell(dateCol))));
            continue;
        }
        OutcomeKind kind = mapping.defaultOutcomeKind;
        if (kindCol >= 0) {
            const QString text = textOf(session.cell(kindCol));
            const auto k = outcomeKindFromText(text);
            if (!k) {
                session.reject(kindCol, QCoreApplication::translate("Import", "unknown outcome kind \"%1\"").arg(text));
                continue;
            }
            kind = *k;
        }
        double arrChange = kMissing;
        if (arrCol >= 0 && !ValueParser::isMissing(session.cell(arrCol))) {
            const auto n = ValueParser::parseNumber(session.cell(arrCol), mapping.decimalStyle);
            if (!n) {
                session.reject(arrCol, QCoreApplication::translate("Import", "not a number: \"%1\"")
                                           .arg(textOf(session.cell(arrCol))));
                continue;
            }
            arrChange = *n;
        }
        const QString key = id + u'\x1f' + date->toString(Qt::ISODate) + u'\x1f' + outcomeKindName(kind);
        if (seen.contains(key)) {
            session.reject(idCol, QCoreApplication::translate("Import", "a second %1 outcome for account %2 on %3")
                                      .arg(outcomeKindName(kind), id, date->toString(Qt::ISODate)));
            continue;
        }
        if (!known.contains(id)) {
            bool created = false;
            AccountRecord account;
            account.id = id;
            if (auto r = m_ws.upsertAccount(account, &created); !r)
                return std::unexpected(r.error());
            ++(created ? summary.accountsAdded : summary.accountsUpdated);
            known.insert(id, true);
        }
        OutcomeRecord o;
        o.accountId = id;
        o.kind = kind;
        o.date = *date;
        o.arrChange = arrChange;
        bool created = false;
        if (auto r = m_ws.addOutcome(o, &created); !r)
            return std::unexpected(r.error());
        ++(created ? summary.outcomesAdded : summary.outcomesUpdated);
        seen.insert(key);
        days.push_back(date->toJulianDay());
        ++summary.rowsAccepted;
    }
    summary.accounts = known.size();
    if (!days.empty()) {
        summary.firstAsOf = QDate::fromJulianDay(*std::min_element(days.begin(), days.end()));
        summary.lastAsOf = QDate::fromJulianDay(*std::max_element(days.begin(), days.end()));
    }
    if (auto r = session.finish(); !r)
        return std::unexpected(r.error());
    return summary;
}

} // namespace tierlab
