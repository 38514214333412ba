#include "io/csvprofiler.h"
#include "itemmodels/columnmappingmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace tierlab;

namespace {

QString fixture(const char *name)
{
    return QFINDTESTDATA(QStringLiteral("../data/csv/") + QLatin1StringView(name));
}

ImportMapping suggested(const char *file, ImportKind kind)
{
    auto profile = CsvProfiler::profile(fixture(file));
    return profile ? profile->suggestMapping(kind) : ImportMapping();
}

// "role/type" of every column, in file order.
QString describe(const ImportMapping &m)
{
    QStringList parts;
    for (const ColumnMapping &c : m.columns)
        parts << columnRoleName(c.role) + u'/' + valueTypeName(c.type);
    return parts.join(u' ');
}

const QString kBasic = QStringLiteral(
    "account_id/category as_of/date name/category csm/category segment/category arr/number renewal_date/date "
    "signal/category signal/number signal/category signal/flag");

} // namespace

class TestColumnMappingModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void display();
    void setRole_data();
    void setRole();
    void setType_data();
    void setType();
    void detectedTypeComesBack();
    void signalId_data();
    void signalId();
    void flags();
    void outcomeRoles();
    void choices();

private:
    std::unique_ptr<ColumnMappingModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestColumnMappingModel::init()
{
    m_tester.reset();
    m_model = std::make_unique<ColumnMappingModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setMapping(suggested("snap_basic.csv", ImportKind::Snapshots),
                        {{QStringLiteral("A1"), QStringLiteral("A2")}});
    QCOMPARE(describe(m_model->mapping()), kBasic);
}

void TestColumnMappingModel::display()
{
    QCOMPARE(m_model->rowCount(), 11);
    QCOMPARE(m_model->columnCount(), int(ColumnMappingModel::ColumnCount));
    const int logins = m_model->rowOf(QStringLiteral("logins"));
    QCOMPARE(logins, 7);
    QCOMPARE(m_model->rowOf(QStringLiteral("nope")), -1);
    QCOMPARE(m_model->index(logins, ColumnMappingModel::HeaderColumn).data().toString(), QStringLiteral("logins"));
    QCOMPARE(m_model->index(logins, ColumnMappingModel::TypeColumn).data().toString(), QStringLiteral("category"));
    QCOMPARE(m_model->index(logins, ColumnMappingModel::TypeColumn).data(Qt::EditRole).toInt(), int(ValueType::Category));
    QCOMPARE(m_model->index(logins, ColumnMappingModel::RoleColumn).data().toString(), QStringLiteral("signal"));
    QCOMPARE(m_model->index(logins, ColumnMappingModel::SignalIdColumn).data().toString(), QStringLiteral("logins"));
    QCOMPARE(m_model->index(1, ColumnMappingModel::RoleColumn).data().toString(), QStringLiteral("as_of date"));
    QCOMPARE(m_model->index(1, ColumnMappingModel::RoleColumn).data(Qt::EditRole).toInt(), int(ColumnRole::AsOf));
    // Only signals show an id; examples as given (missing rows get none).
    QCOMPARE(m_model->index(1, ColumnMappingModel::SignalIdColumn).data().toString(), QString());
    QCOMPARE(m_model->index(0, ColumnMappingModel::ExamplesColumn).data().toString(), QStringLiteral("A1, A2"));
    QCOMPARE(m_model->index(1, ColumnMappingModel::ExamplesColumn).data().toString(), QString());
    QCOMPARE(m_model->headerData(ColumnMappingModel::RoleColumn, Qt::Horizontal).toString(), QStringLiteral("Role"));
    QCOMPARE(m_model->index(1, ColumnMappingModel::TypeColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("The role as_of date fixes the type; a value that does not read as date rejects its row"));
}

void TestColumnMappingModel::setRole_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("rowNumberIds");
    QTest::addColumn<int>("changes");

    QTest::newRow("as_of moves to renewal_date")
        << 6 << int(ColumnRole::AsOf) << true
        << QStringLiteral("account_id/category ignore/date name/category csm/category segment/category arr/number "
                          "as_of/date signal/category signal/number signal/category signal/flag")
        << false << 1;
    QTest::newRow("account id moves to name")
        << 2 << int(ColumnRole::AccountId) << true
        << QStringLiteral("ignore/category as_of/date account_id/category csm/category segment/category arr/number "
                          "renewal_date/date signal/category signal/number signal/category signal/flag")
        << false << 1;
    QTest::newRow("arr makes a flag a number")
        << 10 << int(ColumnRole::Arr) << true
        << QStringLiteral("account_id/category as_of/date name/category csm/category segment/category ignore/number "
                          "renewal_date/date signal/category signal/number signal/category arr/number")
        << false << 1;
    QTest::newRow("label keeps the type")
        << 8 << int(ColumnRole::Label) << true
        << QStringLiteral("account_id/category as_of/date name/category csm/category segment/category arr/number "
                          "renewal_date/date signal/category label/number signal/category signal/flag")
        << false << 1;
    QTest::newRow("no account id: row numbers")
        << 0 << int(ColumnRole::Ignore) << true
        << QStringLiteral("ignore/category as_of/date name/category csm/category segment/category arr/number "
                          "renewal_date/date signal/category signal/number signal/category signal/flag")
        << true << 1;
    QTest::newRow("same role: no change") << 7 << int(ColumnRole::Signal) << true << kBasic << false << 0;
    QTest::newRow("outcome role refused") << 7 << int(ColumnRole::OutcomeDate) << false << kBasic << false << 0;
    QTest::newRow("out of range role") << 7 << 99 << false << kBasic << false << 0;
    QTest::newRow("negative role") << 7 << -1 << false << kBasic << false << 0;
}

