#include "imaging/pngchunks.h"

#include <QBuffer>
#include <QImage>
#include <QTest>
#include <QtEndian>

namespace {

QByteArray smallPng()
{
    QImage image(4, 3, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// The PNG with `chunk` put right after IHDR (8 bytes signature + 25 bytes IHDR chunk).
QByteArray withChunk(const QByteArray &png, const QByteArray &chunk)
{
    QByteArray out = png;
    out.insert(33, chunk);
    return out;
}

QByteArray textData(const char *keyword, const QByteArray &rest)
{
    return QByteArray(keyword) + '\0' + rest;
}

} // namespace

class TestPngChunks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAnImage();
    void refusesBrokenData_data();
    void refusesBrokenData();
    void marksWrongCrc();
    void madeChunkRoundTrips();
    void decodesTextKinds();
    void malformedTextIsSkipped();
    void textLatin1();
    void crc32();
};

void TestPngChunks::parsesAnImage()
{
    const QByteArray png = smallPng();
    const PngChunks::ParseResult parsed = PngChunks::parse(png);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QVERIFY(parsed.isPng);
    QCOMPARE(parsed.chunks.first().type, QByteArray("IHDR"));
    QCOMPARE(parsed.chunks.first().dataLength, 13);
    QCOMPARE(parsed.chunks.last().type, QByteArray("IEND"));
    for (const PngChunks::Chunk &chunk : parsed.chunks)
        QVERIFY(chunk.crcOk);
    QCOMPARE(parsed.chunks.last().offset + parsed.chunks.last().totalLength(), png.size());
}

void TestPngChunks::refusesBrokenData_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("isPng");
    const QByteArray png = smallPng();
    QTest::newRow("not a PNG") << QByteArray("GIF89a....") << false;
    QTest::newRow("truncated") << png.left(png.size() - 5) << true;
    QByteArray badType = png;
    badType[12] = '1';
    QTest::newRow("invalid chunk type") << badType << true;
    QByteArray huge = png;
    qToBigEndian<quint32>(0x7ffffff0U, huge.data() + 8);
    QTest::newRow("length beyond the data") << huge << true;
    QByteArray noHeader = png;
    noHeader.replace(12, 4, "ABCD");
    QTest::newRow("no IHDR first") << noHeader << true;
}

void TestPngChunks::refusesBrokenData()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, isPng);
    const PngChunks::ParseResult parsed = PngChunks::parse(data);
    QCOMPARE(parsed.isPng, isPng);
    QVERIFY(!parsed.error.isEmpty());
}

void TestPngChunks::marksWrongCrc()
{
    QByteArray png = smallPng();
    png[8 + 8 + 13] = static_cast<char>(png.at(8 + 8 + 13) ^ 0xFF);   // IHDR's CRC
    const PngChunks::ParseResult parsed = PngChunks::parse(png);
    QVERIFY(parsed.error.isEmpty());
    QVERIFY(!parsed.chunks.first().crcOk);
    QVERIFY(parsed.chunks.last().crcOk);
}

void TestPngChunks::madeChunkRoundTrips()
{
    const QByteArray chunk = PngChunks::makeChunk("tEXt", textData("Title", "Sketch"));
    QCOMPARE(chunk.size(), 12 + 12);
    QCOMPARE(chunk.mid(4, 4), QByteArray("tEXt"));
    const QByteArray png = withChunk(smallPng(), chunk);
    const PngChunks::ParseResult parsed = PngChunks::parse(png);
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.chunks.at(1).type, QByteArray("tEXt"));
    QVERIFY(parsed.chunks.at(1).crcOk);
    QCOMPARE(PngChunks::collectText(png, parsed).value(QStringLiteral("Title")), QStringLiteral("Sketch"));
}

void TestPngChunks::decodesTextKinds()
{
    QByteArray compressed = qCompress(QByteArray("packed text"));
    compressed.remove(0, 4);   // qCompress's size hint: PNG holds plain zlib data
    QCOMPARE(PngChunks::decodeText("tEXt", textData("k", "caf\xe9")), QStringLiteral("café"));
    QCOMPARE(PngChunks::decodeText("zTXt", textData("k", QByteArray(1, '\0') + compressed)),
             QStringLiteral("packed text"));
    QCOMPARE(PngChunks::decodeText("iTXt", textData("k", QByteArray("\0\0de\0Titel\0", 11) + "Stra\xc3\x9f" "e")),
             QStringLiteral("Straße"));
    QCOMPARE(PngChunks::decodeText("iTXt", textData("k", QByteArray("\1\0\0\0", 4) + compressed)),
             QStringLiteral("packed text"));
    QCOMPARE(PngChunks::textKeyword(textData("parameters", "x")), QStringLiteral("parameters"));
    QVERIFY(PngChunks::isTextChunk("zTXt"));
    QVERIFY(!PngChunks::isTextChunk("IDAT"));
}

void TestPngChunks::malformedTextIsSkipped()
{
    QVERIFY(!PngChunks::decodeText("tEXt", QByteArray("no keyword end")));
    QVERIFY(!PngChunks::decodeText("tEXt", textData("", "empty keyword")));
    QVERIFY(!PngChunks::decodeText("zTXt", textData("k", QByteArray("\0not zlib", 9))));
    QVERIFY(!PngChunks::decodeText("iTXt", textData("k", QByteArray("\0\0lang", 6))));
    QVERIFY(!PngChunks::decodeText("iTXt", textData("k", QByteArray("\2\0\0\0x", 5))));
    QVERIFY(PngChunks::textKeyword("no keyword end").isEmpty());

    // A text chunk with a wrong CRC is not read.
    QByteArray chunk = PngChunks::makeChunk("tEXt", textData("Title", "Sketch"));
    chunk[chunk.size() - 1] = static_cast<char>(chunk.at(chunk.size() - 1) ^ 1);
    const QByteArray png = withChunk(smallPng(), chunk);
    QVERIFY(!PngChunks::collectText(png, PngChunks::parse(png)).contains(QStringLiteral("Title")));
}

void TestPngChunks::textLatin1()
{
    QCOMPARE(PngChunks::toTextLatin1(QStringLiteral("naïve")), QByteArray("na\xefve"));
    QCOMPARE(PngChunks::toTextLatin1(QStringLiteral("日本 🏠")), QByteArray("?? ?"));
    QCOMPARE(PngChunks::toTextLatin1(QString(QChar(0)) + QStringLiteral("a")), QByteArray("a"));
}

void TestPngChunks::crc32()
{
    QCOMPARE(PngChunks::crc32(QByteArrayLiteral("123456789")), 0xCBF43926U);
    QCOMPARE(PngChunks::crc32(QByteArrayLiteral("IEND")), 0xAE426082U);
    QCOMPARE(PngChunks::crc32(QByteArrayLiteral("6789"), PngChunks::crc32(QByteArrayLiteral("12345"))),
             0xCBF43926U);
}

QTEST_GUILESS_MAIN(TestPngChunks)
#include "tst_pngchunks.moc"
