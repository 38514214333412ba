// EventTablesModel: exact cells, tooltips and headers for hand-made rows, under QAbstractItemModelTester;
// read() on a small workspace (an accounts table, a table keyed by account with an unknown key, and a
// table that reaches its accounts through another one) gives what `tierlab table list` prints.
#include "itemmodels/eventtablesmodel.h"

#include "tables/tableimporter.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;

namespace {

EventTableRow usageRow()
{
    EventTableRow r;
    r.name = QStringLiteral("feature_usage");
    r.rows = 25000;
    r.first = QDate(2023, 1, 1);
    r.last = QDate(2024, 12, 31);
    r.keyColumn = QStringLiteral("subscription_id");
    r.via = QStringLiteral("subscriptions");
    r.timeColumn = QStringLiteral("usage_date");
    r.fileName = QStringLiteral("usage.csv");
    r.columns = {{QStringLiteral("subscription_id"), ValueType::Category, DateOrder::Iso},
                 {QStringLiteral("usage_date"), ValueType::Date, DateOrder::Iso},
                 {QStringLiteral("usage_count"), ValueType::Number, DateOrder::Iso}};
    r.coverage.keys = 5000;
    r.coverage.keysMatched = 4998;
    r.coverage.keysUnmatched = 2;
    r.coverage.rowsUnmatched = 7;
    r.coverage.unmatched = {QStringLiteral("S-x1"), QStringLiteral("S-x2")};
    return r;
}

EventTableRow accountsRow()
{
    EventTableRow r;
    r.name = QStringLiteral("accounts");
    r.rows = 9;
    r.keyColumn = QStringLiteral("account_id");
    r.fileName = QStringLiteral("accounts.csv");
    r.coverage.keys = 9;
    r.coverage.keysMatched = 9;
    return r;
}

TableImportRequest request(const char *name, const char *key, const char *time, const char *end = nullptr,
                           const char *via = nullptr)
{
    TableImportRequest r;
    r.name = QString::fromLatin1(name);
    r.keyColumn = QString::fromLatin1(key);
    r.timeColumn = time ? QString::fromLatin1(time) : QString();
    r.endColumn = end ? QString::fromLatin1(end) : QString();
    r.via = via ? QString::fromLatin1(via) : QString();
    return r;
}

QString writeCsv(const QTemporaryDir &dir, const QString &name, const QByteArray &csv)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(csv) != csv.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestEventTablesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cells_data();
    void cells();
    void tooltips();
    void headers();
    void sortRole();
    void reset();
    void readWorkspace();
    void readEmptyWorkspace();

private:
    EventTablesModel m_model;
};

void TestEventTablesModel::initTestCase()
{
    new QAbstractItemModelTester(&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    QCOMPARE(m_model.rowCount(), 0);
    EventTableRow broken;
    broken.name = QStringLiteral("tickets");
    broken.rows = 3;
    broken.keyColumn = QStringLiteral("account_id");
    broken.timeColumn = QStringLiteral("opened");
    broken.problem = QStringLiteral("t.tierlab: the stored rows of table \"tickets\" are damaged");
    m_model.setTables({accountsRow(), usageRow(), broken});
    QCOMPARE(m_model.rowCount(), 3);
    QCOMPARE(m_model.columnCount(), 6);
    QVERIFY(m_model.table(QStringLiteral("feature_usage")));
    QCOMPARE(m_model.table(QStringLiteral("feature_usage"))->columns.size(), std::size_t(3));
    QVERIFY(!m_model.table(QStringLiteral("nope")));
}

void TestEventTablesModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("display");
    using M = EventTablesModel;
    QTest::newRow("name") << 0 << int(M::NameColumn) << QVariant(QStringLiteral("accounts"));
    QTest::newRow("rows are numbers") << 0 << int(M::RowsColumn) << QVariant(qlonglong(9));
    QTest::newRow("no time") << 0 << int(M::SpanColumn) << QVariant(QStringLiteral("(no time)"));
    QTest::newRow("key") << 0 << int(M::KeyColumn) << QVariant(QStringLiteral("account_id"));
    QTest::newRow("matched") << 0 << int(M::MatchedColumn) << QVariant(qlonglong(9));
    QTest::newRow("none unmatched") << 0 << int(M::UnmatchedColumn) << QVariant(qlonglong(0));
    QTest::newRow("big rows") << 1 << int(M::RowsColumn) << QVariant(qlonglong(25000));
    QTest::newRow("span") << 1 << int(M::SpanColumn) << QVariant(QStringLiteral("2023-01-01 – 2024-12-31"));
    QTest::newRow("key via") << 1 << int(M::KeyColumn) << QVariant(QStringLiteral("subscription_id via subscriptions"));
    QTest::newRow("matched via") << 1 << int(M::MatchedColumn) << QVariant(qlonglong(4998));
    QTest::newRow("unmatched") << 1 << int(M::UnmatchedColumn) << QVariant(qlonglong(2));
    QTest::newRow("time but no rows") << 2 << int(M::SpanColumn) << QVariant(QStringLiteral("(no dated rows)"));
    QTest::newRow("problem: no count") << 2 << int(M::MatchedColumn) << QVariant();
    QTest::newRow("problem: no unmatched") << 2 << int(M::UnmatchedColumn) << QVariant();
}

void TestEventTablesModel::cells()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, display);
    QCOMPARE(m_model.index(row, column).data(), display);
}

