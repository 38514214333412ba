// AddSignalDialog: a new signal reads a snapshot column, gets an id of its own and a starting rule
// that suits the column's type.
#include "designer/addsignaldialog.h"
#include "model/modelvalidator.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>

using namespace tierlab;
using namespace tierlab::ui;

class TestAddSignalDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signalFromColumn();
};

void TestAddSignalDialog::signalFromColumn()
{
    Model model;
    model.categories = {Category{QStringLiteral("usage"), QStringLiteral("Usage"), {}, 1, Aggregate::Mean, {}},
                        Category{QStringLiteral("money"), QStringLiteral("Money"), {}, 1, Aggregate::Mean, {}}};
    Signal logins;
    logins.id = QStringLiteral("logins");
    logins.category = QStringLiteral("usage");
    model.signals = {logins};
    model.tiers = {Tier{QStringLiteral("red"), {}, {}, 0, {}}};
    std::vector<SignalInfo> columns(3);
    columns[0].id = QStringLiteral("logins");
    columns[0].label = QStringLiteral("Logins");
    columns[1].id = QStringLiteral("plan");
    columns[1].type = SignalType::Category;
    columns[2].id = QStringLiteral("late");
    columns[2].type = SignalType::Flag;

    AddSignalDialog dialog(model, columns, 1);
    Signal s = dialog.signal();
    QCOMPARE(s.id, QStringLiteral("logins_2"));   // "logins" is taken: the column is named apart
    QCOMPARE(s.columnName(), QStringLiteral("logins"));
    QCOMPARE(s.label, QStringLiteral("Logins"));
    QCOMPARE(s.category, QStringLiteral("money"));
    QCOMPARE(s.rule.kind, RuleKind::Percentile);
    dialog.columnBox()->setCurrentIndex(1);
    s = dialog.signal();
    QCOMPARE(s.id, QStringLiteral("plan"));
    QCOMPARE(s.column, QString());
    QCOMPARE(s.rule.kind, RuleKind::Map);
    QTest::keyClicks(dialog.labelEdit(), QStringLiteral(" tier"));   // typed: the label no longer follows
    dialog.columnBox()->setCurrentIndex(2);
    s = dialog.signal();
    QCOMPARE(s.label, QStringLiteral("plan tier"));
    QCOMPARE(s.rule.kind, RuleKind::Flag);
    model.signals.push_back(s);
    QVERIFY(ModelValidator::checkStructure(model).empty());
}

QTEST_MAIN(TestAddSignalDialog)
#include "tst_addsignaldialog.moc"
