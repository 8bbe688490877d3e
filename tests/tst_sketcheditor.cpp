#include "widgets/sketcheditor.h"

#include <QPointingDevice>
#include <QSignalSpy>
#include <QTabletEvent>
#include <QTest>

namespace {
QImage paper(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}

bool near(const QPointF &a, const QPointF &b, double tolerance = 0.01)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}
} // namespace

class TestSketchEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_editor = new SketchEditor;
        m_editor->resize(600, 400);
        m_editor->setImage(paper(QSize(800, 400)));
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    }
    void cleanup()
    {
        delete m_editor;
        m_editor = nullptr;
    }

    void fitsTheImageAndMapsPositions()
    {
        const QRectF r = m_editor->imageRect();
        QCOMPARE(r.width() / r.height(), 2.0);
        QVERIFY(r.width() <= 600 - 16);
        QVERIFY(near(m_editor->toImage(m_editor->fromImage(QPointF(0.25, 0.75))), QPointF(0.25, 0.75), 1e-9));
        QVERIFY(near(m_editor->fromImage(QPointF(0, 0)), r.topLeft(), 1e-9));
    }

    void penStrokeWithTheMouse()
    {
        QSignalSpy finished(m_editor, &SketchEditor::strokeFinished);
        // No tool: nothing is drawn.
        QTest::mouseClick(m_editor, Qt::LeftButton, {}, m_editor->fromImage(QPointF(0.5, 0.5)).toPoint());
        QCOMPARE(finished.count(), 0);

        m_editor->setTool(SketchEditor::Tool::Pen);
        m_editor->setPenWidth(0.01);
        const QPoint from = m_editor->fromImage(QPointF(0.2, 0.5)).toPoint();
        const QPoint to = m_editor->fromImage(QPointF(0.8, 0.5)).toPoint();
        QTest::mousePress(m_editor, Qt::LeftButton, {}, from);
        QTest::mouseMove(m_editor, (from + to) / 2);
        QTest::mouseMove(m_editor, to);
        // Drawn while the button is down.
        QVERIFY(m_editor->grab().toImage().pixelColor((from + to) / 2).value() < 60);
        QTest::mouseRelease(m_editor, Qt::LeftButton, {}, to);
        QCOMPARE(finished.count(), 1);
        const SketchStroke stroke = finished.constFirst().constFirst().value<SketchStroke>();
        QCOMPARE(stroke.tool, SketchStroke::Tool::Pen);
        QCOMPARE(stroke.width, 0.01);
        QCOMPARE(stroke.points.size(), 3);
        QVERIFY(near(stroke.points.first(), QPointF(0.2, 0.5)));
        QVERIFY(near(stroke.points.last(), QPointF(0.8, 0.5)));
        QCOMPARE(stroke.pressures, (QList<double>{1.0, 1.0, 1.0}));
        // Shown until the owner's list replaces it.
        QVERIFY(m_editor->grab().toImage().pixelColor((from + to) / 2).value() < 60);
        m_editor->setStrokes({});
        QCOMPARE(m_editor->grab().toImage().pixelColor((from + to) / 2), QColor(Qt::white));
        // An inverted sketch shows the pen in white.
        QImage dark = paper(QSize(800, 400));
        dark.fill(Qt::black);
        m_editor->setImage(dark);
        m_editor->setStrokes({stroke}, true);
        QCOMPARE(m_editor->grab().toImage().pixelColor((from + to) / 2), QColor(Qt::white));
    }

    void tabletPressureAndEraserEnd()
    {
        QSignalSpy finished(m_editor, &SketchEditor::strokeFinished);
        m_editor->setTool(SketchEditor::Tool::Pen);
        QPointingDevice pen(QStringLiteral("test pen"), 42, QInputDevice::DeviceType::Stylus,
                            QPointingDevice::PointerType::Pen,
                            QInputDevice::Capability::Position | QInputDevice::Capability::Pressure, 1, 3);
        auto send = [&](QEvent::Type type, const QPointF &fraction, double pressure, const QPointingDevice *device) {
            const QPointF pos = m_editor->fromImage(fraction);
            QTabletEvent event(type, device, pos, m_editor->mapToGlobal(pos), pressure, 0, 0, 0, 0, 0, Qt::NoModifier,
                               Qt::LeftButton, type == QEvent::TabletRelease ? Qt::NoButton : Qt::LeftButton);
            QCoreApplication::sendEvent(m_editor, &event);
            QVERIFY(event.isAccepted());
        };
        send(QEvent::TabletPress, QPointF(0.1, 0.1), 0.2, &pen);
        send(QEvent::TabletMove, QPointF(0.3, 0.1), 0.6, &pen);
        send(QEvent::TabletMove, QPointF(0.5, 0.1), 0.9, &pen);
        send(QEvent::TabletRelease, QPointF(0.5, 0.1), 0.0, &pen);
        QCOMPARE(finished.count(), 1);
        const SketchStroke stroke = finished.constFirst().constFirst().value<SketchStroke>();
        QCOMPARE(stroke.tool, SketchStroke::Tool::Pen);
        QCOMPARE(stroke.pressures.size(), 3);
        QVERIFY(qAbs(stroke.pressures.at(0) - 0.2) < 1e-6);
        QVERIFY(qAbs(stroke.pressures.at(2) - 0.9) < 1e-6);

        // The pen turned around: its eraser end erases, then the pen tool is back.
        QPointingDevice eraser(QStringLiteral("test pen eraser"), 43, QInputDevice::DeviceType::Stylus,
                               QPointingDevice::PointerType::Eraser,
                               QInputDevice::Capability::Position | QInputDevice::Capability::Pressure, 1, 3);
        send(QEvent::TabletPress, QPointF(0.6, 0.6), 1.0, &eraser);
        send(QEvent::TabletRelease, QPointF(0.6, 0.6), 0.0, &eraser);
        QCOMPARE(finished.count(), 2);
        QCOMPARE(finished.at(1).constFirst().value<SketchStroke>().tool, SketchStroke::Tool::Eraser);
        QCOMPARE(m_editor->tool(), SketchEditor::Tool::Pen);
    }

    void dragACorner()
    {
        QSignalSpy changed(m_editor, &SketchEditor::cornersChanged);
        QSignalSpy edited(m_editor, &SketchEditor::cornersEdited);
        m_editor->setTool(SketchEditor::Tool::Corners);
        QVERIFY(m_editor->corners().isEmpty());
        // Grab the top-left corner of the whole image (a little off the exact point).
        QTest::mousePress(m_editor, Qt::LeftButton, {}, m_editor->fromImage(QPointF(0, 0)).toPoint() + QPoint(5, 4));
        QTest::mouseMove(m_editor, m_editor->fromImage(QPointF(0.05, 0.1)).toPoint());
        QTest::mouseMove(m_editor, m_editor->fromImage(QPointF(0.1, 0.2)).toPoint());
        QTest::mouseRelease(m_editor, Qt::LeftButton, {}, m_editor->fromImage(QPointF(0.1, 0.2)).toPoint());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(edited.count(), 1);
        const QList<QPointF> corners = edited.constFirst().constFirst().value<QList<QPointF>>();
        QCOMPARE(corners.size(), 4);
        QVERIFY(near(corners.at(0), QPointF(0.1, 0.2)));
        QCOMPARE(corners.at(1), QPointF(1, 0));
        QCOMPARE(corners.at(2), QPointF(1, 1));
        QCOMPARE(corners.at(3), QPointF(0, 1));
        // Outside the page is dimmed.
        const QImage shot = m_editor->grab().toImage();
        QVERIFY(shot.pixelColor(m_editor->fromImage(QPointF(0.02, 0.3)).toPoint()).value() < 200);
        QCOMPARE(shot.pixelColor(m_editor->fromImage(QPointF(0.6, 0.6)).toPoint()), QColor(Qt::white));
        // Dragged past the edge, a corner stays on the image.
        QTest::mousePress(m_editor, Qt::LeftButton, {}, m_editor->fromImage(QPointF(1, 1)).toPoint());
        QTest::mouseMove(m_editor, m_editor->fromImage(QPointF(1.3, 1.2)).toPoint());
        QTest::mouseRelease(m_editor, Qt::LeftButton, {}, m_editor->fromImage(QPointF(1.3, 1.2)).toPoint());
        QCOMPARE(m_editor->corners().at(2), QPointF(1, 1));
    }

private:
    SketchEditor *m_editor = nullptr;
};

QTEST_MAIN(TestSketchEditor)
#include "tst_sketcheditor.moc"
