#include "importtablepage.h"

#include "dialogs/importwizard.h"
#include "io/csvprofiler.h"
#include "io/importmapping.h"
#include "itemmodels/columnmappingmodel.h"
#include "tables/tablecolumns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tierlab::ui {

namespace {

const QString kAccounts = QStringLiteral("accounts");

// Column ids that hold an account's name: with an account id, the file is an account list.
bool isNameColumn(const QString &id)
{
    static const QStringList names = {
        QStringLiteral("name"),          QStringLiteral("account_name"), QStringLiteral("accountname"),
        QStringLiteral("company"),       QStringLiteral("company_name"), QStringLiteral("customer_name"),
        QStringLiteral("client_name"),   QStringLiteral("organization"), QStringLiteral("organization_name"),
        QStringLiteral("organisation"),  QStringLiteral("org_name"),
    };
    return names.contains(id);
}

QString normalised(const QString &text)
{
    return ImportMapping::normaliseId(text, 1);
}

// The longest prefix ending in "_" that every name shares.
QString commonPrefix(const QStringList &names)
{
    if (names.size() < 2)
        return {};
    QString prefix = names.front();
    for (const QString &n : names) {
        qsizetype i = 0;
        while (i < prefix.size() && i < n.size() && prefix[i] == n[i])
            ++i;
        prefix.truncate(i);
    }
    return prefix.left(prefix.lastIndexOf(u'_') + 1);
}

} // namespace

ImportTablePage::ImportTablePage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importTablePage"));
    setTitle(tr("Event table"));
    setSubTitle(tr("The file is stored as it is, one row per event, for signal recipes to aggregate. Say what "
                   "to call it, which column names the account and which columns date each row."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    // A grid rather than a QFormLayout: it gives the word-wrapped hints their height at their real width.
    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    int row = 0;
    const auto addRow = [&](QLabel *label, QWidget *field) {
        if (label)
            form->addWidget(label, row, 0);
        form->addWidget(field, row++, 1);
    };

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("tableNameEdit"));
    m_name->setPlaceholderText(tr("e.g. feature_usage"));
    m_name->setToolTip(tr("Recipes name the table by this; \"accounts\" is the list of accounts"));
    auto *nameLabel = new QLabel(tr("Table &name:"), this);
    nameLabel->setBuddy(m_name);
    addRow(nameLabel, m_name);
    m_nameHint = new QLabel(this);
    m_nameHint->setObjectName(QStringLiteral("tableNameHint"));
    m_nameHint->setWordWrap(true);
    m_nameHint->setForegroundRole(QPalette::PlaceholderText);
    addRow(nullptr, m_nameHint);
    m_replace = new QCheckBox(tr("&Replace the table of that name"), this);
    m_replace->setObjectName(QStringLiteral("replaceTableCheck"));
    m_replace->setToolTip(tr("The old table is deleted in the same transaction as the new one is written"));
    addRow(nullptr, m_replace);

    m_key = new QComboBox(this);
    m_key->setObjectName(QStringLiteral("tableKeyCombo"));
    m_key->setToolTip(tr("The column holding the account id, or a key of another table (see Via table)"));
    auto *keyLabel = new QLabel(tr("&Key column:"), this);
    keyLabel->setBuddy(m_key);
    addRow(keyLabel, m_key);

    m_via = new QComboBox(this);
    m_via->setObjectName(QStringLiteral("tableViaCombo"));
    m_via->setToolTip(tr("A table imported before, keyed by account id, that has a column named like this key"));
    auto *viaLabel = new QLabel(tr("&Via table:"), this);
    viaLabel->setBuddy(m_via);
    addRow(viaLabel, m_via);
    m_viaHint = new QLabel(this);
    m_viaHint->setObjectName(QStringLiteral("tableViaHint"));
    m_viaHint->setWordWrap(true);
    m_viaHint->setForegroundRole(QPalette::PlaceholderText);
    addRow(nullptr, m_viaHint);

    m_time = new QComboBox(this);
    m_time->setObjectName(QStringLiteral("tableTimeCombo"));
    m_time->setToolTip(tr("The date (or date and time) of each row; the start of a row with an end"));
    auto *timeLabel = new QLabel(tr("&Time column:"), this);
    timeLabel->setBuddy(m_time);
    addRow(timeLabel, m_time);

    m_end = new QComboBox(this);
    m_end->setObjectName(QStringLiteral("tableEndCombo"));
    m_end->setToolTip(tr("For rows that last (subscriptions, tickets): when each ended; an empty cell is still open"));
    auto *endLabel = new QLabel(tr("&End column:"), this);
    endLabel->setBuddy(m_end);
    addRow(endLabel, m_end);
    left->addLayout(form);
    // Fields and hints take the form's whole width (a word-wrapped label is narrow otherwise).
    for (QWidget *w : std::initializer_list<QWidget *>{m_nameHint, m_key, m_via, m_viaHint, m_time, m_end})
        w->setSizePolicy(QSizePolicy::Expanding, w->sizePolicy().verticalPolicy());
    for (QLabel *hint : {m_nameHint, m_viaHint})
        hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_checks = new QLabel(this);
    m_checks->setObjectName(QStringLiteral("tableChecks"));
    m_checks->setWordWrap(true);
    m_checks->setTextFormat(Qt::RichText);
    m_checks->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    left->addWidget(m_checks);
    left->addStretch(1);
    layout->addLayout(left, 5);

    auto *columnsBox = new QGroupBox(tr("Columns as read"), this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    m_columns = new QTableWidget(columnsBox);
    m_columns->setObjectName(QStringLiteral("tableColumns"));
    m_columns->setColumnCount(4);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Type"), tr("Used as"), tr("Examples")});
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setFocusPolicy(Qt::NoFocus);
    m_columns->verticalHeader()->hide();
    m_columns->setWordWrap(false);
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_columns->setToolTip(tr("Types as profiled; the key is kept as text and the time and end columns as dates"));
    columnsLayout->addWidget(m_columns);
    layout->addWidget(columnsBox, 6);

    connect(m_name, &QLineEdit::textChanged, this, &ImportTablePage::nameChanged);
    connect(m_key, &QComboBox::currentIndexChanged, this, &ImportTablePage::keyChanged);
    for (QComboBox *combo : {m_via, m_time, m_end}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateColumns();
            updateChecks();
        });
    }
    connect(m_replace, &QCheckBox::toggled, this, &ImportTablePage::updateChecks);
}

