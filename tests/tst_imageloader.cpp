#include "imaging/imageloader.h"
#include "imaging/pngmetadata.h"
#include "testimages.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace TestImages;

namespace
{
constexpr qint64 kMiB = 1024 * 1024;

QByteArray cut(const QByteArray &bytes, double fraction = 0.5)
{
    return bytes.left(static_cast<qsizetype>(static_cast<double>(bytes.size()) * fraction));
}

bool near(QRgb a, QRgb b, int tolerance)
{
    return qAbs(qRed(a) - qRed(b)) <= tolerance && qAbs(qGreen(a) - qGreen(b)) <= tolerance
           && qAbs(qBlue(a) - qBlue(b)) <= tolerance;
}

// The colour at the centre of each quadrant: top-left, top-right, bottom-left, bottom-right.
QList<QRgb> quadrantColours(const QImage &image)
{
    const int w = image.width();
    const int h = image.height();
    return {image.pixel(w / 4, h / 4), image.pixel(3 * w / 4, h / 4), image.pixel(w / 4, 3 * h / 4),
            image.pixel(3 * w / 4, 3 * h / 4)};
}

const QRgb kRed = qRgb(255, 0, 0);
const QRgb kGreen = qRgb(0, 255, 0);
const QRgb kBlue = qRgb(0, 0, 255);
const QRgb kWhite = qRgb(255, 255, 255);

// gzip (RFC 1952) of `data`: what a .svgz file holds.
QByteArray gzip(const QByteArray &data)
{
    const QByteArray deflate = qCompress(data, 9).mid(6).chopped(4);   // raw deflate
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    const quint32 crc = PngMetadata::crc32(data);
    out += deflate;
    for (quint32 v : {crc, static_cast<quint32>(data.size())})
        for (int i = 0; i < 4; ++i)
            out += static_cast<char>((v >> (8 * i)) & 0xff);
    return out;
}

// Peak memory of `work` beyond what the process held before it; -1 when it cannot be told.
qint64 peakGrowth(const std::function<void()> &work)
{
    const qint64 before = residentBytes();
    if (!memoryFiguresAreMeaningful() || !resetPeak()) {
        work();
        return -1;
    }
    work();
    return peakResidentBytes() - before;
}
} // namespace

class TestImageLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refused_data();
    void refused();
    void everyFormatKeepsItsColours_data();
    void everyFormatKeepsItsColours();
    void wrongExtension();
    void exifOrientation_data();
    void exifOrientation();
    void cmykAndYcckJpeg_data();
    void cmykAndYcckJpeg();
    void alphaKept();
    void animatedGifGivesFirstFrame();
    void bombsCostNoMemory_data();
    void bombsCostNoMemory();
    void svgRenderedAtModelSize();
    void files();
    void limits();
    void downscaledWhileReading_data();
    void downscaledWhileReading();
    void notDownscaled();
};

