#include "importresultpage.h"

#include "dialogs/importwizard.h"
#include "itemmodels/rejectsmodel.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QFont>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>


namespace tierlab::ui {

namespace {

QString countsText(const WorkspaceCounts &c, bool tables)
{
    const QLocale l;
    if (tables)
        return QCoreApplication::translate("ImportResultPage", "event tables %1 with %2 rows, imports logged %3")
            .arg(l.toString(c.tables), l.toString(c.tableRows), l.toString(c.imports));
    return QCoreApplication::translate("ImportResultPage",
                                       "accounts %1, signals %2, as_of dates %3, outcomes %4, imports logged %5")
        .arg(l.toString(c.accounts), l.toString(c.signalCount), l.toString(c.asOfDates), l.toString(c.outcomes),
             l.toString(c.imports));
}

} // namespace

ImportResultPage::ImportResultPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importResultPage"));
    setTitle(tr("Result"));
    setFinalPage(true);

    auto *layout = new QVBoxLayout(this);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("resultOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_outcome->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_outcome->setFont(big);
    layout->addWidget(m_outcome);

    m_changes = new QLabel(this);
    m_changes->setObjectName(QStringLiteral("resultChanges"));
    m_changes->setWordWrap(true);
    m_changes->setTextFormat(Qt::RichText);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_changes);

    auto *rejectsRow = new QHBoxLayout;
    m_rejectsTitle = new QLabel(this);
    m_rejectsTitle->setObjectName(QStringLiteral("rejectsTitle"));
    m_export = new QPushButton(tr("&Export Rejects as CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportRejects"));
    connect(m_export, &QPushButton::clicked, this, &ImportResultPage::chooseRejectsFile);
    rejectsRow->addWidget(m_rejectsTitle, 1);
    rejectsRow->addWidget(m_export);
    layout->addLayout(rejectsRow);

    m_rejects = new RejectsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rejectsTable"));
    m_table->setModel(m_rejects);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    // Takes the room of the hidden table after a cancel, so the text stays at the top.
    layout->addStretch();
}

void ImportResultPage::initializePage()
{
    const ImportRun &run = m_wizard->runner()->result();
    if (!run.succeeded())
        showFailure(run);
    else if (run.isTable())
        showTableSuccess(run);
    else
        showSuccess(run);
}

void ImportResultPage::showSuccess(const ImportRun &run)
{
    const ImportSummary &s = *run.summary;
    const QLocale l;
    setTitle(tr("Import finished"));
    setSubTitle(tr("%1 was imported into %2.").arg(m_wizard->shown(s.fileName), QFileInfo(m_wizard->workspacePath()).fileName()));
    m_outcome->setText(tr("%1 rows accepted, %2 rejected, of %3 read.")
                           .arg(l.toString(s.rowsAccepted), l.toString(s.rowsRejected), l.toString(s.rowsRead)));

    QStringList lines;
    lines << tr("Accounts: %1 added, %2 updated (%3 in this file).")
                 .arg(l.toString(s.accountsAdded), l.toString(s.accountsUpdated), l.toString(s.accounts));
    if (s.kind == ImportKind::Snapshots) {
        QString dates;
        if (s.firstAsOf.isValid())
            dates = s.firstAsOf == s.lastAsOf ? tr(" on %1").arg(s.firstAsOf.toString(Qt::ISODate))
                                              : tr(" on %1 as_of dates from %2 to %3")
                                                    .arg(s.asOfCount)
                                                    .arg(s.firstAsOf.toString(Qt::ISODate), s.lastAsOf.toString(Qt::ISODate));
        lines << tr("Snapshots: %1 added, %2 updated%3.")
                     .arg(l.toString(s.snapshotsAdded), l.toString(s.snapshotsUpdated), dates);
    }
    if (s.outcomes() > 0 || s.kind == ImportKind::Outcomes)
        lines << tr("Outcomes: %1 added, %2 updated.").arg(l.toString(s.outcomesAdded), l.toString(s.outcomesUpdated));
    QStringList created;
    QStringList existing;
    for (const ImportedSignal &sig : s.signalList)
        (sig.created ? created : existing) << QStringLiteral("%1 (%2)").arg(sig.id, signalTypeName(sig.type));
    if (!created.isEmpty())
        lines << tr("New signals (%1): %2.").arg(created.size()).arg(created.join(QStringLiteral(", ")));
    if (!existing.isEmpty())
        lines << tr("Signals already in the workspace (%1): %2.").arg(existing.size()).arg(existing.join(QStringLiteral(", ")));
    if (s.warningCount > 0) {
        lines << warningText(s.warningCount, s.warnings);
        QStringList columns;
        bool label = false;
        for (const ColumnWarnings &c : s.warningsByColumn) {
            columns << QStringLiteral("%1 (%2) %3").arg(c.column, c.type, l.toString(c.count));
            label = label || c.type == u"label";
        }
        lines << tr("Warnings per column: %1.").arg(columns.join(QStringLiteral(", ")));
        if (label)
            lines << tr("A churn label that is neither churned nor retained gives its row no outcome.");
    }
    if (s.rowsRepeatingAccountAndDate > 0)
        lines << tr("%1 rejected rows repeat an account and date: an export of events (tickets, usage, activities) belongs in an "
                    "event table (choose Event table on the first page).")
                     .arg(l.toString(s.rowsRepeatingAccountAndDate));
    setChanges(lines);
    showRejects(s.rejects, s.rowsRejected);
}

