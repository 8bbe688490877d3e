#include "structure/sketchcleanup.h"
#include "structure/structurescore.h"

#include "syntheticsketch.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <cmath>

namespace {

// Mean grey level of a rectangle given as fractions of the image.
double meanGray(const QImage &image, const QRectF &fraction)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const QRect r(int(fraction.x() * gray.width()), int(fraction.y() * gray.height()),
                  std::max(1, int(fraction.width() * gray.width())), std::max(1, int(fraction.height() * gray.height())));
    double sum = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = r.left(); x <= r.right(); ++x)
            sum += line[x];
    }
    return sum / (double(r.width()) * r.height());
}

int darkPixels(const QImage &image, int level = 128)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    int count = 0;
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            count += line[x] < level ? 1 : 0;
    }
    return count;
}

} // namespace

class TestSketchCleanup : public QObject
{
    Q_OBJECT

private:
    QImage m_drawing;
    SyntheticSketch::Photo m_photo;

private Q_SLOTS:
    void initTestCase()
    {
        m_drawing = SyntheticSketch::drawing(QSize(1024, 768));
        m_photo = SyntheticSketch::phonePhoto(m_drawing, QSize(2000, 1500), 8.0);
    }

    void nullAndIdentity()
    {
        QVERIFY(SketchCleanup::apply(QImage(), CleanupSettings::photo()).isNull());
        QVERIFY(CleanupSettings::none().isIdentity());
        const QImage same = SketchCleanup::apply(m_drawing, CleanupSettings::none());
        QCOMPARE(same.size(), m_drawing.size());
        QCOMPARE(same.format(), QImage::Format_Grayscale8);
        QCOMPARE(darkPixels(same), darkPixels(m_drawing));
    }

    void limitsTheLongSide()
    {
        const QImage big = SyntheticSketch::drawing(QSize(4000, 3000));
        const QImage out = SketchCleanup::apply(big, CleanupSettings::none());
        QCOMPARE(out.size(), QSize(2048, 1536));
        SketchCleanup::Options options;
        options.maxSide = 1000;
        QCOMPARE(SketchCleanup::apply(big, CleanupSettings::none(), {}, options).size(), QSize(1000, 750));
    }

    void detectsThePage()
    {
        const std::optional<QList<QPointF>> corners = SketchCleanup::detectPage(m_photo.image);
        QVERIFY(corners);
        QCOMPARE(corners->size(), 4);
        for (int i = 0; i < 4; ++i) {
            const QPointF d = corners->at(i) - m_photo.corners.at(i);
            QVERIFY2(std::hypot(d.x(), d.y()) < 0.015,
                     qPrintable(QStringLiteral("corner %1 off by %2").arg(i).arg(std::hypot(d.x(), d.y()))));
        }
        // A blank image has no page.
        QImage blank(400, 300, QImage::Format_RGB32);
        blank.fill(Qt::gray);
        QVERIFY(!SketchCleanup::detectPage(blank));
    }

    void orderCorners()
    {
        const QList<QPointF> shuffled{{0.9, 0.9}, {0.1, 0.1}, {0.1, 0.9}, {0.9, 0.1}};
        const QList<QPointF> expected{{0.1, 0.1}, {0.9, 0.1}, {0.9, 0.9}, {0.1, 0.9}};
        QCOMPARE(SketchCleanup::orderCorners(shuffled), expected);
    }

    void straightensThePhoto()
    {
        CleanupSettings settings = CleanupSettings::none();
        settings.corners = m_photo.corners;
        const QImage flat = SketchCleanup::apply(m_photo.image, settings);
        // The page comes back with the drawing's aspect (the far edge is stretched to full length).
        const double aspect = double(flat.width()) / flat.height();
        QVERIFY2(std::abs(aspect - 4.0 / 3.0) < 0.05, qPrintable(QString::number(aspect)));
        // And its lines where the drawing has them.
        const StructureScore straightened = StructureScore::compute(m_drawing, flat);
        const StructureScore raw = StructureScore::compute(m_drawing, m_photo.image);
        qInfo("drawing vs the photo: %.3f; vs the straightened photo: %.3f", raw.fscore, straightened.fscore);
        QVERIFY2(straightened.fscore > 0.75, qPrintable(QString::number(straightened.fscore)));
        QVERIFY2(raw.fscore < 0.45, qPrintable(QString::number(raw.fscore)));
        QVERIFY(straightened.fscore > raw.fscore + 0.35);
    }

    void evenShadingRemovesTheGradient()
    {
        CleanupSettings settings = CleanupSettings::none();
        settings.corners = m_photo.corners;
        const QImage shaded = SketchCleanup::apply(m_photo.image, settings);
        settings.shading = CleanupSettings::Shading::Even;
        const QImage even = SketchCleanup::apply(m_photo.image, settings);
        // Paper at the lit corner and at the far, shaded corner (no lines in either patch).
        const QRectF lit(0.02, 0.30, 0.06, 0.06);
        const QRectF dark(0.88, 0.88, 0.06, 0.06);
        QVERIFY2(meanGray(shaded, lit) - meanGray(shaded, dark) > 40,
                 qPrintable(QStringLiteral("%1 vs %2").arg(meanGray(shaded, lit)).arg(meanGray(shaded, dark))));
        QVERIFY2(std::abs(meanGray(even, lit) - meanGray(even, dark)) < 12,
                 qPrintable(QStringLiteral("%1 vs %2").arg(meanGray(even, lit)).arg(meanGray(even, dark))));
        QVERIFY(meanGray(even, dark) > 225);
        // The lines stay dark.
        QVERIFY(darkPixels(even) > darkPixels(m_drawing) / 3);
        const StructureScore score = StructureScore::compute(m_drawing, even);
        QVERIFY2(score.fscore > 0.8, qPrintable(QString::number(score.fscore)));
    }

