#include "recipeeditor.h"

#include "signals/whereeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace tierlab::ui {

namespace {

constexpr Aggregation kAggregations[] = {Aggregation::Count, Aggregation::Sum, Aggregation::Mean, Aggregation::Min,
                                         Aggregation::Max, Aggregation::Distinct, Aggregation::Last,
                                         Aggregation::DaysSince, Aggregation::Open, Aggregation::OpenSum};
constexpr Derivation kDerivations[] = {Derivation::Ratio, Derivation::Change, Derivation::PctChange, Derivation::Slope};
constexpr AttributeRole kRoles[] = {AttributeRole::None, AttributeRole::Arr, AttributeRole::RenewalDate,
                                    AttributeRole::Csm, AttributeRole::Segment, AttributeRole::Name};

QString aggregationHelp(Aggregation agg)
{
    switch (agg) {
    case Aggregation::None:
        break;
    case Aggregation::Count:
        return RecipeEditor::tr("count: the rows in the window");
    case Aggregation::Sum:
        return RecipeEditor::tr("sum: the column's total over the rows in the window");
    case Aggregation::Mean:
        return RecipeEditor::tr("mean: the column's average over the rows in the window; missing without rows");
    case Aggregation::Min:
        return RecipeEditor::tr("min: the column's smallest value (a number or a date) in the window");
    case Aggregation::Max:
        return RecipeEditor::tr("max: the column's largest value (a number or a date) in the window");
    case Aggregation::Distinct:
        return RecipeEditor::tr("distinct: how many different values the column takes in the window");
    case Aggregation::Last:
        return RecipeEditor::tr("last: the column's value in the latest row; text gives a category signal");
    case Aggregation::DaysSince:
        return RecipeEditor::tr("days_since: days from the latest row's date to the as-of date");
    case Aggregation::Open:
        return RecipeEditor::tr("open: the rows open on the as-of date (started, not yet ended); needs a table with an end time");
    case Aggregation::OpenSum:
        return RecipeEditor::tr("open_sum: the column's total over the rows open on the as-of date");
    }
    return {};
}

QString derivationHelp(Derivation expr)
{
    switch (expr) {
    case Derivation::None:
        break;
    case Derivation::Ratio:
        return RecipeEditor::tr("ratio: A / B on each date; missing when B is 0");
    case Derivation::Change:
        return RecipeEditor::tr("change: A now minus A the given weeks before");
    case Derivation::PctChange:
        return RecipeEditor::tr("pct_change: the change in percent of A the given weeks before");
    case Derivation::Slope:
        return RecipeEditor::tr("slope: the least-squares slope of A per week over the given weeks");
    }
    return {};
}

QString roleHelp()
{
    return RecipeEditor::tr("Also use the signal as this account attribute, as of each week: arr needs a number, "
                            "renewal_date min, max or last of a date column, csm, segment and name a text signal");
}

} // namespace