void TestColumnMappingModel::setRole()
{
    QFETCH(int, row);
    QFETCH(int, role);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    QFETCH(bool, rowNumberIds);
    QFETCH(int, changes);
    QSignalSpy changed(m_model.get(), &ColumnMappingModel::mappingChanged);
    QCOMPARE(m_model->setData(m_model->index(row, ColumnMappingModel::RoleColumn), role), ok);
    QCOMPARE(describe(m_model->mapping()), expected);
    QCOMPARE(m_model->mapping().rowNumberIds, rowNumberIds);
    QCOMPARE(changed.count(), changes);
}

void TestColumnMappingModel::setType_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("typeAfter");

    QTest::newRow("signal to number") << 7 << int(ValueType::Number) << true << QStringLiteral("number");
    QTest::newRow("signal to date") << 7 << int(ValueType::Date) << true << QStringLiteral("date");
    QTest::newRow("flag to category") << 10 << int(ValueType::Category) << true << QStringLiteral("category");
    QTest::newRow("as_of is always a date") << 1 << int(ValueType::Number) << false << QStringLiteral("date");
    QTest::newRow("arr is always a number") << 5 << int(ValueType::Category) << false << QStringLiteral("number");
    QTest::newRow("account id has no choice") << 0 << int(ValueType::Number) << false << QStringLiteral("category");
    QTest::newRow("out of range") << 7 << 4 << false << QStringLiteral("category");
}

void TestColumnMappingModel::setType()
{
    QFETCH(int, row);
    QFETCH(int, type);
    QFETCH(bool, ok);
    QFETCH(QString, typeAfter);
    QSignalSpy changed(m_model.get(), &ColumnMappingModel::mappingChanged);
    QCOMPARE(m_model->setData(m_model->index(row, ColumnMappingModel::TypeColumn), type), ok);
    QCOMPARE(valueTypeName(m_model->mapping().columns[std::size_t(row)].type), typeAfter);
    QCOMPARE(changed.count(), ok ? 1 : 0);
    // The header text is not editable.
    QVERIFY(!m_model->setData(m_model->index(row, ColumnMappingModel::HeaderColumn), QStringLiteral("x")));
}

