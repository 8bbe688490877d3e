#include "widgets/beforeafterview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QSignalSpy>
#include <QSlider>
#include <QStyleFactory>
#include <QTest>
#include <QWheelEvent>

#include <cmath>

namespace {
QImage solid(const QSize &size, const QColor &color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

// Top-left quadrant `corner`, the rest `rest`.
QImage quadrant(const QSize &size, const QColor &corner, const QColor &rest)
{
    QImage image = solid(size, rest);
    QPainter p(&image);
    p.fillRect(QRect(0, 0, size.width() / 2, size.height() / 2), corner);
    return image;
}

bool near(const QColor &a, const QColor &b, int tolerance = 3)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

QString describe(const QColor &c)
{
    return QStringLiteral("rgb(%1,%2,%3)").arg(c.red()).arg(c.green()).arg(c.blue());
}

void sendWheel(QWidget *widget, const QPointF &pos, int delta)
{
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(widget, &event);
}

// A colourful "result" that keeps the sketch's lines, so screenshots look like a real run.
QImage colourise(const QImage &sketch)
{
    const QImage gray = sketch.convertToFormat(QImage::Format_Grayscale8);
    QImage out(gray.size(), QImage::Format_RGB32);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *src = gray.constScanLine(y);
        auto *dst = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < gray.width(); ++x) {
            const double fx = double(x) / gray.width();
            const double fy = double(y) / gray.height();
            const QColor base = QColor::fromHsvF(std::fmod(0.55 + 0.35 * fx + 0.15 * fy, 1.0),
                                                 0.55 + 0.3 * fy, 0.95 - 0.25 * fy);
            const double ink = src[x] / 255.0;
            dst[x] = qRgb(int(base.red() * ink), int(base.green() * ink), int(base.blue() * ink));
        }
    }
    return out;
}
} // namespace

class TestBeforeAfterView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void modeByApi();
    void modeByKeys();
    void dragDividerSplitsImage();
    void dragElsewherePans();
    void arrowKeysMoveDivider();
    void blendColours();
    void blendSliderFollowsMode();
    void onionSkinAndDifference();
    void wheelZoomKeepsPointUnderCursor();
    void zoomLimits();
    void fitAndActualSizeKeys();
    void fitFollowsResize();
    void keysWinOverWindowShortcuts();
    void sideBySideShowsSameRegion();
    void differentSizesLineUp();
    void onlySketchShowsNoDivider();
    void nullImagesDoNotCrash();
    void structureLayerReplacesTheSketch();
    void overlayLiesOverTheResultOnly();
    void largeImageRescalesOffTheGuiThread();
    void screenshots();

private:
    BeforeAfterView *m_view = nullptr;
};

void TestBeforeAfterView::init()
{
    m_view = new BeforeAfterView;
    m_view->resize(420, 260);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestBeforeAfterView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestBeforeAfterView::largeImageRescalesOffTheGuiThread()
{
    // A 4096 x 4096 result: the paint that needs a new zoom level's copy does not make it (that
    // took tens of milliseconds on the GUI thread); a worker does, and the view then uses it.
    QImage result(4096, 4096, QImage::Format_RGB32);
    result.fill(QColor(40, 120, 200));
    m_view->setAfter(result);
    m_view->setMode(BeforeAfterView::Mode::Wipe);
    m_view->setWipePosition(0.0); // the result over the whole view
    m_view->setZoom(0.05);
    QCoreApplication::processEvents();
    QTRY_VERIFY(m_view->resultCopySize().isValid());
    const QSize first = m_view->resultCopySize();

    m_view->setZoom(0.08);
    m_view->repaint(); // paints now, on this thread
    QCOMPARE(m_view->resultCopySize(), first); // the paint left the copy to a worker
    QTRY_VERIFY(m_view->resultCopySize() != first);
    const QSize second = m_view->resultCopySize();
    QVERIFY(second.width() > first.width());
    // What the view shows then is the result, not a stretched placeholder of the old copy.
    const QImage shown = m_view->grab().toImage();
    QCOMPARE(shown.pixelColor(shown.width() / 2, shown.height() / 2), QColor(40, 120, 200));
    // An export renders at once (it never waits for a worker).
    const QImage exported = m_view->renderToImage(QSize(300, 200));
    QCOMPARE(exported.pixelColor(150, 100), QColor(40, 120, 200));
}

void TestBeforeAfterView::modeByApi()
{
    QSignalSpy spy(m_view, &BeforeAfterView::modeChanged);
    QCOMPARE(m_view->mode(), BeforeAfterView::Mode::Wipe);
    m_view->setMode(BeforeAfterView::Mode::SideBySide);
    QCOMPARE(m_view->mode(), BeforeAfterView::Mode::SideBySide);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<BeforeAfterView::Mode>(), BeforeAfterView::Mode::SideBySide);
    m_view->setMode(BeforeAfterView::Mode::SideBySide);
    QCOMPARE(spy.count(), 1);
    m_view->setMode(BeforeAfterView::Mode::Blend);
    QCOMPARE(spy.count(), 2);
}

