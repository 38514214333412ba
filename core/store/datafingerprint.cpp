#include "datafingerprint.h"

#include "store/workspace.h"

#include <QCryptographicHash>

namespace tierlab {

Result<QString> dataFingerprint(const Workspace &workspace)
{
    auto s = workspace.summary();
    if (!s)
        return std::unexpected(s.error());
    auto imports = workspace.imports();
    if (!imports)
        return std::unexpected(imports.error());
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto add = [&h](const QString &text) {
        h.addData(text.toUtf8());
        h.addData(QByteArrayView("\n"));
    };
    add(QStringLiteral("schema %1").arg(s->schemaVersion));
    add(QStringLiteral("accounts %1").arg(s->accounts));
    for (const auto &[date, rows] : s->accountsPerAsOf)
        add(QStringLiteral("as_of %1 %2").arg(date.toString(Qt::ISODate)).arg(rows));
    for (const SignalCoverage &c : s->signalCoverage)
        add(QStringLiteral("signal %1 %2 %3").arg(c.info.id, signalTypeName(c.info.type)).arg(c.present));
    for (const ImportRecord &i : *imports)
        add(QStringLiteral("import %1 %2").arg(i.kind, i.contentHash));
    return QString::fromLatin1(h.result().toHex());
}

} // namespace tierlab
