#include "whereeditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace tierlab::ui {

namespace {

constexpr ConditionOp kOps[] = {ConditionOp::Eq, ConditionOp::Ne, ConditionOp::Lt, ConditionOp::Le,
                                ConditionOp::Gt, ConditionOp::Ge, ConditionOp::In, ConditionOp::NotIn};

QString typeLabel(ValueType type)
{
    switch (type) {
    case ValueType::Number:
        return WhereEditor::tr("number");
    case ValueType::Category:
        return WhereEditor::tr("text");
    case ValueType::Flag:
        return WhereEditor::tr("flag");
    case ValueType::Date:
        return WhereEditor::tr("date");
    }
    return {};
}

} // namespace

WhereEditor::WhereEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("whereEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_linesLayout = new QVBoxLayout;
    m_linesLayout->setContentsMargins(0, 0, 0, 0);
    m_linesLayout->setSpacing(2);
    layout->addLayout(m_linesLayout);
    auto *bottom = new QHBoxLayout;
    m_empty = new QLabel(tr("Every row counts."), this);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_add = new QPushButton(tr("Add condition"), this);
    m_add->setObjectName(QStringLiteral("addCondition"));
    m_add->setToolTip(tr("Only rows that meet every condition count"));
    bottom->addWidget(m_empty, 1);
    bottom->addWidget(m_add);
    layout->addLayout(bottom);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addCondition();
        Q_EMIT edited();
    });
}

std::optional<ValueType> WhereEditor::typeOf(const QString &column) const
{
    for (const TableColumnInfo &c : m_columns) {
        if (c.name == column)
            return c.type;
    }
    return std::nullopt;
}

void WhereEditor::fillColumns(QComboBox *combo, const QString &current) const
{
    const QSignalBlocker block(combo);
    combo->clear();
    for (const TableColumnInfo &c : m_columns) {
        // The type goes in the tooltip and the value's placeholder: the line is narrow.
        combo->addItem(c.name, c.name);
        combo->setItemData(combo->count() - 1, tr("%1: %2 values").arg(c.name, typeLabel(c.type)), Qt::ToolTipRole);
    }
    int i = combo->findData(current);
    if (i < 0 && !current.isEmpty()) {
        combo->addItem(tr("%1 (not in the table)").arg(current), current);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(i, 0));
}

void WhereEditor::setColumns(const std::vector<TableColumnInfo> &columns)
{
    m_columns = columns;
    for (const Line &line : m_lines) {
        fillColumns(line.column, line.column->currentData().toString());
        updateHint(line);
    }
}

WhereEditor::Line WhereEditor::makeLine()
{
    Line line;
    line.row = new QWidget(this);
    auto *h = new QHBoxLayout(line.row);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(4);
    line.column = new QComboBox(line.row);
    line.column->setObjectName(QStringLiteral("whereColumn"));
    line.column->setToolTip(tr("The column the condition reads"));
    line.column->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    line.column->setMinimumContentsLength(6);
    line.op = new QComboBox(line.row);
    line.op->setObjectName(QStringLiteral("whereOp"));
    line.op->setToolTip(tr("== != compare any value; < <= > >= numbers and dates; in / not_in a list"));
    for (ConditionOp op : kOps)
        line.op->addItem(conditionOpName(op), int(op));
    line.value = new QLineEdit(line.row);
    line.value->setObjectName(QStringLiteral("whereValue"));
    line.value->setMinimumWidth(60);
    line.remove = new QToolButton(line.row);
    line.remove->setObjectName(QStringLiteral("whereRemove"));
    line.remove->setText(QStringLiteral("×"));
    line.remove->setToolTip(tr("Remove this condition"));
    h->addWidget(line.column, 2);
    h->addWidget(line.op);
    h->addWidget(line.value, 3);
    h->addWidget(line.remove);
    QWidget *row = line.row;
    connect(line.column, &QComboBox::currentIndexChanged, this, [this, row] {
        for (const Line &l : m_lines) {
            if (l.row == row)
                updateHint(l);
        }
        Q_EMIT edited();
    });
    connect(line.op, &QComboBox::currentIndexChanged, this, [this, row] {
        for (const Line &l : m_lines) {
            if (l.row == row)
                updateHint(l);
        }
        Q_EMIT edited();
    });
    connect(line.value, &QLineEdit::textEdited, this, &WhereEditor::edited);
    connect(line.remove, &QToolButton::clicked, this, [this, row] {
        for (std::size_t i = 0; i < m_lines.size(); ++i) {
            if (m_lines[i].row == row) {
                removeCondition(int(i));
                Q_EMIT edited();
                return;
            }
        }
    });
    return line;
}