void TestBeforeAfterView::modeByKeys()
{
    m_view->setBefore(solid(QSize(200, 100), Qt::red));
    m_view->setAfter(solid(QSize(200, 100), Qt::blue));
    QSignalSpy spy(m_view, &BeforeAfterView::modeChanged);
    QTest::keyClick(m_view, Qt::Key_2);
    QCOMPARE(m_view->mode(), BeforeAfterView::Mode::SideBySide);
    QTest::keyClick(m_view, Qt::Key_3);
    QCOMPARE(m_view->mode(), BeforeAfterView::Mode::Blend);
    QTest::keyClick(m_view, Qt::Key_1);
    QCOMPARE(m_view->mode(), BeforeAfterView::Mode::Wipe);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(0).value<BeforeAfterView::Mode>(), BeforeAfterView::Mode::Wipe);
    QCOMPARE(m_view->paneCount(), 1);
}

void TestBeforeAfterView::dragDividerSplitsImage()
{
    m_view->setBefore(solid(QSize(200, 100), Qt::red));
    m_view->setAfter(solid(QSize(200, 100), Qt::blue));
    QCOMPARE(m_view->wipePosition(), 0.5);
    const QRectF image = m_view->imageRect();
    QVERIFY(image.width() > 300);
    const qreal startX = m_view->dividerX();
    QVERIFY(std::abs(startX - image.center().x()) <= 1.0);

    QSignalSpy spy(m_view, &BeforeAfterView::wipePositionChanged);
    // Grab a little beside the line: "near the handle" is enough.
    const int y = int(image.top() + 20);
    QTest::mousePress(m_view, Qt::LeftButton, Qt::NoModifier, QPoint(int(startX) + 6, y));
    const int targetX = int(image.left() + 0.25 * image.width());
    QTest::mouseMove(m_view, QPoint(int(startX) - 40, y));
    QTest::mouseMove(m_view, QPoint(targetX, y));
    QTest::mouseRelease(m_view, Qt::LeftButton, Qt::NoModifier, QPoint(targetX, y));
    QVERIFY(spy.count() >= 1);
    QVERIFY2(std::abs(m_view->wipePosition() - 0.25) < 0.01, qPrintable(QString::number(m_view->wipePosition())));

    const qreal x = m_view->dividerX();
    QVERIFY(std::abs(x - targetX) <= 1.0);
    const QImage shot = m_view->renderToImage(m_view->size());
    const int sampleY = int(image.center().y() + 40); // below the grip, away from the labels
    const QColor left = shot.pixelColor(int(x) - 8, sampleY);
    const QColor right = shot.pixelColor(int(x) + 8, sampleY);
    QVERIFY2(near(left, Qt::red), qPrintable(describe(left)));
    QVERIFY2(near(right, Qt::blue), qPrintable(describe(right)));
    // Far left and far right too.
    QVERIFY(near(shot.pixelColor(int(image.left()) + 4, sampleY), Qt::red));
    QVERIFY(near(shot.pixelColor(int(image.right()) - 4, sampleY), Qt::blue));
}

