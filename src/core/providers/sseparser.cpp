#include "sseparser.h"

#include <algorithm>

namespace
{
const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");
} // namespace

SseParser::SseParser(qsizetype maxEventBytes)
    : m_maxEventBytes(std::max<qsizetype>(1, maxEventBytes))
{
}

void SseParser::reset()
{
    m_line.clear();
    m_data.clear();
    m_type.clear();
    m_lastId.clear();
    m_retryMs = -1;
    m_hasData = false;
    m_afterCr = false;
    m_started = false;
    m_overflowed = false;
}

QList<SseEvent> SseParser::feed(const QByteArray &chunk)
{
    QList<SseEvent> events;
    if (m_overflowed || chunk.isEmpty())
        return events;

    qsizetype pos = 0;
    if (!m_started) {
        // The BOM may itself arrive split: hold back a prefix of it until it is decided.
        m_line += chunk;
        if (m_line.size() < kBom.size() && kBom.startsWith(m_line))
            return events;
        m_started = true;
        const QByteArray head = m_line.startsWith(kBom) ? m_line.mid(kBom.size()) : m_line;
        m_line.clear();
        return head.isEmpty() ? events : feed(head);
    }

    const char *bytes = chunk.constData();
    const qsizetype size = chunk.size();
    while (pos < size && !m_overflowed) {
        if (m_afterCr) {
            m_afterCr = false;
            if (bytes[pos] == '\n') {
                ++pos;
                continue;
            }
        }
        // The next line terminator in this chunk.
        qsizetype end = pos;
        while (end < size && bytes[end] != '\n' && bytes[end] != '\r')
            ++end;
        if (m_line.size() + m_data.size() + (end - pos) > m_maxEventBytes) {
            m_overflowed = true;
            m_line.clear();
            m_data.clear();
            break;
        }
        m_line.append(bytes + pos, end - pos);
        if (end == size)
            break;   // the line goes on in the next chunk
        m_afterCr = bytes[end] == '\r';
        pos = end + 1;
        const QByteArray line = m_line;
        m_line.clear();
        processLine(line, &events);
    }
    return events;
}

void SseParser::processLine(const QByteArray &line, QList<SseEvent> *events)
{
    if (line.isEmpty()) {
        dispatch(events);
        return;
    }
    if (line.startsWith(':'))
        return;   // a comment (keep-alive)

    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);

    if (field == "data") {
        if (m_data.size() + value.size() + 1 > m_maxEventBytes) {
            m_overflowed = true;
            m_data.clear();
            return;
        }
        m_data += value;
        m_data += '\n';
        m_hasData = true;
    } else if (field == "event") {
        m_type = value;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = value;
    } else if (field == "retry") {
        bool digits = !value.isEmpty() && value.size() <= 9;
        for (const char c : std::as_const(value))
            digits = digits && c >= '0' && c <= '9';
        if (digits)
            m_retryMs = value.toInt();
    }
    // Any other field is ignored, as the standard says.
}

void SseParser::dispatch(QList<SseEvent> *events)
{
    if (m_hasData) {
        SseEvent event;
        if (!m_type.isEmpty())
            event.type = m_type;
        event.data = m_data;
        event.data.chop(1);   // the '\n' after the last data line
        event.id = m_lastId;
        event.retryMs = m_retryMs;
        events->append(event);
    }
    m_data.clear();
    m_type.clear();
    m_retryMs = -1;
    m_hasData = false;
}