bool ImportTablePage::isAccountIdColumn(const QString &header)
{
    static const QStringList ids = {
        QStringLiteral("account_id"), QStringLiteral("accountid"), QStringLiteral("account"),
        QStringLiteral("customer_id"), QStringLiteral("customerid"), QStringLiteral("customer"),
        QStringLiteral("client_id"), QStringLiteral("clientid"),
    };
    return ids.contains(normalised(header));
}

QString ImportTablePage::suggestName(const QString &filePath, const QString &workspacePath,
                                     const std::vector<EventTableRecord> &tables, const QStringList &header)
{
    const bool accountId = std::any_of(header.begin(), header.end(), &ImportTablePage::isAccountIdColumn);
    const bool name = std::any_of(header.begin(), header.end(), [](const QString &h) { return isNameColumn(normalised(h)); });
    if (accountId && name)
        return kAccounts;

    const QFileInfo file(filePath);
    const QString base = normalised(file.completeBaseName());
    QStringList prefixes;
    // ravenstack_accounts.csv, ravenstack_feature_usage.csv, …: the export's common prefix.
    QStringList siblings;
    const QStringList entries = file.dir().entryList({QStringLiteral("*.csv"), QStringLiteral("*.tsv"), QStringLiteral("*.txt")},
                                                     QDir::Files);
    for (const QString &entry : entries)
        siblings << normalised(QFileInfo(entry).completeBaseName());
    if (siblings.contains(base))
        prefixes << commonPrefix(siblings);
    // An earlier table named subscriptions came from ravenstack_subscriptions.csv.
    for (const EventTableRecord &t : tables) {
        const QString from = normalised(QFileInfo(t.fileName).completeBaseName());
        if (from.endsWith(u'_' + t.name))
            prefixes << from.left(from.size() - t.name.size());
    }
    if (!workspacePath.isEmpty())
        prefixes << normalised(QFileInfo(workspacePath).completeBaseName()) + u'_';
    QString best;
    for (const QString &p : prefixes) {
        if (!p.isEmpty() && base.startsWith(p) && base.size() > p.size() && p.size() > best.size())
            best = p;
    }
    return base.mid(best.size());
}

