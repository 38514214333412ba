#include "snapshotcsvexport.h"

#include "csvfield.h"
#include "snapshotrows.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cmath>

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
    auto table = SnapshotRows::open(ws, asOf);
    if (!table)
        return std::unexpected(table.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("SnapshotCsvExport", "%1: cannot write: %2").arg(path, file.errorString()), Error::Code::Io);
    const std::vector<SnapshotField> &fields = table->fields();
    QByteArray out;
    for (std::size_t f = 0; f < fields.size(); ++f) {
        if (f > 0)
            out += ',';
        appendCsvField(out, fields[f].name);
    }
    out += "\r\n";
    std::int64_t rows = 0;
    for (;;) {
        auto more = table->next();
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        const QByteArray day = table->asOf().toString(Qt::ISODate).toUtf8();
        for (std::size_t r = 0; r < table->size(); ++r) {
            for (std::size_t f = 0; f < fields.size(); ++f) {
                if (f > 0)
                    out += ',';
                const SnapshotValue v = table->value(r, f);
                if (v.missing)
                    continue;
                switch (fields[f].type) {
                case SnapshotFieldType::Text:
                    appendCsvField(out, *v.text);
                    break;
                case SnapshotFieldType::Date:
                    out += fields[f].source == SnapshotField::Source::AsOf ? day : QDate::fromJulianDay(v.day).toString(Qt::ISODate).toUtf8();
                    break;
                case SnapshotFieldType::Flag:
                    out += v.number != 0 ? "true" : "false";
                    break;
                case SnapshotFieldType::Number:
                    number(out, v.number);
                    break;
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
