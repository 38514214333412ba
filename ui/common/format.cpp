#include "format.h"

#include "analysis/review.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tierlab::ui::format {

QString noValue()
{
    return QStringLiteral("–");
}

QString noValue(const QString &reason)
{
    return reason.isEmpty() ? noValue() : QStringLiteral("– (%1)").arg(reason);
}

QString number(double value, int decimals)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', decimals) : noValue();
}

QString percent(double share, int decimals)
{
    return std::isfinite(share) ? QStringLiteral("%1 %").arg(QLocale().toString(100.0 * share, 'f', decimals)) : noValue();
}

QString money(double value)
{
    return number(value, 0);
}

QString compactMoney(double value)
{
    if (!std::isfinite(value))
        return noValue();
    const QLocale locale;
    const double a = std::abs(value);
    if (a >= 1e9)
        return locale.toString(value / 1e9, 'f', 1) + u'B';
    if (a >= 1e6)
        return locale.toString(value / 1e6, 'f', 1) + u'M';
    if (a >= 1e3)
        return locale.toString(value / 1e3, 'f', 0) + u'k';
    return locale.toString(value, 'f', 0);
}

QString score(double value)
{
    return number(value, 1);
}

QString change(double value)
{
    return std::isfinite(value) ? signedPoints(value, QLocale()) : noValue();
}

QString date(QDate day)
{
    //: a date for people: day, abbreviated month, year (Qt date format)
    return day.isValid() ? QLocale().toString(day, QCoreApplication::translate("Format", "d MMM yyyy")) : noValue();
}

QString dateTime(const QDateTime &moment)
{
    // The locale's own clock ("3:57 AM" in the US, "03:57" in Germany), without seconds: the C locale's
    // short format has them.
    const QLocale locale;
    QString clock = locale.timeFormat(QLocale::ShortFormat);
    clock.remove(QStringLiteral(":ss"));
    return QCoreApplication::translate("Format", "%1, %2").arg(date(moment.date()), locale.toString(moment.time(), clock));
}

} // namespace tierlab::ui::format
