#pragma once

#include <QString>
#include <QStringList>

namespace tierlab::ui {

// File → Open Recent and the no-argument start: the recently opened workspaces, newest first, kept in
// QSettings ("recentWorkspaces") as canonical paths, so one file is listed once however it was reached.
class RecentWorkspaces
{
public:
    static constexpr int kMax = 8;

    // The list, newest first, without duplicates (also when an older Tierlab stored two spellings).
    static QStringList paths();
    // Puts `path` first (canonical), drops its other entries and keeps at most kMax.
    static void add(const QString &path);
    static void clear();
    // The newest entry (it may no longer exist), or empty when nothing was ever opened.
    static QString mostRecent();

    // The canonical form of `path`: symbolic links and "..", resolved when the file exists; else the
    // absolute, cleaned path.
    static QString canonical(const QString &path);

    // The menu text of each path (same order): the file name, and where two entries share it, the
    // shortest run of parent folders that tells them apart ("demo.tierlab — alpha/data").
    static QStringList labels(const QStringList &paths);
};

} // namespace tierlab::ui
