#pragma once

#include <QMessageBox>

namespace tierlab::ui {

// A workspace that cannot be opened at start-up (locked by an import, damaged, read-only, newer):
// says which file and why, and offers what a user can do next instead of the window just leaving.
class WorkspaceErrorDialog : public QMessageBox
{
    Q_OBJECT

public:
    enum class Choice { Retry, OpenOther, OpenDemo, Quit };

    WorkspaceErrorDialog(const QString &path, const QString &reason, QWidget *parent = nullptr);

    QAbstractButton *buttonFor(Choice choice) const;
    // What was clicked; Quit when the dialog was closed otherwise.
    Choice choice() const;

private:
    QAbstractButton *m_retry = nullptr;
    QAbstractButton *m_other = nullptr;
    QAbstractButton *m_demo = nullptr;
    QAbstractButton *m_quit = nullptr;
};

} // namespace tierlab::ui