void TestImageLoader::refused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("errorContains");

    const QImage pixels = noise(256, 256);
    QTest::newRow("text") << QByteArray("just some text, not an image") << QStringLiteral("not an image");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not an image");
    for (const char *format : {"png", "jpeg", "webp", "tiff", "bmp"}) {
        const QByteArray bytes = encode(pixels, format, format == QByteArray("jpeg") ? 90 : -1);
        QTest::addRow("%s cut in half", format) << cut(bytes) << QStringLiteral("incomplete");
        QTest::addRow("%s missing its last bytes", format) << cut(bytes, 0.98) << QStringLiteral("incomplete");
    }
    QTest::newRow("jpeg without its end marker") << encode(pixels, "jpeg", 90).chopped(2)
                                                 << QStringLiteral("incomplete");
    QTest::newRow("progressive jpeg cut") << [] {
        // Qt writes baseline JPEGs; a cut right after the first scan still lacks EOI.
        const QByteArray jpeg = encode(noise(64, 64), "jpeg", 90);
        return jpeg.left(jpeg.indexOf("\xFF\xDA") + 40);
    }() << QStringLiteral("incomplete");
    QTest::newRow("gif cut in its first frame") << cut(gif(QSize(64, 64), 1)) << QStringLiteral("incomplete");
    QTest::newRow("png header only") << encode(pixels, "png").left(33) << QStringLiteral("incomplete");
    QTest::newRow("png giant dimensions") << pngWithHeaderSize(100000, 100000)
                                          << QStringLiteral("too large: 100000 × 100000");
    QTest::newRow("png 12000 x 12000") << pngWithHeaderSize(12000, 12000)
                                       << QStringLiteral("too large: 12000 × 12000 pixels (144.0 megapixels)");
    QTest::newRow("gif giant screen") << [] {
        QByteArray g = gif(QSize(8, 8), 1);
        g.replace(6, 4, QByteArray("\x60\xEA\x60\xEA", 4));   // 60000 x 60000
        return g;
    }() << QStringLiteral("too large: 60000 × 60000");
    QTest::newRow("bmp giant header") << [] {
        QByteArray b = encode(quadrants(8, 8), "bmp");
        b.replace(18, 8, QByteArray("\xA0\x86\x01\x00\xA0\x86\x01\x00", 8));   // 100000 x 100000
        return b;
    }() << QStringLiteral("too large: 100000 × 100000");
    QTest::newRow("jpeg giant frame") << [] {
        QByteArray j = encode(quadrants(8, 8), "jpeg");
        const qsizetype sof = j.indexOf("\xFF\xC0");
        j.replace(sof + 5, 4, QByteArray("\xFD\xE8\xFD\xE8", 4));   // 65000 x 65000
        return j;
    }() << QStringLiteral("too large: 65000 × 65000");
    QTest::newRow("ppm") << encode(quadrants(8, 8), "ppm") << QStringLiteral("is a PPM file");
    QTest::newRow("svgz") << gzip(svg(100, 100)) << QStringLiteral("compressed SVG");
    QTest::newRow("svg with an outside image")
        << svg(100, 100, "<image xlink:href=\"file:///etc/passwd\" width=\"10\" height=\"10\"/>")
        << QStringLiteral("refers to an outside file (file:///etc/passwd)");
    QTest::newRow("svg with an outside link")
        << svg(100, 100, "<use href=\"https://example.invalid/x.svg#a\"/>") << QStringLiteral("outside file");
    QTest::newRow("svg with entities")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\">"
                      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><svg xmlns=\"http://www.w3.org/"
                      "2000/svg\"><text>&b;</text></svg>")
        << QStringLiteral("declares XML entities");
    QTest::newRow("svg cut off") << cut(svg(100, 100), 0.6) << QStringLiteral("not a valid SVG file");
}

void TestImageLoader::refused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, errorContains);
    const ImageLoader::Result result = ImageLoader::loadData(data);
    QVERIFY2(!result.ok(), result.format.constData());
    QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
    QVERIFY(result.image.isNull());
}

void TestImageLoader::everyFormatKeepsItsColours_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<int>("tolerance");

    const QImage rgb = quadrants(64, 48);
    QTest::newRow("png") << encode(rgb, "png") << QByteArray("png") << 0;
    QTest::newRow("jpeg") << encode(rgb, "jpeg", 95) << QByteArray("jpeg") << 24;
    QTest::newRow("webp lossless") << encode(rgb, "webp", 100) << QByteArray("webp") << 0;
    QTest::newRow("webp lossy") << encode(rgb, "webp", 80) << QByteArray("webp") << 40;
    QTest::newRow("tiff") << encode(rgb, "tiff") << QByteArray("tiff") << 0;
    QTest::newRow("bmp") << encode(rgb, "bmp") << QByteArray("bmp") << 0;
    QTest::newRow("png 16-bit") << encode(quadrants(64, 48, QImage::Format_RGBA64), "png")
                                << QByteArray("png") << 0;
    QTest::newRow("png palette") << encode(quadrants(64, 48, QImage::Format_Indexed8), "png")
                                 << QByteArray("png") << 0;
    QTest::newRow("png with text chunks")
        << insertBeforeIdat(encode(rgb, "png"), pngChunk("tEXt", QByteArrayLiteral("Comment\0hello"))
                                                    + pngChunk("iTXt", QByteArrayLiteral("XML:com.adobe.xmp\0\0\0\0\0<x/>")))
        << QByteArray("png") << 0;
    QTest::newRow("png with data after IEND") << encode(rgb, "png") + QByteArray(100, 'x')
                                              << QByteArray("png") << 0;
}

