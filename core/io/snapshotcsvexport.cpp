#include "snapshotcsvexport.h"

#include "csvfield.h"

#include "store/snapshotstream.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tierlab {

namespace {

void number(QByteArray &out, double v)
{
    if (!std::isnan(v))
        out += QByteArray::number(v, 'g', 17);
}

} // namespace

Result<std::int64_t> SnapshotCsvExport::write(const Workspace &ws, const QString &path, QDate asOf)
{
    auto dates = ws.asOfDates();
    if (!dates)
        return std::unexpected(dates.error());
    if (asOf.isValid()) {
        if (std::find(dates->begin(), dates->end(), asOf) == dates->end())
            return fail(QCoreApplication::translate("SnapshotCsvExport", "%1: no snapshot on %2").arg(ws.path(), asOf.toString(Qt::ISODate)),
                        Error::Code::NotFound);
        *dates = {asOf};
    }
    auto catalogue = ws.signalCatalogue();
    if (!catalogue)
        return std::unexpected(catalogue.error());
    auto stream = ws.snapshotStream();
    if (!stream)
        return std::unexpected(stream.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("SnapshotCsvExport", "%1: cannot write: %2").arg(path, file.errorString()), Error::Code::Io);
    // An attribute column whose name a signal id takes (a built "arr" with the role arr) is left to
    // that signal's column, so that no header repeats.
    bool attribute[5] = {true, true, true, true, true};
    static const char *const attributeNames[5] = {"name", "csm", "segment", "arr", "renewal_date"};
    for (const SignalInfo &s : *catalogue) {
        for (int a = 0; a < 5; ++a)
            attribute[a] = attribute[a] && s.id != QLatin1String(attributeNames[a]);
    }
    QByteArray out = "account_id,as_of";
    for (int a = 0; a < 5; ++a) {
        if (attribute[a])
            out += QByteArray(",") + attributeNames[a];
    }
    for (const SignalInfo &s : *catalogue) {
        out += ',';
        appendCsvField(out, s.id);
    }
    out += "\r\n";
    std::int64_t rows = 0;
    for (const QDate &date : *dates) {
        auto ds = (*stream)->load(date);
        if (!ds)
            return std::unexpected(ds.error());
        const QByteArray day = date.toString(Qt::ISODate).toUtf8();
        // Rows by account id: the file does not depend on the order accounts entered the workspace.
        std::vector<std::size_t> order(ds->size());
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return ds->accountIds[x] < ds->accountIds[y]; });
        for (const std::size_t r : order) {
            appendCsvField(out, ds->accountIds[r]);
            out += ',' + day;
            if (attribute[0]) {
                out += ',';
                appendCsvField(out, ds->names[r]);
            }
            if (attribute[1]) {
                out += ',';
                if (ds->csm[r] >= 0)
                    appendCsvField(out, ds->csmNames[std::size_t(ds->csm[r])]);
            }
            if (attribute[2]) {
                out += ',';
                if (ds->segment[r] >= 0)
                    appendCsvField(out, ds->segmentNames[std::size_t(ds->segment[r])]);
            }
            if (attribute[3]) {
                out += ',';
                number(out, ds->arr[r]);
            }
            if (attribute[4]) {
                out += ',';
                if (ds->renewalDay[r] != Dataset::kNoDate)
                    out += QDate::fromJulianDay(ds->renewalDay[r]).toString(Qt::ISODate).toUtf8();
            }
            for (const Column &c : ds->columns) {
                out += ',';
                if (c.info.type == SignalType::Category) {
                    if (c.codes[r] >= 0)
                        appendCsvField(out, c.dictionary[std::size_t(c.codes[r])]);
                } else if (c.info.type == SignalType::Flag) {
                    if (!std::isnan(c.numbers[r]))
                        out += c.numbers[r] != 0 ? "true" : "false";
                } else {
                    number(out, c.numbers[r]);
                }
            }
            out += "\r\n";
            ++rows;
            if (out.size() > (1 << 22)) {
                if (file.write(out) != out.size())
                    return fail(QCoreApplication::translate("SnapshotCsvExport", "%1: cannot write: %2").arg(path, file.errorString()), Error::Code::Io);
                out.clear();
            }
        }
    }
    if (file.write(out) != out.size() || !file.commit())
        return fail(QCoreApplication::translate("SnapshotCsvExport", "%1: cannot write: %2").arg(path, file.errorString()), Error::Code::Io);
    return rows;
}

} // namespace tierlab
