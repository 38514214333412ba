// ModelDiffModel: the rows of a hand-made pair of models exactly (one change of each kind the
// summary counts), the marks, roles and headers, the summary line, identical models, sorting by
// section in ModelDiff's section order, all under QAbstractItemModelTester.
#include "itemmodels/modeldiffmodel.h"
#include "model/modelfile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace tierlab;

namespace {

const QByteArray kBefore = R"({"format":"tierlab-model","version":1,"name":"Before",
  "categories":[{"id":"use","weight":2},{"id":"sup","weight":1}],
  "signals":[{"id":"logins","category":"use","rule":{"kind":"linear","worst":0,"best":30}},
             {"id":"tickets","category":"sup","rule":{"kind":"linear","worst":10,"best":0}}],
  "penalties":[{"id":"late","column":"tickets","op":">=","value":8,"points":10,"label":"Late"}],
  "tiers":[{"id":"red","min":0},{"id":"yellow","min":40},{"id":"green","min":70}]})";

// Name changed, use weight 2 → 3, logins best 30 → 40, penalty removed, yellow 40 → 50, blue added.
const QByteArray kAfter = R"({"format":"tierlab-model","version":1,"name":"After",
  "categories":[{"id":"use","weight":3},{"id":"sup","weight":1}],
  "signals":[{"id":"logins","category":"use","rule":{"kind":"linear","worst":0,"best":40}},
             {"id":"tickets","category":"sup","rule":{"kind":"linear","worst":10,"best":0}}],
  "tiers":[{"id":"red","min":0},{"id":"yellow","min":50},{"id":"green","min":70},
           {"id":"blue","min":90,"label":"Blue","color":"#0000ff"}]})";

Model parse(const QByteArray &json)
{
    auto m = ModelFile::fromJson(json);
    if (!m)
        qFatal("%s", qPrintable(m.error().message));
    return *m;
}

QStringList row(const QAbstractItemModel &model, int r)
{
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells << model.index(r, c).data().toString();
    return cells;
}

} // namespace

class TestModelDiffModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows();
    void rolesAndHeaders();
    void identical();
    void sortBySection();
};

void TestModelDiffModel::rows()
{
    ModelDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);
    model.setModels(parse(kBefore), parse(kAfter));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(row(model, 0), (QStringList{QStringLiteral("~ changed"), QStringLiteral("model"), QString(),
                                         QStringLiteral("name"), QStringLiteral("Before"), QStringLiteral("After")}));
    QCOMPARE(row(model, 1), (QStringList{QStringLiteral("~ changed"), QStringLiteral("categories"), QStringLiteral("use"),
                                         QStringLiteral("weight"), QStringLiteral("2"), QStringLiteral("3")}));
    QCOMPARE(row(model, 2), (QStringList{QStringLiteral("~ changed"), QStringLiteral("signals"), QStringLiteral("logins"),
                                         QStringLiteral("rule"), QStringLiteral("linear worst=0 best=30"),
                                         QStringLiteral("linear worst=0 best=40")}));
    QCOMPARE(row(model, 3), (QStringList{QStringLiteral("- removed"), QStringLiteral("penalties"), QStringLiteral("late"),
                                         QStringLiteral("(whole item)"),
                                         QStringLiteral("column=tickets, condition=>= 8, points=10, label=Late"), QString()}));
    QCOMPARE(row(model, 4), (QStringList{QStringLiteral("~ changed"), QStringLiteral("tiers"), QStringLiteral("yellow"),
                                         QStringLiteral("min"), QStringLiteral("40"), QStringLiteral("50")}));
    QCOMPARE(row(model, 5), (QStringList{QStringLiteral("+ added"), QStringLiteral("tiers"), QStringLiteral("blue"),
                                         QStringLiteral("(whole item)"), QString(),
                                         QStringLiteral("min=90, label=Blue, color=#0000ff")}));
    QCOMPARE(model.summary(), QStringLiteral("6 difference(s): 1 weight(s), 1 rule(s), 1 tier threshold(s), 1 added, "
                                             "1 removed, 1 other change(s)"));
    QCOMPARE(model.toText(), ModelDiff::toText(model.changes()));
    QVERIFY(model.toText().startsWith(QStringLiteral("~ model.name: Before → After\n~ categories.use.weight: 2 → 3\n")));

    // The other way round: added and removed swap.
    model.setModels(parse(kAfter), parse(kBefore));
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(row(model, 3).mid(0, 3), (QStringList{QStringLiteral("+ added"), QStringLiteral("penalties"), QStringLiteral("late")}));
    QCOMPARE(row(model, 5).mid(0, 3), (QStringList{QStringLiteral("- removed"), QStringLiteral("tiers"), QStringLiteral("blue")}));
}

