#pragma once

#include <QByteArray>
#include <QList>

// One server-sent event as the WHATWG EventSource algorithm dispatches it.
struct SseEvent
{
    QByteArray type = QByteArrayLiteral("message");   // the "event:" field, "message" by default
    QByteArray data;                                  // "data:" lines joined with '\n'
    QByteArray id;                                    // the last "id:" seen so far in the stream
    int retryMs = -1;                                 // "retry:" of this event, -1 when absent

    bool operator==(const SseEvent &other) const
    {
        return type == other.type && data == other.data && id == other.id
               && retryMs == other.retryMs;
    }
};

// Parses a text/event-stream body fed in chunks split anywhere (inside a line, between CR and
// LF, inside a UTF-8 sequence). Follows the WHATWG "event stream interpretation": lines end with
// CRLF, LF or CR; a leading BOM is skipped; ":" lines are comments; "field: value" loses one
// space after the colon; several data lines are joined with '\n'; an event is dispatched at an
// empty line, and only when it has data. An event still open when the stream ends is dropped.
// Memory is bounded: when the unfinished line plus the event's data exceed maxEventBytes, the
// parser stops (overflowed()) and returns no further events.
// A pure value class: no I/O, no Qt event loop.
class SseParser
{
public:
    static constexpr qsizetype kDefaultMaxEventBytes = 4 * 1024 * 1024;

    explicit SseParser(qsizetype maxEventBytes = kDefaultMaxEventBytes);

    // The events completed by this chunk, in order.
    QList<SseEvent> feed(const QByteArray &chunk);
    // Back to the start of a new stream (the last event id is forgotten too).
    void reset();

    bool overflowed() const { return m_overflowed; }
    // Bytes held for the unfinished line and event.
    qsizetype pendingBytes() const { return m_line.size() + m_data.size(); }
    QByteArray lastEventId() const { return m_lastId; }

private:
    void processLine(const QByteArray &line, QList<SseEvent> *events);
    void dispatch(QList<SseEvent> *events);

    qsizetype m_maxEventBytes;
    QByteArray m_line;          // the current line, without its terminator
    QByteArray m_data;          // data lines of the current event, each followed by '\n'
    QByteArray m_type;
    QByteArray m_lastId;
    int m_retryMs = -1;
    bool m_hasData = false;
    bool m_afterCr = false;     // the last byte was CR: a following LF belongs to it
    bool m_started = false;     // past the optional BOM
    bool m_overflowed = false;
};