void ImportTablePage::initializePage()
{
    m_tables.clear();
    const QString ws = m_wizard->workspacePath();
    std::vector<EventTableRecord> records;
    if (!ws.isEmpty() && QFileInfo::exists(ws)) {
        // One that does not read has no tables to offer (the file page checked it already).
        (void)m_wizard->readWorkspace(ws, [&records](Workspace &w) -> Result<void> {
            auto list = w.eventTables();
            if (!list)
                return std::unexpected(list.error());
            records = std::move(*list);
            return {};
        });
    }
    for (EventTableRecord &r : records) {
        KnownTable t;
        if (auto columns = tableColumnsFromJson(r.columnsJson)) {
            for (const TableColumnInfo &c : *columns)
                t.columns << c.name;
        }
        t.record = std::move(r);
        m_tables.push_back(std::move(t));
    }
    records.clear();
    for (const KnownTable &t : m_tables)
        records.push_back(t.record);

    m_filling = true;
    fillCombos();
    m_name->setText(suggestName(m_wizard->filePath(), ws, records, m_wizard->profile().header));
    m_replace->setChecked(false);
    preselect();
    m_filling = false;
    nameChanged();
}

void ImportTablePage::fillCombos()
{
    const CsvProfile &p = m_wizard->profile();
    const QSignalBlocker b1(m_key), b2(m_via), b3(m_time), b4(m_end);
    m_key->clear();
    m_via->clear();
    m_time->clear();
    m_end->clear();
    for (const QString &h : p.header)
        m_key->addItem(h, h);
    m_via->addItem(tr("none: the key is the account id"), QString());
    for (const KnownTable &t : m_tables) {
        // Only a table keyed by account id itself can take another table to its accounts.
        if (t.record.via.isEmpty())
            m_via->addItem(t.record.name, t.record.name);
    }
    // Date columns first; any other column may still be chosen (its non-dates are rejected).
    m_time->addItem(tr("none (only for the accounts table)"), QString());
    m_end->addItem(tr("none: the rows do not end"), QString());
    QStringList others;
    for (const QString &h : p.header) {
        if (isDateColumn(h)) {
            m_time->addItem(h, h);
            m_end->addItem(h, h);
        } else {
            others << h;
        }
    }
    if (!others.isEmpty() && m_time->count() > 1)
        m_time->insertSeparator(m_time->count());
    for (const QString &h : others)
        m_time->addItem(h, h);
}

void ImportTablePage::preselect()
{
    const QStringList &header = m_wizard->profile().header;
    int key = -1;
    for (int i = 0; i < header.size() && key < 0; ++i) {
        if (isAccountIdColumn(header[i]))
            key = i;
    }
    // A key another table can map to accounts: subscription_id with a subscriptions table.
    for (int i = 0; i < header.size() && key < 0; ++i) {
        if (!normalised(header[i]).endsWith(QStringLiteral("_id")))
            continue;
        for (const KnownTable &t : m_tables) {
            if (t.record.via.isEmpty() && t.record.name != m_name->text().trimmed() && t.columns.contains(header[i]))
                key = i;
        }
    }
    for (int i = 0; i < header.size() && key < 0; ++i) {
        if (normalised(header[i]) == QStringLiteral("id"))
            key = i;
    }
    for (int i = 0; i < header.size() && key < 0; ++i) {
        if (normalised(header[i]).endsWith(QStringLiteral("_id")))
            key = i;
    }
    m_key->setCurrentIndex(std::max(0, key));   // the via table follows in keyChanged()

    int time = 0;
    for (int i = 1; i < m_time->count() && time == 0; ++i) {
        const QString h = m_time->itemData(i).toString();
        if (!h.isEmpty() && isDateColumn(h) && h != chosen(m_key))
            time = i;
    }
    m_time->setCurrentIndex(time);
    m_end->setCurrentIndex(0);
}

