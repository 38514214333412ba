#include "importfilepage.h"

#include "dialogs/importwizard.h"
#include "pg/pgquerysource.h"
#include "session/workspacesession.h"
#include "store/workspace.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tierlab::ui {

ImportFilePage::ImportFilePage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose a file"));
    setSubTitle(tr("Pick a CSV file, or a query on a PostgreSQL server, and say what it holds. Nothing is written "
                   "before the last step."));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_form = form;
    m_fromFile = new QRadioButton(tr("A CSV fi&le"), this);
    m_fromFile->setObjectName(QStringLiteral("fromFileRadio"));
    m_fromPostgres = new QRadioButton(tr("A &query on a PostgreSQL server"), this);
    m_fromPostgres->setObjectName(QStringLiteral("fromPostgresRadio"));
    m_fromPostgres->setToolTip(tr("The query's rows are read in a read-only transaction and imported as a CSV file "
                                  "would be: same mapping, checks, warnings, progress and undo"));
    m_fromFile->setChecked(true);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_fromFile);
    sourceRow->addWidget(m_fromPostgres);
    sourceRow->addStretch(1);
    form->addRow(tr("Source:"), sourceRow);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setPlaceholderText(tr("A .csv, .tsv or .txt file"));
    m_file->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseFile"));
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_conninfo = new QLineEdit(this);
    m_conninfo->setObjectName(QStringLiteral("postgresEdit"));
    m_conninfo->setPlaceholderText(tr("postgresql://user@host:5432/database, or host=… dbname=…"));
    m_conninfo->setToolTip(tr("A libpq connection string; a password comes from ~/.pgpass or PGPASSWORD, not from here"));
    m_conninfo->setClearButtonEnabled(true);
    auto *serverLabel = new QLabel(tr("Se&rver:"), this);
    serverLabel->setBuddy(m_conninfo);
    form->addRow(serverLabel, m_conninfo);
    m_query = new QPlainTextEdit(this);
    m_query->setObjectName(QStringLiteral("queryEdit"));
    m_query->setPlaceholderText(tr("SELECT account_id, as_of, … FROM …"));
    m_query->setTabChangesFocus(true);
    m_query->setFixedHeight(m_query->fontMetrics().lineSpacing() * 5 + 12);
    auto *queryLabel = new QLabel(tr("Q&uery:"), this);
    queryLabel->setBuddy(m_query);
    form->addRow(queryLabel, m_query);
    m_runQuery = new QPushButton(tr("Run Quer&y"), this);
    m_runQuery->setObjectName(QStringLiteral("runQuery"));
    m_runQuery->setToolTip(tr("Reads the query's rows from the server; Next then shows them"));
    connect(m_runQuery, &QPushButton::clicked, this, &ImportFilePage::runQuery);
    m_queryStatus = new QLabel(this);
    m_queryStatus->setObjectName(QStringLiteral("queryStatus"));
    m_queryStatus->setWordWrap(true);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_runQuery);
    runRow->addWidget(m_queryStatus, 1);
    form->addRow(QString(), runRow);

    m_workspace = new QLineEdit(this);
    m_workspace->setObjectName(QStringLiteral("workspaceEdit"));
    m_workspace->setPlaceholderText(tr("The workspace file (.tierlab) to import into"));
    auto *chooseWs = new QPushButton(tr("C&hoose…"), this);
    connect(chooseWs, &QPushButton::clicked, this, &ImportFilePage::chooseWorkspace);
    auto *wsRow = new QHBoxLayout;
    wsRow->addWidget(m_workspace, 1);
    wsRow->addWidget(chooseWs);
    auto *wsLabel = new QLabel(tr("&Into workspace:"), this);
    wsLabel->setBuddy(m_workspace);
    form->addRow(wsLabel, wsRow);
    m_workspaceHint = new QLabel(this);
    m_workspaceHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_workspaceHint);
    layout->addLayout(form);

    auto *kindBox = new QGroupBox(tr("The file holds"), this);
    m_kindBox = kindBox;
    auto *kindLayout = new QVBoxLayout(kindBox);
    m_snapshots = new QRadioButton(tr("&Snapshots: one row per account and as_of date, with its signals "
                                      "(account attributes and a churn label may be columns too)"),
                                   kindBox);
    m_snapshots->setObjectName(QStringLiteral("snapshotsRadio"));
    m_outcomes = new QRadioButton(tr("&Outcomes: account id, date and kind (churned, renewed, expanded, "
                                     "contracted), optionally the ARR change"),
                                  kindBox);
    m_outcomes->setObjectName(QStringLiteral("outcomesRadio"));
    m_table = new QRadioButton(tr("&Event table (any export: usage events, tickets, subscriptions, …)"), kindBox);
    m_table->setObjectName(QStringLiteral("eventTableRadio"));
    m_table->setToolTip(tr("Stored as it is, for signal recipes to aggregate into weekly snapshots"));
    m_snapshots->setChecked(true);
    kindLayout->addWidget(m_snapshots);
    kindLayout->addWidget(m_outcomes);
    kindLayout->addWidget(m_table);
    layout->addWidget(kindBox);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("fileError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    // Next stays disabled until the source and the workspace are named (isComplete).
    registerField(QStringLiteral("file"), m_file);
    registerField(QStringLiteral("workspace"), m_workspace);
    registerField(QStringLiteral("snapshots"), m_snapshots);
    registerField(QStringLiteral("outcomes"), m_outcomes);
    registerField(QStringLiteral("eventTable"), m_table);
    connect(m_workspace, &QLineEdit::textChanged, this, &ImportFilePage::updateWorkspaceHint);
    connect(m_file, &QLineEdit::textChanged, m_error, &QLabel::hide);
    for (QLineEdit *edit : {m_file, m_workspace, m_conninfo})
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_query, &QPlainTextEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_fromPostgres, &QRadioButton::toggled, this, &ImportFilePage::updateSource);
    connect(&m_fetch, &QFutureWatcherBase::finished, this, [this] { showFetched(*m_fetch.result()); });
    updateWorkspaceHint();
    updateSource();
}