    void thresholdGivesBlackAndWhite()
    {
        CleanupSettings settings = CleanupSettings::none();
        settings.corners = m_photo.corners;
        settings.shading = CleanupSettings::Shading::Threshold;
        const QImage bw = SketchCleanup::apply(m_photo.image, settings);
        int other = 0;
        for (int y = 0; y < bw.height(); ++y) {
            const uchar *line = bw.constScanLine(y);
            for (int x = 0; x < bw.width(); ++x)
                other += (line[x] != 0 && line[x] != 255) ? 1 : 0;
        }
        QCOMPARE(other, 0);
        QVERIFY(meanGray(bw, QRectF(0.88, 0.88, 0.06, 0.06)) > 250); // the shaded paper is white
        const StructureScore score = StructureScore::compute(m_drawing, bw);
        QVERIFY2(score.fscore > 0.75, qPrintable(QString::number(score.fscore)));
    }

    void lineWeight()
    {
        const QImage drawing = SyntheticSketch::drawing(QSize(2048, 1536), 0.003);
        CleanupSettings settings = CleanupSettings::none();
        const int normal = darkPixels(SketchCleanup::apply(drawing, settings));
        settings.lineWeight = 2;
        const int bold = darkPixels(SketchCleanup::apply(drawing, settings));
        settings.lineWeight = -1;
        const int thin = darkPixels(SketchCleanup::apply(drawing, settings));
        QVERIFY2(bold > normal * 1.5, qPrintable(QStringLiteral("%1 %2").arg(bold).arg(normal)));
        QVERIFY2(thin < normal * 0.8, qPrintable(QStringLiteral("%1 %2").arg(thin).arg(normal)));
        QVERIFY(thin > 0);
    }

    void invert()
    {
        CleanupSettings settings = CleanupSettings::none();
        settings.invert = true;
        const QImage inverted = SketchCleanup::apply(m_drawing, settings);
        const QImage plain = SketchCleanup::apply(m_drawing, CleanupSettings::none());
        QCOMPARE(qGray(inverted.pixel(5, 5)), 0); // paper is black
        QCOMPARE(inverted.size(), plain.size());
        for (int y = 0; y < plain.height(); ++y) {
            for (int x = 0; x < plain.width(); ++x) {
                if (plain.constScanLine(y)[x] + inverted.constScanLine(y)[x] != 255)
                    QFAIL(qPrintable(QStringLiteral("pixel %1,%2 is not inverted").arg(x).arg(y)));
            }
        }
    }

    void trimMargins()
    {
        // A small drawing in the middle of a big empty page.
        QImage page(1600, 1200, QImage::Format_RGB32);
        page.fill(Qt::white);
        {
            QPainter p(&page);
            p.setPen(QPen(Qt::black, 6));
            p.drawRect(600, 500, 400, 200);
            p.fillRect(100, 100, 1, 1, Qt::black); // a speck of dust
        }
        CleanupSettings settings = CleanupSettings::none();
        settings.trimMargins = true;
        settings.trimPadding = 5;
        const QImage trimmed = SketchCleanup::apply(page, settings);
        // 406 x 206 of ink plus 5 % of 1600 (80 px) on every side.
        QCOMPARE(trimmed.size(), QSize(406 + 160, 206 + 160));
        settings.trimPadding = 0;
        QCOMPARE(SketchCleanup::apply(page, settings).size(), QSize(406, 206));
    }

    void strokesArePaintedBeforeInverting()
    {
        QImage blank(400, 300, QImage::Format_RGB32);
        blank.fill(Qt::white);
        SketchStroke pen;
        pen.width = 0.02;
        pen.points = {QPointF(0.1, 0.5), QPointF(0.9, 0.5)};
        CleanupSettings settings = CleanupSettings::none();
        settings.lineWeight = 0;
        settings.shading = CleanupSettings::Shading::Even; // not the identity: goes through OpenCV
        const QImage drawn = SketchCleanup::apply(blank, settings, {pen}, {});
        QCOMPARE(qGray(drawn.pixel(200, 150)), 0);
        QCOMPARE(qGray(drawn.pixel(200, 50)), 255);
        settings.invert = true;
        const QImage inverted = SketchCleanup::apply(blank, settings, {pen}, {});
        QCOMPARE(qGray(inverted.pixel(200, 150)), 255);
        QCOMPARE(qGray(inverted.pixel(200, 50)), 0);
    }

    void twelveMegapixelPhotoIsQuick()
    {
        const QImage drawing = SyntheticSketch::drawing(QSize(2400, 1800));
        const SyntheticSketch::Photo photo = SyntheticSketch::phonePhoto(drawing, QSize(4000, 3000), 6.0);
        CleanupSettings settings = CleanupSettings::photo();
        settings.corners = photo.corners;
        QElapsedTimer timer;
        timer.start();
        const QImage cleaned = SketchCleanup::apply(photo.image, settings);
        const qint64 elapsed = timer.elapsed();
        qInfo("Clean-up of a 12 MP photo (warp, even shading, trim): %lld ms", elapsed);
        QVERIFY(std::max(cleaned.width(), cleaned.height()) <= 2048); // capped, then trimmed
        QVERIFY(std::max(cleaned.width(), cleaned.height()) > 1500);
        QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestSketchCleanup)
#include "tst_sketchcleanup.moc"