void TestImageLoader::everyFormatKeepsItsColours()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, format);
    QFETCH(int, tolerance);
    const ImageLoader::Result result = ImageLoader::loadData(data);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.format, format);
    QCOMPARE(result.size, QSize(64, 48));
    const QList<QRgb> colours = quadrantColours(result.image);
    const QList<QRgb> expected{kRed, kGreen, kBlue, kWhite};
    for (int i = 0; i < 4; ++i)
        QVERIFY2(near(colours.at(i), expected.at(i), tolerance),
                 qPrintable(QStringLiteral("quadrant %1: %2").arg(i).arg(colours.at(i), 8, 16)));
}

void TestImageLoader::wrongExtension()
{
    // The content decides, not the name: a PNG called .jpg and a WebP called .png load.
    QTemporaryDir dir;
    const QString fakeJpeg = dir.filePath(QStringLiteral("photo.jpg"));
    const QString fakePng = dir.filePath(QStringLiteral("sketch.png"));
    for (const auto &[path, format] : {std::pair{fakeJpeg, QByteArray("png")},
                                       std::pair{fakePng, QByteArray("webp")}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(encode(quadrants(32, 32), format.constData(), 100));
        file.close();
        const ImageLoader::Result probe = ImageLoader::probeFile(path);
        QVERIFY2(probe.ok(), qPrintable(probe.error));
        QCOMPARE(probe.format, format);
        const ImageLoader::Result loaded = ImageLoader::loadFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.format, format);
        QCOMPARE(quadrantColours(loaded.image).first(), kRed);
    }
}

void TestImageLoader::exifOrientation_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QList<QRgb>>("colours");
    // The camera stored the picture 80 x 60 with red top-left; the EXIF tag says how to turn it.
    QTest::newRow("1 upright") << 1 << QSize(80, 60) << QList<QRgb>{kRed, kGreen, kBlue, kWhite};
    QTest::newRow("3 upside down") << 3 << QSize(80, 60) << QList<QRgb>{kWhite, kBlue, kGreen, kRed};
    QTest::newRow("6 rotate 90 cw") << 6 << QSize(60, 80) << QList<QRgb>{kBlue, kRed, kWhite, kGreen};
    QTest::newRow("8 rotate 90 ccw") << 8 << QSize(60, 80) << QList<QRgb>{kGreen, kWhite, kRed, kBlue};
}

void TestImageLoader::exifOrientation()
{
    QFETCH(int, orientation);
    QFETCH(QSize, size);
    QFETCH(QList<QRgb>, colours);
    const QByteArray jpeg = withExifOrientation(encode(quadrants(80, 60), "jpeg", 95), orientation);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("phone.jpg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(jpeg);
    file.close();

    QCOMPARE(ImageLoader::probeFile(path).size, size);
    const ImageLoader::Result loaded = ImageLoader::loadFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.size, size);
    const QList<QRgb> got = quadrantColours(loaded.image);
    for (int i = 0; i < 4; ++i)
        QVERIFY2(near(got.at(i), colours.at(i), 24), qPrintable(QString::number(got.at(i), 16)));
}

void TestImageLoader::cmykAndYcckJpeg_data()
{
    QTest::addColumn<bool>("ycck");
    QTest::newRow("cmyk") << false;
    QTest::newRow("ycck") << true;
}

