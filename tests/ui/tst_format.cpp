// ui::format: the one way figures are written — numbers, percentages, money, compact money for
// charts, scores, and the en dash for a value that is not there.
#include "common/format.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace tierlab::ui;

class TestFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void figures_data();
    void figures();
    void germanLocale();
    void usClock();
};

void TestFormat::figures_data()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    QTest::newRow("number") << format::number(0.74249, 3) << QStringLiteral("0.742");
    QTest::newRow("number rounds half away") << format::number(2.5, 0) << QStringLiteral("3");
    QTest::newRow("number NaN") << format::number(nan, 2) << QStringLiteral("–");
    QTest::newRow("number inf") << format::number(inf, 2) << QStringLiteral("–");
    QTest::newRow("percent") << format::percent(0.412) << QStringLiteral("41.2 %");
    QTest::newRow("percent whole") << format::percent(0.35, 0) << QStringLiteral("35 %");
    QTest::newRow("percent NaN") << format::percent(nan) << QStringLiteral("–");
    QTest::newRow("money") << format::money(11745100.4) << QStringLiteral("11745100");
    QTest::newRow("money NaN") << format::money(nan) << QStringLiteral("–");
    QTest::newRow("score") << format::score(19.149) << QStringLiteral("19.1");
    QTest::newRow("score unscored") << format::score(nan) << QStringLiteral("–");
    QTest::newRow("change up") << format::change(20) << QStringLiteral("+20.0");
    QTest::newRow("change down") << format::change(-15.04) << QStringLiteral("−15.0");
    QTest::newRow("change none") << format::change(0) << QStringLiteral("0.0");
    QTest::newRow("change rounds to none") << format::change(-0.04) << QStringLiteral("0.0");
    QTest::newRow("change NaN") << format::change(nan) << QStringLiteral("–");
    QTest::newRow("no value") << format::noValue() << QStringLiteral("–");
    QTest::newRow("no value, reason") << format::noValue(QStringLiteral("no churned account"))
                                      << QStringLiteral("– (no churned account)");
    QTest::newRow("no value, empty reason") << format::noValue(QString()) << QStringLiteral("–");
    QTest::newRow("compact small") << format::compactMoney(950) << QStringLiteral("950");
    QTest::newRow("compact thousands") << format::compactMoney(12400) << QStringLiteral("12k");
    QTest::newRow("compact millions") << format::compactMoney(53600000) << QStringLiteral("53.6M");
    QTest::newRow("compact 487.4M") << format::compactMoney(487400000) << QStringLiteral("487.4M");
    QTest::newRow("compact billions") << format::compactMoney(2.25e9) << QStringLiteral("2.3B");
    QTest::newRow("compact negative") << format::compactMoney(-1500000) << QStringLiteral("-1.5M");
    QTest::newRow("compact NaN") << format::compactMoney(nan) << QStringLiteral("–");
    QTest::newRow("date") << format::date(QDate(2026, 11, 2)) << QStringLiteral("2 Nov 2026");
    QTest::newRow("date invalid") << format::date(QDate()) << QStringLiteral("–");
    QTest::newRow("date and time") << format::dateTime(QDateTime(QDate(2026, 12, 7), QTime(3, 57, 46)))
                                   << QStringLiteral("7 Dec 2026, 03:57");
}

void TestFormat::figures()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void TestFormat::germanLocale()
{
    // The user's locale decides separators: a German desktop reads "41,2 %" and "1.234.567".
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(format::percent(0.412), QStringLiteral("41,2 %"));
    QCOMPARE(format::money(1234567), QStringLiteral("1.234.567"));
    QCOMPARE(format::compactMoney(53600000), QStringLiteral("53,6M"));
    QCOMPARE(format::date(QDate(2026, 3, 2)), QStringLiteral("2 März 2026"));
    QCOMPARE(format::dateTime(QDateTime(QDate(2026, 3, 2), QTime(15, 7, 46))), QStringLiteral("2 März 2026, 15:07"));
    QLocale::setDefault(QLocale::c());
}

void TestFormat::usClock()
{
    // A US desktop reads the time on its 12-hour clock.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(format::dateTime(QDateTime(QDate(2026, 12, 7), QTime(15, 7, 46))), QStringLiteral("7 Dec 2026, 3:07 PM"));
    QCOMPARE(format::dateTime(QDateTime(QDate(2026, 12, 7), QTime(0, 5))), QStringLiteral("7 Dec 2026, 12:05 AM"));
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestFormat)
#include "tst_format.moc"