void ImportResultPage::showTableSuccess(const ImportRun &run)
{
    const TableImportSummary &s = **run.table;
    const TableImportRequest &request = run.tableRequest;
    const QLocale l;
    setTitle(tr("Import finished"));
    setSubTitle(tr("%1 was stored as the event table \"%2\" in %3.")
                    .arg(m_wizard->shown(s.fileName), s.table, QFileInfo(m_wizard->workspacePath()).fileName()));
    m_outcome->setText(tr("%1 rows accepted, %2 rejected, of %3 read.")
                           .arg(l.toString(s.rowsAccepted), l.toString(s.rowsRejected), l.toString(s.rowsRead)));

    QStringList lines;
    lines << (s.replaced ? tr("Table \"%1\": %2 rows in %3 columns, replacing the table of that name.")
                         : tr("Table \"%1\": %2 rows in %3 columns."))
                 .arg(s.table, l.toString(s.rowsAccepted), l.toString(qlonglong(s.columns.size())));
    if (!s.first.isValid())
        lines << (request.timeColumn.isEmpty() ? tr("Time: the rows carry no date.") : tr("Time: no row was accepted."));
    else if (s.first == s.last)
        lines << tr("Time: every row on %1 (%2).").arg(s.first.toString(Qt::ISODate), request.timeColumn);
    else
        lines << tr("Time: %1 to %2 (%3%4).")
                     .arg(s.first.toString(Qt::ISODate), s.last.toString(Qt::ISODate), request.timeColumn,
                          request.endColumn.isEmpty() ? QString() : tr(", ending at %1").arg(request.endColumn));
    lines << coverageText(s, request.via);
    if (s.warningCount == 0)
        lines << tr("Warnings: none; every cell read as its column's type.");
    else
        lines << warningText(s.warningCount, s.warnings);
    setChanges(lines);
    showRejects(s.rejects, s.rowsRejected);
}

// "Warnings: 3 cells did not read as their column's type … (the first: line 5, tenure "abc")."
QString ImportResultPage::warningText(std::int64_t count, const std::vector<ImportWarning> &listed) const
{
    if (listed.empty())
        return tr("Warnings: %1 cells did not read as their column's type and are stored as missing.")
            .arg(QLocale().toString(count));
    const ImportWarning &first = listed.front();
    const QString where = tr("line %1, %2 \"%3\"").arg(QString::number(first.line), first.column, first.value);
    if (count == 1)
        return tr("Warnings: 1 cell did not read as its column's type and is stored as missing (%1).").arg(where);
    return tr("Warnings: %1 cells did not read as their column's type and are stored as missing (the first: %2).")
        .arg(QLocale().toString(count), where);
}