void ImportTablePage::nameChanged()
{
    if (m_filling)
        return;
    const KnownTable *existing = existingTable();
    const QLocale l;
    if (existing) {
        m_nameHint->setText(tr("The workspace has a table of that name: %1 rows from %2.")
                                .arg(l.toString(existing->record.rows), existing->record.fileName));
    } else if (!m_tables.empty()) {
        QStringList names;
        for (const KnownTable &t : m_tables)
            names << t.record.name;
        m_nameHint->setText(tr("A new table. The workspace has: %1.").arg(names.join(QStringLiteral(", "))));
    } else {
        m_nameHint->setText(tr("A new table; the workspace has none yet."));
    }
    m_replace->setVisible(existing != nullptr);
    keyChanged();
}

void ImportTablePage::keyChanged()
{
    if (m_filling)
        return;
    const bool allowed = viaAllowed();
    {
        const QSignalBlocker block(m_via);
        int via = 0;
        if (allowed) {
            // Keep a table the user chose if it still fits; otherwise the first that has the key.
            const QString key = chosen(m_key);
            const KnownTable *current = table(chosen(m_via));
            if (current && current->columns.contains(key))
                via = m_via->currentIndex();
            for (int i = 1; i < m_via->count() && via == 0; ++i) {
                const KnownTable *t = table(m_via->itemData(i).toString());
                if (t && t->columns.contains(key) && t->record.name != m_name->text().trimmed())
                    via = i;
            }
        }
        m_via->setCurrentIndex(via);
    }
    m_via->setEnabled(allowed && m_via->count() > 1);
    if (!allowed)
        m_viaHint->setText(isAccountsTable() ? tr("The accounts table is keyed by the account id itself.")
                                             : tr("The key is an account id: no other table is needed."));
    else if (m_via->count() <= 1)
        m_viaHint->setText(tr("No table keyed by account id to look the key up in: import one first (e.g. "
                              "subscriptions), or the key is taken as the account id."));
    else if (viaTable().isEmpty())
        m_viaHint->setText(tr("None: each %1 is taken as an account id.").arg(chosen(m_key)));
    else
        m_viaHint->setText(tr("Each %1 is looked up in %2; the row found names the account.")
                               .arg(chosen(m_key), viaTable()));
    updateColumns();
    updateChecks();
}

void ImportTablePage::updateColumns()
{
    if (m_filling)
        return;
    const CsvProfile &p = m_wizard->profile();
    const QString key = chosen(m_key);
    const QString time = chosen(m_time);
    const QString end = chosen(m_end);
    m_columns->setRowCount(int(p.header.size()));
    for (int i = 0; i < p.header.size(); ++i) {
        const QString &h = p.header[i];
        const ColumnProfile &c = p.columns[std::size_t(i)];
        QString type = ColumnMappingModel::typeLabel(c.inferredType());
        QString use;
        if (h == key) {
            type = tr("text");
            use = viaTable().isEmpty() ? tr("key: account id") : tr("key via %1").arg(viaTable());
        } else if (h == time) {
            type = ColumnMappingModel::typeLabel(ValueType::Date);
            use = end.isEmpty() ? tr("time") : tr("time: start");
        } else if (h == end) {
            type = ColumnMappingModel::typeLabel(ValueType::Date);
            use = tr("end");
        }
        const QStringList cells = {h, type, use, c.examples().join(QStringLiteral(", "))};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (!use.isEmpty() && col < 3) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            if (col == 3)
                item->setToolTip(cells[col]);
            m_columns->setItem(i, col, item);
        }
    }
}

