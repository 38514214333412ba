#include "io/importmapping.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;

class TestImportMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normaliseId_data();
    void normaliseId();
    void duplicates();
    void roles_data();
    void roles();
    void jsonRoundTrip();
    void badJson_data();
    void badJson();
    void headerKey();
};

void TestImportMapping::normaliseId_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("id");
    QTest::newRow("plain") << QStringLiteral("tenure") << 1 << QStringLiteral("tenure");
    QTest::newRow("camel case") << QStringLiteral("MonthlyCharges") << 1 << QStringLiteral("monthlycharges");
    QTest::newRow("spaces") << QStringLiteral("Total day minutes") << 1 << QStringLiteral("total_day_minutes");
    QTest::newRow("runs") << QStringLiteral("Active  seat -- ratio") << 1 << QStringLiteral("active_seat_ratio");
    QTest::newRow("leading and trailing") << QStringLiteral("  (NPS)  ") << 1 << QStringLiteral("nps");
    QTest::newRow("percent sign") << QStringLiteral("Score %") << 1 << QStringLiteral("score");
    QTest::newRow("leading digit") << QStringLiteral("30d logins") << 1 << QStringLiteral("c_30d_logins");
    QTest::newRow("digits only") << QStringLiteral("2024") << 1 << QStringLiteral("c_2024");
    QTest::newRow("empty") << QString() << 3 << QStringLiteral("column_3");
    QTest::newRow("symbols only") << QStringLiteral("%%") << 7 << QStringLiteral("column_7");
    QTest::newRow("non-ascii") << QStringLiteral("Größe") << 1 << QStringLiteral("gr_e");
    QTest::newRow("injection") << QStringLiteral("\"; DROP TABLE accounts; --") << 1
                               << QStringLiteral("drop_table_accounts");
}

void TestImportMapping::normaliseId()
{
    QFETCH(QString, header);
    QFETCH(int, position);
    QFETCH(QString, id);
    QCOMPARE(ImportMapping::normaliseId(header, position), id);
}

void TestImportMapping::duplicates()
{
    const QStringList headers = {QStringLiteral("Score"), QStringLiteral("score"), QStringLiteral("SCORE!"),
                                 QString(), QStringLiteral("score_2"), QString()};
    QCOMPARE(ImportMapping::signalIds(headers),
             (QStringList{QStringLiteral("score"), QStringLiteral("score_2"), QStringLiteral("score_3"),
                          QStringLiteral("column_4"), QStringLiteral("score_2_2"), QStringLiteral("column_6")}));
}

void TestImportMapping::roles_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("outcomes");
    QTest::addColumn<QString>("role");
    const int N = int(ValueType::Number), C = int(ValueType::Category), F = int(ValueType::Flag),
              D = int(ValueType::Date);
    QTest::newRow("customerID") << QStringLiteral("customerID") << C << false << QStringLiteral("account_id");
    QTest::newRow("account_id") << QStringLiteral("account_id") << C << false << QStringLiteral("account_id");
    QTest::newRow("id number") << QStringLiteral("ID") << N << false << QStringLiteral("account_id");
    QTest::newRow("Customer ID") << QStringLiteral("Customer ID") << C << false << QStringLiteral("account_id");
    QTest::newRow("as_of") << QStringLiteral("as_of") << D << false << QStringLiteral("as_of");
    QTest::newRow("snapshot date") << QStringLiteral("Snapshot Date") << D << false << QStringLiteral("as_of");
    QTest::newRow("as_of with a bad value") << QStringLiteral("as_of") << C << false << QStringLiteral("as_of");
    QTest::newRow("date not a date") << QStringLiteral("date") << C << false << QStringLiteral("signal");
    QTest::newRow("name") << QStringLiteral("account_name") << C << false << QStringLiteral("name");
    QTest::newRow("owner") << QStringLiteral("Owner") << C << false << QStringLiteral("csm");
    QTest::newRow("segment") << QStringLiteral("Segment") << C << false << QStringLiteral("segment");
    QTest::newRow("arr") << QStringLiteral("ARR") << N << false << QStringLiteral("arr");
    QTest::newRow("renewal") << QStringLiteral("renewal_date") << D << false << QStringLiteral("renewal_date");
    QTest::newRow("churn flag") << QStringLiteral("Churn") << F << false << QStringLiteral("label");
    QTest::newRow("churn text") << QStringLiteral("Churn") << C << false << QStringLiteral("signal");
    QTest::newRow("other") << QStringLiteral("tenure") << N << false << QStringLiteral("signal");
    QTest::newRow("outcome date") << QStringLiteral("churn_date") << D << true << QStringLiteral("date");
    QTest::newRow("outcome kind") << QStringLiteral("Kind") << C << true << QStringLiteral("kind");
    QTest::newRow("arr change") << QStringLiteral("arr_change") << N << true << QStringLiteral("arr_change");
    QTest::newRow("outcome other") << QStringLiteral("reason_code") << C << true << QStringLiteral("ignore");
}

