#include "conditionsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tierlab::ui {

namespace {

const CompareOp kOps[] = {CompareOp::Less, CompareOp::LessEqual, CompareOp::Greater,
                          CompareOp::GreaterEqual, CompareOp::Equal, CompareOp::NotEqual};

} // namespace

ConditionsDialog::ConditionsDialog(const std::vector<Penalty> &penalties, const std::vector<Override> &overrides,
                                   QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conditionsDialog"));
    setWindowTitle(tr("Penalties and overrides"));
    auto *layout = new QVBoxLayout(this);
    auto *help = new QLabel(tr("A penalty takes points off the score when its condition holds; an override caps "
                               "the score (and says why). Value: a number, yes/no, or text."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("conditionsTable"));
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Column"), tr("Operator"), tr("Value"), tr("Points / cap"),
                                        tr("Label / reason")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    for (const Penalty &p : penalties)
        setRow(m_table->rowCount(), false, p.column, p.op, p.value, p.points, p.label, p.id, p.extra);
    for (const Override &o : overrides)
        setRow(m_table->rowCount(), true, o.column, o.op, o.value, o.cap, o.reason, o.id, o.extra, o.capTier);

    auto *buttonsRow = new QHBoxLayout;
    auto *addPenalty = new QPushButton(tr("Add penalty"), this);
    auto *addOverride = new QPushButton(tr("Add override"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setToolTip(tr("Remove the selected rows"));
    connect(addPenalty, &QPushButton::clicked, this, [this] { addRow(false); });
    connect(addOverride, &QPushButton::clicked, this, [this] { addRow(true); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        QList<int> order;
        for (const QModelIndex &i : rows)
            order << i.row();
        std::sort(order.rbegin(), order.rend());
        for (int r : order)
            m_table->removeRow(r);
    });
    buttonsRow->addWidget(addPenalty);
    buttonsRow->addWidget(addOverride);
    buttonsRow->addWidget(remove);
    buttonsRow->addStretch(1);
    layout->addLayout(buttonsRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 360);
}

void ConditionsDialog::addRow(bool isOverride)
{
    setRow(m_table->rowCount(), isOverride, QString(), isOverride ? CompareOp::Equal : CompareOp::GreaterEqual,
           RuleValue(), isOverride ? 40 : 10, QString());
}

void ConditionsDialog::setRow(int row, bool isOverride, const QString &column, CompareOp op, const RuleValue &value,
                              std::optional<double> amount, const QString &text, const QString &id,
                              const QByteArray &extra, const QString &capTier)
{
    m_table->insertRow(row);
    auto *kind = new QComboBox(m_table);
    kind->addItem(tr("Penalty"));
    kind->addItem(tr("Override"));
    kind->setCurrentIndex(isOverride ? 1 : 0);
    m_table->setCellWidget(row, KindColumn, kind);
    // The id and unknown JSON members ride along so that an untouched row comes back unchanged.
    auto *columnItem = new QTableWidgetItem(column.isEmpty() ? id : column);
    columnItem->setData(Qt::UserRole, id);
    columnItem->setData(Qt::UserRole + 1, extra);
    columnItem->setData(Qt::UserRole + 2, column.isEmpty());
    columnItem->setData(Qt::UserRole + 3, capTier);   // a tier cap, kept as it was
    m_table->setItem(row, ColumnColumn, columnItem);
    auto *ops = new QComboBox(m_table);
    for (CompareOp o : kOps)
        ops->addItem(compareOpName(o), int(o));
    ops->setCurrentIndex(ops->findData(int(op)));
    m_table->setCellWidget(row, OpColumn, ops);
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(valueText(value)));
    m_table->setItem(row, AmountColumn, new QTableWidgetItem(amount ? QString::number(*amount, 'g', 10) : QString()));
    m_table->setItem(row, TextColumn, new QTableWidgetItem(text));
}

RuleValue ConditionsDialog::parseValue(const QString &text)
{
    RuleValue v;
    const QString t = text.trimmed();
    bool ok = false;
    const double n = t.toDouble(&ok);
    if (ok) {
        v.type = RuleValue::Type::Number;
        v.number = n;
        return v;
    }
    const int flag = flagFromText(t);
    if (flag >= 0 && !t.isEmpty() && t != u"1" && t != u"0") {
        v.type = RuleValue::Type::Bool;
        v.flag = flag == 1;
        return v;
    }
    v.type = RuleValue::Type::Text;
    v.text = t;
    return v;
}

QString ConditionsDialog::valueText(const RuleValue &value)
{
    switch (value.type) {
    case RuleValue::Type::Number:
        return QString::number(value.number, 'g', 10);
    case RuleValue::Type::Bool:
        return value.flag ? QStringLiteral("yes") : QStringLiteral("no");
    case RuleValue::Type::Text:
        return value.text;
    }
    return {};
}

QString ConditionsDialog::rowId(int row, const QString &column, const QString &prefix) const
{
    return QStringLiteral("%1_%2_%3").arg(prefix, column.isEmpty() ? QStringLiteral("rule") : column).arg(row + 1);
}

std::vector<Penalty> ConditionsDialog::penalties() const
{
    std::vector<Penalty> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (qobject_cast<QComboBox *>(m_table->cellWidget(r, KindColumn))->currentIndex() != 0)
            continue;
        Penalty p;
        const QTableWidgetItem *columnItem = m_table->item(r, ColumnColumn);
        const QString column = columnItem->text().trimmed();
        const QString id = columnItem->data(Qt::UserRole).toString();
        p.id = id.isEmpty() ? rowId(r, column, QStringLiteral("penalty")) : id;
        // A condition named after its own column keeps its short form (no "column" member).
        p.column = columnItem->data(Qt::UserRole + 2).toBool() && column == p.id ? QString() : column;
        p.extra = columnItem->data(Qt::UserRole + 1).toByteArray();
        p.op = CompareOp(qobject_cast<QComboBox *>(m_table->cellWidget(r, OpColumn))->currentData().toInt());
        p.value = parseValue(m_table->item(r, ValueColumn)->text());
        p.points = m_table->item(r, AmountColumn)->text().toDouble();
        p.label = m_table->item(r, TextColumn)->text().trimmed();
        out.push_back(std::move(p));
    }
    return out;
}

std::vector<Override> ConditionsDialog::overrides() const
{
    std::vector<Override> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (qobject_cast<QComboBox *>(m_table->cellWidget(r, KindColumn))->currentIndex() != 1)
            continue;
        Override o;
        const QTableWidgetItem *columnItem = m_table->item(r, ColumnColumn);
        const QString column = columnItem->text().trimmed();
        const QString id = columnItem->data(Qt::UserRole).toString();
        o.id = id.isEmpty() ? rowId(r, column, QStringLiteral("override")) : id;
        // A condition named after its own column keeps its short form (no "column" member).
        o.column = columnItem->data(Qt::UserRole + 2).toBool() && column == o.id ? QString() : column;
        o.extra = columnItem->data(Qt::UserRole + 1).toByteArray();
        o.op = CompareOp(qobject_cast<QComboBox *>(m_table->cellWidget(r, OpColumn))->currentData().toInt());
        o.value = parseValue(m_table->item(r, ValueColumn)->text());
        bool hasCap = false;
        const double cap = m_table->item(r, AmountColumn)->text().toDouble(&hasCap);
        o.capTier = columnItem->data(Qt::UserRole + 3).toString();
        o.cap = hasCap || o.capTier.isEmpty() ? std::optional<double>(cap) : std::nullopt;
        o.reason = m_table->item(r, TextColumn)->text().trimmed();
        out.push_back(std::move(o));
    }
    return out;
}

} // namespace tierlab::ui
