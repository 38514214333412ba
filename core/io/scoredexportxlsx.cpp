// ScoredExport::writeXlsx: the scored accounts as an Excel workbook (libxlsxwriter).
#include "scoredexport.h"

#include "io/csvcell.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <system_error>

namespace tierlab {

namespace {

constexpr std::int64_t kMaxRows = 1048575;   // Excel's 1 048 576 rows less the header
constexpr double kMinWidth = 8;
constexpr double kMaxWidth = 50;

QString textAt(const std::vector<QString> &names, std::int32_t code)
{
    return code >= 0 && std::size_t(code) < names.size() ? names[std::size_t(code)] : QString();
}

// The same two decimals as the CSV, so both files hold the same figures.
double twoDecimals(double v)
{
    return std::round(v * 100.0) / 100.0;
}

lxw_datetime dateCell(QDate date)
{
    lxw_datetime dt{};
    dt.year = date.year();
    dt.month = date.month();
    dt.day = date.day();
    return dt;
}

// Writes the cells and remembers the first libxlsxwriter error: nothing fails silently.
class Sheet
{
public:
    explicit Sheet(lxw_worksheet *sheet) : m_sheet(sheet) {}

    void text(lxw_row_t row, lxw_col_t col, const QString &value, lxw_format *format = nullptr)
    {
        if (value.isEmpty())
            return;
        const QByteArray utf8 = CsvCell::neutralise(value).toUtf8();
        keep(worksheet_write_string(m_sheet, row, col, utf8.constData(), format));
        widen(col, value.size());
    }
    void number(lxw_row_t row, lxw_col_t col, double value, lxw_format *format)
    {
        if (!std::isnan(value))
            keep(worksheet_write_number(m_sheet, row, col, value, format));
    }
    void date(lxw_row_t row, lxw_col_t col, QDate value, lxw_format *format)
    {
        if (!value.isValid())
            return;
        lxw_datetime dt = dateCell(value);
        keep(worksheet_write_datetime(m_sheet, row, col, &dt, format));
    }
    void keep(lxw_error e)
    {
        if (m_error == LXW_NO_ERROR)
            m_error = e;
    }
    void widen(lxw_col_t col, qsizetype chars)
    {
        if (col >= m_widths.size())
            m_widths.resize(col + 1, kMinWidth);
        m_widths[col] = std::clamp(double(chars) + 2, m_widths[col], kMaxWidth);
    }
    void applyWidths()
    {
        for (std::size_t c = 0; c < m_widths.size(); ++c)
            keep(worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), m_widths[c], nullptr));
    }
    lxw_error error() const { return m_error; }

private:
    lxw_worksheet *m_sheet;
    std::vector<double> m_widths;
    lxw_error m_error = LXW_NO_ERROR;
};

QString lxwMessage(lxw_error e)
{
    return QString::fromUtf8(lxw_strerror(e));
}

} // namespace

