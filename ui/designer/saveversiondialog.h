#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tierlab::ui {

// What a version is saved with.
struct VersionText
{
    QString name;
    QString note;
};

// Save Version: the version's name and a note (what changed and why), stored with the version in
// the workspace. OK stays disabled while the name is blank.
class SaveVersionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SaveVersionDialog(const QString &name, QWidget *parent = nullptr);

    QString name() const;
    QString note() const;
    VersionText text() const { return {name(), note()}; }
    // A line above the fields saying why the version is saved (publishing, quitting).
    void setIntro(const QString &intro);
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QLabel *m_intro = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tierlab::ui
