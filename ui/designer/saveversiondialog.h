#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace tierlab::ui {

// Save Version: the version's name and a note (what changed and why), stored with the version in
// the workspace. OK stays disabled while the name is blank.
class SaveVersionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SaveVersionDialog(const QString &name, QWidget *parent = nullptr);

    QString name() const;
    QString note() const;
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tierlab::ui