void TestBeforeAfterView::dragElsewherePans()
{
    m_view->setBefore(solid(QSize(200, 100), Qt::red));
    m_view->setAfter(solid(QSize(200, 100), Qt::blue));
    m_view->setZoom(4.0);
    const QPointF before = m_view->viewCenter();
    const double wipe = m_view->wipePosition();
    const QPoint start(40, 200);
    QTest::mousePress(m_view, Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(m_view, start + QPoint(40, -20));
    QTest::mouseRelease(m_view, Qt::LeftButton, Qt::NoModifier, start + QPoint(40, -20));
    QCOMPARE(m_view->wipePosition(), wipe);
    const QPointF moved = m_view->viewCenter() - before;
    // 40 px right at 400 % = 10 image px left.
    QVERIFY2(std::abs(moved.x() + 10.0) < 0.01 && std::abs(moved.y() - 5.0) < 0.01,
             qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));
    QVERIFY(!m_view->isFitToWindow());
}

void TestBeforeAfterView::arrowKeysMoveDivider()
{
    m_view->setBefore(solid(QSize(200, 100), Qt::red));
    m_view->setAfter(solid(QSize(200, 100), Qt::blue));
    QTest::keyClick(m_view, Qt::Key_Right);
    QVERIFY(std::abs(m_view->wipePosition() - 0.51) < 1e-9);
    QTest::keyClick(m_view, Qt::Key_Left, Qt::ShiftModifier);
    QVERIFY(std::abs(m_view->wipePosition() - 0.41) < 1e-9);
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(m_view, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(m_view->wipePosition(), 0.0);
}

void TestBeforeAfterView::blendColours()
{
    m_view->setBefore(solid(QSize(200, 100), Qt::red));
    m_view->setAfter(solid(QSize(200, 100), Qt::blue));
    m_view->setMode(BeforeAfterView::Mode::Blend);
    const QPoint sample = m_view->imageRect().center().toPoint() + QPoint(60, 0);

    QSignalSpy spy(m_view, &BeforeAfterView::blendChanged);
    m_view->setBlend(0.0);
    QColor c = m_view->renderToImage(m_view->size()).pixelColor(sample);
    QVERIFY2(near(c, Qt::red), qPrintable(describe(c)));
    m_view->setBlend(1.0);
    c = m_view->renderToImage(m_view->size()).pixelColor(sample);
    QVERIFY2(near(c, Qt::blue), qPrintable(describe(c)));
    m_view->setBlend(0.5);
    c = m_view->renderToImage(m_view->size()).pixelColor(sample);
    QVERIFY2(near(c, QColor(128, 0, 128), 4), qPrintable(describe(c)));
    QCOMPARE(spy.count(), 3);
    m_view->setBlend(7.0);
    QCOMPARE(m_view->blend(), 1.0);
}

void TestBeforeAfterView::blendSliderFollowsMode()
{
    m_view->setBefore(solid(QSize(200, 100), Qt::red));
    m_view->setAfter(solid(QSize(200, 100), Qt::blue));
    auto *slider = m_view->findChild<QSlider *>(QStringLiteral("blendSlider"));
    QVERIFY(slider);
    QVERIFY(!slider->isVisibleTo(m_view));
    m_view->setMode(BeforeAfterView::Mode::Blend);
    QVERIFY(slider->isVisibleTo(m_view));
    slider->setValue(25);
    QCOMPARE(m_view->blend(), 0.25);
    m_view->setBlend(0.8);
    QCOMPARE(slider->value(), 80);
    m_view->setMode(BeforeAfterView::Mode::Wipe);
    QVERIFY(!slider->isVisibleTo(m_view));
}

void TestBeforeAfterView::onionSkinAndDifference()
{
    // A sketch: white paper with a black bar on the left; a result: the same red everywhere,
    // except a green square on the right where the sketch has paper.
    QImage sketch = solid(QSize(200, 100), Qt::white);
    QImage result = solid(QSize(200, 100), QColor(200, 40, 40));
    for (int y = 0; y < 100; ++y) {
        for (int x = 0; x < 200; ++x) {
            if (x < 40)
                sketch.setPixelColor(x, y, Qt::black);
            if (x >= 150)
                result.setPixelColor(x, y, QColor(40, 200, 40));
        }
    }
    m_view->setBefore(sketch);
    m_view->setAfter(result);
    const QRectF image = m_view->imageRect();
    const auto at = [&](double fx) {
        return m_view->renderToImage(m_view->size())
            .pixelColor(QPointF(image.left() + fx * image.width(), image.center().y()).toPoint());
    };

    // Onion skin: the paper leaves the result as it is; the line darkens it by the opacity.
    QTest::keyClick(m_view, Qt::Key_4);
    QCOMPARE(m_view->mode(), BeforeAfterView::Mode::OnionSkin);
    QColor c = at(0.5);
    QVERIFY2(near(c, QColor(200, 40, 40)), qPrintable(describe(c)));
    c = at(0.1);
    const int dark = qRound(200 * (1 - BeforeAfterView::OnionOpacity));
    QVERIFY2(near(c, QColor(dark, qRound(40 * (1 - BeforeAfterView::OnionOpacity)), qRound(40 * (1 - BeforeAfterView::OnionOpacity))), 4),
             qPrintable(describe(c)));

    // Difference: |before - after| per channel.
    QTest::keyClick(m_view, Qt::Key_5);
    QCOMPARE(m_view->mode(), BeforeAfterView::Mode::Difference);
    c = at(0.5);
    QVERIFY2(near(c, QColor(55, 215, 215)), qPrintable(describe(c)));  // white - red
    c = at(0.1);
    QVERIFY2(near(c, QColor(200, 40, 40)), qPrintable(describe(c)));   // black - red
    c = at(0.9);
    QVERIFY2(near(c, QColor(215, 55, 215)), qPrintable(describe(c)));  // white - green

    // Another result in place of the sketch: the same result, so black everywhere; its name
    // labels the before side. Back to the sketch: the sketch again.
    m_view->setOtherResult(result, QStringLiteral("Bria Reimagine 3.2, result 1"));
    m_view->setBeforeLayer(BeforeAfterView::BeforeLayer::OtherResult);
    QCOMPARE(m_view->beforeLabel(), QStringLiteral("Bria Reimagine 3.2, result 1"));
    for (const double fx : {0.1, 0.5, 0.9}) {
        c = at(fx);
        QVERIFY2(near(c, Qt::black), qPrintable(describe(c)));
    }
    m_view->setBeforeLayer(BeforeAfterView::BeforeLayer::Sketch);
    QCOMPARE(m_view->beforeLabel(), QStringLiteral("Sketch"));
    c = at(0.5);
    QVERIFY2(near(c, QColor(55, 215, 215)), qPrintable(describe(c)));

    // Two results without a sketch still compare.
    m_view->setBefore(QImage());
    QVERIFY(!m_view->hasBefore());
    m_view->setBeforeLayer(BeforeAfterView::BeforeLayer::OtherResult);
    QVERIFY(m_view->hasBefore());
}

void TestBeforeAfterView::wheelZoomKeepsPointUnderCursor()
{
    m_view->setBefore(quadrant(QSize(400, 300), Qt::green, Qt::red));
    m_view->setAfter(quadrant(QSize(400, 300), Qt::green, Qt::blue));
    QSignalSpy spy(m_view, &BeforeAfterView::zoomChanged);
    const double fit = m_view->zoom();
    const QPointF cursor(130.0, 90.0);
    const QPointF anchor = m_view->mapToImage(cursor);
    QVERIFY(QRectF(0, 0, 400, 300).contains(anchor));

    sendWheel(m_view, cursor, 120);
    QVERIFY(std::abs(m_view->zoom() - fit * 1.25) < 1e-9);
    QCOMPARE(spy.count(), 1);
    QVERIFY(QLineF(m_view->mapFromImage(anchor), cursor).length() <= 1.0);

    sendWheel(m_view, cursor, 240);
    QVERIFY(std::abs(m_view->zoom() - fit * 1.25 * 1.25 * 1.25) < 1e-9);
    QVERIFY(QLineF(m_view->mapFromImage(anchor), cursor).length() <= 1.0);

    sendWheel(m_view, cursor, -120);
    QVERIFY(std::abs(m_view->zoom() - fit * 1.25 * 1.25) < 1e-9);
    QVERIFY(QLineF(m_view->mapFromImage(anchor), cursor).length() <= 1.0);
    QVERIFY(!m_view->isFitToWindow());

    // The pixels agree: the quadrant corner mapped to the screen stays where it was.
    const QPointF corner = m_view->mapFromImage(QPointF(200, 150));
    m_view->setWipePosition(0.0); // all result
    const QImage shot = m_view->renderToImage(m_view->size());
    if (QRectF(m_view->rect()).adjusted(4, 4, -4, -4).contains(corner)) {
        QVERIFY(near(shot.pixelColor((corner + QPointF(-3, -3)).toPoint()), Qt::green));
        QVERIFY(near(shot.pixelColor((corner + QPointF(3, 3)).toPoint()), Qt::blue));
    }
}

void TestBeforeAfterView::zoomLimits()
{
    m_view->setAfter(solid(QSize(200, 100), Qt::blue));
    m_view->setZoom(1000.0);
    QCOMPARE(m_view->zoom(), BeforeAfterView::MaxZoom);
    m_view->setZoom(0.0001);
    QCOMPARE(m_view->zoom(), BeforeAfterView::MinZoom);
    QTest::keyClick(m_view, Qt::Key_Plus);
    QVERIFY(std::abs(m_view->zoom() - BeforeAfterView::MinZoom * 1.25) < 1e-9);
    QTest::keyClick(m_view, Qt::Key_Minus);
    QVERIFY(std::abs(m_view->zoom() - BeforeAfterView::MinZoom) < 1e-9);
}

void TestBeforeAfterView::fitAndActualSizeKeys()
{
    m_view->setBefore(solid(QSize(800, 600), Qt::red));
    m_view->setAfter(solid(QSize(800, 600), Qt::blue));
    QVERIFY(m_view->isFitToWindow());
    const double fit = m_view->zoom();
    QVERIFY(fit < 1.0);
    // Fitted: the whole image is visible inside the widget.
    QVERIFY(QRectF(m_view->rect()).contains(m_view->imageRect()));

    QSignalSpy spy(m_view, &BeforeAfterView::zoomChanged);
    QTest::keyClick(m_view, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_view->zoom(), 1.0);
    QCOMPARE(m_view->mode(), BeforeAfterView::Mode::Wipe); // Ctrl+1 is not "mode 1"
    QVERIFY(!m_view->isFitToWindow());
    QCOMPARE(m_view->imageRect().size(), QSizeF(800, 600) / m_view->devicePixelRatioF());
    QCOMPARE(spy.count(), 1);

    QTest::keyClick(m_view, Qt::Key_0, Qt::ControlModifier);
    QVERIFY(m_view->isFitToWindow());
    QCOMPARE(m_view->zoom(), fit);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last().at(0).toDouble(), fit);
}