void TestModelDiffModel::rolesAndHeaders()
{
    ModelDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setModels(parse(kBefore), parse(kAfter));
    const QStringList headers{QStringLiteral("Change"), QStringLiteral("Section"), QStringLiteral("Item"),
                              QStringLiteral("Field"), QStringLiteral("Before"), QStringLiteral("After")};
    for (int c = 0; c < model.columnCount(); ++c)
        QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), headers[c]);
    QCOMPARE(model.index(0, ModelDiffModel::SectionColumn).data(ModelDiffModel::KindRole).toInt(), int(ModelChange::Kind::Changed));
    QCOMPARE(model.index(3, ModelDiffModel::AfterColumn).data(ModelDiffModel::KindRole).toInt(), int(ModelChange::Kind::Removed));
    QCOMPARE(model.index(5, ModelDiffModel::KindColumn).data(ModelDiffModel::KindRole).toInt(), int(ModelChange::Kind::Added));
    // Long values (rules) read in full in the tooltip.
    QCOMPARE(model.index(2, ModelDiffModel::BeforeColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("linear worst=0 best=30"));
    QCOMPARE(model.index(4, ModelDiffModel::SectionColumn).data(ModelDiffModel::SortRole).toInt(), 5);   // tiers: last section
    QCOMPARE(model.index(4, ModelDiffModel::KindColumn).data(ModelDiffModel::SortRole).toInt(), 4);      // original position
    QCOMPARE(model.index(4, ModelDiffModel::ItemColumn).data(ModelDiffModel::SortRole).toString(), QStringLiteral("yellow"));
    QVERIFY(!model.index(4, ModelDiffModel::ItemColumn).data(Qt::DecorationRole).isValid());
}

void TestModelDiffModel::identical()
{
    ModelDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setModels(parse(kBefore), parse(kAfter));
    model.setModels(parse(kBefore), parse(kBefore));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.summary(), QStringLiteral("Identical: no differences"));
    QCOMPARE(model.toText(), QStringLiteral("no differences\n"));
}

void TestModelDiffModel::sortBySection()
{
    ModelDiffModel model;
    model.setModels(parse(kBefore), parse(kAfter));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ModelDiffModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Descending by section: ModelDiff's order reversed (tiers first, model last), a section's rows
    // kept in their order (the sort is stable).
    proxy.sort(ModelDiffModel::SectionColumn, Qt::DescendingOrder);
    QStringList order;
    for (int r = 0; r < proxy.rowCount(); ++r)
        order << proxy.index(r, ModelDiffModel::SectionColumn).data().toString() + u'.'
                     + proxy.index(r, ModelDiffModel::ItemColumn).data().toString();
    QCOMPARE(order, (QStringList{QStringLiteral("tiers.yellow"), QStringLiteral("tiers.blue"), QStringLiteral("penalties.late"),
                                 QStringLiteral("signals.logins"), QStringLiteral("categories.use"), QStringLiteral("model.")}));
    // Back to the diff's own order through the change column.
    proxy.sort(ModelDiffModel::KindColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, ModelDiffModel::FieldColumn).data().toString(), QStringLiteral("name"));
    QCOMPARE(proxy.index(5, ModelDiffModel::ItemColumn).data().toString(), QStringLiteral("blue"));
}

QTEST_MAIN(TestModelDiffModel)
#include "tst_modeldiffmodel.moc"