void TestImportMapping::roles()
{
    QFETCH(QString, header);
    QFETCH(int, type);
    QFETCH(bool, outcomes);
    QFETCH(QString, role);
    const ColumnRole r = ImportMapping::suggestRole(ImportMapping::normaliseId(header, 1), ValueType(type),
                                                    outcomes ? ImportKind::Outcomes : ImportKind::Snapshots);
    QCOMPARE(columnRoleName(r), role);
}

void TestImportMapping::jsonRoundTrip()
{
    ImportMapping m;
    m.delimiter = ';';
    m.decimalStyle = DecimalStyle::Comma;
    m.asOf = QDate(2024, 3, 31);
    m.labelPositive = QStringLiteral("Yes");
    m.rowNumberIds = true;
    m.columns.push_back({QStringLiteral("Kunde"), ColumnRole::AccountId, ValueType::Category, DateOrder::Iso, {}});
    m.columns.push_back({QStringLiteral("Stichtag"), ColumnRole::AsOf, ValueType::Date, DateOrder::DayMonthYear, {}});
    m.columns.push_back({QStringLiteral("Umsatz €"), ColumnRole::Signal, ValueType::Number, DateOrder::Iso,
                         QStringLiteral("umsatz")});
    m.columns.push_back({QStringLiteral("x"), ColumnRole::Ignore, ValueType::Category, DateOrder::Iso, {}});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.json"));
    QVERIFY(m.save(path));
    auto back = ImportMapping::load(path);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back->toJson(), m.toJson());
    QCOMPARE(back->delimiter, ';');
    QCOMPARE(back->asOf, QDate(2024, 3, 31));
    QCOMPARE(back->columns.size(), std::size_t(4));
    QCOMPARE(back->columns[1].dateOrder, DateOrder::DayMonthYear);
    QCOMPARE(back->columns[2].header, QStringLiteral("Umsatz €"));
    QCOMPARE(back->columnWithRole(ColumnRole::AsOf), 1);
    QCOMPARE(back->columnWithRole(ColumnRole::Label), -1);
    QVERIFY(back->column(QStringLiteral("x")));
    QVERIFY(!back->column(QStringLiteral("y")));
}

void TestImportMapping::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("invalid mapping");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("JSON object");
    QTest::newRow("no columns") << QByteArray("{}") << QStringLiteral("/columns");
    QTest::newRow("bad role") << QByteArray(R"({"columns":[{"header":"a","role":"boss"}]})")
                              << QStringLiteral("/columns/0/role");
    QTest::newRow("bad type") << QByteArray(R"({"columns":[{"header":"a","type":"text"}]})")
                              << QStringLiteral("/columns/0/type");
    QTest::newRow("header not text") << QByteArray(R"({"columns":[{"header":5}]})") << QStringLiteral("/columns/0");
    QTest::newRow("bad delimiter") << QByteArray(R"({"delimiter":"x","columns":[]})") << QStringLiteral("/delimiter");
    QTest::newRow("bad kind") << QByteArray(R"({"kind":"people","columns":[]})") << QStringLiteral("/kind");
    QTest::newRow("bad as_of") << QByteArray(R"({"as_of":"31/01/2024","columns":[]})") << QStringLiteral("/as_of");
}

void TestImportMapping::badJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    auto m = ImportMapping::fromJson(json);
    QVERIFY(!m);
    QCOMPARE(m.error().code, Error::Code::Invalid);
    QVERIFY2(m.error().message.contains(expected), qPrintable(m.error().message));
}

void TestImportMapping::headerKey()
{
    const QStringList a = {QStringLiteral("id"), QStringLiteral("x")};
    const QStringList b = {QStringLiteral("idx")};
    QCOMPARE(ImportMapping::headerKey(a), ImportMapping::headerKey(a));
    QVERIFY(ImportMapping::headerKey(a) != ImportMapping::headerKey(b));
    QCOMPARE(ImportMapping::headerKey(a).size(), 64);
}

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
