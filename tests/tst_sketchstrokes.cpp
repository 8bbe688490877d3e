#include "structure/sketchstrokes.h"

#include <QImage>
#include <QTest>

namespace {

int inkWidthAt(const QImage &image, int x)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        count += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    return count;
}

} // namespace

class TestSketchStrokes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void penDrawsInkAndKeepsTheFormat()
    {
        QImage image(400, 200, QImage::Format_Grayscale8);
        image.fill(255);
        SketchStroke pen;
        pen.width = 0.025; // 10 px of 400
        pen.points = {QPointF(0.1, 0.5), QPointF(0.9, 0.5)};
        SketchStrokes::paint(&image, {pen});
        QCOMPARE(image.format(), QImage::Format_Grayscale8);
        QCOMPARE(qGray(image.pixel(200, 100)), 0);
        QCOMPARE(qGray(image.pixel(200, 20)), 255);
        QVERIFY(qAbs(inkWidthAt(image, 200) - 10) <= 1);
        QCOMPARE(qGray(image.pixel(10, 100)), 255); // before the stroke starts
    }

    void pressureChangesTheWidth()
    {
        QImage light(400, 200, QImage::Format_RGB32);
        light.fill(Qt::white);
        QImage firm = light;
        SketchStroke pen;
        pen.width = 0.05; // 20 px at full pressure
        pen.points = {QPointF(0.1, 0.5), QPointF(0.9, 0.5)};
        pen.pressures = {0.2, 0.2};
        SketchStrokes::paint(&light, {pen});
        pen.pressures = {1.0, 1.0};
        SketchStrokes::paint(&firm, {pen});
        QVERIFY2(inkWidthAt(light, 200) < inkWidthAt(firm, 200) / 2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(inkWidthAt(light, 200)).arg(inkWidthAt(firm, 200))));
        QVERIFY(inkWidthAt(light, 200) >= 3); // a light touch still draws
    }

    void eraserPaintsPaper()
    {
        QImage image(200, 200, QImage::Format_RGB32);
        image.fill(Qt::black);
        SketchStroke eraser;
        eraser.tool = SketchStroke::Tool::Eraser;
        eraser.width = 0.1;
        eraser.points = {QPointF(0.5, 0.5)};
        SketchStrokes::paint(&image, {eraser});
        QCOMPARE(image.pixelColor(100, 100), QColor(Qt::white));
        QCOMPARE(image.pixelColor(10, 10), QColor(Qt::black));
    }

    void jsonRoundTrip()
    {
        SketchStroke a;
        a.points = {QPointF(0.12345678, 0.5), QPointF(0.25, 0.75)};
        a.pressures = {0.5, 0.75};
        SketchStroke b;
        b.tool = SketchStroke::Tool::Eraser;
        b.width = 0.03;
        b.points = {QPointF(0.5, 0.5)};
        const QList<SketchStroke> back = SketchStrokes::fromJson(SketchStrokes::toJson({a, b}));
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).points.at(0), QPointF(0.1235, 0.5)); // four decimals
        QCOMPARE(back.at(0).pressures, a.pressures);
        QVERIFY(back.at(1) == b);
        QCOMPARE(back.at(1).pressureAt(0), 1.0);
        // Broken strokes are skipped.
        QVERIFY(SketchStrokes::fromJson(QJsonArray{QJsonObject{{QStringLiteral("tool"), QStringLiteral("brush")}}}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSketchStrokes)
#include "tst_sketchstrokes.moc"
