#include "recentworkspaces.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSettings>

#include <algorithm>

namespace tierlab::ui {

namespace {

const auto kKey = QStringLiteral("recentWorkspaces");

// The folders above the file, innermost last: "/home/a/x/demo.tierlab" → {"home", "a", "x"}.
QStringList parentFolders(const QString &path)
{
    QStringList parts = QDir::cleanPath(path).split(u'/', Qt::SkipEmptyParts);
    if (!parts.isEmpty())
        parts.removeLast();
    return parts;
}

// The last `count` folders of `folders`, or the whole folder path when there are not that many.
QString lastFolders(const QStringList &folders, qsizetype count, const QString &path)
{
    if (count >= folders.size())
        return QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    return QDir::toNativeSeparators(folders.mid(folders.size() - count).join(u'/'));
}

} // namespace

QString RecentWorkspaces::canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();   // empty when the file does not exist
    return resolved.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : resolved;
}

QStringList RecentWorkspaces::paths()
{
    QStringList unique;
    for (const QString &path : QSettings().value(kKey).toStringList()) {
        const QString c = canonical(path);
        if (!c.isEmpty() && !unique.contains(c))
            unique << c;
    }
    while (unique.size() > kMax)
        unique.removeLast();
    return unique;
}

void RecentWorkspaces::add(const QString &path)
{
    const QString c = canonical(path);
    QStringList recent = paths();
    recent.removeAll(c);
    recent.prepend(c);
    while (recent.size() > kMax)
        recent.removeLast();
    QSettings().setValue(kKey, recent);
}

void RecentWorkspaces::clear()
{
    QSettings().remove(kKey);
}

QString RecentWorkspaces::mostRecent()
{
    const QStringList recent = paths();
    return recent.isEmpty() ? QString() : recent.front();
}

QStringList RecentWorkspaces::labels(const QStringList &paths)
{
    QHash<QString, int> sameName;
    for (const QString &path : paths)
        ++sameName[QFileInfo(path).fileName()];
    QStringList out;
    out.reserve(paths.size());
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        if (sameName.value(name) < 2) {
            out << name;
            continue;
        }
        // The fewest trailing folders that no other entry of the same name ends with.
        const QStringList mine = parentFolders(path);
        qsizetype count = 1;
        for (; count < mine.size(); ++count) {
            const QStringList suffix = mine.mid(std::max<qsizetype>(0, mine.size() - count));
            bool clash = false;
            for (const QString &other : paths) {
                const QStringList theirs = parentFolders(other);
                if (other != path && QFileInfo(other).fileName() == name
                    && theirs.mid(std::max<qsizetype>(0, theirs.size() - count)) == suffix) {
                    clash = true;
                    break;
                }
            }
            if (!clash)
                break;
        }
        out << QCoreApplication::translate("RecentWorkspaces", "%1 — %2").arg(name, lastFolders(mine, count, path));
    }
    return out;
}

} // namespace tierlab::ui
