#include "widgets/zoompanmodel.h"

#include <QLineF>
#include <QTest>

#include <cmath>

namespace {

constexpr double MinZoom = 0.05;
constexpr double MaxZoom = 32.0;

bool close(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance;
}

bool close(const QPointF &a, const QPointF &b, double tolerance = 1e-6)
{
    return QLineF(a, b).length() <= tolerance;
}

// An 800 × 600 image in a 432 × 332 view with a 16 px margin: the fit is exactly 0.5.
ZoomPanModel fitted(qreal dpr = 1.0)
{
    ZoomPanModel model(MinZoom, MaxZoom);
    model.setFitMargin(16);
    model.setContentSize(QSize(800, 600));
    model.setView(QRectF(0, 0, 432, 332), dpr);
    model.fit();
    return model;
}

} // namespace

class TestZoomPanModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitShowsTheWholeImageCentred();
    void fitFollowsTheNarrowerSide_data();
    void fitFollowsTheNarrowerSide();
    void fitCountsDevicePixels();
    void fitWithoutContentOrView();
    void zoomAboutAPointKeepsItFixed_data();
    void zoomAboutAPointKeepsItFixed();
    void zoomIsClamped();
    void actualSizeIsOneImagePixelPerDevicePixel();
    void panMovesWithThePointer();
    void panIsClampedToTheImage();
    void contentChangeKeepsTheCentreInside();
    void mappingRoundTrips_data();
    void mappingRoundTrips();
    void panesShareZoomAndCentre();
    void fittedRectKeepsTheAspect_data();
    void fittedRectKeepsTheAspect();
    void fittedRectInWholePixels();
};

void TestZoomPanModel::fitShowsTheWholeImageCentred()
{
    const ZoomPanModel model = fitted();
    QVERIFY(model.isFit());
    QCOMPARE(model.zoom(), 0.5);
    QCOMPARE(model.center(), QPointF(400, 300));
    const QRectF image = model.imageRect();
    QCOMPARE(image, QRectF(16, 16, 400, 300));
    QCOMPARE(image.center(), model.viewRect().center());
    QVERIFY(model.viewRect().adjusted(16, 16, -16, -16).contains(image.adjusted(1, 1, -1, -1)));
}

void TestZoomPanModel::fitFollowsTheNarrowerSide_data()
{
    QTest::addColumn<QSize>("content");
    QTest::addColumn<QSizeF>("view");
    QTest::addColumn<double>("zoom");
    // Landscape in a tall view: the width decides; portrait in a wide one: the height.
    QTest::newRow("wide image, tall view") << QSize(1000, 500) << QSizeF(532, 1000) << 0.5;
    QTest::newRow("tall image, wide view") << QSize(500, 1000) << QSizeF(1000, 532) << 0.5;
    QTest::newRow("square image, square view") << QSize(100, 100) << QSizeF(232, 232) << 2.0;
    QTest::newRow("tiny image is capped") << QSize(1, 1) << QSizeF(2000, 2000) << MaxZoom;
    QTest::newRow("huge image is capped") << QSize(100000, 100000) << QSizeF(200, 200) << MinZoom;
}

void TestZoomPanModel::fitFollowsTheNarrowerSide()
{
    QFETCH(QSize, content);
    QFETCH(QSizeF, view);
    QFETCH(double, zoom);
    ZoomPanModel model(MinZoom, MaxZoom);
    model.setFitMargin(16);
    model.setContentSize(content);
    model.setView(QRectF(QPointF(0, 0), view), 1.0);
    model.fit();
    QVERIFY2(close(model.zoom(), zoom), qPrintable(QString::number(model.zoom())));
    if (zoom > MinZoom && zoom < MaxZoom) {
        // The image keeps its aspect, fills one side (less the margins) and fits the other.
        const QRectF image = model.imageRect();
        QVERIFY(close(image.width() / image.height(), content.width() / double(content.height())));
        QVERIFY(close(image.width(), view.width() - 32) || close(image.height(), view.height() - 32));
        QVERIFY(image.width() <= view.width() - 32 + 1e-9 && image.height() <= view.height() - 32 + 1e-9);
    }
}

void TestZoomPanModel::fitCountsDevicePixels()
{
    // On a 2× screen the same view has twice the device pixels: the fit zoom doubles, the
    // image covers the same logical rectangle.
    const ZoomPanModel one = fitted(1.0);
    const ZoomPanModel two = fitted(2.0);
    QCOMPARE(two.zoom(), 2 * one.zoom());
    QCOMPARE(two.scale(), one.scale());
    QCOMPARE(two.imageRect(), one.imageRect());
}