void TestImageLoader::cmykAndYcckJpeg()
{
    // Print files: cyan left half, magenta+yellow (red) right half, 50 % black bottom row band.
    QFETCH(bool, ycck);
    const QByteArray jpeg = cmykJpeg(QSize(64, 64), [](int x, int y) -> QList<int> {
        if (y >= 48)
            return {0, 0, 0, 128};
        return x < 32 ? QList<int>{255, 0, 0, 0} : QList<int>{0, 255, 255, 0};
    }, ycck);
    QVERIFY(jpeg.size() > 100);
    const ImageLoader::Result result = ImageLoader::loadData(jpeg);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.format, QByteArray("jpeg"));
    QCOMPARE(result.size, QSize(64, 64));
    QVERIFY2(near(result.image.pixel(16, 16), qRgb(0, 255, 255), 12),
             qPrintable(QString::number(result.image.pixel(16, 16), 16)));
    QVERIFY2(near(result.image.pixel(48, 16), qRgb(255, 0, 0), 12),
             qPrintable(QString::number(result.image.pixel(48, 16), 16)));
    QVERIFY2(near(result.image.pixel(32, 56), qRgb(127, 127, 127), 12),
             qPrintable(QString::number(result.image.pixel(32, 56), 16)));
}

void TestImageLoader::alphaKept()
{
    // The loader keeps alpha (ImagePreparer lays it over white for the upload).
    QImage image(16, 16, QImage::Format_ARGB32);
    image.fill(qRgba(0, 0, 0, 0));
    image.setPixel(4, 4, qRgba(0, 0, 0, 255));
    const ImageLoader::Result result = ImageLoader::loadData(encode(image, "png"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.image.hasAlphaChannel());
    QCOMPARE(qAlpha(result.image.pixel(0, 0)), 0);
    QCOMPARE(result.image.pixel(4, 4), qRgba(0, 0, 0, 255));

    const ImageLoader::Result grey = ImageLoader::loadData(
        encode(quadrants(16, 16, QImage::Format_Grayscale8), "png"));
    QVERIFY2(grey.ok(), qPrintable(grey.error));
    QVERIFY(grey.image.isGrayscale());
}

void TestImageLoader::animatedGifGivesFirstFrame()
{
    const ImageLoader::Result one = ImageLoader::loadData(gif(QSize(20, 10), 1));
    QVERIFY2(one.ok(), qPrintable(one.error));
    QCOMPARE(one.format, QByteArray("gif"));
    QCOMPARE(one.size, QSize(20, 10));
    QCOMPARE(one.image.pixel(5, 5), qRgb(0, 0, 0));

    // Thousands of frames: only the first is decoded, quickly and with no memory to speak of.
    const QByteArray animation = gif(QSize(16, 16), 5000);
    ImageLoader::Result many;
    const qint64 growth = peakGrowth([&] { many = ImageLoader::loadData(animation); });
    QVERIFY2(many.ok(), qPrintable(many.error));
    QCOMPARE(many.size, QSize(16, 16));
    QCOMPARE(many.image.pixel(8, 8), qRgb(0, 0, 0));
    QVERIFY2(growth < 16 * kMiB, qPrintable(QString::number(growth)));   // -1: not measured

    // A frame cut short after the first one still gives the complete first frame.
    const QByteArray twoFrames = gif(QSize(16, 16), 2);
    const ImageLoader::Result partial = ImageLoader::loadData(twoFrames.chopped(20));
    QVERIFY2(partial.ok(), qPrintable(partial.error));
}

void TestImageLoader::bombsCostNoMemory_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("loads");
    const QByteArray png = encode(quadrants(64, 48), "png");
    QTest::newRow("12000 x 12000 header") << pngWithHeaderSize(12000, 12000) << false;
    QTest::newRow("zTXt inflating to 64 MiB") << insertBeforeIdat(png, zTxtBomb(64 * kMiB)) << true;
    const QByteArray smallBomb = zTxtBomb(8 * kMiB);
    QByteArray chunks;
    for (int i = 0; i < 1000; ++i)
        chunks += smallBomb;
    QTest::newRow("1000 zTXt chunks of 8 MiB each") << insertBeforeIdat(png, chunks) << true;
    QByteArray profile(64 * kMiB, '\0');
    profile.replace(0, 4, QByteArray("\x04\x00\x00\x00", 4));   // says 64 MiB
    QTest::newRow("iCCP inflating to 64 MiB") << insertBeforeIdat(png, iccpChunk(profile)) << true;
    QByteArray giant(2 * kMiB, '\0');
    for (qsizetype i = 0; i < giant.size(); ++i)
        giant[i] = static_cast<char>((i * 7919) ^ (i >> 7));
    QTest::newRow("iCCP of 2 MiB") << insertBeforeIdat(png, pngChunk("iCCP", QByteArrayLiteral("ICC\0\0") + giant)) << true;
}

