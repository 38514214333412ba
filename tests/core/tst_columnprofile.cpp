#include "io/columnprofile.h"

#include <QTest>

using namespace tierlab;

Q_DECLARE_METATYPE(ValueType)
Q_DECLARE_METATYPE(DateOrder)
Q_DECLARE_METATYPE(DecimalStyle)

class TestColumnProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void infer_data();
    void infer();
    void majority_data();
    void majority();
    void counts();
};

void TestColumnProfile::infer_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<DecimalStyle>("style");
    QTest::addColumn<ValueType>("type");
    QTest::addColumn<DateOrder>("order");
    const auto P = DecimalStyle::Point;
    const auto N = ValueType::Number;
    const auto C = ValueType::Category;
    const auto F = ValueType::Flag;
    const auto D = ValueType::Date;
    const auto I = DateOrder::Iso;
    auto l = [](std::initializer_list<const char *> v) {
        QStringList out;
        for (const char *s : v)
            out << QString::fromUtf8(s);
        return out;
    };
    QTest::newRow("numbers") << l({"1", "2.5", "-3"}) << P << N << I;
    QTest::newRow("numbers with blanks") << l({"18.8", " ", "", "29.85"}) << P << N << I;
    QTest::newRow("0/1 is a number") << l({"0", "1", "1", "0"}) << P << N << I;
    QTest::newRow("4.0 integers") << l({"4.0", "3.0", "", "5.0"}) << P << N << I;
    QTest::newRow("percent and currency") << l({"45%", "$1,200", "7"}) << P << N << I;
    QTest::newRow("decimal comma") << l({"1,5", "2"}) << DecimalStyle::Comma << N << I;
    QTest::newRow("decimal comma in point style") << l({"1,5", "2"}) << P << C << I;
    QTest::newRow("yes/no") << l({"Yes", "No", "yes"}) << P << F << I;
    QTest::newRow("True/False") << l({"True", "False"}) << P << F << I;
    QTest::newRow("y/n any case") << l({"Y", "n", "", "y"}) << P << F << I;
    QTest::newRow("flags and a third value") << l({"Yes", "No", "No phone service"}) << P << C << I;
    QTest::newRow("flags and a digit") << l({"Yes", "1"}) << P << C << I;
    QTest::newRow("iso dates") << l({"2024-01-31", "2023-12-01"}) << P << D << I;
    QTest::newRow("iso date-times") << l({"2023-07-28 03:00:00", "2023-07-29"}) << P << D << I;
    QTest::newRow("us dates") << l({"1/2/2024", "10/16/2024"}) << P << D << DateOrder::MonthDayYear;
    QTest::newRow("eu slash dates") << l({"1/2/2024", "16/10/2024"}) << P << D << DateOrder::DayMonthYear;
    QTest::newRow("eu dotted dates") << l({"1.2.2024", "3.4.2024"}) << P << D << DateOrder::DayMonthYear;
    QTest::newRow("ambiguous slashes") << l({"1/2/2024", "3/4/2024"}) << P << C << I;
    QTest::newRow("contradicting slashes") << l({"10/16/2024", "16/10/2024"}) << P << C << I;
    QTest::newRow("dates and text") << l({"2024-01-31", "soon"}) << P << C << I;
    QTest::newRow("text") << l({"DSL", "Fiber optic", "No"}) << P << C << I;
    QTest::newRow("area codes are numbers") << l({"408", "415", "510"}) << P << N << I;
    QTest::newRow("all missing") << l({"", " "}) << P << C << I;
    QTest::newRow("nothing") << QStringList() << P << C << I;
}

void TestColumnProfile::infer()
{
    QFETCH(QStringList, values);
    QFETCH(DecimalStyle, style);
    QFETCH(ValueType, type);
    QFETCH(DateOrder, order);
    ColumnProfile p(style);
    for (const QString &v : values) {
        const QByteArray u = v.toUtf8();
        p.add(std::string_view(u.constData(), std::size_t(u.size())));
    }
    QCOMPARE(valueTypeName(p.inferredType()), valueTypeName(type));
    if (type == ValueType::Date)
        QCOMPARE(int(p.dateOrder()), int(order));
}