void TestBeforeAfterView::fitFollowsResize()
{
    m_view->setAfter(solid(QSize(800, 600), Qt::blue));
    const double fit = m_view->zoom();
    QSignalSpy spy(m_view, &BeforeAfterView::zoomChanged);
    m_view->resize(840, 520);
    QTRY_VERIFY(spy.count() >= 1);
    QVERIFY(m_view->zoom() > fit);
    QVERIFY(m_view->isFitToWindow());

    m_view->setZoom(0.5);
    spy.clear();
    m_view->resize(500, 400);
    QCOMPARE(m_view->zoom(), 0.5);
    QCOMPARE(spy.count(), 0);
}

void TestBeforeAfterView::keysWinOverWindowShortcuts()
{
    // MainWindow may bind the same keys to menu actions; with focus, the view handles them.
    QWidget window;
    auto *view = new BeforeAfterView(&window);
    view->resize(300, 200);
    auto *action = new QAction(&window);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    window.addAction(action);
    QSignalSpy triggered(action, &QAction::triggered);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    view->setAfter(solid(QSize(800, 600), Qt::blue));
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(view->zoom(), 1.0);
    QCOMPARE(triggered.count(), 0);
}

void TestBeforeAfterView::sideBySideShowsSameRegion()
{
    m_view->resize(600, 260);
    const QImage pattern = quadrant(QSize(300, 200), Qt::green, Qt::blue);
    m_view->setBefore(pattern);
    m_view->setAfter(pattern);
    m_view->setMode(BeforeAfterView::Mode::SideBySide);
    QCOMPARE(m_view->paneCount(), 2);
    const QRect left = m_view->paneRect(0);
    const QRect right = m_view->paneRect(1);
    QVERIFY(!left.intersects(right));
    QCOMPARE(left.size(), right.size());

    // Zoom into one pane and pan in the other: both follow.
    sendWheel(m_view, QPointF(right.left() + 100, 120), 240);
    QTest::mousePress(m_view, Qt::LeftButton, Qt::NoModifier, left.center());
    QTest::mouseMove(m_view, left.center() + QPoint(-30, 12));
    QTest::mouseRelease(m_view, Qt::LeftButton, Qt::NoModifier, left.center() + QPoint(-30, 12));

    const QPointF imagePoint(150, 100); // the quadrant corner
    const QPointF inLeft = m_view->mapFromImage(imagePoint, 0) - QPointF(left.topLeft());
    const QPointF inRight = m_view->mapFromImage(imagePoint, 1) - QPointF(right.topLeft());
    QVERIFY(QLineF(inLeft, inRight).length() < 0.01);

    const QImage shot = m_view->renderToImage(m_view->size());
    const QPoint probes[] = {QPoint(20, 60), QPoint(100, 160), QPoint(200, 100), QPoint(250, 230)};
    for (const QPoint &probe : probes) {
        const QColor a = shot.pixelColor(left.topLeft() + probe);
        const QColor b = shot.pixelColor(right.topLeft() + probe);
        QVERIFY2(a == b, qPrintable(describe(a) + QStringLiteral(" vs ") + describe(b)));
    }
}

