#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QMenuBar;
class QTreeWidget;

namespace tierlab::ui {

// Help → Keyboard Shortcuts: every action of the menu bar that has a shortcut, grouped by menu, read
// from the menus when the dialog is built, so it lists exactly what the window has.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString menu;       // "File", or "File › Open Recent" for a submenu
        QString command;    // the action's text without its mnemonic
        QString shortcut;   // native text, several shortcuts joined by ", "
    };

    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    // What the menus hold (also what the dialog shows, in that order).
    static QList<Entry> entries(const QMenuBar *menuBar);
    QList<Entry> shownEntries() const { return m_entries; }
    QTreeWidget *tree() const { return m_tree; }

private:
    QList<Entry> m_entries;
    QTreeWidget *m_tree = nullptr;
};

} // namespace tierlab::ui
