// File → Export Model as SQL on the real dialog: the text shown is SqlExporter's for the options the
// widgets hold, it follows every option, a model SQL cannot express is refused with the reason and
// cannot be saved, and Save writes exactly the text shown.
#include "dialogs/sqlexportdialog.h"
#include "model/modelfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;
using namespace tierlab::ui;

class TestSqlExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void followsTheOptions_data();
    void followsTheOptions();
    void emptyNamesRefused();
    void refusalShown();
    void savesTheTextShown();

private:
    Model m_model;
    QTemporaryDir m_dir;
};

void TestSqlExportDialog::initTestCase()
{
    auto seed = ModelFile::load(QStringLiteral(":/models/seed-default.json"));
    QVERIFY2(seed, seed ? "" : qPrintable(seed.error().message));
    m_model = *seed;
}

void TestSqlExportDialog::followsTheOptions_data()
{
    QTest::addColumn<int>("dialectIndex");
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("selectOnly");
    QTest::addColumn<int>("dialect");
    QTest::newRow("postgres view") << 0 << QString() << false << int(SqlDialect::Postgres);
    QTest::newRow("sqlite view") << 1 << QString() << false << int(SqlDialect::Sqlite);
    QTest::newRow("postgres select, odd source") << 0 << QStringLiteral("crm.\"weekly\"; drop") << true << int(SqlDialect::Postgres);
}

void TestSqlExportDialog::followsTheOptions()
{
    QFETCH(int, dialectIndex);
    QFETCH(QString, source);
    QFETCH(bool, selectOnly);
    QFETCH(int, dialect);
    SqlExportDialog dialog(m_model, {}, m_dir.path());
    auto *dialects = dialog.findChild<QComboBox *>(QStringLiteral("sqlDialect"));
    auto *sourceEdit = dialog.findChild<QLineEdit *>(QStringLiteral("sqlSource"));
    auto *select = dialog.findChild<QCheckBox *>(QStringLiteral("sqlSelectOnly"));
    auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("sqlText"));
    QVERIFY(dialects && sourceEdit && select && text);
    dialects->setCurrentIndex(dialectIndex);
    if (!source.isEmpty()) {
        sourceEdit->selectAll();
        QTest::keyClicks(sourceEdit, source);
    }
    if (selectOnly)
        QTest::mouseClick(select, Qt::LeftButton, {}, QPoint(4, select->height() / 2));
    QCOMPARE(select->isChecked(), selectOnly);
    SqlExportOptions want;
    want.dialect = SqlDialect(dialect);
    if (!source.isEmpty())
        want.source = source;
    want.selectOnly = selectOnly;
    auto expected = SqlExporter(m_model, want).sql();
    QVERIFY(expected);
    QCOMPARE(dialog.sql(), *expected);
    QCOMPARE(text->toPlainText(), *expected);
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("sqlSave"))->isEnabled());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("sqlView"))->isEnabled(), !selectOnly);
}

void TestSqlExportDialog::emptyNamesRefused()
{
    SqlExportDialog dialog(m_model, {}, m_dir.path());
    dialog.findChild<QLineEdit *>(QStringLiteral("sqlSource"))->clear();
    QCOMPARE(dialog.problem(), SqlExportDialog::tr("Name the source table."));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("sqlMessage"))->text(), dialog.problem());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("sqlSave"))->isEnabled());
    QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("sqlText"))->toPlainText().isEmpty());
    dialog.findChild<QLineEdit *>(QStringLiteral("sqlSource"))->setText(QStringLiteral("snapshots"));
    dialog.findChild<QLineEdit *>(QStringLiteral("sqlView"))->setText(QStringLiteral("  "));
    QCOMPARE(dialog.problem(), SqlExportDialog::tr("Name the view."));
}

void TestSqlExportDialog::refusalShown()
{
    // A category named like an output column cannot be a column of the view.
    Model clash = m_model;
    const QString was = clash.categories.front().id;
    clash.categories.front().id = QStringLiteral("tier");
    for (Signal &signal : clash.signals)
        if (signal.category == was)
            signal.category = QStringLiteral("tier");
    SqlExportDialog dialog(clash, {}, m_dir.path());
    auto refused = SqlExporter(clash, dialog.options()).sql();
    QVERIFY(!refused);
    QCOMPARE(dialog.problem(), refused.error().message);
    QVERIFY2(dialog.problem().contains(QStringLiteral("\"tier\"")), qPrintable(dialog.problem()));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("sqlMessage"))->text(), dialog.problem());
    QVERIFY(dialog.sql().isEmpty());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("sqlSave"))->isEnabled());
}

void TestSqlExportDialog::savesTheTextShown()
{
    SqlExportDialog dialog(m_model, {}, m_dir.path());
    const QString path = m_dir.filePath(QStringLiteral("model.sql"));
    QVERIFY(dialog.saveTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), dialog.sql());
    const QString nowhere = m_dir.filePath(QStringLiteral("missing/folder/model.sql"));
    auto failed = dialog.saveTo(nowhere);
    QVERIFY(!failed);
    QVERIFY2(failed.error().message.contains(nowhere), qPrintable(failed.error().message));
}

QTEST_MAIN(TestSqlExportDialog)
#include "tst_sqlexportdialog.moc"
