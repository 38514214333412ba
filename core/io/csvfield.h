#pragma once

#include <QByteArray>
#include <QString>

namespace tierlab {

// Appends one CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, a quote or a
// line break; as it is otherwise.
inline void appendCsvField(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        QByteArray q = utf8;
        q.replace("\"", "\"\"");
        out += '"' + q + '"';
    } else {
        out += utf8;
    }
}

} // namespace tierlab
