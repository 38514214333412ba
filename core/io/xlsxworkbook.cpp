#include "xlsxworkbook.h"

#include "io/csvcell.h"
#include "io/scoredexport.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <system_error>
#include <vector>

namespace tierlab {

namespace {

constexpr double kMinWidth = 8;
constexpr double kMaxWidth = 60;

QString lxwMessage(lxw_error e)
{
    return QString::fromUtf8(lxw_strerror(e));
}

} // namespace

struct XlsxWorkbook::Private
{
    QString path;
    std::unique_ptr<QTemporaryFile> tmp;
    lxw_workbook *book = nullptr;
    std::vector<lxw_worksheet *> sheets;
    std::vector<std::vector<double>> widths;
    lxw_format *formats[6] = {};
    lxw_error error = LXW_NO_ERROR;

    void keep(lxw_error e)
    {
        if (error == LXW_NO_ERROR)
            error = e;
    }
    lxw_worksheet *sheet(int s) const { return s >= 0 && std::size_t(s) < sheets.size() ? sheets[std::size_t(s)] : nullptr; }
    void widen(int s, int col, qsizetype chars)
    {
        std::vector<double> &w = widths[std::size_t(s)];
        if (std::size_t(col) >= w.size())
            w.resize(std::size_t(col) + 1, kMinWidth);
        w[std::size_t(col)] = std::clamp(double(chars) + 2, w[std::size_t(col)], kMaxWidth);
    }
};

XlsxWorkbook::XlsxWorkbook() : d(std::make_unique<Private>()) {}
XlsxWorkbook::XlsxWorkbook(XlsxWorkbook &&) noexcept = default;
XlsxWorkbook &XlsxWorkbook::operator=(XlsxWorkbook &&) noexcept = default;

XlsxWorkbook::~XlsxWorkbook()
{
    if (d && d->book)
        workbook_close(d->book);   // not committed: the temporary file goes with d->tmp
}

Result<XlsxWorkbook> XlsxWorkbook::create(const QString &path)
{
    XlsxWorkbook w;
    w.d->path = path;
    const QFileInfo target(path);
    w.d->tmp = std::make_unique<QTemporaryFile>(target.absolutePath() + u"/." + target.fileName() + u".XXXXXX");
    if (!w.d->tmp->open())
        return fail(tr("%1: cannot write: %2").arg(path, w.d->tmp->errorString()), Error::Code::Io);
    w.d->tmp->close();   // libxlsxwriter opens it by name; the object removes it unless renamed
    const QByteArray name = QFile::encodeName(w.d->tmp->fileName());
    w.d->book = workbook_new(name.constData());
    if (!w.d->book)
        return fail(tr("%1: cannot create the workbook").arg(path), Error::Code::Io);
    for (lxw_format *&f : w.d->formats) {
        f = workbook_add_format(w.d->book);
        if (!f)
            return fail(tr("%1: cannot create the workbook").arg(path), Error::Code::Io);
    }
    format_set_bold(w.d->formats[int(Style::Bold)]);
    format_set_num_format(w.d->formats[int(Style::Date)], "yyyy-mm-dd");
    format_set_num_format(w.d->formats[int(Style::Money)], "#,##0");
    format_set_num_format(w.d->formats[int(Style::Decimal2)], "0.00");
    format_set_num_format(w.d->formats[int(Style::Percent)], "0.0%");
    return w;
}

int XlsxWorkbook::addSheet(const QString &name)
{
    QString clean = name;
    for (QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        clean.replace(c, u' ');
    clean = clean.left(31).trimmed();
    if (clean.isEmpty())
        clean = QStringLiteral("Sheet");
    // Names are unique, case-insensitively: "Ann" and "ann" as two CSMs' sheets get a number.
    for (int n = 2;; ++n) {
        const QByteArray utf8 = clean.toUtf8();
        if (workbook_get_worksheet_by_name(d->book, utf8.constData()) == nullptr
            && workbook_validate_sheet_name(d->book, utf8.constData()) == LXW_NO_ERROR)
            break;
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        clean = name.left(31 - suffix.size()).trimmed() + suffix;
    }
    const QByteArray utf8 = clean.toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(d->book, utf8.constData());
    if (!ws) {
        d->keep(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
        return -1;
    }
    d->sheets.push_back(ws);
    d->widths.emplace_back();
    return int(d->sheets.size()) - 1;
}

void XlsxWorkbook::text(int sheet, int row, int col, const QString &value, Style style)
{
    lxw_worksheet *ws = d->sheet(sheet);
    if (!ws || value.isEmpty())
        return;
    const QByteArray utf8 = CsvCell::neutralise(value).toUtf8();
    d->keep(worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), utf8.constData(), d->formats[int(style)]));
    d->widen(sheet, col, value.size());
}

void XlsxWorkbook::number(int sheet, int row, int col, double value, Style style)
{
    lxw_worksheet *ws = d->sheet(sheet);
    if (!ws || std::isnan(value))
        return;
    d->keep(worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), value, d->formats[int(style)]));
    d->widen(sheet, col, 10);
}

void XlsxWorkbook::date(int sheet, int row, int col, QDate value)
{
    lxw_worksheet *ws = d->sheet(sheet);
    if (!ws || !value.isValid())
        return;
    lxw_datetime dt{};
    dt.year = value.year();
    dt.month = value.month();
    dt.day = value.day();
    d->keep(worksheet_write_datetime(ws, lxw_row_t(row), lxw_col_t(col), &dt, d->formats[int(Style::Date)]));
    d->widen(sheet, col, 10);
}

void XlsxWorkbook::header(int sheet, const QStringList &headers, int lastRow)
{
    lxw_worksheet *ws = d->sheet(sheet);
    if (!ws || headers.isEmpty())
        return;
    for (int c = 0; c < headers.size(); ++c)
        text(sheet, 0, c, headers[c], Style::Bold);
    worksheet_freeze_panes(ws, 1, 0);
    d->keep(worksheet_autofilter(ws, 0, 0, lxw_row_t(std::max(lastRow, 0)), lxw_col_t(headers.size() - 1)));
}

Result<void> XlsxWorkbook::commit()
{
    for (std::size_t s = 0; s < d->sheets.size(); ++s)
        for (std::size_t c = 0; c < d->widths[s].size(); ++c)
            d->keep(worksheet_set_column(d->sheets[s], lxw_col_t(c), lxw_col_t(c), d->widths[s][c], nullptr));
    const lxw_error closed = workbook_close(d->book);   // writes the file and frees the workbook
    d->book = nullptr;
    if (d->error != LXW_NO_ERROR)
        return fail(tr("%1: cannot write the workbook: %2").arg(d->path, lxwMessage(d->error)), Error::Code::Io);
    if (closed != LXW_NO_ERROR)
        return fail(tr("%1: cannot write the workbook: %2").arg(d->path, lxwMessage(closed)), Error::Code::Io);
    const QString tmpPath = d->tmp->fileName();
    const QFileInfo target(d->path);
    // QTemporaryFile made it private (0600); give it the target's permissions, or the usual 0644.
    QFile::setPermissions(tmpPath, target.exists() ? QFile::permissions(d->path)
                                                   : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser |
                                                         QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther);
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(tmpPath.toStdU16String()), std::filesystem::path(d->path.toStdU16String()),
                            error);
    if (error)
        return fail(tr("%1: cannot write: %2").arg(d->path, QString::fromLocal8Bit(error.message())), Error::Code::Io);
    d->tmp->setAutoRemove(false);
    return {};
}

} // namespace tierlab
