#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

namespace tierlab {

// An Excel workbook written with libxlsxwriter into a temporary file beside the target and renamed over
// it by commit(), so a failed export never leaves a half-written file under the chosen name. Text cells
// are neutralised (CsvCell::neutralise): a cell never starts a formula. The first libxlsxwriter
// error is kept and reported by commit(); nothing fails silently.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    enum class Style { Plain, Bold, Date, Money, Decimal2, Percent };

    static Result<XlsxWorkbook> create(const QString &path);
    XlsxWorkbook(XlsxWorkbook &&) noexcept;
    XlsxWorkbook &operator=(XlsxWorkbook &&) noexcept;
    ~XlsxWorkbook();

    // A new worksheet (Excel's 31-character limit and forbidden characters are taken care of); its index.
    int addSheet(const QString &name);
    void text(int sheet, int row, int col, const QString &value, Style style = Style::Plain);
    void number(int sheet, int row, int col, double value, Style style = Style::Plain);   // NaN: left empty
    void date(int sheet, int row, int col, QDate value);
    // A bold header row 0 from `headers`, frozen, with an autofilter down to `lastRow`.
    void header(int sheet, const QStringList &headers, int lastRow);
    Result<void> commit();

private:
    XlsxWorkbook();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tierlab
