#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace tierlab::test {

// The SHA-256 of a file's bytes (empty when it cannot be read): "nothing was written" checks.
inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace tierlab::test
