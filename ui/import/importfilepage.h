#pragma once

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace tierlab {
class PgQuerySource;
}

namespace tierlab::ui {

class ImportWizard;

// Page 1: the source — a CSV file, or a query on a PostgreSQL server whose rows are fetched into one
// (PgQuerySource, as `tierlab import --postgres URL --query SQL`) — what it holds (snapshots,
// outcomes or any export as an event table) and the workspace it goes into.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;
    QString errorText() const;
    // Runs the query on the server on a worker of the session; Next is enabled once its rows are in.
    void runQuery();
    bool isRunningQuery() const { return m_fetch.isRunning(); }

private:
    struct Fetched
    {
        std::shared_ptr<PgQuerySource> source;
        QString error;
    };

    void chooseFile();
    void chooseWorkspace();
    void updateWorkspaceHint();
    void updateSource();
    void showFetched(const Fetched &fetched);
    bool fromPostgres() const;
    QString queryKey() const;   // the server and query the fetched rows belong to

    ImportWizard *m_wizard;
    QFormLayout *m_form = nullptr;
    QGroupBox *m_kindBox = nullptr;
    QRadioButton *m_fromFile = nullptr;
    QRadioButton *m_fromPostgres = nullptr;
    QLineEdit *m_conninfo = nullptr;
    QPlainTextEdit *m_query = nullptr;
    QPushButton *m_runQuery = nullptr;
    QLabel *m_queryStatus = nullptr;
    QFutureWatcher<std::shared_ptr<Fetched>> m_fetch;
    std::shared_ptr<PgQuerySource> m_fetched;
    QString m_fetchedFor;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_workspace = nullptr;
    QRadioButton *m_snapshots = nullptr;
    QRadioButton *m_outcomes = nullptr;
    QRadioButton *m_table = nullptr;
    QLabel *m_workspaceHint = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace tierlab::ui
