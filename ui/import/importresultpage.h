#pragma once

#include "common/error.h"

#include "io/importsummary.h"
#include "tables/tableimporter.h"

#include <QStringList>
#include <QWizardPage>

#include <cstdint>
#include <vector>

class QLabel;
class QPushButton;
class QTableView;

namespace tierlab {
class RejectsModel;
}

namespace tierlab::ui {

class ImportWizard;
struct ImportRun;

// Page 5: rows accepted and rejected (with line, column and reason, exportable as CSV), the cells
// stored as missing (warnings, with their count per column) and what changed in the workspace — for
// an event table its rows, warnings, time span and how its keys met the accounts; after a cancel or
// a stopping error, the proof that nothing changed.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportResultPage(ImportWizard *wizard);

    void initializePage() override;
    RejectsModel *rejectsModel() const { return m_rejects; }
    QString outcomeText() const;
    QString changesText() const;
    Result<void> exportRejects(const QString &path) const;

private:
    void showSuccess(const ImportRun &run);
    void showTableSuccess(const ImportRun &run);
    void showRejects(const std::vector<ImportReject> &rejects, std::int64_t rowsRejected);
    QString coverageText(const TableImportSummary &s, const QString &via) const;
    QString warningText(std::int64_t count, const std::vector<ImportWarning> &listed) const;
    void showFailure(const ImportRun &run);
    void chooseRejectsFile();
    void setChanges(const QStringList &lines);

    ImportWizard *m_wizard;
    QLabel *m_outcome = nullptr;
    QLabel *m_changes = nullptr;
    QLabel *m_rejectsTitle = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_export = nullptr;
    RejectsModel *m_rejects = nullptr;
    QStringList m_changeLines;
};

} // namespace tierlab::ui
