#include "oneshotbody.h"

#include <algorithm>
#include <cstring>

OneShotBody::OneShotBody(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_data(data)
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return (m_data.size() - m_position) + QIODevice::bytesAvailable();
}

bool OneShotBody::atEnd() const
{
    return m_position >= m_data.size() && QIODevice::bytesAvailable() == 0;
}

bool OneShotBody::reset()
{
    // An empty body never counts as untouched: the headers alone are the whole request.
    return m_position == 0 && !m_data.isEmpty();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_data.size() - m_position;
    if (left <= 0)
        return -1;
    const qint64 count = std::min(maxSize, left);
    std::memcpy(data, m_data.constData() + m_position, static_cast<size_t>(count));
    m_position += count;
    return count;
}