Result<void> ScoredExport::writeXlsx(const Input &in, const QString &path)
{
    if (auto ok = check(in); !ok)
        return ok;
    const Dataset &d = *in.data;
    const Model &m = *in.model;
    const bool categories = !in.categoryScores.empty();
    const std::size_t count = in.rows.empty() ? d.size() : in.rows.size();
    if (std::int64_t(count) > kMaxRows)
        return fail(tr("%1: %2 accounts do not fit in one worksheet (at most %3 rows)").arg(path).arg(count).arg(kMaxRows),
                    Error::Code::Invalid);

    // A temporary file next to the target, renamed over it once complete: a failed export never
    // leaves a half-written workbook under the chosen name.
    const QFileInfo target(path);
    QTemporaryFile tmp(target.absolutePath() + u"/." + target.fileName() + u".XXXXXX");
    if (!tmp.open())
        return fail(tr("%1: cannot write: %2").arg(path, tmp.errorString()), Error::Code::Io);
    const QString tmpPath = tmp.fileName();
    tmp.close();   // libxlsxwriter opens it by name; the object keeps it removed on failure

    const QByteArray tmpName = QFile::encodeName(tmpPath);
    lxw_workbook *book = workbook_new(tmpName.constData());
    if (!book)
        return fail(tr("%1: cannot create the workbook").arg(path), Error::Code::Io);
    const QByteArray sheetName = QStringLiteral("Scored accounts").toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(book, sheetName.constData());
    lxw_format *bold = workbook_add_format(book);
    lxw_format *dateFormat = workbook_add_format(book);
    lxw_format *money = workbook_add_format(book);
    lxw_format *score = workbook_add_format(book);
    if (!ws || !bold || !dateFormat || !money || !score) {
        workbook_close(book);
        return fail(tr("%1: cannot create the workbook").arg(path), Error::Code::Io);
    }
    format_set_bold(bold);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    format_set_num_format(money, "#,##0.00");
    format_set_num_format(score, "0.00");

    Sheet sheet(ws);
    QStringList header{QStringLiteral("account_id"), QStringLiteral("name"),       QStringLiteral("csm"),
                       QStringLiteral("segment"),    QStringLiteral("arr"),        QStringLiteral("renewal_date"),
                       QStringLiteral("as_of"),      QStringLiteral("score"),      QStringLiteral("tier"),
                       QStringLiteral("tier_label")};
    if (categories) {
        for (const Category &c : m.categories)
            header << QStringLiteral("category:") + c.id;
    }
    for (qsizetype c = 0; c < header.size(); ++c)
        sheet.text(0, lxw_col_t(c), header[c], bold);
    sheet.widen(4, 12);   // arr
    sheet.widen(5, 10);   // dates
    sheet.widen(6, 10);

    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t row = in.rows.empty() ? i : in.rows[i];
        const auto r = lxw_row_t(i + 1);
        const int tier = (*in.tiers)[row];
        const Tier *t = tier >= 0 && std::size_t(tier) < m.tiers.size() ? &m.tiers[std::size_t(tier)] : nullptr;
        sheet.text(r, 0, d.accountIds[row]);
        sheet.text(r, 1, row < d.names.size() ? d.names[row] : QString());
        sheet.text(r, 2, textAt(d.csmNames, d.csm[row]));
        sheet.text(r, 3, textAt(d.segmentNames, d.segment[row]));
        sheet.number(r, 4, d.arr[row], money);
        if (d.renewalDay[row] != Dataset::kNoDate)
            sheet.date(r, 5, QDate::fromJulianDay(d.renewalDay[row]), dateFormat);
        sheet.date(r, 6, d.asOf, dateFormat);
        sheet.number(r, 7, twoDecimals((*in.scores)[row]), score);
        if (t) {
            sheet.text(r, 8, t->id);
            sheet.text(r, 9, t->label.isEmpty() ? t->id : t->label);
        }
        if (categories) {
            for (std::size_t c = 0; c < in.categoryScores.size(); ++c) {
                const std::vector<double> &values = in.categoryScores[c];
                if (row < values.size())
                    sheet.number(r, lxw_col_t(10 + c), twoDecimals(values[row]), score);
            }
        }
    }
    sheet.applyWidths();
    worksheet_freeze_panes(ws, 1, 0);
    sheet.keep(worksheet_autofilter(ws, 0, 0, lxw_row_t(count), lxw_col_t(header.size() - 1)));

    const lxw_error closed = workbook_close(book);   // writes the file and frees the workbook
    if (sheet.error() != LXW_NO_ERROR)
        return fail(tr("%1: cannot write the workbook: %2").arg(path, lxwMessage(sheet.error())), Error::Code::Io);
    if (closed != LXW_NO_ERROR)
        return fail(tr("%1: cannot write the workbook: %2").arg(path, lxwMessage(closed)), Error::Code::Io);

    // QTemporaryFile made it private (0600); give it the target's permissions, or the usual 0644.
    QFile::setPermissions(tmpPath, target.exists() ? QFile::permissions(path)
                                                   : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser |
                                                         QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther);
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(tmpPath.toStdU16String()), std::filesystem::path(path.toStdU16String()),
                            error);
    if (error)
        return fail(tr("%1: cannot write: %2").arg(path, QString::fromLocal8Bit(error.message())), Error::Code::Io);
    tmp.setAutoRemove(false);   // it is the target now
    return {};
}

} // namespace tierlab