void TestImageLoader::bombsCostNoMemory()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, loads);
    ImageLoader::Result result;
    const qint64 growth = peakGrowth([&] { result = ImageLoader::loadData(data); });
    QCOMPARE(result.ok(), loads);
    if (loads) {
        QCOMPARE(result.size, QSize(64, 48));
        QCOMPARE(quadrantColours(result.image).first(), kRed);
    } else {
        QVERIFY(result.error.contains(QLatin1String("too large")));
    }
    if (growth >= 0) {
        // Beyond a copy of the file, the loader needs little more than the decoded pixels.
        QVERIFY2(growth < data.size() + 16 * kMiB,
                 qPrintable(QStringLiteral("peak grew by %1 MiB").arg(growth / kMiB)));
    }
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("bomb.png")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    ImageLoader::Result probe;
    const qint64 probeGrowth = peakGrowth([&] { probe = ImageLoader::probeFile(file.fileName()); });
    QCOMPARE(probe.ok(), loads);
    if (probeGrowth >= 0)
        QVERIFY2(probeGrowth < 8 * kMiB, qPrintable(QString::number(probeGrowth)));
}

void TestImageLoader::svgRenderedAtModelSize()
{
    const QByteArray drawing = svg(200, 100);
    const ImageLoader::Result result = ImageLoader::loadData(drawing);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.format, QByteArray("svg"));
    QCOMPARE(result.size, QSize(2048, 1024));
    QCOMPARE(result.image.size(), QSize(2048, 1024));
    QVERIFY(near(result.image.pixel(100, 100), kRed, 0));
    QVERIFY(near(result.image.pixel(1800, 200), kWhite, 0));

    ImageLoader::Limits limits;
    limits.vectorSide = 300;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sketch.svg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(drawing);
    file.close();
    QCOMPARE(ImageLoader::probeFile(path, limits).size, QSize(300, 150));
    QCOMPARE(ImageLoader::loadFile(path, limits).image.size(), QSize(300, 150));
    // A drawing with a comment before <svg> is still recognised.
    const QByteArray commented = "<!-- " + QByteArray(5000, 'c') + " -->\n" + drawing.mid(drawing.indexOf("<svg"));
    QVERIFY2(ImageLoader::loadData(commented, limits).ok(), qPrintable(ImageLoader::loadData(commented, limits).error));
}

void TestImageLoader::files()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sketch.png"));
    QVERIFY(quadrants(120, 80).save(path));
    const ImageLoader::Result probe = ImageLoader::probeFile(path);
    QVERIFY(probe.ok());
    QCOMPARE(probe.size, QSize(120, 80));
    QVERIFY(probe.image.isNull()); // the probe does not decode
    QCOMPARE(ImageLoader::loadFile(path).image.size(), QSize(120, 80));

    const ImageLoader::Result missing = ImageLoader::loadFile(dir.filePath(QStringLiteral("nope.png")));
    QVERIFY(missing.error.contains(QLatin1String("Cannot open nope.png")));

    const QString cutPath = dir.filePath(QStringLiteral("cut.jpg"));
    QFile cutFile(cutPath);
    QVERIFY(cutFile.open(QIODevice::WriteOnly));
    cutFile.write(cut(encode(noise(200, 200), "jpeg", 90)));
    cutFile.close();
    const ImageLoader::Result truncated = ImageLoader::loadFile(cutPath);
    QVERIFY2(truncated.error.startsWith(QLatin1String("cut.jpg is incomplete")),
             qPrintable(truncated.error));
}

