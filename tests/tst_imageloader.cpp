#include "imaging/imageloader.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QImage testImage(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int x = 0; x < w; ++x)
        image.setPixel(x, h / 2, qRgb(0, 0, 0));
    return image;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= static_cast<quint8>(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xffffffffu;
}

QImage noisyImage(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    quint32 seed = 12345;
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            seed = seed * 1103515245u + 12345u;
            image.setPixel(x, y, seed >> 8);
        }
    }
    return image;
}

// A PNG whose header claims a huge size: the loader must refuse it from the header alone.
QByteArray pngWithHeaderSize(quint32 w, quint32 h)
{
    QByteArray png = encode(testImage(4, 4), "png");
    auto put32 = [&](int offset, quint32 v) {
        png[offset] = static_cast<char>((v >> 24) & 0xff);
        png[offset + 1] = static_cast<char>((v >> 16) & 0xff);
        png[offset + 2] = static_cast<char>((v >> 8) & 0xff);
        png[offset + 3] = static_cast<char>(v & 0xff);
    };
    put32(16, w);
    put32(20, h);
    put32(29, crc32(png.mid(12, 17))); // IHDR type + data, so only the size is "wrong"
    return png;
}

} // namespace

class TestImageLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadData_data();
    void loadData();
    void files();
    void limits();
};

void TestImageLoader::loadData_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("png") << encode(testImage(64, 48), "png") << QStringLiteral("png") << QSize(64, 48) << QString();
    QTest::newRow("jpeg") << encode(testImage(30, 20), "jpeg") << QStringLiteral("jpeg") << QSize(30, 20) << QString();
    QTest::newRow("bmp") << encode(testImage(8, 8), "bmp") << QStringLiteral("bmp") << QSize(8, 8) << QString();
    QTest::newRow("text") << QByteArray("just some text, not an image") << QString() << QSize()
                          << QStringLiteral("not an image");
    QTest::newRow("empty") << QByteArray() << QString() << QSize() << QStringLiteral("not an image");
    QTest::newRow("truncated png") << [] { const QByteArray png = encode(noisyImage(256, 256), "png"); return png.left(png.size() / 2); }() << QString() << QSize()
                                   << QStringLiteral("could not be decoded");
    QTest::newRow("huge header") << pngWithHeaderSize(100000, 100000) << QString() << QSize()
                                 << QStringLiteral("too large: 100000 × 100000");
}

void TestImageLoader::loadData()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, format);
    QFETCH(QSize, size);
    QFETCH(QString, errorContains);

    const ImageLoader::Result result = ImageLoader::loadData(data);
    if (errorContains.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(QString::fromLatin1(result.format), format);
        QCOMPARE(result.size, size);
        QCOMPARE(result.image.size(), size);
    } else {
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
        QVERIFY(result.image.isNull());
    }
}

void TestImageLoader::files()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sketch.png"));
    QVERIFY(testImage(120, 80).save(path));
    const ImageLoader::Result probe = ImageLoader::probeFile(path);
    QVERIFY(probe.ok());
    QCOMPARE(probe.size, QSize(120, 80));
    QVERIFY(probe.image.isNull()); // the probe does not decode
    QCOMPARE(ImageLoader::loadFile(path).image.size(), QSize(120, 80));

    const ImageLoader::Result missing = ImageLoader::loadFile(dir.filePath(QStringLiteral("nope.png")));
    QVERIFY(missing.error.contains(QLatin1String("Cannot open nope.png")));
}

void TestImageLoader::limits()
{
    ImageLoader::Limits limits;
    limits.maxPixels = 100 * 100;
    QVERIFY(ImageLoader::loadData(encode(testImage(100, 100), "png"), limits).ok());
    const ImageLoader::Result tooMany = ImageLoader::loadData(encode(testImage(101, 100), "png"), limits);
    QVERIFY(tooMany.error.contains(QLatin1String("too large")));

    limits = ImageLoader::Limits();
    limits.maxFileBytes = 100;
    const ImageLoader::Result tooBig = ImageLoader::loadData(encode(testImage(200, 200), "bmp"), limits);
    QVERIFY2(tooBig.error.contains(QLatin1String("MB")), qPrintable(tooBig.error));
}

QTEST_GUILESS_MAIN(TestImageLoader)
#include "tst_imageloader.moc"