bool ImportFilePage::fromPostgres() const
{
    return m_fromPostgres->isChecked();
}

QString ImportFilePage::queryKey() const
{
    return m_conninfo->text().trimmed() + u'\n' + m_query->toPlainText().trimmed();
}

void ImportFilePage::updateSource()
{
    const bool postgres = fromPostgres();
    setTitle(postgres ? tr("Choose a query") : tr("Choose a file"));
    m_kindBox->setTitle(postgres ? tr("The rows hold") : tr("The file holds"));
    m_form->setRowVisible(1, !postgres);
    for (int row : {2, 3, 4})
        m_form->setRowVisible(row, postgres);
    m_error->hide();
    Q_EMIT completeChanged();
}

bool ImportFilePage::isComplete() const
{
    if (m_workspace->text().trimmed().isEmpty())
        return false;
    if (!fromPostgres())
        return !m_file->text().trimmed().isEmpty();
    // The rows fetched for the server and query as they stand now.
    return m_fetched && m_fetchedFor == queryKey();
}

void ImportFilePage::runQuery()
{
    const QString conninfo = m_conninfo->text().trimmed();
    const QString query = m_query->toPlainText().trimmed();
    if (conninfo.isEmpty() || query.isEmpty()) {
        m_error->setText(tr("Name the server and write the query first."));
        m_error->show();
        return;
    }
    m_error->hide();
    m_fetched.reset();
    m_fetchedFor = queryKey();
    m_runQuery->setEnabled(false);
    m_queryStatus->setText(tr("Running the query…"));
    Q_EMIT completeChanged();
    m_fetch.setFuture(m_wizard->session()->run<std::shared_ptr<Fetched>>([conninfo, query](SessionJob &) {
        auto out = std::make_shared<Fetched>();
        auto source = PgQuerySource::fetch(conninfo, query);
        if (source)
            out->source = std::make_shared<PgQuerySource>(std::move(*source));
        else
            out->error = source.error().message;
        return out;
    }));
}

void ImportFilePage::showFetched(const Fetched &fetched)
{
    m_runQuery->setEnabled(true);
    if (!fetched.source) {
        m_queryStatus->clear();
        m_error->setText(fetched.error);
        m_error->show();
        m_fetchedFor.clear();
    } else if (m_fetchedFor == queryKey()) {
        m_fetched = fetched.source;
        m_queryStatus->setText(tr("Rows read from %1 (%2). Next shows them.")
                                   .arg(fetched.source->label(), QLocale().formattedDataSize(fetched.source->bytes())));
    } else {
        // Edited while it ran: these rows belong to another query.
        m_queryStatus->setText(tr("The query changed while it ran: run it again."));
    }
    Q_EMIT completeChanged();
}

QString ImportFilePage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ImportFilePage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), QFileInfo(m_file->text()).absolutePath(),
                                                      tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ImportFilePage::chooseWorkspace()
{
    // A save dialog, so a new workspace can be named; an existing one is imported into, not replaced.
    const QString path = QFileDialog::getSaveFileName(this, tr("Import into Workspace"), m_workspace->text(),
                                                      tr("Tierlab workspaces (*.tierlab)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_workspace->setText(path);
}

void ImportFilePage::updateWorkspaceHint()
{
    const QString path = m_workspace->text().trimmed();
    if (path.isEmpty())
        m_workspaceHint->setText(tr("Open a workspace first, or name a new one here."));
    else if (QFileInfo::exists(path))
        m_workspaceHint->setText(tr("Rows are added to %1 or update what it has.").arg(QFileInfo(path).fileName()));
    else
        m_workspaceHint->setText(tr("A new workspace is created at the end of the import."));
}

bool ImportFilePage::validatePage()
{
    const auto showError = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        return false;
    };
    const bool postgres = fromPostgres();
    const QString path = m_file->text().trimmed();
    if (postgres && !(m_fetched && m_fetchedFor == queryKey()))
        return showError(tr("Run the query first."));
    if (!postgres && !QFileInfo(path).isFile())
        return showError(tr("%1: no such file").arg(path));
    const QString ws = m_workspace->text().trimmed();
    if (QFileInfo::exists(ws)) {
        // Checked now, so a wrong file does not fail only after the mapping was chosen.
        if (auto r = m_wizard->readWorkspace(ws, [](Workspace &) -> Result<void> { return {}; }); !r)
            return showError(r.error().message);
    }
    m_wizard->setPostgresSource(postgres ? m_fetched : nullptr);
    const ImportKind kind = m_outcomes->isChecked() ? ImportKind::Outcomes : ImportKind::Snapshots;
    if (auto r = m_wizard->loadFile(m_wizard->filePath(), kind, postgres ? ',' : 0); !r)
        return showError(m_wizard->shown(r.error().message));
    m_error->hide();
    return true;
}

} // namespace tierlab::ui