RecipeEditor::RecipeEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("recipeEditor"));
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("recipeId"));
    m_id->setToolTip(tr("The signal's id: lower-case letters, digits and _, starting with a letter"));
    m_form->addRow(tr("&Id:"), m_id);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("recipeKind"));
    m_kind->addItem(tr("Aggregation of a table's rows"), int(Kind::Aggregation));
    m_kind->addItem(tr("Derived from other signals"), int(Kind::Derived));
    m_form->addRow(tr("&Kind:"), m_kind);

    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("recipeTable"));
    m_table->setToolTip(tr("The event table whose rows the signal aggregates"));
    m_form->addRow(tr("&Table:"), m_table);

    m_agg = new QComboBox(this);
    m_agg->setObjectName(QStringLiteral("recipeAgg"));
    for (Aggregation a : kAggregations) {
        m_agg->addItem(aggregationName(a), int(a));
        m_agg->setItemData(m_agg->count() - 1, aggregationHelp(a), Qt::ToolTipRole);
    }
    m_form->addRow(tr("A&ggregation:"), m_agg);

    m_column = new QComboBox(this);
    m_column->setObjectName(QStringLiteral("recipeColumn"));
    m_column->setToolTip(tr("The column the aggregation reads; only the columns of a type it accepts are listed"));
    m_form->addRow(tr("&Column:"), m_column);

    m_where = new WhereEditor(this);
    m_form->addRow(tr("Where:"), m_where);

    m_window = new QSpinBox(this);
    m_window->setObjectName(QStringLiteral("recipeWindow"));
    m_window->setRange(0, 36500);
    m_window->setSpecialValueText(tr("all rows up to as-of"));
    m_window->setSuffix(tr(" days"));
    m_window->setToolTip(tr("Only rows dated in the last N days before each as-of date (as-of included) count; "
                            "0: every row up to as-of"));
    m_form->addRow(tr("&Window:"), m_window);

    m_expr = new QComboBox(this);
    m_expr->setObjectName(QStringLiteral("recipeExpr"));
    for (Derivation d : kDerivations) {
        m_expr->addItem(derivationName(d), int(d));
        m_expr->setItemData(m_expr->count() - 1, derivationHelp(d), Qt::ToolTipRole);
    }
    m_form->addRow(tr("E&xpression:"), m_expr);

    m_ofRow = new QWidget(this);
    auto *ofLayout = new QHBoxLayout(m_ofRow);
    ofLayout->setContentsMargins(0, 0, 0, 0);
    m_ofA = new QComboBox(m_ofRow);
    m_ofA->setObjectName(QStringLiteral("recipeOfA"));
    m_ofA->setToolTip(tr("The signal A it reads"));
    m_ofSeparator = new QLabel(QStringLiteral("/"), m_ofRow);
    m_ofB = new QComboBox(m_ofRow);
    m_ofB->setObjectName(QStringLiteral("recipeOfB"));
    m_ofB->setToolTip(tr("The signal B (the denominator)"));
    for (QComboBox *c : {m_ofA, m_ofB}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(8);
    }
    ofLayout->addWidget(m_ofA, 1);
    ofLayout->addWidget(m_ofSeparator);
    ofLayout->addWidget(m_ofB, 1);
    m_form->addRow(tr("Of:"), m_ofRow);

    m_weeks = new QSpinBox(this);
    m_weeks->setObjectName(QStringLiteral("recipeWeeks"));
    m_weeks->setRange(1, 520);
    m_weeks->setSuffix(tr(" weeks"));
    m_weeks->setToolTip(tr("How far back the change or slope reaches; 7 × weeks days must be whole grid steps"));
    m_form->addRow(tr("&Weeks:"), m_weeks);

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("recipeRole"));
    for (AttributeRole r : kRoles)
        m_role->addItem(r == AttributeRole::None ? tr("(none)") : attributeRoleName(r), int(r));
    m_role->setToolTip(roleHelp());
    m_form->addRow(tr("&Role:"), m_role);

    m_help = new QLabel(this);
    m_help->setObjectName(QStringLiteral("recipeHelp"));
    m_help->setWordWrap(true);
    m_help->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(m_help);

    connect(m_id, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_recipe.id = text.trimmed();
        changed();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (Kind(m_kind->currentData().toInt()) == Kind::Derived) {
            if (m_recipe.expr == Derivation::None)
                m_recipe.expr = Derivation::Ratio;
            if (m_recipe.expr == Derivation::Ratio) {
                m_recipe.weeks = 0;
                while (m_recipe.of.size() < 2)
                    m_recipe.of << QString();
            } else if (m_recipe.weeks == 0) {
                m_recipe.weeks = 4;
            }
        } else {
            m_recipe.expr = Derivation::None;
            m_recipe.of.clear();
            m_recipe.weeks = 0;
            if (m_recipe.agg == Aggregation::None)
                m_recipe.agg = Aggregation::Count;
            if (m_recipe.table.isEmpty() && !m_tables.empty())
                m_recipe.table = m_tables.front().name;
        }
        load();
        changed();
    });
    connect(m_table, &QComboBox::currentIndexChanged, this, [this] {
        m_recipe.table = m_table->currentData().toString();
        // The where list keeps its lines; their columns are those of the new table now.
        fillColumns(false);
        m_recipe.column = m_column->currentData().toString();
        m_recipe.where = m_where->conditions();
        changed();
    });
    connect(m_agg, &QComboBox::currentIndexChanged, this, [this] {
        m_recipe.agg = Aggregation(m_agg->currentData().toInt());
        fillColumns(false);
        m_recipe.column = m_column->currentData().toString();
        updateRows();
        changed();
    });
    connect(m_column, &QComboBox::currentIndexChanged, this, [this] {
        m_recipe.column = m_column->currentData().toString();
        changed();
    });
    connect(m_where, &WhereEditor::edited, this, [this] {
        m_recipe.where = m_where->conditions();
        changed();
    });
    connect(m_window, &QSpinBox::valueChanged, this, [this](int days) {
        m_recipe.windowDays = days;
        changed();
    });
    connect(m_expr, &QComboBox::currentIndexChanged, this, [this] {
        m_recipe.expr = Derivation(m_expr->currentData().toInt());
        if (m_recipe.expr == Derivation::Ratio) {
            m_recipe.weeks = 0;
            while (m_recipe.of.size() < 2)
                m_recipe.of << QString();
        } else {
            m_recipe.of = QStringList{m_recipe.of.value(0)};
            if (m_recipe.weeks == 0)
                m_recipe.weeks = 4;
            const QSignalBlocker block(m_weeks);
            m_weeks->setValue(m_recipe.weeks);
        }
        updateRows();
        changed();
    });
    const auto readOf = [this] {
        m_recipe.of = m_recipe.expr == Derivation::Ratio
                          ? QStringList{m_ofA->currentData().toString(), m_ofB->currentData().toString()}
                          : QStringList{m_ofA->currentData().toString()};
        changed();
    };
    connect(m_ofA, &QComboBox::currentIndexChanged, this, readOf);
    connect(m_ofB, &QComboBox::currentIndexChanged, this, readOf);
    connect(m_weeks, &QSpinBox::valueChanged, this, [this](int weeks) {
        if (m_recipe.isDerived() && m_recipe.expr != Derivation::Ratio) {
            m_recipe.weeks = weeks;
            changed();
        }
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        m_recipe.role = AttributeRole(m_role->currentData().toInt());
        changed();
    });
    setEnabled(false);
    updateRows();
}

