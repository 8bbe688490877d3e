#include "structure/structuremaps.h"
#include "structure/structurescore.h"
#include "structure/smoothscale.h"

#include "syntheticsketch.h"

#include <QImage>
#include <QPainter>
#include <QTest>

namespace {

int whitePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const uchar *line = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x)
            count += line[x] > 127 ? 1 : 0;
    }
    return count;
}

QImage square(int lineWidth, int contrast)
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(QPen(QColor(255 - contrast, 255 - contrast, 255 - contrast), lineWidth));
    p.drawRect(100, 75, 200, 150);
    return image;
}

} // namespace

class TestStructureMaps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smoothScaleAveragesAreas()
    {
        // A one-pixel black and white checkerboard shrunk four times is an even grey, as a
        // smooth reduction must give (a nearest-pixel one would give black or white).
        QImage checker(64, 64, QImage::Format_RGB32);
        for (int y = 0; y < 64; ++y) {
            for (int x = 0; x < 64; ++x)
                checker.setPixel(x, y, (x + y) % 2 ? qRgb(255, 255, 255) : qRgb(0, 0, 0));
        }
        const QImage small = SmoothScale::scaled(checker, QSize(16, 16));
        QCOMPARE(small.size(), QSize(16, 16));
        QCOMPARE(small.format(), QImage::Format_RGB32);
        for (const QPoint p : {QPoint(0, 0), QPoint(7, 9), QPoint(15, 15)})
            QVERIFY2(qAbs(qGray(small.pixel(p)) - 128) <= 1, qPrintable(QString::number(qGray(small.pixel(p)))));
        // Alpha stays (premultiplied), and an indexed image is converted first.
        QImage half(40, 20, QImage::Format_ARGB32);
        half.fill(qRgba(200, 0, 0, 255));
        for (int y = 0; y < 20; ++y) {
            for (int x = 20; x < 40; ++x)
                half.setPixel(x, y, qRgba(0, 0, 0, 0));
        }
        const QImage reduced = SmoothScale::scaled(half, QSize(4, 2));
        QCOMPARE(reduced.format(), QImage::Format_ARGB32_Premultiplied);
        QCOMPARE(qAlpha(reduced.pixel(0, 0)), 255);
        QCOMPARE(qAlpha(reduced.pixel(3, 1)), 0);
        QVERIFY(SmoothScale::scaled(QImage(), QSize(4, 4)).isNull());
        QCOMPARE(SmoothScale::scaled(checker.convertToFormat(QImage::Format_Indexed8), QSize(8, 8)).size(), QSize(8, 8));
    }

    void cannyIsWhiteEdgesOnBlack()
    {
        const QImage edges = StructureMaps::canny(square(4, 255), 60, 160);
        QCOMPARE(edges.format(), QImage::Format_Grayscale8);
        QCOMPARE(edges.size(), QSize(400, 300));
        QCOMPARE(edges.pixelColor(10, 10), QColor(Qt::black));
        // Both sides of the square's 4 px outline are edges; the inside is not.
        QVERIFY(whitePixels(edges) > 4 * 2 * 150);
        QCOMPARE(qGray(edges.pixel(200, 150)), 0);
        int onLeftSide = 0;
        for (int x = 90; x < 110; ++x)
            onLeftSide += qGray(edges.pixel(x, 150)) > 0 ? 1 : 0;
        QCOMPARE(onLeftSide, 2);
    }

    void thresholdsDecideWhichEdgesCount()
    {
        // A faint line (contrast 40) has a gradient below a high threshold of 200 but above 20.
        const QImage faint = square(4, 40);
        QCOMPARE(whitePixels(StructureMaps::canny(faint, 150, 250)), 0);
        QVERIFY(whitePixels(StructureMaps::canny(faint, 10, 30)) > 1000);
        // The low threshold only extends edges the high one started.
        QVERIFY(whitePixels(StructureMaps::canny(faint, 10, 250)) == 0);
    }

    void lineArtKeepsTheDrawnLines()
    {
        const QImage lines = StructureMaps::lineArt(square(6, 255));
        QCOMPARE(lines.format(), QImage::Format_Grayscale8);
        QCOMPARE(qGray(lines.pixel(100, 150)), 255);   // on the line
        QCOMPARE(qGray(lines.pixel(200, 150)), 0);     // inside
        QCOMPARE(qGray(lines.pixel(20, 20)), 0);       // paper
        // One band per line, about as wide as drawn (not two thin edges).
        int band = 0;
        for (int x = 90; x < 110; ++x)
            band += qGray(lines.pixel(x, 150)) > 0 ? 1 : 0;
        QVERIFY2(band >= 5 && band <= 8, qPrintable(QString::number(band)));
    }

    void computeFollowsTheSettings()
    {
        const QImage drawing = SyntheticSketch::drawing(QSize(800, 600));
        StructureSettings settings;
        settings.cannyLow = 30;
        settings.cannyHigh = 90;
        QCOMPARE(StructureMaps::compute(drawing, settings), StructureMaps::canny(drawing, 30, 90));
        settings.map = StructureSettings::MapKind::LineArt;
        QCOMPARE(StructureMaps::compute(drawing, settings), StructureMaps::lineArt(drawing));
        // Both maps hold the sketch's structure.
        QVERIFY(StructureScore::compute(drawing, StructureMaps::lineArt(drawing)).fscore > 0.9);
    }

    void overlayColoursTheLinesOnly()
    {
        const QImage map = StructureMaps::canny(square(4, 255), 60, 160);
        const QImage overlay = StructureMaps::overlay(map, QSize(800, 600), QColor(255, 0, 128));
        QCOMPARE(overlay.size(), QSize(800, 600));
        QVERIFY(overlay.hasAlphaChannel());
        QCOMPARE(overlay.pixelColor(20, 20).alpha(), 0);
        QCOMPARE(overlay.pixelColor(400, 300).alpha(), 0);
        // The left side of the square (x = 200 at twice the size) is opaque pink.
        bool found = false;
        for (int x = 190; x < 210 && !found; ++x)
            found = overlay.pixelColor(x, 300) == QColor(255, 0, 128);
        QVERIFY(found);
        // Only the part of the map in `source` is laid over: its left half fills the target.
        const QImage half = StructureMaps::overlay(map, QSize(200, 300), Qt::red, QRect(0, 0, 200, 300));
        bool leftSide = false;
        for (int x = 90; x < 110 && !leftSide; ++x)
            leftSide = half.pixelColor(x, 150).alpha() == 255;
        QVERIFY(leftSide);
    }

    void twelveMegapixelCanny()
    {
        // Full size, not a preview (its time is a figure of bench_structure, not a test).
        const QImage big = SyntheticSketch::drawing(QSize(4000, 3000));
        const QImage edges = StructureMaps::canny(big, 60, 160);
        QCOMPARE(edges.size(), big.size());
        QVERIFY(!edges.isNull());
    }

    void nullImages()
    {
        QVERIFY(StructureMaps::canny(QImage(), 1, 2).isNull());
        QVERIFY(StructureMaps::lineArt(QImage()).isNull());
        QVERIFY(StructureMaps::overlay(QImage(), QSize(10, 10), Qt::red).isNull());
    }
};

QTEST_GUILESS_MAIN(TestStructureMaps)
#include "tst_structuremaps.moc"