// A type wins with at least 95 % of the non-missing values; the others are what the import stores as
// missing with a warning (unreadable()). Missing tokens are neither.
void TestColumnProfile::majority_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<ValueType>("type");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<qint64>("unreadable");
    QTest::addColumn<qint64>("missing");
    QTest::addColumn<bool>("label");
    const auto N = ValueType::Number;
    const auto C = ValueType::Category;
    const auto F = ValueType::Flag;
    const auto D = ValueType::Date;
    const auto I = DateOrder::Iso;
    const auto US = DateOrder::MonthDayYear;
    const auto EU = DateOrder::DayMonthYear;
    // {"12", 19}, {"abc", 1}: 19 times "12", then "abc".
    auto rep = [](std::initializer_list<std::pair<const char *, int>> runs) {
        QStringList out;
        for (const auto &[value, n] : runs) {
            for (int i = 0; i < n; ++i)
                out << QString::fromUtf8(value);
        }
        return out;
    };
    QTest::newRow("19 numbers and abc: 95 %") << rep({{"12", 19}, {"abc", 1}}) << N << I << 1ll << 0ll << false;
    QTest::newRow("18 numbers and abc: 94.7 %") << rep({{"12", 18}, {"abc", 1}}) << C << I << 0ll << 0ll << false;
    QTest::newRow("a 12.3.4 among charges") << rep({{"29.85", 10}, {"56.95", 10}, {"12.3.4", 1}}) << N << I << 1ll << 0ll << false;
    QTest::newRow("two bad in 20") << rep({{"12", 18}, {"abc", 1}, {"12.3.4", 1}}) << C << I << 0ll << 0ll << false;
    QTest::newRow("missing tokens are not values")
        << rep({{"7", 5}, {"NA", 1}, {"N/A", 1}, {"n/a", 1}, {"NULL", 1}, {"null", 1}, {"-", 1}, {"?", 1}, {"#N/A", 1}, {"", 1}})
        << N << I << 0ll << 9ll << false;
    QTest::newRow("all tokens") << rep({{"NA", 3}, {"-", 2}}) << C << I << 0ll << 5ll << false;
    QTest::newRow("20 flags and Maybe") << rep({{"Yes", 10}, {"No", 10}, {"Maybe", 1}}) << F << I << 1ll << 0ll << true;
    QTest::newRow("18 flags and Maybe") << rep({{"Yes", 9}, {"No", 9}, {"Maybe", 1}}) << C << I << 0ll << 0ll << true;
    QTest::newRow("flags and a 1 the import reads") << rep({{"Yes", 10}, {"No", 9}, {"1", 1}}) << F << I << 0ll << 0ll << true;
    QTest::newRow("iso dates and soon") << rep({{"2024-01-31", 19}, {"soon", 1}}) << D << I << 1ll << 0ll << false;
    QTest::newRow("us dates and one eu") << rep({{"1/2/2024", 10}, {"10/16/2024", 9}, {"16/10/2024", 1}}) << D << US << 1ll
                                         << 0ll << false;
    QTest::newRow("eu dates and one us") << rep({{"1/2/2024", 10}, {"16/10/2024", 9}, {"10/16/2024", 1}}) << D << EU << 1ll
                                         << 0ll << false;
    QTest::newRow("an ambiguous slash among iso") << rep({{"2024-01-31", 19}, {"1/2/2024", 1}}) << D << I << 1ll << 0ll << false;
    QTest::newRow("dotted dates settle a tie") << rep({{"1.2.2024", 19}, {"3/4/2024", 1}}) << D << EU << 0ll << 0ll << false;
    QTest::newRow("churned and retained") << rep({{"Churned", 10}, {"Retained", 9}, {"Active", 1}}) << C << I << 0ll << 0ll
                                          << true;
    QTest::newRow("0/1 is a number and a label") << rep({{"0", 10}, {"1", 10}}) << N << I << 0ll << 0ll << true;
    QTest::newRow("yes/no and two Maybe") << rep({{"Yes", 9}, {"No", 9}, {"Maybe", 2}}) << C << I << 0ll << 0ll << true;
    QTest::newRow("half label words") << rep({{"Yes", 2}, {"price", 1}, {"support", 1}}) << C << I << 0ll << 0ll << false;
    QTest::newRow("a few label words") << rep({{"No", 1}, {"price", 2}}) << C << I << 0ll << 0ll << false;
    QTest::newRow("text") << rep({{"DSL", 10}, {"Fiber optic", 10}}) << C << I << 0ll << 0ll << false;
}

void TestColumnProfile::majority()
{
    QFETCH(QStringList, values);
    QFETCH(ValueType, type);
    QFETCH(DateOrder, order);
    QFETCH(qint64, unreadable);
    QFETCH(qint64, missing);
    QFETCH(bool, label);
    ColumnProfile p;
    for (const QString &v : values) {
        const QByteArray u = v.toUtf8();
        p.add(std::string_view(u.constData(), std::size_t(u.size())));
    }
    QCOMPARE(valueTypeName(p.inferredType()), valueTypeName(type));
    if (type == ValueType::Date)
        QCOMPARE(int(p.dateOrder()), int(order));
    QCOMPARE(p.unreadable(), unreadable);
    QCOMPARE(p.missing(), missing);
    QCOMPARE(p.present(), qint64(values.size()) - missing);
    QCOMPARE(p.readsAsLabel(), label);
}

void TestColumnProfile::counts()
{
    ColumnProfile p;
    for (const char *v : {"a", "", "b", "a", " "})
        p.add(v);
    QCOMPARE(p.values(), 5);
    QCOMPARE(p.missing(), 2);
    QCOMPARE(p.distinctSeen(), 2);
    QCOMPARE(p.examples(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    ColumnProfile many;
    for (int i = 0; i < 150; ++i)
        many.add(std::to_string(i));
    QCOMPARE(many.distinctSeen(), ColumnProfile::kDistinctCap);
    QVERIFY(many.distinctCapped());
    // Distinct as text: two invalid UTF-8 bytes both read as U+FFFD, repeats in any order.
    ColumnProfile text;
    for (const char *v : {"\xff", "x", "\xfe", "x", "\xff", "\xfe", " x"})
        text.add(v);
    QCOMPARE(text.distinctSeen(), 2);
    QCOMPARE(text.examples(), (QStringList{QString(QChar::ReplacementCharacter), QStringLiteral("x")}));
    ValueType t;
    QVERIFY(valueTypeFromName(QStringLiteral("date"), &t));
    QCOMPARE(int(t), int(ValueType::Date));
    QVERIFY(!valueTypeFromName(QStringLiteral("text"), &t));
}

QTEST_GUILESS_MAIN(TestColumnProfile)
#include "tst_columnprofile.moc"
