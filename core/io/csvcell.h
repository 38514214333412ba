#pragma once

#include <QString>

namespace tierlab {

// The one way Tierlab writes a text cell of a CSV or spreadsheet file that a person opens.
namespace CsvCell {

// Formula injection: a cell that starts with = + - @ tab or CR gets a leading single quote, so a
// spreadsheet shows it as text and never runs it — whatever the source (an account id, a model's
// tier or category id, a CSM's reason). Numbers Tierlab formats itself are not text cells.
QString neutralise(const QString &cell);
// RFC 4180 quoting when the cell holds a comma, a quote or a line break.
QString quote(const QString &cell);
// Both: what every text cell of a CSV gets.
inline QString text(const QString &cell)
{
    return quote(neutralise(cell));
}

} // namespace CsvCell

} // namespace tierlab