void TestZoomPanModel::fitWithoutContentOrView()
{
    ZoomPanModel model(MinZoom, MaxZoom);
    model.setView(QRectF(0, 0, 300, 200), 1.0);
    model.fit();
    QCOMPARE(model.zoom(), 1.0);
    QCOMPARE(model.center(), QPointF(0, 0));
    model.setContentSize(QSize(40, 30));
    model.setView(QRectF(), 1.0);
    QCOMPARE(model.fitZoom(), 1.0);
}

void TestZoomPanModel::zoomAboutAPointKeepsItFixed_data()
{
    QTest::addColumn<QPointF>("viewPos");
    QTest::addColumn<double>("factor");
    QTest::addColumn<qreal>("dpr");
    QTest::newRow("in, off centre") << QPointF(130, 90) << 1.25 << qreal(1.0);
    QTest::newRow("out, off centre") << QPointF(300, 250) << 0.8 << qreal(1.0);
    QTest::newRow("far in, near a corner") << QPointF(20, 30) << 9.0 << qreal(1.0);
    QTest::newRow("in, 2x screen") << QPointF(130, 90) << 3.0 << qreal(2.0);
    QTest::newRow("at the centre") << QPointF(216, 166) << 2.0 << qreal(1.0);
}

void TestZoomPanModel::zoomAboutAPointKeepsItFixed()
{
    QFETCH(QPointF, viewPos);
    QFETCH(double, factor);
    QFETCH(qreal, dpr);
    ZoomPanModel model = fitted(dpr);
    const QPointF anchor = model.mapToImage(viewPos);
    QVERIFY(QRectF(0, 0, 800, 600).contains(anchor));
    model.zoomAround(model.zoom() * factor, viewPos);
    QVERIFY(!model.isFit());
    QVERIFY(close(model.zoom(), 0.5 * dpr * factor));
    QVERIFY(close(model.mapFromImage(anchor), viewPos));
    QVERIFY(close(model.mapToImage(viewPos), anchor));

    // Back by the same factor: the original view again.
    model.zoomAround(model.zoom() / factor, viewPos);
    QVERIFY(close(model.zoom(), 0.5 * dpr));
    QVERIFY(close(model.center(), QPointF(400, 300)));
}

void TestZoomPanModel::zoomIsClamped()
{
    ZoomPanModel model = fitted();
    model.setZoom(1000.0);
    QCOMPARE(model.zoom(), MaxZoom);
    model.setZoom(0.0001);
    QCOMPARE(model.zoom(), MinZoom);
    model.zoomAround(-5.0, QPointF(10, 10));
    QCOMPARE(model.zoom(), MinZoom);
}

void TestZoomPanModel::actualSizeIsOneImagePixelPerDevicePixel()
{
    for (const qreal dpr : {1.0, 1.5, 2.0}) {
        ZoomPanModel model = fitted(dpr);
        model.setZoom(1.0);
        QCOMPARE(model.zoom(), 1.0);
        QVERIFY(!model.isFit());
        // 800 × 600 image pixels on 800 × 600 device pixels.
        QVERIFY(close(model.imageRect().width() * dpr, 800));
        QVERIFY(close(model.imageRect().height() * dpr, 600));
        // Zoomed around the view's centre: the centre stays.
        QCOMPARE(model.center(), QPointF(400, 300));
        model.fit();
        QVERIFY(model.isFit());
        QVERIFY(close(model.zoom(), 0.5 * dpr));
    }
}

void TestZoomPanModel::panMovesWithThePointer()
{
    ZoomPanModel model = fitted();
    model.setZoom(2.0);
    const QPointF grabbed = model.mapToImage(QPointF(200, 150));
    model.panBy(QPointF(30, -20));
    QVERIFY(!model.isFit());
    // The image point under the pointer moved with it.
    QVERIFY(close(model.mapFromImage(grabbed), QPointF(230, 130)));
    QVERIFY(close(model.center(), QPointF(400 - 15, 300 + 10)));
}

void TestZoomPanModel::panIsClampedToTheImage()
{
    ZoomPanModel model = fitted();
    model.setZoom(4.0);
    model.panBy(QPointF(1e6, 1e6));
    QCOMPARE(model.center(), QPointF(0, 0));
    model.panBy(QPointF(-1e7, -1e7));
    QCOMPARE(model.center(), QPointF(800, 600));
    // Clamped, some of the image still lies under the view's centre.
    QVERIFY(model.imageRect().adjusted(-1, -1, 1, 1).contains(model.viewRect().center()));
    model.setCenter(QPointF(-50, 700));
    QCOMPARE(model.center(), QPointF(0, 600));
    model.setCenter(QPointF(123, 456));
    QCOMPARE(model.center(), QPointF(123, 456));
}