void TestBeforeAfterView::differentSizesLineUp()
{
    // A small, wide sketch (5:2) and a large result of another aspect (4:3): the sketch keeps its
    // shape, centred in the result's frame, so the centres (the quadrant borders) coincide and
    // nothing is stretched.
    m_view->setBefore(quadrant(QSize(100, 40), Qt::green, Qt::red));
    m_view->setAfter(quadrant(QSize(400, 300), Qt::green, Qt::blue));
    const QRectF image = m_view->imageRect();
    QCOMPARE(image.size().width() / image.size().height(), 400.0 / 300.0);
    // Where the sketch lies: full width, 40/100 of it high, centred.
    const double sketchHeight = image.width() * 40.0 / 100.0;
    const QRectF sketch(image.left(), image.center().y() - sketchHeight / 2, image.width(), sketchHeight);

    const int midX = int(image.center().x());
    const int y = int(sketch.top() + sketch.height() * 0.25);
    const int sketchBottomY = int(sketch.bottom() - 4);

    m_view->setWipePosition(1.0); // the sketch everywhere
    QImage shot = m_view->renderToImage(m_view->size());
    // The sketch is magnified ~4x and smoothed: sample one source pixel away from the border.
    QVERIFY2(near(shot.pixelColor(midX - 8, y), Qt::green), qPrintable(describe(shot.pixelColor(midX - 8, y))));
    QVERIFY(near(shot.pixelColor(midX + 8, y), Qt::red));
    QVERIFY(near(shot.pixelColor(int(image.left()) + 3, sketchBottomY), Qt::red));
    // Above and below the sketch: not the sketch stretched to the result's frame.
    for (const int outside : {int(image.top()) + 3, int(image.bottom()) - 3}) {
        const QColor c = shot.pixelColor(int(image.left()) + 3, outside);
        QVERIFY2(!near(c, Qt::green, 40) && !near(c, Qt::red, 40), qPrintable(describe(c)));
    }
    // Vertical border on the sketch's own middle row (row 20 of 40 = the result's row 150).
    const int midY = int(image.center().y());
    const int x = int(image.left() + image.width() * 0.3);
    QVERIFY(near(shot.pixelColor(x, midY - 6), Qt::green));
    QVERIFY(near(shot.pixelColor(x, midY + 6), Qt::red));

    m_view->setWipePosition(0.0); // the result everywhere, filling its frame
    shot = m_view->renderToImage(m_view->size());
    QVERIFY(near(shot.pixelColor(midX - 3, int(image.top()) + 3), Qt::green));
    QVERIFY(near(shot.pixelColor(midX + 3, int(image.top()) + 3), Qt::blue));
    QVERIFY(near(shot.pixelColor(int(image.right()) - 3, int(image.bottom()) - 4), Qt::blue));

    // Blend half way: outside the sketch only the result (faded over the backdrop), inside both.
    m_view->setMode(BeforeAfterView::Mode::Blend);
    m_view->setBlend(0.5);
    shot = m_view->renderToImage(m_view->size());
    const QColor inside = shot.pixelColor(int(image.right()) - 3, sketchBottomY);
    QVERIFY2(near(inside, QColor(128, 0, 128), 6), qPrintable(describe(inside)));
}

