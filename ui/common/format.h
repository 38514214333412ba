#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// How every page writes a figure: one place for numbers, money, percentages, scores and the value
// that is not there, so that a missing score reads the same in a table, a chart label and the PDF.
namespace tierlab::ui::format {

// A value that is missing, unscored or undefined: an en dash.
QString noValue();
// Undefined for a reason the reader should know: "– (no churned account)".
QString noValue(const QString &reason);
// `decimals` decimals in the user's locale; noValue() when not finite.
QString number(double value, int decimals);
// A share (0.412) as a percentage with its unit: "41.2 %".
QString percent(double share, int decimals = 1);
// Money in whole units with the locale's grouping: "11,745,100".
QString money(double value);
// Money in few characters for chart labels and axes: "836k", "11.7M", "2.1B".
QString compactMoney(double value);
// A 0–100 score with one decimal.
QString score(double value);
// A signed change of a score with one decimal and its sign: "+20.0", "−15.0", "0.0".
QString change(double value);
// A date for people in the user's locale, unambiguous in every one: "2 Nov 2026"; noValue() when invalid.
QString date(QDate day);
// A moment for people, on the locale's clock, without seconds: "7 Dec 2026, 03:57", "7 Dec 2026, 3:57 AM".
QString dateTime(const QDateTime &moment);

} // namespace tierlab::ui::format
