#include "gettingstarteddialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QUrl>
#include <QVBoxLayout>

namespace tierlab::ui {

namespace {

const auto kReadme = QStringLiteral(":/help/README.md");
constexpr int kImageWidth = 820;

// Resized to the dialog: the README's screenshots are 1366 pixels wide.
void fitImages(QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            image.setWidth(kImageWidth);   // the height follows the aspect ratio
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

} // namespace

QString GettingStartedDialog::walkthrough(const QString &readme)
{
    const qsizetype first = readme.indexOf(QStringLiteral("\n## What it does"));
    qsizetype end = readme.indexOf(QStringLiteral("\n## Command line"));
    QString text = first < 0 ? readme : readme.mid(first + 1, end > first ? end - first - 1 : -1);
    // HTML comments mark blocks for the tests; they are no text.
    text.remove(QRegularExpression(QStringLiteral("<!--.*?-->\\n?")));
    // Images: the embedded copy, else their description.
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\(([^)\\s]+)\\)"));
    QString out;
    qsizetype at = 0;
    for (auto it = image.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(at, m.capturedStart() - at);
        const QString resource = QStringLiteral(":/help/") + m.captured(2);
        out += QFile::exists(resource) ? QStringLiteral("![%1](qrc%2)").arg(m.captured(1), resource) : m.captured(1);
        at = m.capturedEnd();
    }
    out += text.mid(at);
    // Links to the other documents (relative): their text, which names the file.
    static const QRegularExpression relativeLink(QStringLiteral("(?<!!)\\[([^\\]]*)\\]\\((?!https?:|qrc:)[^)]*\\)"));
    out.replace(relativeLink, QStringLiteral("\\1"));
    return out;
}

GettingStartedDialog::GettingStartedDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("gettingStartedDialog"));
    setWindowTitle(tr("Getting Started"));
    QFile readme(kReadme);
    m_markdown = readme.open(QIODevice::ReadOnly) ? walkthrough(QString::fromUtf8(readme.readAll()))
                                                  : tr("The README is missing from this build.");
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("gettingStartedBrowser"));
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == u"http" || url.scheme() == u"https")
            QDesktopServices::openUrl(url);
    });
    m_browser->setMarkdown(m_markdown);
    fitImages(m_browser->document());
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 700);
}

} // namespace tierlab::ui