void TestBeforeAfterView::onlySketchShowsNoDivider()
{
    m_view->setBefore(solid(QSize(200, 100), Qt::red));
    QVERIFY(!m_view->hasAfter());
    QCOMPARE(m_view->dividerX(), -1.0);
    const QImage shot = m_view->renderToImage(m_view->size());
    const QRectF image = m_view->imageRect();
    QVERIFY(near(shot.pixelColor(image.center().toPoint() + QPoint(-20, -20)), Qt::red));
    // The note sits in the lower part: not red there.
    bool sawNote = false;
    for (int x = int(image.left()); x < int(image.right()) && !sawNote; ++x)
        sawNote = !near(shot.pixelColor(x, int(image.bottom() - 30)), Qt::red, 20);
    QVERIFY(sawNote);
}

void TestBeforeAfterView::structureLayerReplacesTheSketch()
{
    m_view->setBefore(solid(QSize(200, 100), Qt::red));
    m_view->setAfter(solid(QSize(200, 100), Qt::blue));
    const QRectF image = m_view->imageRect();
    const QPoint left(int(image.left() + 20), int(image.center().y() + 40));
    QCOMPARE(m_view->beforeLabel(), QStringLiteral("Sketch"));
    // Without a map the Structure layer still shows the sketch.
    m_view->setBeforeLayer(BeforeAfterView::BeforeLayer::Structure);
    QVERIFY(near(m_view->renderToImage(m_view->size()).pixelColor(left), Qt::red));
    QCOMPARE(m_view->beforeLabel(), QStringLiteral("Sketch"));
    // A map of another size is stretched onto the result like the sketch.
    m_view->setStructure(solid(QSize(50, 25), Qt::green));
    QColor c = m_view->renderToImage(m_view->size()).pixelColor(left);
    QVERIFY2(near(c, Qt::green), qPrintable(describe(c)));
    QCOMPARE(m_view->beforeLabel(), QStringLiteral("Structure"));
    m_view->setMode(BeforeAfterView::Mode::SideBySide);
    QVERIFY(near(m_view->renderToImage(m_view->size()).pixelColor(m_view->imageRect(0).center().toPoint()), Qt::green));
    m_view->setBeforeLayer(BeforeAfterView::BeforeLayer::Sketch);
    c = m_view->renderToImage(m_view->size()).pixelColor(m_view->imageRect(0).center().toPoint());
    QVERIFY2(near(c, Qt::red), qPrintable(describe(c)));
}

