#include <QTest>

#include "providers/sseparser.h"

namespace
{
SseEvent sse(const QByteArray &data, const QByteArray &type = QByteArrayLiteral("message"),
               const QByteArray &id = QByteArray(), int retryMs = -1)
{
    SseEvent e;
    e.type = type;
    e.data = data;
    e.id = id;
    e.retryMs = retryMs;
    return e;
}

QList<SseEvent> parseWhole(const QByteArray &stream)
{
    SseParser parser;
    return parser.feed(stream);
}

QByteArray describe(const QList<SseEvent> &events)
{
    QByteArray text;
    for (const SseEvent &e : events)
        text += "[" + e.type + "|" + e.data + "|" + e.id + "|" + QByteArray::number(e.retryMs) + "]";
    return text;
}
} // namespace

Q_DECLARE_METATYPE(SseEvent)

class TestSseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeStreams_data();
    void wholeStreams();
    void everySplitGivesTheSameEvents_data();
    void everySplitGivesTheSameEvents();
    void byteByByte();
    void crThenLfInNextChunk();
    void eventOpenAtEndIsNotDispatched();
    void oversizedEventStops();
    void oversizedDataLinesStop();
    void resetStartsOver();
};

void TestSseParser::wholeStreams_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QList<SseEvent>>("expected");

    QTest::newRow("one event") << QByteArray("data: {\"status\":\"IN_QUEUE\"}\n\n")
                               << QList<SseEvent>{sse("{\"status\":\"IN_QUEUE\"}")};
    QTest::newRow("two events") << QByteArray("data: a\n\ndata: b\n\n")
                                << QList<SseEvent>{sse("a"), sse("b")};
    QTest::newRow("CRLF") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n")
                          << QList<SseEvent>{sse("a"), sse("b")};
    QTest::newRow("CR only") << QByteArray("data: a\r\rdata: b\r\r")
                             << QList<SseEvent>{sse("a"), sse("b")};
    QTest::newRow("mixed endings") << QByteArray("data: a\r\ndata: b\n\r")
                                   << QList<SseEvent>{sse("a\nb")};
    QTest::newRow("multi-line data") << QByteArray("data: {\"a\":\ndata: 1}\n\n")
                                     << QList<SseEvent>{sse("{\"a\":\n1}")};
    QTest::newRow("comments and keep-alives")
        << QByteArray(": ping\n\n:\ndata: x\n: between\n\n") << QList<SseEvent>{sse("x")};
    QTest::newRow("no space after colon") << QByteArray("data:x\n\n") << QList<SseEvent>{sse("x")};
    QTest::newRow("only one space removed") << QByteArray("data:  x\n\n")
                                            << QList<SseEvent>{sse(" x")};
    QTest::newRow("field without colon") << QByteArray("data\n\n") << QList<SseEvent>{sse("")};
    QTest::newRow("empty data line") << QByteArray("data:\ndata:\n\n")
                                     << QList<SseEvent>{sse("\n")};
    QTest::newRow("event type, id, retry")
        << QByteArray("event: status\nid: 7\nretry: 1500\ndata: s\n\ndata: t\n\n")
        << QList<SseEvent>{sse("s", "status", "7", 1500), sse("t", "message", "7")};
    QTest::newRow("bad retry ignored") << QByteArray("retry: 15x\ndata: s\n\n")
                                       << QList<SseEvent>{sse("s")};
    QTest::newRow("id with NUL ignored") << QByteArray("id: 1\n\nid: a\0b\ndata: s\n\n", 24)
                                         << QList<SseEvent>{sse("s", "message", "1")};
    QTest::newRow("no data: nothing dispatched")
        << QByteArray("event: ping\n\nid: 3\n\n") << QList<SseEvent>();
    QTest::newRow("type resets after dispatch") << QByteArray("event: x\n\ndata: d\n\n")
                                                << QList<SseEvent>{sse("d")};
    QTest::newRow("unknown fields ignored") << QByteArray("foo: bar\ndata: d\n\n")
                                            << QList<SseEvent>{sse("d")};
    QTest::newRow("leading BOM") << QByteArray("\xEF\xBB\xBF" "data: d\n\n")
                                 << QList<SseEvent>{sse("d")};
    QTest::newRow("BOM only at the start")
        << QByteArray("data: d\n\n\xEF\xBB\xBF" "data: e\n\n")
        << QList<SseEvent>{sse("d")};   // "\xEF\xBB\xBFdata" is an unknown field
    QTest::newRow("UTF-8 kept as bytes") << QByteArray("data: caf\xC3\xA9\n\n")
                                         << QList<SseEvent>{sse("caf\xC3\xA9")};
    QTest::newRow("empty stream") << QByteArray() << QList<SseEvent>();
}