void TestColumnMappingModel::detectedTypeComesBack()
{
    // active is a flag; as ARR it reads as a number; back as a signal, it is a flag again.
    QVERIFY(m_model->setRole(10, ColumnRole::Arr));
    QCOMPARE(m_model->mapping().columns[10].type, ValueType::Number);
    QVERIFY(m_model->setRole(10, ColumnRole::Signal));
    QCOMPARE(m_model->mapping().columns[10].type, ValueType::Flag);
    // A role that only one column has: the previous holder (arr, now ignore) stays ignored.
    QCOMPARE(m_model->mapping().columns[5].role, ColumnRole::Ignore);
}

void TestColumnMappingModel::signalId_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("idAfter");

    QTest::newRow("normalised") << 7 << QStringLiteral("Log-Ins!") << true << QStringLiteral("log_ins");
    QTest::newRow("leading digit") << 7 << QStringLiteral("7 day logins") << true << QStringLiteral("c_7_day_logins");
    QTest::newRow("unchanged") << 7 << QStringLiteral("logins") << true << QStringLiteral("logins");
    QTest::newRow("empty refused") << 7 << QStringLiteral("  ") << false << QStringLiteral("logins");
    QTest::newRow("not a signal") << 1 << QStringLiteral("x") << false << QStringLiteral("as_of");
}

void TestColumnMappingModel::signalId()
{
    QFETCH(int, row);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, idAfter);
    QCOMPARE(m_model->setData(m_model->index(row, ColumnMappingModel::SignalIdColumn), text), ok);
    QCOMPARE(m_model->mapping().columns[std::size_t(row)].signalId, idAfter);
}

void TestColumnMappingModel::flags()
{
    const auto editable = [this](int row, int column) {
        return m_model->flags(m_model->index(row, column)).testFlag(Qt::ItemIsEditable);
    };
    QVERIFY(editable(0, ColumnMappingModel::RoleColumn));
    QVERIFY(!editable(0, ColumnMappingModel::TypeColumn));
    QVERIFY(!editable(0, ColumnMappingModel::SignalIdColumn));
    QVERIFY(!editable(0, ColumnMappingModel::HeaderColumn));
    QVERIFY(editable(7, ColumnMappingModel::TypeColumn));
    QVERIFY(editable(7, ColumnMappingModel::SignalIdColumn));
    QVERIFY(!editable(7, ColumnMappingModel::ExamplesColumn));
    QVERIFY(m_model->setRole(7, ColumnRole::Ignore));
    QVERIFY(!editable(7, ColumnMappingModel::TypeColumn));
    QVERIFY(!editable(7, ColumnMappingModel::SignalIdColumn));
}

void TestColumnMappingModel::outcomeRoles()
{
    m_model->setMapping(suggested("outcomes_basic.csv", ImportKind::Outcomes));
    QCOMPARE(describe(m_model->mapping()), QStringLiteral("account_id/category date/date kind/category arr_change/number"));
    QVERIFY(!m_model->setRole(2, ColumnRole::Signal));
    QVERIFY(m_model->setRole(3, ColumnRole::OutcomeKind));
    QCOMPARE(describe(m_model->mapping()),
             QStringLiteral("account_id/category date/date ignore/category kind/number"));
    // Outcome files never name accounts by row number.
    QVERIFY(m_model->setRole(0, ColumnRole::Ignore));
    QVERIFY(!m_model->mapping().rowNumberIds);
}

void TestColumnMappingModel::choices()
{
    QCOMPARE(ColumnMappingModel::roleChoices(ImportKind::Snapshots).size(), std::size_t(10));
    QCOMPARE(ColumnMappingModel::roleChoices(ImportKind::Outcomes).size(), std::size_t(5));
    QCOMPARE(ColumnMappingModel::typeChoices(ColumnRole::Signal).size(), std::size_t(4));
    QCOMPARE(ColumnMappingModel::typeChoices(ColumnRole::RenewalDate).size(), std::size_t(1));
    QVERIFY(ColumnMappingModel::typeChoices(ColumnRole::Name).empty());
    QCOMPARE(ColumnMappingModel::roleLabel(ColumnRole::Label), QStringLiteral("churn label"));
    QCOMPARE(ColumnMappingModel::typeLabel(ValueType::Flag), QStringLiteral("flag"));
}

QTEST_GUILESS_MAIN(TestColumnMappingModel)
#include "tst_columnmappingmodel.moc"
