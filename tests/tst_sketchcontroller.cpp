#include "modelpanel.h"
#include "sketchcontroller.h"

#include "syntheticsketch.h"
#include "testenvironment.h"

#include "forms/schemaform.h"
#include "schema/modelcatalog.h"
#include "structure/sketchpreparation.h"
#include "widgets/sketchcanvas.h"
#include "widgets/sketcheditor.h"
#include "widgets/structurepanel.h"

#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

// SketchController without the main window: a canvas, the model panel and the controller.
class TestSketchController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Reimagine Studio Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sketchcontroller"));
        m_catalog.reload();
        m_drawingPath = m_env.path(QStringLiteral("house.png"));
        QVERIFY(SyntheticSketch::drawing(QSize(800, 600)).save(m_drawingPath));
    }

    void init()
    {
        QSettings().clear();
        m_canvas = new SketchCanvas;
        m_panel = new ModelPanel(&m_catalog);
        QVERIFY(m_panel->selectModel(QStringLiteral("fal:bria/reimagine/3.2")));
        // As MainWindow does: the canvas's sketch goes into the form.
        connect(m_canvas, &SketchCanvas::sketchChanged, m_panel, &ModelPanel::setSketchSource);
        m_controller = new SketchController(m_canvas, m_panel, m_env.path(QStringLiteral("data")));
    }

    void cleanup()
    {
        delete m_controller;
        delete m_panel;
        delete m_canvas;
    }

    void plainSketchIsSentAsItIs()
    {
        QSignalSpy prepared(m_controller, &SketchController::prepared);
        QVERIFY(m_canvas->setSketch(m_drawingPath));
        QVERIFY(prepared.wait());
        QCOMPARE(m_controller->sentSketchPath(), m_drawingPath);
        QCOMPARE(m_canvas->preparedSource(), QString());
        QVERIFY(!m_controller->mapImage().isNull());
        QVERIFY(QDir(m_env.path(QStringLiteral("data/sketches"))).isEmpty());
        QVERIFY(m_controller->mapValues(*m_catalog.model(QStringLiteral("fal:bria/reimagine/3.2"))).isEmpty());
        QVERIFY(m_controller->panel()->statusText().startsWith(QStringLiteral("Sent as it is")));
    }

    void theNewestSettingsWin()
    {
        QSignalSpy prepared(m_controller, &SketchController::prepared);
        QVERIFY(m_canvas->setSketch(m_drawingPath));
        QVERIFY(prepared.wait());
        // Three changes in a row: what ends up in use is the last one.
        StructureSettings s = m_controller->settings();
        s.cleanupEnabled = true;
        s.cleanup = CleanupSettings::none();
        for (int weight : {1, 2, 3}) {
            s.cleanup.lineWeight = weight;
            m_controller->applySettings(s);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isPreparing() && prepared.count() >= 2, 10000);
        const QJsonObject meta = SketchPreparation::metadataOf(m_controller->sentSketchPath());
        QCOMPARE(meta.value(QStringLiteral("cleanup")).toObject().value(QStringLiteral("line_weight")).toInt(), 3);
        QCOMPARE(m_panel->form()->fieldValue(QStringLiteral("canny_image_url")).toString(), m_controller->sentSketchPath());
        QVERIFY(QFileInfo(m_controller->sentSketchPath()).fileName().startsWith(QLatin1String("house-cleaned-")));
        // The panel shows the settings, and they are remembered for the next session (no corners).
        QVERIFY(m_controller->panel()->findChild<QGroupBox *>(QStringLiteral("cleanupGroup"))->isChecked());
        const QJsonObject saved = QJsonDocument::fromJson(QSettings().value(QStringLiteral("Structure/Settings")).toByteArray()).object();
        QCOMPARE(saved.value(QStringLiteral("cleanup")).toObject().value(QStringLiteral("line_weight")).toInt(), 3);
    }

    void cornersAreUndoable()
    {
        QSignalSpy prepared(m_controller, &SketchController::prepared);
        QVERIFY(m_canvas->setSketch(m_drawingPath));
        QVERIFY(prepared.wait());
        const QList<QPointF> quad{{0.1, 0.1}, {0.9, 0.1}, {0.9, 0.9}, {0.1, 0.9}};
        m_controller->setCorners(quad);
        QCOMPARE(m_controller->settings().cleanup.corners, quad);
        QCOMPARE(m_canvas->editor()->corners(), quad);
        m_controller->undoStack()->undo();
        QVERIFY(m_controller->settings().cleanup.corners.isEmpty());
        m_controller->undoStack()->redo();
        QCOMPARE(m_controller->settings().cleanup.corners, quad);
        // Applying a preset keeps the corners of this photo.
        m_controller->applySettings(StructureSettings());
        QCOMPARE(m_controller->settings().cleanup.corners, quad);
        // A new sketch starts without corners or corrections.
        m_controller->addStroke(SketchStroke{SketchStroke::Tool::Pen, 0.01, {QPointF(0.5, 0.5)}, {}});
        QCOMPARE(m_controller->strokes().size(), 1);
        const QString other = m_env.path(QStringLiteral("other.png"));
        QVERIFY(SyntheticSketch::unrelated(QSize(300, 200)).save(other));
        QVERIFY(m_canvas->setSketch(other));
        QVERIFY(m_controller->settings().cleanup.corners.isEmpty());
        QVERIFY(m_controller->strokes().isEmpty());
        QCOMPARE(m_controller->undoStack()->count(), 0);
    }

    void noPageInADrawing()
    {
        QSignalSpy prepared(m_controller, &SketchController::prepared);
        QSignalSpy messages(m_controller, &SketchController::statusMessage);
        QVERIFY(m_canvas->setSketch(m_drawingPath));
        QVERIFY(prepared.wait());
        m_controller->panel()->findChild<QGroupBox *>(QStringLiteral("cleanupGroup"))->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 10000);
        QCOMPARE(messages.constLast().constFirst().toString(),
                 QStringLiteral("No page found in the sketch; drag the corners yourself."));
        QVERIFY(m_controller->settings().cleanup.corners.isEmpty());
    }

    void mapValuesOnlyForModelsThatTakeAMap()
    {
        QSignalSpy prepared(m_controller, &SketchController::prepared);
        QVERIFY(m_canvas->setSketch(m_drawingPath));
        QVERIFY(prepared.wait());
        StructureSettings s = m_controller->settings();
        s.sendMap = true;
        m_controller->applySettings(s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->mapPath().isEmpty() && !m_controller->isPreparing(), 10000);
        const QJsonObject bria = m_controller->mapValues(*m_catalog.model(QStringLiteral("fal:bria/reimagine/3.2")));
        QCOMPARE(bria.value(QStringLiteral("canny_image_url")).toString(), m_controller->mapPath());
        QCOMPARE(bria.value(QStringLiteral("canny_preprocess")).toBool(true), false);
        QVERIFY(m_controller->mapValues(*m_catalog.model(QStringLiteral("segmind:bria-reimagine"))).isEmpty());
        // The form follows the model: Segmind gets the sketch, Bria the map again.
        QVERIFY(m_panel->selectModel(QStringLiteral("segmind:bria-reimagine")));
        QCOMPARE(m_panel->form()->fieldValue(QStringLiteral("structure_image_url")).toString(), m_drawingPath);
        QVERIFY(m_panel->selectModel(QStringLiteral("fal:bria/reimagine/3.2")));
        QCOMPARE(m_panel->form()->fieldValue(QStringLiteral("canny_image_url")).toString(), m_controller->mapPath());
        QCOMPARE(m_panel->form()->fieldValue(QStringLiteral("canny_preprocess")).toBool(true), false);
        // Sending the sketch again switches Bria's own edge detection back on.
        s.sendMap = false;
        m_controller->applySettings(s);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->form()->fieldValue(QStringLiteral("canny_image_url")).toString() == m_drawingPath,
                                 10000);
        QCOMPARE(m_panel->form()->fieldValue(QStringLiteral("canny_preprocess")).toBool(false), true);
    }

private:
    TestEnvironment m_env;
    ModelCatalog m_catalog;
    QString m_drawingPath;
    SketchCanvas *m_canvas = nullptr;
    ModelPanel *m_panel = nullptr;
    SketchController *m_controller = nullptr;
};

QTEST_MAIN(TestSketchController)
#include "tst_sketchcontroller.moc"
