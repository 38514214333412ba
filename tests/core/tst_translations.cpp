// The German translation: strings of the core and the CLI reach the user in German, and the .ts file keeps
// placeholders, accelerators and translation contexts intact. Contexts matter because a string filed by lupdate
// under another context than the one used at run time is never translated, silently.
#include "io/csvreader.h"
#include "model/modelfile.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// LANGUAGE alone selects the UI language for Qt (QLocale::uiLanguages), so no German glibc locale is needed.
Run runCli(const QStringList &args, const QString &language)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANGUAGE"_s, language);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LANG"_s);
    env.remove(u"LC_MESSAGES"_s);
    // Without a subcommand Tierlab would open its window on a display; without one it prints instead.
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TIERLAB_CLI), args);
    Run r;
    if (!p.waitForFinished(300000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations;   // one, or one per numerus form
    bool finished = false;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    TsMessage current;
    bool inTranslation = false;
    bool numerus = false;
    QString text;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == "name"_L1) {
                context = xml.readElementText();
            } else if (xml.name() == "message"_L1) {
                current = TsMessage{context, {}, {}, false};
            } else if (xml.name() == "source"_L1) {
                current.source = xml.readElementText();
            } else if (xml.name() == "translation"_L1) {
                current.finished = xml.attributes().value("type"_L1).isEmpty();
                inTranslation = true;
                numerus = false;
                text.clear();
            } else if (xml.name() == "numerusform"_L1) {
                numerus = true;
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isCharacters() && inTranslation) {
            text += xml.text();
        } else if (xml.isEndElement() && xml.name() == "translation"_L1) {
            inTranslation = false;
            if (!numerus)
                current.translations = {text};
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?\\d+|%n"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

int accelerators(const QString &text)
{
    static const QRegularExpression re(u"&(?!&)\\w"_s, QRegularExpression::UseUnicodePropertiesOption);
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cliInGerman_data();
    void cliInGerman();
    void coreErrorsInGerman_data();
    void coreErrorsInGerman();
    void tsKeepsPlaceholdersAndAccelerators();
    void tsHasNoHelperContexts_data();
    void tsHasNoHelperContexts();
    void tsHasMostVisibleStringsTranslated_data();
    void tsHasMostVisibleStringsTranslated();
    void englishPluralsComplete();

private:
    QTemporaryDir m_dir;
    QString m_missing;
    QString m_text;
    QList<TsMessage> m_ts;
    QString m_tsError;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_missing = m_dir.filePath(u"missing.tierlab"_s);
    m_text = m_dir.filePath(u"text.tierlab"_s);
    QFile f(m_text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("account_id,arr\nA,1\n");
    f.close();
    m_ts = readTs(QStringLiteral(TIERLAB_SOURCE_DIR "/translations/tierlab_de.ts"), &m_tsError);
}

void TestTranslations::cliInGerman_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("german");    // in stdout (exit 0) or stderr, with LANGUAGE=de
    QTest::addColumn<QString>("english");   // the same place with LANGUAGE=en: proves the German comes from the .qm

    QTest::newRow("help") << QStringList{u"--help"_s} << 0 << u"\nBefehle:\n"_s << u"\nCommands:\n"_s;
    QTest::newRow("help usage") << QStringList{u"--help"_s} << 0
                                << u"Aufruf: tierlab [--workspace DATEI] [--model DATEI.json]"_s
                                << u"Usage: tierlab [--workspace FILE] [--model FILE.json]"_s;
    QTest::newRow("help synopsis") << QStringList{u"--help"_s} << 0
                                   << u"Was ein Arbeitsbereich enthält (--workspace DATEI [--json])"_s
                                   << u"What a workspace holds (--workspace FILE [--json])"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2
                                     << u"tierlab: unbekannter Befehl „frobnicate“"_s
                                     << u"tierlab: unknown command \"frobnicate\""_s;
    // Strings of app/cli/*command.cpp: these had a file-local tr() helper lupdate did not understand.
    QTest::newRow("summary usage") << QStringList{u"summary"_s} << 2
                                   << u"tierlab: summary: --workspace DATEI ist erforderlich"_s
                                   << u"tierlab: summary: --workspace FILE is required"_s;
    QTest::newRow("summary help") << QStringList{u"summary"_s, u"--help"_s} << 0
                                  << u"Zeigt, was ein Arbeitsbereich enthält: Konten, Momentaufnahmen, Signale und Ergebnisse."_s
                                  << u"Prints what a workspace holds: accounts, snapshots, signals and outcomes."_s;
    QTest::newRow("model action") << QStringList{u"model"_s} << 2
                                  << u"model: eine Aktion ist erforderlich (save, list, publish, export, validate, adapt, diff oder starter)"_s
                                  << u"model: an action is required (save, list, publish, export, validate, adapt, diff or starter)"_s;
    // No subcommand: the window path (app/launcher.cpp) installs the translator too.
    QTest::newRow("window path") << QStringList{u"--workspace"_s, m_missing} << 1
                                 << u"tierlab: "_s + m_missing + u": Datei nicht gefunden"_s
                                 << u"tierlab: "_s + m_missing + u": no such file"_s;
    // Core messages passed through by the CLI: core/store/workspace.cpp.
    QTest::newRow("summary missing file") << QStringList{u"summary"_s, u"--workspace"_s, m_missing} << 1
                                          << m_missing + u": Datei nicht gefunden"_s << m_missing + u": no such file"_s;
    QTest::newRow("summary not a workspace") << QStringList{u"summary"_s, u"--workspace"_s, m_text} << 1
                                             << m_text + u": kein Tierlab-Arbeitsbereich ("_s
                                             << m_text + u": not a Tierlab workspace ("_s;
}

void TestTranslations::cliInGerman()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, german);
    QFETCH(QString, english);

    const Run de = runCli(args, u"de"_s);
    QCOMPARE(de.exitCode, exitCode);
    const QString &deText = exitCode == 0 ? de.out : de.err;
    QVERIFY2(deText.contains(german), qPrintable(u"stdout: %1\nstderr: %2"_s.arg(de.out, de.err)));

    const Run en = runCli(args, u"en"_s);
    QCOMPARE(en.exitCode, exitCode);
    const QString &enText = exitCode == 0 ? en.out : en.err;
    QVERIFY2(enText.contains(english), qPrintable(u"stdout: %1\nstderr: %2"_s.arg(en.out, en.err)));
}

