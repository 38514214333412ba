// TierDialog: a tier's fields as typed (87.1 stays 87.1), the first tier fixed at 0, and what it
// refuses before it accepts.
#include "designer/tierdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace tierlab;
using namespace tierlab::ui;

class TestTierDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedValuesStayAsTyped();
    void firstTierStartsAtZero();
    void refusesWhatIsNotATier();
};

void TestTierDialog::typedValuesStayAsTyped()
{
    TierDialog dialog(Tier{QStringLiteral("green"), QStringLiteral("Healthy"), QStringLiteral("#3b9b5a"), 70, {}}, false);
    QCOMPARE(dialog.tier().min, 70.0);
    dialog.minEdit()->clear();
    QTest::keyClicks(dialog.minEdit(), QLocale().toString(87.1));
    dialog.labelEdit()->clear();
    QTest::keyClicks(dialog.labelEdit(), QStringLiteral(" Thriving "));
    const Tier t = dialog.tier();
    QCOMPARE(t.min, 87.1);
    QCOMPARE(t.label, QStringLiteral("Thriving"));
    QCOMPARE(t.id, QStringLiteral("green"));
    QCOMPARE(t.color, QStringLiteral("#3b9b5a"));
    QCOMPARE(dialog.problem(), QString());
}

void TestTierDialog::firstTierStartsAtZero()
{
    TierDialog dialog(Tier{QStringLiteral("red"), QStringLiteral("At risk"), {}, 0, {}}, true);
    QVERIFY(!dialog.minEdit()->isEnabled());
    QCOMPARE(dialog.tier().min, 0.0);
}

void TestTierDialog::refusesWhatIsNotATier()
{
    TierDialog dialog(Tier{QStringLiteral("x"), {}, {}, 50, {}}, false);
    dialog.show();
    dialog.colorEdit()->setText(QStringLiteral("not a colour"));
    QVERIFY(!dialog.problem().isEmpty());
    dialog.accept();
    QVERIFY(dialog.isVisible());   // refused: the dialog stays, with the reason
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("tierError"));
    QVERIFY(error && error->isVisible());
    dialog.colorEdit()->clear();
    dialog.idEdit()->clear();
    QCOMPARE(dialog.problem(), TierDialog::tr("A tier needs an id."));
    dialog.idEdit()->setText(QStringLiteral("x"));
    dialog.minEdit()->setText(QStringLiteral("150"));
    QVERIFY(!dialog.problem().isEmpty());
    dialog.minEdit()->setText(QStringLiteral("50"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestTierDialog)
#include "tst_tierdialog.moc"
