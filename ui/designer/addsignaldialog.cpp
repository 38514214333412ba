#include "addsignaldialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tierlab::ui {

AddSignalDialog::AddSignalDialog(const Model &model, const std::vector<SignalInfo> &columns, int category, QWidget *parent)
    : QDialog(parent), m_model(model), m_columns(columns)
{
    setObjectName(QStringLiteral("addSignalDialog"));
    setWindowTitle(tr("Add Signal"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_column = new QComboBox(this);
    m_column->setObjectName(QStringLiteral("signalColumn"));
    m_column->setToolTip(tr("The workspace signal it reads"));
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const SignalInfo &info = m_columns[i];
        const QString text = info.label.isEmpty() || info.label == info.id ? info.id : tr("%1 (%2)").arg(info.label, info.id);
        m_column->addItem(text, int(i));
    }
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("signalLabel"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("signalCategory"));
    for (const Category &c : model.categories)
        m_category->addItem(c.label.isEmpty() ? c.id : c.label, c.id);
    m_category->setCurrentIndex(std::max(0, category));
    form->addRow(tr("&Column:"), m_column);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("C&ategory:"), m_category);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_columns.empty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // The label follows the column until the user types one.
    const auto follow = [this] {
        if (m_label->isModified())
            return;
        const int i = m_column->currentData().toInt();
        if (i >= 0 && std::size_t(i) < m_columns.size())
            m_label->setText(m_columns[std::size_t(i)].label.isEmpty() ? m_columns[std::size_t(i)].id : m_columns[std::size_t(i)].label);
    };
    connect(m_column, &QComboBox::currentIndexChanged, this, follow);
    follow();
}

SignalRule AddSignalDialog::startingRule(SignalType type)
{
    SignalRule rule;
    switch (type) {
    case SignalType::Number:
        rule.kind = RuleKind::Percentile;
        break;
    case SignalType::Flag:
        rule.kind = RuleKind::Flag;
        break;
    case SignalType::Category:
        rule.kind = RuleKind::Map;
        break;
    }
    return rule;
}

Signal AddSignalDialog::signal() const
{
    Signal s;
    const int i = m_column->currentData().toInt();
    if (m_columns.empty() || i < 0 || std::size_t(i) >= m_columns.size())
        return s;
    const SignalInfo &info = m_columns[std::size_t(i)];
    // The column's id, numbered when the model already has a signal of that id.
    s.id = info.id;
    for (int n = 2; m_model.signalIndex(s.id) >= 0; ++n)
        s.id = QStringLiteral("%1_%2").arg(info.id).arg(n);
    s.column = s.id == info.id ? QString() : info.id;
    s.label = m_label->text().trimmed();
    s.category = m_category->currentData().toString();
    s.rule = startingRule(info.type);
    return s;
}

} // namespace tierlab::ui