void TestTranslations::coreErrorsInGerman_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("expected");   // the German message starts with this
    QTest::newRow("workspace missing") << u"workspace-missing"_s << m_missing + u": Datei nicht gefunden"_s;
    QTest::newRow("workspace not a workspace") << u"workspace-text"_s << m_text + u": kein Tierlab-Arbeitsbereich ("_s;
    QTest::newRow("model file missing") << u"model-missing"_s << m_missing + u": Datei nicht gefunden"_s;
    QTest::newRow("model file not json") << u"model-not-json"_s << u"die Modelldatei ist kein gültiges JSON ("_s;
    QTest::newRow("csv missing") << u"csv-missing"_s << m_missing + u": die Datei kann nicht geöffnet werden: "_s;
}

// In process, with the .qm the build embeds into the tierlab executable (written next to it by lrelease).
void TestTranslations::coreErrorsInGerman()
{
    QFETCH(QString, which);
    QFETCH(QString, expected);
    const QString qm = QFileInfo(QStringLiteral(TIERLAB_CLI)).dir().filePath(u"../app/tierlab_de.qm"_s);
    if (!QFileInfo::exists(qm))
        QSKIP(qPrintable(u"%1 not found (lrelease output moved?)"_s.arg(qm)));
    QTranslator translator;
    QVERIFY(translator.load(qm));
    QVERIFY(QCoreApplication::installTranslator(&translator));

    QString message;
    if (which == u"workspace-missing")
        message = tierlab::Workspace::open(m_missing).error().message;
    else if (which == u"workspace-text")
        message = tierlab::Workspace::open(m_text).error().message;
    else if (which == u"model-missing")
        message = tierlab::ModelFile::load(m_missing).error().message;
    else if (which == u"model-not-json")
        message = tierlab::ModelFile::fromJson("{").error().message;
    else if (which == u"csv-missing")
        message = tierlab::CsvReader().open(m_missing).error().message;
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(message.startsWith(expected), qPrintable(message));
}

void TestTranslations::tsKeepsPlaceholdersAndAccelerators()
{
    QVERIFY2(m_tsError.isEmpty(), qPrintable(m_tsError));
    QVERIFY(m_ts.size() > 100);
    int finished = 0;
    for (const TsMessage &m : std::as_const(m_ts)) {
        if (!m.finished)
            continue;
        ++finished;
        for (const QString &t : m.translations) {
            const QString where = u"%1: \"%2\" -> \"%3\""_s.arg(m.context, m.source, t);
            QVERIFY2(!t.isEmpty(), qPrintable(where));
            QVERIFY2(placeholders(t) == placeholders(m.source), qPrintable(where));
            QVERIFY2(accelerators(t) == accelerators(m.source), qPrintable(where));
        }
    }
    QVERIFY(finished >= 400);
}

