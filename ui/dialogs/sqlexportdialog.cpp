#include "sqlexportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace tierlab::ui {

SqlExportDialog::SqlExportDialog(const Model &model, std::vector<SignalInfo> catalogue, const QString &folder, QWidget *parent)
    : QDialog(parent), m_model(model), m_catalogue(std::move(catalogue)), m_folder(folder)
{
    setObjectName(QStringLiteral("sqlExportDialog"));
    setWindowTitle(tr("Export Model as SQL"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The model \"%1\" as one SQL view over a table with one row per account per as_of and one "
                                "column per signal: every score, tier and category score as Tierlab computes them, for a "
                                "warehouse to refresh nightly.")
                                 .arg(model.name),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_dialect = new QComboBox(this);
    m_dialect->setObjectName(QStringLiteral("sqlDialect"));
    m_dialect->addItem(tr("PostgreSQL"), QVariant::fromValue(int(SqlDialect::Postgres)));
    m_dialect->addItem(tr("SQLite"), QVariant::fromValue(int(SqlDialect::Sqlite)));
    form->addRow(tr("&Dialect:"), m_dialect);
    m_source = new QLineEdit(SqlExportOptions().source, this);
    m_source->setObjectName(QStringLiteral("sqlSource"));
    m_source->setToolTip(tr("The table the view reads: account_id, as_of, the attributes and one column per signal "
                            "(`tierlab snapshots export --postgres` writes it)"));
    form->addRow(tr("&Source table:"), m_source);
    m_view = new QLineEdit(SqlExportOptions().view, this);
    m_view->setObjectName(QStringLiteral("sqlView"));
    form->addRow(tr("&View name:"), m_view);
    m_selectOnly = new QCheckBox(tr("A plain &SELECT instead of CREATE VIEW"), this);
    m_selectOnly->setObjectName(QStringLiteral("sqlSelectOnly"));
    form->addRow(QString(), m_selectOnly);
    layout->addLayout(form);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("sqlText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMinimumSize(640, 320);
    layout->addWidget(m_text, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("sqlMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("sqlSave"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &SqlExportDialog::chooseFile);
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &SqlExportDialog::regenerate);
    connect(m_source, &QLineEdit::textChanged, this, &SqlExportDialog::regenerate);
    connect(m_view, &QLineEdit::textChanged, this, &SqlExportDialog::regenerate);
    connect(m_selectOnly, &QCheckBox::toggled, this, &SqlExportDialog::regenerate);
    regenerate();
}

SqlExportOptions SqlExportDialog::options() const
{
    SqlExportOptions o;
    o.dialect = SqlDialect(m_dialect->currentData().toInt());
    o.source = m_source->text().trimmed();
    o.view = m_view->text().trimmed();
    o.selectOnly = m_selectOnly->isChecked();
    o.catalogue = m_catalogue;
    return o;
}

void SqlExportDialog::regenerate()
{
    const SqlExportOptions o = options();
    m_view->setEnabled(!o.selectOnly);
    m_problem.clear();
    m_sql.clear();
    if (o.source.isEmpty())
        m_problem = tr("Name the source table.");
    else if (!o.selectOnly && o.view.isEmpty())
        m_problem = tr("Name the view.");
    if (m_problem.isEmpty()) {
        auto sql = SqlExporter(m_model, o).sql();
        if (sql)
            m_sql = *sql;
        else
            m_problem = sql.error().message;
    }
    m_text->setPlainText(m_sql);
    m_message->setText(m_problem.isEmpty() ? tr("%n line(s); identifiers are quoted and every value is a literal.", nullptr,
                                                int(m_sql.count(QLatin1Char('\n'))))
                                           : m_problem);
    m_save->setEnabled(!m_sql.isEmpty());
}

Result<void> SqlExportDialog::saveTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_sql.toUtf8()) < 0 || !file.commit())
        return fail(tr("Could not write %1: %2").arg(path, file.errorString()), Error::Code::Io);
    return {};
}

void SqlExportDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Save the SQL"), m_folder, tr("SQL files (*.sql)"));
    dialog->setObjectName(QStringLiteral("sqlFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("sql"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (auto ok = saveTo(path); !ok) {
            QMessageBox::warning(this, windowTitle(), ok.error().message);
            return;
        }
        Q_EMIT saved(path);
        accept();
    });
    dialog->open();
}

} // namespace tierlab::ui
