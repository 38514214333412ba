#include "importmappingpage.h"

#include "dialogs/importwizard.h"
#include "import/mappingdelegate.h"
#include "itemmodels/columnmappingmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tierlab::ui {

namespace {

// The date edit's minimum stands for "not chosen yet": the import never guesses an as_of date.
const QDate kNoDate(1900, 1, 1);

constexpr OutcomeKind kKinds[] = {OutcomeKind::Churned, OutcomeKind::Renewed, OutcomeKind::Expanded,
                                  OutcomeKind::Contracted};

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Columns"));
    setSubTitle(tr("Check what each column is. Roles and types were detected from the header and the values; "
                   "change any of them with the combo boxes."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    auto *layout = new QVBoxLayout(this);

    m_savedBanner = new QFrame(this);
    m_savedBanner->setObjectName(QStringLiteral("savedMappingBanner"));
    m_savedBanner->setFrameShape(QFrame::StyledPanel);
    m_savedBanner->setStyleSheet(QStringLiteral("#savedMappingBanner { background: #e8f0fe; }"));
    auto *bannerLayout = new QHBoxLayout(m_savedBanner);
    m_savedText = new QLabel(m_savedBanner);
    m_savedText->setWordWrap(true);
    m_savedToggle = new QPushButton(m_savedBanner);
    m_savedToggle->setObjectName(QStringLiteral("savedMappingToggle"));
    bannerLayout->addWidget(m_savedText, 1);
    bannerLayout->addWidget(m_savedToggle);
    connect(m_savedToggle, &QPushButton::clicked, this,
            [this] { m_wizard->useSavedMapping(!m_wizard->usingSavedMapping()); });
    layout->addWidget(m_savedBanner);

    ColumnMappingModel *model = m_wizard->mappingModel();
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setModel(model);
    m_table->setItemDelegate(new MappingDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ColumnMappingModel::HeaderColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ColumnMappingModel::ExamplesColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ColumnMappingModel::TypeColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(ColumnMappingModel::RoleColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(ColumnMappingModel::SignalIdColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(ColumnMappingModel::TypeColumn, 120);
    m_table->setColumnWidth(ColumnMappingModel::RoleColumn, 150);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_asOf = new QDateEdit(this);
    m_asOf->setObjectName(QStringLiteral("asOfEdit"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setMinimumDate(kNoDate);
    m_asOf->setSpecialValueText(tr("choose a date"));
    m_asOf->setDate(kNoDate);
    m_asOf->setMinimumWidth(m_asOf->fontMetrics().horizontalAdvance(m_asOf->specialValueText()) + 64);
    m_asOf->setToolTip(tr("The file has no as_of column: every row is a snapshot on this date"));
    m_asOfLabel = new QLabel(tr("&as_of date of every row:"), this);
    m_asOfLabel->setBuddy(m_asOf);
    form->addRow(m_asOfLabel, m_asOf);
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] {
        applySettings();
        updateChecks();
    });

    m_positive = new QComboBox(this);
    m_positive->setObjectName(QStringLiteral("labelPositiveCombo"));
    m_positive->setEditable(true);
    m_positive->setMinimumContentsLength(16);
    m_positive->setToolTip(tr("The label value that means the account churned; leave empty for yes/true/1/churned. "
                              "With a value, only it means churned, no/false/0/retained/active mean retained, and "
                              "any other value gives a warning and no outcome"));
    m_positiveLabel = new QLabel(tr("Churn &label value meaning churned:"), this);
    m_positiveLabel->setBuddy(m_positive);
    form->addRow(m_positiveLabel, m_positive);
    connect(m_positive, &QComboBox::currentTextChanged, this, [this] {
        applySettings();
        updateChecks();
    });

    m_defaultKind = new QComboBox(this);
    m_defaultKind->setObjectName(QStringLiteral("defaultKindCombo"));
    for (OutcomeKind k : kKinds)
        m_defaultKind->addItem(outcomeKindName(k), int(k));
    m_kindLabel = new QLabel(tr("Outcome &kind of every row:"), this);
    m_kindLabel->setBuddy(m_defaultKind);
    form->addRow(m_kindLabel, m_defaultKind);
    connect(m_defaultKind, &QComboBox::currentIndexChanged, this, &ImportMappingPage::applySettings);
    layout->addLayout(form);

    auto *saveRow = new QHBoxLayout;
    m_remember = new QCheckBox(tr("&Remember this mapping for files with the same header"), this);
    m_remember->setObjectName(QStringLiteral("rememberMapping"));
    m_remember->setChecked(true);
    auto *saveFile = new QPushButton(tr("Save Mapping &File…"), this);
    saveFile->setToolTip(tr("Write the mapping to a .json file, for `tierlab import --mapping`"));
    connect(saveFile, &QPushButton::clicked, this, &ImportMappingPage::chooseMappingFile);
    saveRow->addWidget(m_remember, 1);
    saveRow->addWidget(saveFile);
    layout->addLayout(saveRow);

    m_checks = new QLabel(this);
    m_checks->setObjectName(QStringLiteral("mappingChecks"));
    m_checks->setWordWrap(true);
    m_checks->setTextFormat(Qt::RichText);
    layout->addWidget(m_checks);

    connect(model, &ColumnMappingModel::mappingChanged, this, &ImportMappingPage::mappingChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &ImportMappingPage::syncEditors);
    connect(model, &QAbstractItemModel::dataChanged, this, &ImportMappingPage::syncEditors);
    connect(m_wizard, &ImportWizard::fileLoaded, this, &ImportMappingPage::updateSavedBanner);
}

void ImportMappingPage::initializePage()
{
    const ImportMapping &m = m_wizard->mappingModel()->mapping();
    // A saved mapping brings its as_of date and label value back; otherwise the user chooses.
    m_asOf->setDate(m.asOf.isValid() ? m.asOf : kNoDate);
    m_positive->setCurrentText(m.labelPositive);
    m_defaultKind->setCurrentIndex(std::max(0, m_defaultKind->findData(int(m.defaultOutcomeKind))));
    updateSavedBanner();
    syncEditors();
    mappingChanged();
}

void ImportMappingPage::syncEditors()
{
    // Combo boxes stay open on the editable cells, so the choices are visible without a click.
    const ColumnMappingModel *model = m_wizard->mappingModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column : {int(ColumnMappingModel::TypeColumn), int(ColumnMappingModel::RoleColumn)}) {
            const QModelIndex index = model->index(row, column);
            const bool editable = model->flags(index).testFlag(Qt::ItemIsEditable);
            if (editable && !m_table->isPersistentEditorOpen(index))
                m_table->openPersistentEditor(index);
            else if (!editable && m_table->isPersistentEditorOpen(index))
                m_table->closePersistentEditor(index);
        }
    }
}

void ImportMappingPage::updateSavedBanner()
{
    if (!m_wizard->savedMapping()) {
        m_savedBanner->hide();
        return;
    }
    m_savedBanner->show();
    if (m_wizard->usingSavedMapping()) {
        m_savedText->setText(tr("This file has the same header as one imported before: the mapping chosen then "
                                "is used again."));
        m_savedToggle->setText(tr("Use &Detected Mapping"));
    } else {
        m_savedText->setText(tr("A mapping was saved for files with this header."));
        m_savedToggle->setText(tr("Use &Saved Mapping"));
    }
}

void ImportMappingPage::mappingChanged()
{
    const ImportMapping &m = m_wizard->mappingModel()->mapping();
    const bool snapshots = m.kind == ImportKind::Snapshots;
    const bool needsAsOf = snapshots && m.columnWithRole(ColumnRole::AsOf) < 0;
    m_asOfLabel->setVisible(needsAsOf);
    m_asOf->setVisible(needsAsOf);

    const int label = m.columnWithRole(ColumnRole::Label);
    const bool hasLabel = snapshots && label >= 0;
    m_positiveLabel->setVisible(hasLabel);
    m_positive->setVisible(hasLabel);
    if (hasLabel) {
        const QString current = m_positive->currentText();
        const QSignalBlocker block(m_positive);
        m_positive->clear();
        m_positive->addItem(QString());
        m_positive->addItems(m_wizard->mappingModel()->examples(label));
        m_positive->setCurrentText(current);
        m_positive->lineEdit()->setPlaceholderText(tr("a yes/true value"));
    }

    const bool needsKind = !snapshots && m.columnWithRole(ColumnRole::OutcomeKind) < 0;
    m_kindLabel->setVisible(needsKind);
    m_defaultKind->setVisible(needsKind);
    updateSavedBanner();
    updateChecks();
}

void ImportMappingPage::applySettings()
{
    ColumnMappingModel *model = m_wizard->mappingModel();
    const ImportMapping &m = model->mapping();
    const bool needsAsOf = m.kind == ImportKind::Snapshots && m.columnWithRole(ColumnRole::AsOf) < 0;
    model->setAsOf(needsAsOf && m_asOf->date() != kNoDate ? m_asOf->date() : QDate());
    model->setLabelPositive(m.columnWithRole(ColumnRole::Label) >= 0 ? m_positive->currentText().trimmed() : QString());
    model->setDefaultOutcomeKind(OutcomeKind(m_defaultKind->currentData().toInt()));
}

QStringList ImportMappingPage::problems() const
{
    QStringList out;
    const ImportMapping &m = m_wizard->mappingModel()->mapping();
    if (m.kind == ImportKind::Snapshots) {
        if (m.columnWithRole(ColumnRole::AsOf) < 0 && m_asOf->date() == kNoDate)
            out << tr("The file has no as_of column: choose the as_of date of every row, or give a column that role.");
        const int label = m.columnWithRole(ColumnRole::Label);
        if (label >= 0 && m.columns[std::size_t(label)].type != ValueType::Flag && m_positive->currentText().trimmed().isEmpty())
            out << tr("The churn label \"%1\" is not a yes/no column: choose the value that means churned.")
                       .arg(m.columns[std::size_t(label)].header);
    } else {
        if (m.columnWithRole(ColumnRole::AccountId) < 0)
            out << tr("Choose the account id column.");
        if (m.columnWithRole(ColumnRole::OutcomeDate) < 0)
            out << tr("Choose the outcome date column.");
    }
    QSet<QString> ids;
    for (const ColumnMapping &c : m.columns) {
        if (c.role != ColumnRole::Signal)
            continue;
        if (ids.contains(c.signalId))
            out << tr("Two columns would become the signal \"%1\": rename one of them.").arg(c.signalId);
        ids.insert(c.signalId);
    }
    return out;
}

QStringList ImportMappingPage::notes() const
{
    QStringList out;
    const ImportMapping &m = m_wizard->mappingModel()->mapping();
    if (m.kind == ImportKind::Snapshots) {
        if (m.columnWithRole(ColumnRole::AccountId) < 0)
            out << tr("No account id column: each row becomes an account named %1#<row number>.")
                       .arg(QFileInfo(m_wizard->filePath()).completeBaseName());
        int signalCount = 0;
        for (const ColumnMapping &c : m.columns)
            signalCount += c.role == ColumnRole::Signal ? 1 : 0;
        out << tr("Columns that become signals: %1.").arg(signalCount);
        if (m.columnWithRole(ColumnRole::Label) >= 0)
            out << tr("Each row's churn label becomes an outcome of its snapshot.");
        // A kind column ("churned", "renewed", …) is what outcome files have, not snapshots.
        for (const ColumnMapping &c : m.columns) {
            if (ImportMapping::suggestRole(c.signalId, c.type, ImportKind::Outcomes) == ColumnRole::OutcomeKind) {
                out << tr("The column \"%1\" looks like an outcome kind: if this is an outcome file, go back and "
                          "choose Outcomes.")
                           .arg(c.header);
                break;
            }
        }
    }
    return out;
}

void ImportMappingPage::updateChecks()
{
    const QStringList p = problems();
    QString html;
    for (const QString &line : p)
        html += QStringLiteral("<div style='color:#b00020'>%1</div>").arg(line.toHtmlEscaped());
    for (const QString &line : notes())
        html += QStringLiteral("<div>%1</div>").arg(line.toHtmlEscaped());
    m_checks->setText(html);
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return problems().isEmpty();
}

bool ImportMappingPage::validatePage()
{
    applySettings();
    m_wizard->runSettings().saveMapping = m_remember->isChecked();
    return problems().isEmpty();
}

Result<void> ImportMappingPage::saveMappingFile(const QString &path)
{
    applySettings();
    return m_wizard->mappingModel()->mapping().save(path);
}

void ImportMappingPage::chooseMappingFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Mapping File"),
                                                      QFileInfo(m_wizard->filePath()).completeBaseName()
                                                          + QStringLiteral(".mapping.json"),
                                                      tr("Mapping files (*.json)"));
    if (path.isEmpty())
        return;
    if (auto r = saveMappingFile(path); !r)
        m_checks->setText(QStringLiteral("<div style='color:#b00020'>%1</div>").arg(r.error().message.toHtmlEscaped()));
}

} // namespace tierlab::ui
