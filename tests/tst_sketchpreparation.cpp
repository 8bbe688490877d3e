#include "structure/sketchpreparation.h"
#include "structure/structuremaps.h"
#include "structure/structurescore.h"

#include "syntheticsketch.h"

#include <QFileInfo>
#include <QImageReader>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestSketchPreparation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingToDoKeepsTheOriginal()
    {
        const QImage drawing = SyntheticSketch::drawing(QSize(800, 600));
        StructureSettings settings;
        settings.cleanup.invert = true; // but the clean-up is off
        QVERIFY(!SketchPreparation::changesSketch(settings, {}));
        const SketchPreparation::Result result = SketchPreparation::run(drawing, settings, {});
        QCOMPARE(result.sketch, drawing);
        QCOMPARE(result.map, StructureMaps::canny(drawing, settings.cannyLow, settings.cannyHigh));
    }

    void theMapIsNeverLargerThanAnUpload()
    {
        const QImage big = SyntheticSketch::drawing(QSize(4000, 3000));
        const SketchPreparation::Result result = SketchPreparation::run(big, StructureSettings(), {});
        QCOMPARE(result.sketch.size(), QSize(2048, 1536));
        QCOMPARE(result.map.size(), QSize(2048, 1536));
    }

    void phonePhotoToMap()
    {
        // The whole way: a shaded, rotated photo of a page becomes a clean sketch and a map
        // that holds the drawing's structure.
        const QImage drawing = SyntheticSketch::drawing(QSize(1024, 768));
        const SyntheticSketch::Photo photo = SyntheticSketch::phonePhoto(drawing);
        StructureSettings settings;
        settings.cleanupEnabled = true;
        settings.cleanup = CleanupSettings::photo();
        settings.cleanup.trimMargins = false;
        settings.cleanup.corners = photo.corners;
        QVERIFY(SketchPreparation::changesSketch(settings, {}));
        const SketchPreparation::Result result = SketchPreparation::run(photo.image, settings, {});
        QCOMPARE(result.sketch.format(), QImage::Format_Grayscale8);
        const double sketchScore = StructureScore::compute(drawing, result.sketch).fscore;
        const double mapScore = StructureScore::compute(drawing, result.map).fscore;
        qInfo("phone photo cleaned: %.3f; its canny map: %.3f; the raw photo: %.3f", sketchScore, mapScore,
              StructureScore::compute(drawing, photo.image).fscore);
        QVERIFY2(sketchScore > 0.8, qPrintable(QString::number(sketchScore)));
        QVERIFY2(mapScore > 0.7, qPrintable(QString::number(mapScore)));
    }

    void strokesAloneChangeTheSketch()
    {
        const QImage drawing = SyntheticSketch::drawing(QSize(400, 300));
        SketchStroke eraser;
        eraser.tool = SketchStroke::Tool::Eraser;
        eraser.width = 0.5;
        eraser.points = {QPointF(0.5, 0.5)};
        QVERIFY(SketchPreparation::changesSketch(StructureSettings(), {eraser}));
        const SketchPreparation::Result result = SketchPreparation::run(drawing, StructureSettings(), {eraser});
        QCOMPARE(result.sketch.size(), drawing.size());
        QCOMPARE(result.sketch.pixelColor(200, 150), QColor(Qt::white)); // the door is erased
        QCOMPARE(drawing.pixelColor(200, 246).lightness() < 128, true); // the original keeps it
    }

    void storeIsContentAddressedAndTagged()
    {
        QTemporaryDir dir;
        const QImage map = StructureMaps::canny(SyntheticSketch::drawing(QSize(400, 300)), 60, 160);
        const QJsonObject metadata{{QStringLiteral("kind"), QStringLiteral("canny")}};
        QString error;
        const QString path = SketchPreparation::store(map, dir.filePath(QStringLiteral("sketches")), metadata, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QVERIFY(path.endsWith(QLatin1String(".png")));
        QCOMPARE(SketchPreparation::store(map, dir.filePath(QStringLiteral("sketches")), metadata), path);
        QCOMPARE(SketchPreparation::metadataOf(path), metadata);
        // Pixel for pixel what was stored.
        QImage back = QImageReader(path).read();
        QCOMPARE(back.convertToFormat(QImage::Format_Grayscale8), map);
        // Other metadata, other file.
        QVERIFY(SketchPreparation::store(map, dir.filePath(QStringLiteral("sketches")), QJsonObject{}) != path);
        QVERIFY(SketchPreparation::store(QImage(), dir.path(), metadata, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        // Named for the designer: the original's name and what it is, then the content hash.
        const QString named = SketchPreparation::store(map, dir.path(), metadata, &error,
                                                       SketchPreparation::fileName(QStringLiteral("/x/My sketch (2).jpg"),
                                                                                   QStringLiteral("canny")));
        QVERIFY2(QFileInfo(named).fileName().startsWith(QLatin1String("My-sketch--2--canny-")), qPrintable(named));
        QCOMPARE(QFileInfo(named).fileName().size(), QStringLiteral("My-sketch--2--canny-").size() + 12 + 4);
    }
};

QTEST_GUILESS_MAIN(TestSketchPreparation)
#include "tst_sketchpreparation.moc"
