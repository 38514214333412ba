#include "snapshotcodec.h"

#include <cmath>
#include <cstring>

namespace tierlab {

namespace {

template <typename T>
void append(QByteArray &out, T value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof(T));
}
} // namespace

SnapshotCodec::Builder::Builder()
{
    clear();
}

void SnapshotCodec::Builder::clear()
{
    m_data.resize(0);
    m_data.append(char(kVersion));
}

void SnapshotCodec::Builder::addNumber(int signalIndex, double value)
{
    if (std::isnan(value))
        return;
    append(m_data, std::uint16_t(signalIndex));
    append(m_data, kTagNumber);
    append(m_data, value);
}

void SnapshotCodec::Builder::addText(int signalIndex, const QString &value)
{
    if (value.isEmpty())
        return;
    const QByteArray utf8 = value.toUtf8();
    append(m_data, std::uint16_t(signalIndex));
    append(m_data, kTagText);
    append(m_data, std::uint32_t(utf8.size()));
    m_data.append(utf8);
}

} // namespace tierlab
