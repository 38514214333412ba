#pragma once

#include <QDialog>
#include <QString>

class QTextBrowser;

namespace tierlab::ui {

// Help → Getting Started: the README's walkthrough in the app. The README itself is embedded at build
// time (:/help/README.md, the tierlab_help resource of tierlab_ui), so the dialog says what the README
// says: from "What it does" up to "Command line". Links to other documents become plain text; the
// README's screenshot of the designer is embedded too.
class GettingStartedDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);

    // The Markdown shown, made from the README's text: its sections from "What it does" up to
    // "Command line", without HTML comments, relative links as plain text.
    static QString walkthrough(const QString &readme);
    QString markdown() const { return m_markdown; }
    QTextBrowser *browser() const { return m_browser; }

private:
    QString m_markdown;
    QTextBrowser *m_browser = nullptr;
};

} // namespace tierlab::ui