bool RecipeEditor::acceptsColumn(Aggregation agg, ValueType type)
{
    const bool numeric = type == ValueType::Number || type == ValueType::Flag;
    switch (agg) {
    case Aggregation::Sum:
    case Aggregation::Mean:
    case Aggregation::OpenSum:
        return numeric;
    case Aggregation::Min:
    case Aggregation::Max:
        return numeric || type == ValueType::Date;
    case Aggregation::Distinct:
    case Aggregation::Last:
        return true;
    default:
        return false;
    }
}

void RecipeEditor::setTables(const std::vector<EventTableRow> &tables)
{
    m_tables = tables;
    load();
}

void RecipeEditor::setRecipe(const SignalRecipe &recipe, const QStringList &otherIds)
{
    m_recipe = recipe;
    m_otherIds = otherIds;
    setEnabled(true);
    load();
}

void RecipeEditor::setOtherIds(const QStringList &otherIds)
{
    if (otherIds == m_otherIds)
        return;
    m_otherIds = otherIds;
    fillOf();
}

const EventTableRow *RecipeEditor::currentTable() const
{
    for (const EventTableRow &t : m_tables) {
        if (t.name == m_recipe.table)
            return &t;
    }
    return nullptr;
}

void RecipeEditor::fillTables()
{
    const QSignalBlocker block(m_table);
    m_table->clear();
    for (const EventTableRow &t : m_tables) {
        m_table->addItem(t.name, t.name);
        if (t.timeColumn.isEmpty())
            m_table->setItemData(m_table->count() - 1, tr("Imported without a time column: its rows cannot be dated"),
                                 Qt::ToolTipRole);
    }
    int i = m_table->findData(m_recipe.table);
    if (i < 0 && !m_recipe.table.isEmpty()) {
        m_table->addItem(tr("%1 (not in the workspace)").arg(m_recipe.table), m_recipe.table);
        i = m_table->count() - 1;
    }
    m_table->setCurrentIndex(i);
}

