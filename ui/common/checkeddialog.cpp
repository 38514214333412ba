#include "checkeddialog.h"

#include <QLabel>

namespace tierlab::ui {

QLabel *CheckedDialog::makeErrorLabel(const QString &objectName)
{
    m_error = new QLabel(this);
    m_error->setObjectName(objectName);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #A04000"));
    m_error->hide();
    return m_error;
}

void CheckedDialog::accept()
{
    if (const QString why = problem(); !why.isEmpty()) {
        if (m_error) {
            m_error->setText(why);
            m_error->show();
        }
        return;
    }
    QDialog::accept();
}

} // namespace tierlab::ui
