#include "recipesettingsform.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace tierlab::ui {

namespace {

QDate readDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

} // namespace

RecipeSettingsForm::RecipeSettingsForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("recipeSettings"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    int row = 0;
    const auto label = [&](const QString &text, QWidget *buddy, int r, int c) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        grid->addWidget(l, r, c);
    };

    m_every = new QSpinBox(this);
    m_every->setObjectName(QStringLiteral("gridEvery"));
    m_every->setRange(1, 366);
    m_every->setSuffix(tr(" days"));
    m_every->setToolTip(tr("The distance between two snapshot dates"));
    label(tr("Every:"), m_every, row, 0);
    grid->addWidget(m_every, row, 1);
    ++row;
    m_first = new QLineEdit(this);
    m_first->setObjectName(QStringLiteral("gridFirst"));
    m_first->setPlaceholderText(tr("from the data"));
    m_first->setToolTip(tr("The first snapshot date, YYYY-MM-DD; empty: the Monday on or after the earliest row"));
    m_last = new QLineEdit(this);
    m_last->setObjectName(QStringLiteral("gridLast"));
    m_last->setPlaceholderText(tr("from the data"));
    m_last->setToolTip(tr("The last snapshot date, YYYY-MM-DD; empty: the first grid date on or after the latest row"));
    label(tr("First:"), m_first, row, 0);
    grid->addWidget(m_first, row, 1);
    label(tr("Last:"), m_last, row, 2);
    grid->addWidget(m_last, row, 3);
    ++row;

    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setToolTip(tr("The table whose keys are the accounts and whose columns give their attributes"));
    label(tr("Acco&unts:"), m_table, row, 0);
    grid->addWidget(m_table, row, 1);
    const std::pair<QString, QString> fields[] = {
        {QStringLiteral("start"), tr("Start:")},   {QStringLiteral("name"), tr("&Name:")},
        {QStringLiteral("segment"), tr("Segment:")}, {QStringLiteral("csm"), tr("CSM:")},
        {QStringLiteral("arr"), tr("ARR:")},        {QStringLiteral("renewal_date"), tr("Renewal:")},
        {QStringLiteral("end"), tr("End:")}};
    const QString tips[] = {tr("A date column: each account's first snapshot is on or after it"),
                            tr("The account's name"), tr("The account's segment"), tr("The account's CSM"),
                            tr("A number column: the account's ARR"), tr("A date column: the account's renewal date"),
                            tr("A date column, such as a churn date: no snapshot on or after it")};
    int column = 2;
    for (std::size_t i = 0; i < std::size(fields); ++i) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("accounts_") + fields[i].first);
        combo->setToolTip(tips[i]);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
        label(fields[i].second, combo, row, column);
        grid->addWidget(combo, row, column + 1);
        m_fields.push_back({fields[i].first, combo});
        column += 2;
        if (column > 2) {
            column = 0;
            ++row;
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key = fields[i].first, combo] {
            if (QString *member = accountMember(key))
                *member = combo->currentData().toString();
            Q_EMIT edited();
        });
    }
    m_table->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_table->setMinimumContentsLength(6);

    connect(m_every, &QSpinBox::valueChanged, this, [this](int days) {
        m_grid.everyDays = days;
        Q_EMIT edited();
    });
    for (QLineEdit *edit : {m_first, m_last}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            readDates();
            Q_EMIT edited();
        });
    }
    connect(m_table, &QComboBox::currentIndexChanged, this, [this] {
        m_accounts.table = m_table->currentData().toString();
        fillAccountColumns();
        for (const AccountField &f : m_fields) {
            if (QString *member = accountMember(f.key))
                *member = f.combo->currentData().toString();
        }
        Q_EMIT edited();
    });
    load();
}

QString *RecipeSettingsForm::accountMember(const QString &key)
{
    if (key == u"start")
        return &m_accounts.start;
    if (key == u"name")
        return &m_accounts.name;
    if (key == u"segment")
        return &m_accounts.segment;
    if (key == u"csm")
        return &m_accounts.csm;
    if (key == u"arr")
        return &m_accounts.arr;
    if (key == u"renewal_date")
        return &m_accounts.renewalDate;
    if (key == u"end")
        return &m_accounts.end;
    return nullptr;
}

void RecipeSettingsForm::setTables(const std::vector<EventTableRow> &tables)
{
    m_tables = tables;
    load();
}

void RecipeSettingsForm::setSettings(const RecipeGrid &grid, const RecipeAccounts &accounts)
{
    m_grid = grid;
    m_accounts = accounts;
    load();
}

void RecipeSettingsForm::readDates()
{
    m_grid.first = readDate(m_first->text());
    m_grid.last = readDate(m_last->text());
}

QStringList RecipeSettingsForm::problems() const
{
    QStringList out;
    const std::pair<const char *, QLineEdit *> dates[] = {{"$.grid.first", m_first}, {"$.grid.last", m_last}};
    for (const auto &[path, edit] : dates) {
        if (!edit->text().trimmed().isEmpty() && !readDate(edit->text()).isValid())
            out << tr("%1: \"%2\" is not a date as \"YYYY-MM-DD\" (leave it empty for the default)")
                       .arg(QLatin1StringView(path), edit->text().trimmed());
    }
    return out;
}

void RecipeSettingsForm::load()
{
    {
        const QSignalBlocker block(m_every);
        m_every->setValue(m_grid.everyDays);
    }
    // A date being typed stays as typed; a valid one is shown as the grid has it.
    if (readDate(m_first->text()) != m_grid.first || m_grid.first.isValid())
        m_first->setText(m_grid.first.isValid() ? m_grid.first.toString(Qt::ISODate) : QString());
    if (readDate(m_last->text()) != m_grid.last || m_grid.last.isValid())
        m_last->setText(m_grid.last.isValid() ? m_grid.last.toString(Qt::ISODate) : QString());
    {
        const QSignalBlocker block(m_table);
        m_table->clear();
        for (const EventTableRow &t : m_tables)
            m_table->addItem(t.name, t.name);
        int i = m_table->findData(m_accounts.table);
        if (i < 0) {
            m_table->addItem(tr("%1 (not in the workspace)").arg(m_accounts.table), m_accounts.table);
            i = m_table->count() - 1;
        }
        m_table->setCurrentIndex(i);
    }
    fillAccountColumns();
}

void RecipeSettingsForm::fillAccountColumns()
{
    const EventTableRow *table = nullptr;
    for (const EventTableRow &t : m_tables) {
        if (t.name == m_accounts.table)
            table = &t;
    }
    for (const AccountField &f : m_fields) {
        const QString current = *accountMember(f.key);
        const QSignalBlocker block(f.combo);
        f.combo->clear();
        f.combo->addItem(tr("(none)"), QString());
        if (table) {
            for (const TableColumnInfo &c : table->columns) {
                const bool fits = f.key == u"start" || f.key == u"renewal_date" || f.key == u"end" ? c.type == ValueType::Date
                                  : f.key == u"arr"                             ? c.type == ValueType::Number
                                                                                : true;
                if (fits)
                    f.combo->addItem(c.name, c.name);
            }
        }
        int i = f.combo->findData(current);
        if (i < 0) {
            f.combo->addItem(tr("%1 (does not fit)").arg(current), current);
            i = f.combo->count() - 1;
        }
        f.combo->setCurrentIndex(i);
    }
}

} // namespace tierlab::ui