void TestBeforeAfterView::overlayLiesOverTheResultOnly()
{
    m_view->setBefore(solid(QSize(200, 100), Qt::white));
    m_view->setAfter(solid(QSize(200, 100), Qt::blue));
    QImage overlay(200, 100, QImage::Format_ARGB32_Premultiplied);
    overlay.fill(QColor(255, 0, 0)); // lines everywhere, to sample anywhere
    m_view->setOverlay(overlay);
    m_view->setOverlayOpacity(1.0);
    const QRectF image = m_view->imageRect();
    const int y = int(image.center().y() + 40);
    QImage shot = m_view->renderToImage(m_view->size());
    QVERIFY(near(shot.pixelColor(int(image.right()) - 10, y), Qt::red));    // the result side
    QVERIFY(near(shot.pixelColor(int(image.left()) + 10, y), Qt::white));   // the sketch side
    m_view->setOverlayOpacity(0.5);
    shot = m_view->renderToImage(m_view->size());
    QColor c = shot.pixelColor(int(image.right()) - 10, y);
    QVERIFY2(near(c, QColor(128, 0, 127), 4), qPrintable(describe(c)));
    // Blend: the overlay stays on top of the blended result.
    m_view->setMode(BeforeAfterView::Mode::Blend);
    m_view->setBlend(0.0);
    m_view->setOverlayOpacity(1.0);
    QVERIFY(near(m_view->renderToImage(m_view->size()).pixelColor(image.center().toPoint() + QPoint(60, 0)), Qt::red));
    // A new result drops the overlay of the old one.
    m_view->setAfter(solid(QSize(200, 100), Qt::blue));
    QVERIFY(m_view->overlay().isNull());
    m_view->setMode(BeforeAfterView::Mode::Wipe);
    QVERIFY(near(m_view->renderToImage(m_view->size()).pixelColor(int(image.right()) - 10, y), Qt::blue));
}