void TestEventTablesModel::tooltips()
{
    using M = EventTablesModel;
    const auto tip = [&](int row, int column) { return m_model.index(row, column).data(Qt::ToolTipRole).toString(); };
    QCOMPARE(tip(1, M::UnmatchedColumn), QStringLiteral("7 rows name no known account. First unmatched keys: S-x1, S-x2"));
    QCOMPARE(tip(0, M::UnmatchedColumn), QStringLiteral("Every key names a known account"));
    QCOMPARE(tip(1, M::MatchedColumn), QStringLiteral("4998 of 5000 distinct keys name a known account"));
    QCOMPARE(tip(2, M::MatchedColumn), QStringLiteral("t.tierlab: the stored rows of table \"tickets\" are damaged"));
    QCOMPARE(tip(2, M::UnmatchedColumn), tip(2, M::MatchedColumn));
    QCOMPARE(tip(1, M::KeyColumn), QStringLiteral("Column subscription_id leads to the account through table subscriptions"));
    QCOMPARE(tip(1, M::NameColumn), QStringLiteral("Imported from usage.csv\nTime column: usage_date\n3 column(s)"));
    QCOMPARE(tip(0, M::SpanColumn), QStringLiteral("Imported without a time column: no signal can be built from its rows"));
    QCOMPARE(m_model.index(1, M::RowsColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(m_model.index(1, M::NameColumn).data(Qt::TextAlignmentRole), QVariant());
}

void TestEventTablesModel::headers()
{
    using M = EventTablesModel;
    const QStringList expected{QStringLiteral("Table"), QStringLiteral("Rows"), QStringLiteral("Time span"),
                               QStringLiteral("Key"), QStringLiteral("Matched"), QStringLiteral("Unmatched")};
    for (int c = 0; c < M::ColumnCount; ++c) {
        QCOMPARE(m_model.headerData(c, Qt::Horizontal).toString(), expected[c]);
        QVERIFY(!m_model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
}

void TestEventTablesModel::sortRole()
{
    using M = EventTablesModel;
    QCOMPARE(m_model.index(1, M::SpanColumn).data(M::SortRole), QVariant(QDate(2023, 1, 1).toJulianDay()));
    QCOMPARE(m_model.index(0, M::SpanColumn).data(M::SortRole), QVariant(qlonglong(0)));
    QCOMPARE(m_model.index(1, M::UnmatchedColumn).data(M::SortRole), QVariant(qlonglong(2)));
}

void TestEventTablesModel::reset()
{
    EventTablesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTables({usageRow()});
    QCOMPARE(model.rowCount(), 1);
    model.setTables({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.index(0, 0).data(), QVariant());
}

void TestEventTablesModel::readWorkspace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto ws = Workspace::open(dir.filePath(QStringLiteral("t.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    const auto import = [&](const char *file, const QByteArray &csv, const TableImportRequest &request) {
        auto s = TableImporter(**ws).run(writeCsv(dir, QString::fromLatin1(file), csv), request);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    };
    import("accounts.csv", "account_id,name,signup\nA1,Alpha,2024-01-01\nA2,Beta,2024-01-03\n",
           request("accounts", "account_id", "signup"));
    import("subs.csv", "sub_id,account_id,start,end\nS1,A1,2024-01-01,\nS2,A2,2024-01-02,2024-02-01\n",
           request("subscriptions", "account_id", "start", "end"));
    import("usage.csv", "sub_id,day,n\nS1,2024-01-05,3\nS2,2024-01-06,4\nS9,2024-01-07,5\nS9,2024-01-08,1\n",
           request("usage", "sub_id", "day", nullptr, "subscriptions"));
    import("tickets.csv", "account_id,opened,priority\nA1,2024-01-10,high\nZZ,2024-01-11,low\n",
           request("tickets", "account_id", "opened"));

    auto rows = EventTablesModel::read(**ws);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
    EventTablesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTables(std::move(*rows));
    QCOMPARE(model.rowCount(), 4);
    using M = EventTablesModel;
    QStringList lines;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < M::ColumnCount; ++c)
            cells << model.index(r, c).data().toString();
        lines << cells.join(QStringLiteral(" | "));
    }
    // By name, as the workspace lists them.
    const QStringList expected{
        QStringLiteral("accounts | 2 | 2024-01-01 – 2024-01-03 | account_id | 2 | 0"),
        QStringLiteral("subscriptions | 2 | 2024-01-01 – 2024-01-02 | account_id | 2 | 0"),
        QStringLiteral("tickets | 2 | 2024-01-10 – 2024-01-11 | account_id | 1 | 1"),
        QStringLiteral("usage | 4 | 2024-01-05 – 2024-01-08 | sub_id via subscriptions | 2 | 1"),
    };
    QCOMPARE(lines, expected);
    QCOMPARE(model.index(2, M::UnmatchedColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("1 rows name no known account. First unmatched keys: ZZ"));
    QCOMPARE(model.index(3, M::UnmatchedColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2 rows name no known account. First unmatched keys: S9"));
    const EventTableRow *tickets = model.table(QStringLiteral("tickets"));
    QVERIFY(tickets);
    QCOMPARE(tickets->columns.size(), std::size_t(3));
    QCOMPARE(tickets->columns[2].name, QStringLiteral("priority"));
    QCOMPARE(tickets->columns[2].type, ValueType::Category);
    QCOMPARE(tickets->columns[1].type, ValueType::Date);
    QCOMPARE(model.table(QStringLiteral("subscriptions"))->endColumn, QStringLiteral("end"));

    std::atomic<bool> cancel = true;
    auto cancelled = EventTablesModel::read(**ws, &cancel);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
}

void TestEventTablesModel::readEmptyWorkspace()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("e.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    auto rows = EventTablesModel::read(**ws);
    QVERIFY(rows);
    QVERIFY(rows->empty());
}

QTEST_GUILESS_MAIN(TestEventTablesModel)
#include "tst_eventtablesmodel.moc"
