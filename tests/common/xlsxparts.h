#pragma once

// Reading an .xlsx back in tests: one part of the zip and the shared strings a spreadsheet shows.

#include <QByteArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace tierlab::test {

// One part of a zip (an .xlsx), through python3's zipfile or unzip -p; empty when neither exists.
inline QByteArray zipPart(const QString &zip, const QString &part)
{
    QProcess p;
    if (!QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty()) {
        p.start(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"),
                 zip, part});
    } else if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, part});
    } else {
        return {};
    }
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return "failed: " + p.readAllStandardError();
    return p.readAllStandardOutput();
}

inline bool canUnzip()
{
    return !QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty() ||
           !QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty();
}

// The text of every <t> of sharedStrings.xml, with OOXML's _xHHHH_ escapes (control characters)
// decoded: the strings a spreadsheet shows.
inline QStringList sharedStrings(const QByteArray &xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"t") {
            QString text = r.readElementText();
            QString decoded;
            qsizetype last = 0;
            for (auto it = escape.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                decoded += text.mid(last, m.capturedStart() - last) + QChar(m.captured(1).toUShort(nullptr, 16));
                last = m.capturedEnd();
            }
            out << decoded + text.mid(last);
        }
    }
    return out;
}

} // namespace tierlab::test