void TestSseParser::wholeStreams()
{
    QFETCH(QByteArray, stream);
    QFETCH(QList<SseEvent>, expected);
    const QList<SseEvent> events = parseWhole(stream);
    QCOMPARE(describe(events), describe(expected));
    QCOMPARE(events, expected);
}

void TestSseParser::everySplitGivesTheSameEvents_data()
{
    wholeStreams_data();
}

void TestSseParser::everySplitGivesTheSameEvents()
{
    // Any cut into three chunks, anywhere (inside CRLF, the BOM, a UTF-8 sequence), gives the
    // same events as the whole stream.
    QFETCH(QByteArray, stream);
    QFETCH(QList<SseEvent>, expected);
    for (qsizetype a = 0; a <= stream.size(); ++a) {
        for (qsizetype b = a; b <= stream.size(); ++b) {
            SseParser parser;
            QList<SseEvent> events = parser.feed(stream.left(a));
            events += parser.feed(stream.mid(a, b - a));
            events += parser.feed(stream.mid(b));
            if (events != expected)
                QFAIL(qPrintable(QStringLiteral("cut at %1 and %2: %3").arg(a).arg(b).arg(
                    QString::fromLatin1(describe(events)))));
        }
    }
}

void TestSseParser::byteByByte()
{
    const QByteArray stream("event: status\r\ndata: {\"status\":\"IN_PROGRESS\",\r\ndata: \"logs\":[]}"
                            "\r\n\r\n: keep-alive\r\n\r\ndata: {\"status\":\"COMPLETED\"}\r\n\r\n");
    SseParser parser;
    QList<SseEvent> events;
    for (const char c : stream)
        events += parser.feed(QByteArray(1, c));
    QCOMPARE(events, (QList<SseEvent>{sse("{\"status\":\"IN_PROGRESS\",\n\"logs\":[]}", "status"),
                                      sse("{\"status\":\"COMPLETED\"}")}));
    QCOMPARE(parser.pendingBytes(), 0);
}

void TestSseParser::crThenLfInNextChunk()
{
    // A CR at the end of one chunk and the LF at the start of the next are one line ending,
    // not an empty line: nothing is dispatched before the real blank line.
    SseParser parser;
    QVERIFY(parser.feed("data: a\r").isEmpty());
    QVERIFY(parser.feed("\ndata: b\r").isEmpty());
    QCOMPARE(parser.feed("\n\r\n"), QList<SseEvent>{sse("a\nb")});
}

void TestSseParser::eventOpenAtEndIsNotDispatched()
{
    SseParser parser;
    QVERIFY(parser.feed("data: {\"status\":\"COMPLETED\"}\n").isEmpty());
    QVERIFY(parser.pendingBytes() > 0);
}

void TestSseParser::oversizedEventStops()
{
    SseParser parser(1024);
    QCOMPARE(parser.feed("data: small\n\n"), QList<SseEvent>{sse("small")});
    // A line that never ends: the parser holds at most its limit, then gives up for good.
    const QByteArray noise(600, 'x');
    QVERIFY(parser.feed("data: " + noise).isEmpty());
    QVERIFY(!parser.overflowed());
    QVERIFY(parser.feed(noise).isEmpty());
    QVERIFY(parser.overflowed());
    QCOMPARE(parser.pendingBytes(), 0);
    QVERIFY(parser.feed("\n\ndata: after\n\n").isEmpty());
}

void TestSseParser::oversizedDataLinesStop()
{
    // Many short data lines add up to the same limit.
    SseParser parser(1024);
    QByteArray stream;
    for (int i = 0; i < 200; ++i)
        stream += "data: 0123456789\n";
    QVERIFY(parser.feed(stream).isEmpty());
    QVERIFY(parser.overflowed());
    QVERIFY(parser.pendingBytes() <= 1024);
}

void TestSseParser::resetStartsOver()
{
    SseParser parser(16);
    parser.feed("id: 5\ndata: 01234567890123456789");
    QVERIFY(parser.overflowed());
    parser.reset();
    QVERIFY(!parser.overflowed());
    QCOMPARE(parser.lastEventId(), QByteArray());
    QCOMPARE(parser.feed("data: ok\n\n"), QList<SseEvent>{sse("ok")});
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