void TestBeforeAfterView::nullImagesDoNotCrash()
{
    m_view->setBefore(QImage());
    m_view->setAfter(QImage());
    QVERIFY(!m_view->renderToImage(QSize(200, 100)).isNull());
    QVERIFY(m_view->renderToImage(QSize(0, 0)).isNull());
    sendWheel(m_view, QPointF(50, 50), 120);
    QTest::mousePress(m_view, Qt::LeftButton, Qt::NoModifier, QPoint(50, 50));
    QTest::mouseMove(m_view, QPoint(80, 60));
    QTest::mouseRelease(m_view, Qt::LeftButton, Qt::NoModifier, QPoint(80, 60));
    QTest::mouseDClick(m_view, Qt::LeftButton, Qt::NoModifier, QPoint(80, 60));
    for (const auto key : {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_Left, Qt::Key_Up, Qt::Key_Plus})
        QTest::keyClick(m_view, key);
    QTest::keyClick(m_view, Qt::Key_0, Qt::ControlModifier);
    m_view->setZoom(3.0);
    m_view->grab();

    m_view->setAfter(solid(QSize(10, 10), Qt::blue));
    m_view->setBefore(QImage());
    QVERIFY(!m_view->renderToImage(QSize(120, 90)).isNull());
    m_view->setAfter(QImage());
    m_view->clear();
    QVERIFY(!m_view->hasBefore() && !m_view->hasAfter());
    m_view->grab();
    m_view->resize(1, 1);
    m_view->setBefore(solid(QSize(1, 1), Qt::red));
    m_view->grab();
}

void TestBeforeAfterView::screenshots()
{
    const QString dir = qEnvironmentVariable("REIMAGINE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set REIMAGINE_SCREENSHOT_DIR to write screenshots.");
    QDir().mkpath(dir);
    const QImage sketch(QStringLiteral(REIMAGINE_SOURCE_DIR "/resources/samples/sample-sketch.png"));
    QVERIFY(!sketch.isNull());
    const QImage result = colourise(sketch);

    m_view->resize(960, 640);
    m_view->setBefore(sketch);
    m_view->setAfter(result);
    m_view->setWipePosition(0.42);
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/before-after-wipe.png")));
    m_view->setMode(BeforeAfterView::Mode::SideBySide);
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/before-after-side.png")));
    m_view->setMode(BeforeAfterView::Mode::Blend);
    m_view->setBlend(0.6);
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/before-after-blend.png")));
    m_view->setMode(BeforeAfterView::Mode::Wipe);
    sendWheel(m_view, QPointF(420, 300), 360);
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/before-after-zoom.png")));
    m_view->fitToWindow();

    m_view->setAfter(QImage());
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/before-after-sketch-only.png")));
    m_view->clear();
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/before-after-empty.png")));

    // Dark palette.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x41));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::Highlight, QColor(0x4c, 0x8b, 0xf5));
    m_view->setPalette(dark);
    m_view->setBefore(sketch);
    m_view->setAfter(result);
    m_view->setMode(BeforeAfterView::Mode::Blend);
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/before-after-dark.png")));
    m_view->setMode(BeforeAfterView::Mode::Wipe);
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/before-after-dark-wipe.png")));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    TestBeforeAfterView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_beforeafterview.moc"