void TestZoomPanModel::contentChangeKeepsTheCentreInside()
{
    ZoomPanModel model = fitted();
    model.setCenter(QPointF(700, 500));
    model.setContentSize(QSize(200, 100));
    QCOMPARE(model.center(), QPointF(200, 100));
    QVERIFY(!model.isFit());
    model.setContentSize(QSize());
    QCOMPARE(model.center(), QPointF(0, 0));
}

void TestZoomPanModel::mappingRoundTrips_data()
{
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QPointF>("center");
    QTest::addColumn<qreal>("dpr");
    QTest::newRow("fit") << 0.5 << QPointF(400, 300) << qreal(1.0);
    QTest::newRow("magnified") << 7.5 << QPointF(12.5, 590) << qreal(1.0);
    QTest::newRow("reduced, 2x") << 0.07 << QPointF(800, 0) << qreal(2.0);
    QTest::newRow("fractional dpr") << 1.0 << QPointF(333.3, 222.2) << qreal(1.25);
}

void TestZoomPanModel::mappingRoundTrips()
{
    QFETCH(double, zoom);
    QFETCH(QPointF, center);
    QFETCH(qreal, dpr);
    ZoomPanModel model = fitted(dpr);
    model.setZoom(zoom);
    model.setCenter(center);
    for (const QPointF &view : {QPointF(0, 0), QPointF(17.25, 301.5), QPointF(432, 332), QPointF(-40, 900)}) {
        QVERIFY(close(model.mapFromImage(model.mapToImage(view)), view));
    }
    for (const QPointF &image : {QPointF(0, 0), QPointF(800, 600), QPointF(400.5, 12.25)}) {
        QVERIFY(close(model.mapToImage(model.mapFromImage(image)), image));
    }
    // The view's centre shows the centre; the image rect's corners are the image's corners.
    QVERIFY(close(model.mapToImage(model.viewRect().center()), center));
    QVERIFY(close(model.mapFromImage(QPointF(0, 0)), model.imageRect().topLeft()));
    QVERIFY(close(model.mapFromImage(QPointF(800, 600)), model.imageRect().bottomRight()));
}

void TestZoomPanModel::panesShareZoomAndCentre()
{
    // Side by side: the second pane shows the same region, shifted by the panes' offset.
    ZoomPanModel model(MinZoom, MaxZoom);
    model.setContentSize(QSize(400, 300));
    const QRectF left(0, 0, 296, 400);
    const QRectF right(304, 0, 296, 400);
    model.setView(left, 1.0);
    model.fit();
    model.zoomAround(model.zoom() * 2, QPointF(450, 120), right);
    const QPointF point(150, 100);
    QVERIFY(close(model.mapFromImage(point, right) - right.topLeft(), model.mapFromImage(point, left) - left.topLeft()));
    QVERIFY(close(model.imageRect(right).width(), model.imageRect(left).width()));
    QVERIFY(close(model.imageRect(right).height(), model.imageRect(left).height()));
    QVERIFY(close(model.mapToImage(model.mapFromImage(point, right), right), point));
}

void TestZoomPanModel::fittedRectKeepsTheAspect_data()
{
    QTest::addColumn<QSizeF>("content");
    QTest::addColumn<QRectF>("area");
    QTest::addColumn<QRectF>("expected");
    QTest::newRow("4:3 in a square") << QSizeF(400, 300) << QRectF(10, 20, 200, 200) << QRectF(10, 45, 200, 150);
    QTest::newRow("3:4 in a square") << QSizeF(300, 400) << QRectF(0, 0, 200, 200) << QRectF(25, 0, 150, 200);
    QTest::newRow("up-scaled") << QSizeF(10, 5) << QRectF(0, 0, 100, 100) << QRectF(0, 25, 100, 50);
    QTest::newRow("same aspect") << QSizeF(64, 32) << QRectF(5, 5, 32, 16) << QRectF(5, 5, 32, 16);
}

void TestZoomPanModel::fittedRectKeepsTheAspect()
{
    QFETCH(QSizeF, content);
    QFETCH(QRectF, area);
    QFETCH(QRectF, expected);
    const QRectF fitted = ZoomPanModel::fittedRect(content, area);
    QCOMPARE(fitted, expected);
    QCOMPARE(fitted.center(), area.center());
}

void TestZoomPanModel::fittedRectInWholePixels()
{
    // As QSize::scaled(): 300 × 200 into 157 × 120 is 157 × 104, centred with integer halves.
    QCOMPARE(ZoomPanModel::fittedRect(QSize(300, 200), QRect(0, 0, 157, 120)), QRect(0, 8, 157, 104));
    QCOMPARE(ZoomPanModel::fittedRect(QSize(300, 200), QRect(10, 10, 100, 300)), QRect(10, 127, 100, 66));
}

QTEST_APPLESS_MAIN(TestZoomPanModel)
#include "tst_zoompanmodel.moc"