// How the keys met the accounts: "4,967 keys, all matched" or the rows that name no known account.
QString ImportResultPage::coverageText(const TableImportSummary &s, const QString &via) const
{
    const QLocale l;
    const KeyCoverage &c = s.coverage;
    const QString keys = c.keys == 1 ? tr("1 key") : tr("%1 keys").arg(l.toString(c.keys));
    if (c.keysUnmatched == 0) {
        if (!s.accountsKnown)
            return tr("Keys: %1, each an account (the workspace has no accounts table to match them against).").arg(keys);
        return via.isEmpty() ? tr("Keys: %1, all matched.").arg(keys) : tr("Keys: %1, all matched through %2.").arg(keys, via);
    }
    QStringList listed = c.unmatched.mid(0, 8);
    if (c.keysUnmatched > listed.size())
        listed << QStringLiteral("…");
    const QString unmatched = c.rowsUnmatched == 1
                                  ? tr("1 row names no known account: %1.").arg(listed.join(QStringLiteral(", ")))
                                  : tr("%1 rows name no known account: %2.")
                                        .arg(l.toString(c.rowsUnmatched), listed.join(QStringLiteral(", ")));
    return tr("Keys: %1, %2 matched; %3").arg(keys, l.toString(c.keysMatched), unmatched);
}

void ImportResultPage::showRejects(const std::vector<ImportReject> &rejects, std::int64_t rowsRejected)
{
    const QLocale l;
    m_rejects->setRejects(rejects);
    const bool anyRejects = rowsRejected > 0;
    m_rejectsTitle->setText(!anyRejects ? tr("No row was rejected.")
                            : std::int64_t(rejects.size()) < rowsRejected
                                ? tr("Rejected rows (the first %1 of %2):")
                                      .arg(l.toString(qlonglong(rejects.size())), l.toString(rowsRejected))
                                : tr("Rejected rows:"));
    m_export->setVisible(anyRejects);
    m_table->setVisible(anyRejects);
    m_table->resizeColumnToContents(RejectsModel::LineColumn);
    m_table->resizeColumnToContents(RejectsModel::ColumnColumn);
}

void ImportResultPage::showFailure(const ImportRun &run)
{
    const bool cancelled = run.error().code == Error::Code::Cancelled;
    setTitle(cancelled ? tr("Import cancelled") : tr("Import failed"));
    setSubTitle(cancelled ? tr("The import was stopped and rolled back.")
                          : tr("The import stopped on an error and was rolled back."));
    m_outcome->setText(cancelled ? tr("Cancelled: nothing was written.") : m_wizard->shown(run.error().message));
    m_outcome->setStyleSheet(cancelled ? QString() : QStringLiteral("color: #b00020;"));
    // The proof: the worker counted the workspace before the import and again after the rollback.
    QString proof;
    if (run.before.valid && run.after.valid) {
        proof = run.before == run.after
                    ? tr("The workspace is exactly as it was before the import (%1).").arg(countsText(run.after, run.isTable()))
                    : tr("The workspace changed: before %1; now %2.")
                          .arg(countsText(run.before, run.isTable()), countsText(run.after, run.isTable()));
    }
    setChanges({proof});
    m_rejects->setRejects({});
    m_rejectsTitle->clear();
    m_export->hide();
    m_table->hide();
}

QString ImportResultPage::outcomeText() const
{
    return m_outcome->text();
}

QString ImportResultPage::changesText() const
{
    return m_changeLines.join(u'\n');
}

void ImportResultPage::setChanges(const QStringList &lines)
{
    m_changeLines = lines;
    QString html;
    for (const QString &line : lines)
        html += QStringLiteral("<div>%1</div>").arg(line.toHtmlEscaped());
    m_changes->setText(html);
}

Result<void> ImportResultPage::exportRejects(const QString &path) const
{
    const ImportRun &run = m_wizard->runner()->result();
    if (!run.succeeded())
        return fail(tr("There are no rejected rows to export."), Error::Code::Invalid);
    if (run.isTable()) {
        // The same line,column,reason file as for snapshots.
        ImportSummary rejects;
        rejects.rejects = (*run.table)->rejects;
        return rejects.writeRejectsCsv(path);
    }
    return run.summary->writeRejectsCsv(path);
}

void ImportResultPage::chooseRejectsFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Rejects"), QFileInfo(m_wizard->filePath()).completeBaseName() + QStringLiteral(".rejects.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto r = exportRejects(path); !r)
        m_rejectsTitle->setText(r.error().message);
    else
        m_rejectsTitle->setText(tr("Rejected rows (saved to %1):").arg(QFileInfo(path).fileName()));
}

} // namespace tierlab::ui