void TestImageLoader::limits()
{
    ImageLoader::Limits limits;
    limits.maxPixels = 100 * 100;
    QVERIFY(ImageLoader::loadData(encode(quadrants(100, 100), "png"), limits).ok());
    const ImageLoader::Result tooMany = ImageLoader::loadData(encode(quadrants(101, 100), "png"), limits);
    QVERIFY(tooMany.error.contains(QLatin1String("too large")));

    limits = ImageLoader::Limits();
    limits.maxFileBytes = 100;
    const ImageLoader::Result tooBig = ImageLoader::loadData(encode(quadrants(200, 200), "bmp"), limits);
    QVERIFY2(tooBig.error.contains(QLatin1String("MB")), qPrintable(tooBig.error));

    limits = ImageLoader::Limits();
    limits.maxSvgBytes = 100;
    QVERIFY(ImageLoader::loadData(svg(10, 10), limits).error.contains(QLatin1String("SVG drawings up to")));
}

void TestImageLoader::downscaledWhileReading_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::newRow("png") << QByteArray("png");
    QTest::newRow("jpeg") << QByteArray("jpeg");
}

void TestImageLoader::downscaledWhileReading()
{
    QFETCH(QByteArray, format);
    // Small limits, so the oversized image is cheap: 400 × 200 against 100 × 100 pixels.
    ImageLoader::Limits limits;
    limits.maxPixels = 100 * 100;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.") + QString::fromLatin1(format));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(encode(quadrants(400, 200), format.constData(), 95));
    file.close();

    // Refused for its size only: a smaller copy can be had.
    const ImageLoader::Result probe = ImageLoader::probeFile(path, limits);
    QVERIFY(!probe.ok());
    QCOMPARE(probe.error, QStringLiteral("plan.%1 is too large: 400 × 200 pixels (0.1 megapixels). The "
                                         "limit is 0 megapixels and 16384 pixels per side.")
                              .arg(QString::fromLatin1(format)));
    QVERIFY(probe.canDownscale);
    QVERIFY(ImageLoader::loadFile(path, limits).canDownscale);

    const ImageLoader::Result scaled = ImageLoader::loadFileScaled(path, 100, limits);
    QVERIFY2(scaled.ok(), qPrintable(scaled.error));
    QCOMPARE(scaled.format, format);
    QCOMPARE(scaled.size, QSize(100, 50));
    QCOMPARE(scaled.image.size(), QSize(100, 50));
    const QList<QRgb> colours = quadrantColours(scaled.image);
    const QList<QRgb> expected = quadrantColours(quadrants(400, 200));
    for (int i = 0; i < 4; ++i)
        QVERIFY2(near(colours.at(i), expected.at(i), 24), qPrintable(QString::number(i)));
}

void TestImageLoader::notDownscaled()
{
    ImageLoader::Limits limits;
    limits.maxPixels = 100 * 100;
    QTemporaryDir dir;
    // BMP has no decoder that scales while reading: no copy without a whole decode.
    const QString bmp = dir.filePath(QStringLiteral("plan.bmp"));
    QVERIFY(quadrants(400, 200).save(bmp, "BMP"));
    QVERIFY(!ImageLoader::probeFile(bmp, limits).canDownscale);
    QCOMPARE(ImageLoader::loadFileScaled(bmp, 100, limits).error,
             QStringLiteral("plan.bmp cannot be made smaller without decoding it whole; save it smaller "
                            "as PNG or JPEG first."));

    // A header claiming far more than the limits is a bomb, not a sketch.
    const QString bomb = dir.filePath(QStringLiteral("bomb.png"));
    QFile file(bomb);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pngWithHeaderSize(100000, 100000));
    file.close();
    const ImageLoader::Result probe = ImageLoader::probeFile(bomb);
    QVERIFY(probe.error.contains(QLatin1String("too large")));
    QVERIFY(!probe.canDownscale);
    QVERIFY(!ImageLoader::loadFileScaled(bomb, 100).ok());

    // A damaged or unreadable file is not "too large".
    const QString broken = dir.filePath(QStringLiteral("broken.png"));
    QFile brokenFile(broken);
    QVERIFY(brokenFile.open(QIODevice::WriteOnly));
    brokenFile.write("not an image");
    brokenFile.close();
    QVERIFY(!ImageLoader::probeFile(broken).canDownscale);
}

QTEST_GUILESS_MAIN(TestImageLoader)
#include "tst_imageloader.moc"
