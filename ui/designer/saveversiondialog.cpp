#include "saveversiondialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tierlab::ui {

SaveVersionDialog::SaveVersionDialog(const QString &name, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("saveVersionDialog"));
    setWindowTitle(tr("Save Version"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("versionIntro"));
    m_intro->setWordWrap(true);
    m_intro->hide();
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("versionName"));
    m_name->selectAll();
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("versionNote"));
    m_note->setPlaceholderText(tr("What changed and why (optional)"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("N&ote:"), m_note);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!this->name().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, updateOk);
    updateOk();
    resize(420, sizeHint().height());
}

QString SaveVersionDialog::name() const
{
    return m_name->text().trimmed();
}

void SaveVersionDialog::setIntro(const QString &intro)
{
    m_intro->setText(intro);
    m_intro->setVisible(!intro.isEmpty());
    resize(width(), sizeHint().height());
}

QString SaveVersionDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace tierlab::ui