QStringList ImportTablePage::problems() const
{
    QStringList out;
    const QString name = m_name->text().trimmed();
    const QString key = chosen(m_key);
    const QString via = viaTable();
    const QString time = chosen(m_time);
    const QString end = chosen(m_end);
    if (name.isEmpty())
        out << tr("Name the table.");
    else if (existingTable() && !m_replace->isChecked())
        out << tr("The workspace has a table named \"%1\" already: check \"Replace the table of that name\" or "
                  "choose another name.")
                   .arg(name);
    if (key.isEmpty())
        out << tr("Choose the key column.");
    if (!via.isEmpty()) {
        const KnownTable *t = table(via);
        if (via == name)
            out << tr("A table cannot reach its accounts through itself: choose another via table.");
        else if (t && !t->columns.contains(key))
            out << tr("The table \"%1\" has no column \"%2\" to look the key up in.").arg(via, key);
    }
    if (time.isEmpty() && !isAccountsTable())
        out << tr("Choose the time column: only the accounts table may have rows without a date.");
    if (!time.isEmpty() && time == key)
        out << tr("The time column cannot be the key column too.");
    if (!end.isEmpty()) {
        if (time.isEmpty())
            out << tr("An end column needs a time column (when each row starts).");
        else if (end == time)
            out << tr("The end column must differ from the time column.");
        else if (end == key)
            out << tr("The end column cannot be the key column too.");
    }
    return out;
}

QStringList ImportTablePage::notes() const
{
    QStringList out;
    const QString time = chosen(m_time);
    if (!time.isEmpty() && !isDateColumn(time))
        out << tr("\"%1\" did not read as dates in the profiled rows: rows whose %1 is not a date are rejected.")
                   .arg(time);
    if (isAccountsTable()) {
        out << tr("The accounts table lists the accounts: rows of other tables whose key resolves to none of them "
                  "are counted as unmatched.");
    } else if (viaTable().isEmpty() && !table(kAccounts)) {
        out << tr("The workspace has no accounts table yet: every key of this table counts as an account.");
    }
    if (existingTable() && m_replace->isChecked())
        out << tr("The table \"%1\" is replaced in the same transaction; nothing else changes.")
                   .arg(m_name->text().trimmed());
    out << tr("No row is rejected for repeating a key or a day. Cells that do not read as their column's type are "
              "stored as missing and counted as warnings.");
    return out;
}

void ImportTablePage::updateChecks()
{
    if (m_filling)
        return;
    QString html;
    for (const QString &line : problems())
        html += QStringLiteral("<p style='color:#b00020'>%1</p>").arg(line.toHtmlEscaped());
    for (const QString &line : notes())
        html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    m_checks->setText(html);
    Q_EMIT completeChanged();
}

bool ImportTablePage::isComplete() const
{
    return problems().isEmpty();
}

bool ImportTablePage::validatePage()
{
    return problems().isEmpty();
}

TableImportRequest ImportTablePage::request() const
{
    TableImportRequest r;
    r.name = m_name->text().trimmed();
    r.keyColumn = chosen(m_key);
    r.via = viaTable();
    r.timeColumn = chosen(m_time);
    r.endColumn = chosen(m_end);
    r.replace = existingTable() && m_replace->isChecked();
    return r;
}

const ImportTablePage::KnownTable *ImportTablePage::table(const QString &name) const
{
    if (name.isEmpty())
        return nullptr;
    const auto it = std::find_if(m_tables.begin(), m_tables.end(), [&](const KnownTable &t) { return t.record.name == name; });
    return it == m_tables.end() ? nullptr : &*it;
}

const ImportTablePage::KnownTable *ImportTablePage::existingTable() const
{
    return table(m_name->text().trimmed());
}

bool ImportTablePage::isAccountsTable() const
{
    return m_name->text().trimmed() == kAccounts;
}

bool ImportTablePage::viaAllowed() const
{
    return !isAccountsTable() && !isAccountIdColumn(chosen(m_key));
}

QString ImportTablePage::viaTable() const
{
    return viaAllowed() ? chosen(m_via) : QString();
}

QString ImportTablePage::chosen(const QComboBox *combo) const
{
    return combo->currentIndex() < 0 ? QString() : combo->currentData().toString();
}

bool ImportTablePage::isDateColumn(const QString &header) const
{
    const CsvProfile &p = m_wizard->profile();
    const qsizetype i = p.header.indexOf(header);
    return i >= 0 && p.columns[std::size_t(i)].inferredType() == ValueType::Date;
}

} // namespace tierlab::ui