// A string under a namespace's context comes from a tr() that is no class member: a file-local helper whose run-time
// context lupdate cannot see.
void TestTranslations::tsHasNoHelperContexts_data()
{
    QTest::addColumn<QString>("context");
    for (const char *name : {"tierlab", "tierlab::app", "tierlab::cli", "tierlab::ui"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestTranslations::tsHasNoHelperContexts()
{
    QFETCH(QString, context);
    QVERIFY2(m_tsError.isEmpty(), qPrintable(m_tsError));
    QStringList sources;
    for (const TsMessage &m : std::as_const(m_ts))
        if (m.context == context)
            sources.append(m.source);
    QVERIFY2(sources.isEmpty(), qPrintable(sources.mid(0, 5).join(u" | "_s)));
}

void TestTranslations::tsHasMostVisibleStringsTranslated_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("german");
    QTest::newRow("menu file") << u"tierlab::ui::MainWindow"_s << u"&File"_s << u"&Datei"_s;
    QTest::newRow("page overview") << u"tierlab::ui::MainWindow"_s << u"Overview"_s << u"Übersicht"_s;
    QTest::newRow("page designer") << u"tierlab::ui::MainWindow"_s << u"Model designer"_s << u"Modell-Designer"_s;
    QTest::newRow("page review") << u"tierlab::ui::MainWindow"_s << u"Weekly review"_s << u"Wochenrückblick"_s;
    QTest::newRow("overview accounts") << u"tierlab::ui::OverviewPage"_s << u"Accounts"_s << u"Konten"_s;
    QTest::newRow("designer as of") << u"tierlab::ui::DesignerBar"_s << u"As of:"_s << u"Stichtag:"_s;
    QTest::newRow("weights") << u"tierlab::ui::WeightsPanel"_s << u"<b>Weights</b>"_s << u"<b>Gewichtungen</b>"_s;
    QTest::newRow("review renewal") << u"tierlab::ui::ReviewPage"_s << u"Renewal"_s << u"Verlängerung"_s;
    QTest::newRow("workspace locked") << u"Workspace"_s
                                      << u"%1: the workspace is locked by another program writing to it (a signal build or "
                                         "an import, say); try again once it has finished"_s
                                      << u"%1: der Arbeitsbereich ist von einem anderen Programm gesperrt, das in ihn "
                                         "schreibt (etwa ein Signal-Aufbau oder ein Import); bitte erneut versuchen, sobald es "
                                         "fertig ist"_s;
    QTest::newRow("import cancelled") << u"Import"_s << u"the import was cancelled; the workspace is unchanged"_s
                                      << u"der Import wurde abgebrochen; der Arbeitsbereich ist unverändert"_s;
}

void TestTranslations::tsHasMostVisibleStringsTranslated()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, german);
    QVERIFY2(m_tsError.isEmpty(), qPrintable(m_tsError));
    for (const TsMessage &m : std::as_const(m_ts)) {
        if (m.context == context && m.source == source) {
            QVERIFY(m.finished);
            QCOMPARE(m.translations, QStringList{german});
            return;
        }
    }
    QFAIL(qPrintable(u"not in the .ts: %1 / %2"_s.arg(context, source)));
}

// Every "%n …(s)" (or "%Ln", the count in the locale's digits) string has its two English forms in tierlab_en.ts (lupdate -pluralonly), so English
// reads "1 account" and "2 accounts", never "account(s)".
void TestTranslations::englishPluralsComplete()
{
    QString error;
    const QList<TsMessage> english = readTs(QStringLiteral(TIERLAB_SOURCE_DIR "/translations/tierlab_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    static const QRegularExpression count(u"%L?n"_s);
    int plurals = 0;
    for (const TsMessage &m : std::as_const(m_ts)) {
        if (!m.source.contains(count))
            continue;
        ++plurals;
        const auto it = std::find_if(english.begin(), english.end(),
                                     [&](const TsMessage &e) { return e.context == m.context && e.source == m.source; });
        QVERIFY2(it != english.end(), qPrintable(m.context + u": "_s + m.source));
        QVERIFY2(it->finished && it->translations.size() == 2, qPrintable(m.source));
        for (const QString &form : it->translations)
            QVERIFY2(form.contains(count) && !form.contains(u"(s)"_s) && !form.contains(u"(ies)"_s), qPrintable(form));
    }
    QVERIFY(plurals >= 20);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
