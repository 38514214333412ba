// The recent-workspaces list (File → Open Recent) and the start without arguments, which reopens the
// newest entry: unit tests of RecentWorkspaces, then the built tierlab with its own settings and data
// folders (XDG_CONFIG_HOME, XDG_DATA_HOME).
#include "recentworkspaces.h"

#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;
using ui::RecentWorkspaces;

class TestRecentWorkspaces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void labelsTellSameNamesApart();
    void noDuplicates();
    void keepsAtMostEight();
    void startReopensLastWorkspace();
    void startFallsBackToDemo();

private:
    // Runs `tierlab --screenshot` with a settings file whose recent list is `recent`.
    test::CliRun runWindow(const QStringList &recent);
    QString recentInSettings() const;

    QTemporaryDir m_dir;
    QString m_small;   // a small demo workspace made by the CLI
};

void TestRecentWorkspaces::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_small = m_dir.filePath(QStringLiteral("small.tierlab"));
    const auto made = test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), m_small, QStringLiteral("--accounts"),
                                    QStringLiteral("60"), QStringLiteral("--weeks"), QStringLiteral("6")});
    QVERIFY2(made.exitCode == 0, made.err.constData());
}

void TestRecentWorkspaces::init()
{
    RecentWorkspaces::clear();
}

void TestRecentWorkspaces::labelsTellSameNamesApart()
{
    const QString sep = QDir::separator();
    QCOMPARE(RecentWorkspaces::labels({QStringLiteral("/home/u/alpha/data/demo.tierlab"),
                                       QStringLiteral("/home/u/beta/data/demo.tierlab"),
                                       QStringLiteral("/home/u/other.tierlab")}),
             (QStringList{QStringLiteral("demo.tierlab — alpha") + sep + QStringLiteral("data"),
                          QStringLiteral("demo.tierlab — beta") + sep + QStringLiteral("data"),
                          QStringLiteral("other.tierlab")}));
    // The innermost folder is enough when it differs.
    QCOMPARE(RecentWorkspaces::labels({QStringLiteral("/w/a/demo.tierlab"), QStringLiteral("/w/b/demo.tierlab")}),
             (QStringList{QStringLiteral("demo.tierlab — a"), QStringLiteral("demo.tierlab — b")}));
    // One folder is the other's tail: where every folder is needed, the whole folder path.
    QCOMPARE(RecentWorkspaces::labels({QStringLiteral("/x/demo.tierlab"), QStringLiteral("/a/x/demo.tierlab")}),
             (QStringList{QStringLiteral("demo.tierlab — ") + QDir::toNativeSeparators(QStringLiteral("/x")),
                          QStringLiteral("demo.tierlab — ") + QDir::toNativeSeparators(QStringLiteral("/a/x"))}));
    QCOMPARE(RecentWorkspaces::labels({QStringLiteral("/only/one.tierlab")}), QStringList{QStringLiteral("one.tierlab")});
}

void TestRecentWorkspaces::noDuplicates()
{
    const QString file = m_dir.filePath(QStringLiteral("dup/one.tierlab"));
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    QVERIFY(QFile::copy(m_small, file));
    const QString link = m_dir.filePath(QStringLiteral("dup/link.tierlab"));
    QVERIFY(QFile::link(file, link));
    RecentWorkspaces::add(file);
    RecentWorkspaces::add(m_small);
    RecentWorkspaces::add(m_dir.filePath(QStringLiteral("dup/../dup/one.tierlab")));
    RecentWorkspaces::add(link);
    QCOMPARE(RecentWorkspaces::paths(), (QStringList{RecentWorkspaces::canonical(file), RecentWorkspaces::canonical(m_small)}));
    // A list an older Tierlab wrote, with the same file twice, reads back once.
    QSettings().setValue(QStringLiteral("recentWorkspaces"), QStringList{link, file, m_small});
    QCOMPARE(RecentWorkspaces::paths(), (QStringList{RecentWorkspaces::canonical(file), RecentWorkspaces::canonical(m_small)}));
    QCOMPARE(RecentWorkspaces::mostRecent(), RecentWorkspaces::canonical(file));
}

void TestRecentWorkspaces::keepsAtMostEight()
{
    for (int i = 0; i < 12; ++i)
        RecentWorkspaces::add(m_dir.filePath(QStringLiteral("gone-%1.tierlab").arg(i)));
    const QStringList paths = RecentWorkspaces::paths();
    QCOMPARE(paths.size(), RecentWorkspaces::kMax);
    QCOMPARE(paths.front(), RecentWorkspaces::canonical(m_dir.filePath(QStringLiteral("gone-11.tierlab"))));
}

test::CliRun TestRecentWorkspaces::runWindow(const QStringList &recent)
{
    const QString config = m_dir.filePath(QStringLiteral("xdg-config"));
    {
        QSettings settings(config + QStringLiteral("/Tierlab/Tierlab.conf"), QSettings::IniFormat);
        settings.clear();
        settings.setValue(QStringLiteral("recentWorkspaces"), recent);
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TIERLAB_CLI), {QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("start.png")),
                                          QStringLiteral("--size"), QStringLiteral("900x600")});
    test::CliRun r;
    if (!p.waitForFinished(300000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString TestRecentWorkspaces::recentInSettings() const
{
    QSettings settings(m_dir.filePath(QStringLiteral("xdg-config/Tierlab/Tierlab.conf")), QSettings::IniFormat);
    const QStringList recent = settings.value(QStringLiteral("recentWorkspaces")).toStringList();
    return recent.isEmpty() ? QString() : recent.front();
}

void TestRecentWorkspaces::startReopensLastWorkspace()
{
    // The demo is there (a small stand-in, so nothing is generated): the window must still not pick it.
    const QString demo = m_dir.filePath(QStringLiteral("xdg-data/Tierlab/Tierlab/demo.tierlab"));
    QVERIFY(QDir().mkpath(QFileInfo(demo).absolutePath()));
    QFile::remove(demo);
    QVERIFY(QFile::copy(m_small, demo));
    const QString last = m_dir.filePath(QStringLiteral("last/work.tierlab"));
    QVERIFY(QDir().mkpath(QFileInfo(last).absolutePath()));
    QVERIFY(QFile::copy(m_small, last));

    const auto run = runWindow({last, demo});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(!run.errText().contains(QStringLiteral("tierlab:")), run.err.constData());
    // Opening puts a workspace first in the list: the last one was opened, not the demo.
    QCOMPARE(recentInSettings(), RecentWorkspaces::canonical(last));
}

void TestRecentWorkspaces::startFallsBackToDemo()
{
    const QString demo = m_dir.filePath(QStringLiteral("xdg-data/Tierlab/Tierlab/demo.tierlab"));
    QVERIFY(QDir().mkpath(QFileInfo(demo).absolutePath()));
    QFile::remove(demo);
    QVERIFY(QFile::copy(m_small, demo));
    const QString gone = m_dir.filePath(QStringLiteral("moved-away.tierlab"));

    const auto run = runWindow({gone});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.errText().contains(QStringLiteral("The last workspace, %1, no longer exists: opened the demo portfolio.")
                                        .arg(QDir::toNativeSeparators(gone))),
             run.err.constData());
    QCOMPARE(recentInSettings(), RecentWorkspaces::canonical(demo));
}

QTEST_MAIN(TestRecentWorkspaces)
#include "tst_recentworkspaces.moc"