void WhereEditor::updateHint(const Line &line) const
{
    const auto op = ConditionOp(line.op->currentData().toInt());
    const std::optional<ValueType> type = typeOf(line.column->currentData().toString());
    QString hint;
    switch (type.value_or(ValueType::Category)) {
    case ValueType::Number:
        hint = tr("a number");
        break;
    case ValueType::Category:
        hint = tr("text, exact");
        break;
    case ValueType::Flag:
        hint = tr("true or false");
        break;
    case ValueType::Date:
        hint = tr("YYYY-MM-DD");
        break;
    }
    if (isListOp(op))
        hint = tr("%1, comma-separated").arg(hint);
    line.value->setPlaceholderText(hint);
    line.value->setToolTip(isListOp(op) ? tr("Values separated by commas; a row matches when its value is %1 them")
                                              .arg(op == ConditionOp::In ? tr("one of") : tr("none of"))
                                        : tr("The value to compare with: %1").arg(hint));
}

void WhereEditor::addCondition()
{
    Line line = makeLine();
    fillColumns(line.column, m_columns.empty() ? QString() : m_columns.front().name);
    updateHint(line);
    m_linesLayout->addWidget(line.row);
    m_lines.push_back(line);
    m_empty->setVisible(false);
}

void WhereEditor::removeCondition(int index)
{
    if (index < 0 || index >= int(m_lines.size()))
        return;
    Line line = m_lines[std::size_t(index)];
    m_lines.erase(m_lines.begin() + index);
    line.row->hide();
    line.row->deleteLater();
    m_empty->setVisible(m_lines.empty());
}

void WhereEditor::setConditions(const std::vector<RecipeCondition> &conditions)
{
    while (!m_lines.empty())
        removeCondition(int(m_lines.size()) - 1);
    for (const RecipeCondition &c : conditions) {
        Line line = makeLine();
        fillColumns(line.column, c.column);
        {
            const QSignalBlocker block(line.op);
            line.op->setCurrentIndex(std::max(0, line.op->findData(int(c.op))));
        }
        line.value->setText(textOf(c, typeOf(c.column)));
        updateHint(line);
        m_linesLayout->addWidget(line.row);
        m_lines.push_back(line);
    }
    m_empty->setVisible(m_lines.empty());
}

std::vector<RecipeCondition> WhereEditor::conditions() const
{
    std::vector<RecipeCondition> out;
    for (const Line &line : m_lines) {
        const QString column = line.column->currentData().toString();
        out.push_back(conditionFromText(column, ConditionOp(line.op->currentData().toInt()), line.value->text(),
                                        typeOf(column)));
    }
    return out;
}

QWidget *WhereEditor::lineWidget(int index, const char *part) const
{
    if (index < 0 || index >= int(m_lines.size()))
        return nullptr;
    const Line &line = m_lines[std::size_t(index)];
    const QByteArray p(part);
    if (p == "column")
        return line.column;
    if (p == "op")
        return line.op;
    if (p == "value")
        return line.value;
    if (p == "remove")
        return line.remove;
    return nullptr;
}

RecipeCondition WhereEditor::conditionFromText(const QString &column, ConditionOp op, const QString &text,
                                               std::optional<ValueType> type)
{
    RecipeCondition c;
    c.column = column;
    c.op = op;
    QStringList parts;
    if (isListOp(op)) {
        for (const QString &part : text.split(QLatin1Char(','))) {
            if (!part.trimmed().isEmpty())
                parts << part.trimmed();
        }
    } else {
        parts << (type == ValueType::Category ? text : text.trimmed());
    }
    for (const QString &part : parts) {
        double number = std::numeric_limits<double>::quiet_NaN();
        bool isNumber = false;
        if (type == ValueType::Number) {
            number = QLocale::c().toDouble(part, &isNumber);
        } else if (type == ValueType::Flag) {
            const QString lower = part.toLower();
            if (lower == u"true" || lower == u"yes" || lower == u"1") {
                number = 1;
                isNumber = true;
            } else if (lower == u"false" || lower == u"no" || lower == u"0") {
                number = 0;
                isNumber = true;
            }
        }
        c.texts << (isNumber ? QString() : part);
        c.numbers.push_back(isNumber ? number : std::numeric_limits<double>::quiet_NaN());
        c.isText.push_back(!isNumber);
    }
    return c;
}

QString WhereEditor::textOf(const RecipeCondition &c, std::optional<ValueType> type)
{
    QStringList parts;
    for (std::size_t i = 0; i < c.isText.size(); ++i) {
        if (c.isText[i])
            parts << c.texts.value(qsizetype(i));
        else if (type == ValueType::Flag)
            parts << (c.numbers[i] != 0 ? QStringLiteral("true") : QStringLiteral("false"));
        else
            parts << QString::number(c.numbers[i], 'g', QLocale::FloatingPointShortest);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace tierlab::ui