void RecipeEditor::fillColumns(bool keepCurrent)
{
    const EventTableRow *table = currentTable();
    m_where->setColumns(table ? table->columns : std::vector<TableColumnInfo>());
    const QSignalBlocker block(m_column);
    m_column->clear();
    if (!m_recipe.readsColumn()) {
        m_column->addItem(tr("(reads no column)"), QString());
        m_column->setEnabled(false);
        return;
    }
    m_column->setEnabled(true);
    QString first;
    bool currentListed = false;
    if (table) {
        for (const TableColumnInfo &c : table->columns) {
            if (!acceptsColumn(m_recipe.agg, c.type))
                continue;
            m_column->addItem(tr("%1 (%2)").arg(c.name, valueTypeName(c.type)), c.name);
            if (first.isEmpty())
                first = c.name;
            currentListed = currentListed || c.name == m_recipe.column;
        }
    }
    if (!currentListed && !m_recipe.column.isEmpty() && (keepCurrent || first.isEmpty())) {
        // Shown as the recipe has it, so that the check names the problem.
        m_column->addItem(tr("%1 (does not fit)").arg(m_recipe.column), m_recipe.column);
        currentListed = true;
    }
    if (m_column->count() == 0)
        m_column->addItem(tr("(no column fits)"), QString());
    // After a change of table or aggregation, a column that no longer fits gives way to the first that does.
    m_column->setCurrentIndex(std::max(0, currentListed ? m_column->findData(m_recipe.column) : 0));
}

void RecipeEditor::fillOf()
{
    for (QComboBox *combo : {m_ofA, m_ofB}) {
        const QString current = m_recipe.of.value(combo == m_ofA ? 0 : 1);
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("(choose a signal)"), QString());
        for (const QString &id : m_otherIds)
            combo->addItem(id, id);
        int i = combo->findData(current);
        if (i < 0) {
            combo->addItem(tr("%1 (no such signal)").arg(current), current);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(i);
    }
}

void RecipeEditor::load()
{
    const QSignalBlocker blockId(m_id);
    const QSignalBlocker blockKind(m_kind);
    const QSignalBlocker blockAgg(m_agg);
    const QSignalBlocker blockWindow(m_window);
    const QSignalBlocker blockExpr(m_expr);
    const QSignalBlocker blockWeeks(m_weeks);
    const QSignalBlocker blockRole(m_role);
    const QSignalBlocker blockWhere(m_where);
    if (m_id->text().trimmed() != m_recipe.id)
        m_id->setText(m_recipe.id);
    m_kind->setCurrentIndex(m_kind->findData(int(m_recipe.isDerived() ? Kind::Derived : Kind::Aggregation)));
    fillTables();
    m_agg->setCurrentIndex(m_agg->findData(int(m_recipe.agg)));
    fillColumns(true);
    m_where->setConditions(m_recipe.where);
    m_window->setValue(m_recipe.windowDays);
    m_expr->setCurrentIndex(m_expr->findData(int(m_recipe.isDerived() ? m_recipe.expr : Derivation::Ratio)));
    fillOf();
    m_weeks->setValue(m_recipe.weeks > 0 ? m_recipe.weeks : 4);
    m_role->setCurrentIndex(std::max(0, m_role->findData(int(m_recipe.role))));
    updateRows();
}

void RecipeEditor::updateRows()
{
    const bool derived = m_recipe.isDerived();
    m_form->setRowVisible(m_table, !derived);
    m_form->setRowVisible(m_agg, !derived);
    m_form->setRowVisible(m_column, !derived && m_recipe.readsColumn());
    m_form->setRowVisible(m_where, !derived);
    m_form->setRowVisible(m_window, !derived);
    m_form->setRowVisible(m_expr, derived);
    m_form->setRowVisible(m_ofRow, derived);
    const bool ratio = m_recipe.expr == Derivation::Ratio;
    m_ofSeparator->setVisible(ratio);
    m_ofB->setVisible(ratio);
    m_form->setRowVisible(m_weeks, derived && !ratio);
    m_help->setText(derived ? derivationHelp(m_recipe.expr) : aggregationHelp(m_recipe.agg));
}

void RecipeEditor::changed()
{
    updateRows();
    Q_EMIT edited();
}

} // namespace tierlab::ui
