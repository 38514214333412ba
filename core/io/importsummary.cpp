#include "importsummary.h"

#include "csvfield.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSaveFile>

namespace tierlab {

namespace {

QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject ImportSummary::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), importKindName(kind));
    o.insert(QStringLiteral("file"), fileName);
    o.insert(QStringLiteral("hash"), contentHash);
    o.insert(QStringLiteral("encoding"), textEncodingName(encoding));
    o.insert(QStringLiteral("delimiter"), QString(QLatin1Char(delimiter)));
    o.insert(QStringLiteral("rows_read"), double(rowsRead));
    o.insert(QStringLiteral("rows_accepted"), double(rowsAccepted));
    o.insert(QStringLiteral("rows_rejected"), double(rowsRejected));
    QJsonArray rj;
    for (const ImportReject &r : rejects) {
        rj.append(QJsonObject{{QStringLiteral("line"), double(r.line)},
                              {QStringLiteral("column"), r.column.isEmpty() ? QJsonValue() : QJsonValue(r.column)},
                              {QStringLiteral("reason"), r.reason}});
    }
    o.insert(QStringLiteral("rejects"), rj);
    o.insert(QStringLiteral("rejects_listed"), double(rejects.size()));
    o.insert(QStringLiteral("warning_count"), double(warningCount));
    QJsonArray wj;
    for (const ImportWarning &w : warnings)
        wj.append(QJsonObject{{QStringLiteral("line"), double(w.line)},
                              {QStringLiteral("column"), w.column},
                              {QStringLiteral("value"), w.value}});
    o.insert(QStringLiteral("warnings"), wj);
    o.insert(QStringLiteral("warnings_listed"), double(warnings.size()));
    QJsonArray cj;
    for (const ColumnWarnings &c : warningsByColumn)
        cj.append(QJsonObject{{QStringLiteral("column"), c.column},
                              {QStringLiteral("type"), c.type},
                              {QStringLiteral("count"), double(c.count)}});
    o.insert(QStringLiteral("warnings_by_column"), cj);
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    o.insert(QStringLiteral("accounts"), double(accounts));
    o.insert(QStringLiteral("accounts_added"), double(accountsAdded));
    o.insert(QStringLiteral("accounts_updated"), double(accountsUpdated));
    o.insert(QStringLiteral("rows_repeating_account_and_date"), double(rowsRepeatingAccountAndDate));
    o.insert(QStringLiteral("snapshots"), double(snapshots()));
    o.insert(QStringLiteral("snapshots_added"), double(snapshotsAdded));
    o.insert(QStringLiteral("snapshots_updated"), double(snapshotsUpdated));
    o.insert(QStringLiteral("outcomes"), double(outcomes()));
    o.insert(QStringLiteral("outcomes_added"), double(outcomesAdded));
    o.insert(QStringLiteral("outcomes_updated"), double(outcomesUpdated));
    o.insert(QStringLiteral("as_of_count"), asOfCount);
    o.insert(QStringLiteral("as_of_first"), dateValue(firstAsOf));
    o.insert(QStringLiteral("as_of_last"), dateValue(lastAsOf));
    QJsonArray sj;
    for (const ImportedSignal &s : signalList) {
        sj.append(QJsonObject{{QStringLiteral("id"), s.id},
                              {QStringLiteral("column"), s.column},
                              {QStringLiteral("type"), signalTypeName(s.type)},
                              {QStringLiteral("new"), s.created}});
    }
    o.insert(QStringLiteral("signals"), sj);
    o.insert(QStringLiteral("started_at"), startedAt.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("finished_at"), finishedAt.toString(Qt::ISODateWithMs));
    return o;
}

QByteArray ImportSummary::rejectsCsv() const
{
    QByteArray out = "line,column,reason\r\n";
    for (const ImportReject &r : rejects) {
        out += QByteArray::number(r.line) + ',';
        appendCsvField(out, r.column);
        out += ',';
        appendCsvField(out, r.reason);
        out += "\r\n";
    }
    return out;
}

Result<void> ImportSummary::writeRejectsCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(rejectsCsv()) < 0 || !file.commit()) {
        return fail(QCoreApplication::translate("ImportSummary", "%1: cannot write the rejects: %2")
                        .arg(path, file.errorString()),
                    Error::Code::Io);
    }
    return {};
}

} // namespace tierlab
