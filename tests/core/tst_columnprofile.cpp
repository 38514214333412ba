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
    ValueType t;
    QVERIFY(valueTypeFromName(QStringLiteral("date"), &t));
    QCOMPARE(int(t), int(ValueType::Date));
    QVERIFY(!valueTypeFromName(QStringLiteral("text"), &t));
}

QTEST_GUILESS_MAIN(TestColumnProfile)
#include "tst_columnprofile.moc"
