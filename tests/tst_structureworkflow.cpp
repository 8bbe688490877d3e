// Structure in the app, end to end against the fake provider server: a phone photo of a paper
// sketch is cleaned up (page found, shading evened), corrected with the pen (undo, redo), its
// canny map shown and sent to Bria with Bria's preprocessing off; results are scored, stored in
// the history, overlaid with the sketch's lines, ordered by score in the compare grid; reusing
// the history entry brings back the original and its clean-up.
//
// With REIMAGINE_SCREENSHOT_DIR set, the README screenshots of these steps are written there.

#include "fidelitycontroller.h"
#include "mainwindow.h"
#include "resultsarea.h"
#include "sketchcontroller.h"

#include "fakeproviderserver.h"
#include "syntheticsketch.h"
#include "windowprobe.h"
#include "windowtest.h"
#include "testenvironment.h"

#include "forms/schemaform.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "jobs/job.h"
#include "panels/comparesetup.h"
#include "panels/historypanel.h"
#include "schema/modelcatalog.h"
#include "secrets/secretstore.h"
#include "session/studiosession.h"
#include "structure/sketchpreparation.h"
#include "structure/structurescore.h"
#include "widgets/beforeafterview.h"
#include "widgets/comparecell.h"
#include "widgets/comparegrid.h"
#include "widgets/fidelitybar.h"
#include "widgets/sketchcanvas.h"
#include "widgets/sketcheditor.h"

#include <QAbstractButton>
#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

namespace {
const QString Bria = QStringLiteral("fal:bria/reimagine/3.2");
const QString Segmind = QStringLiteral("segmind:bria-reimagine");
const QString Freepik = QStringLiteral("freepik:reimagine-flux");
constexpr int JobTimeoutMs = 30000;

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int darkPixels(const QImage &image, const QRect &area)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            count += gray.pixelColor(x, y).value() < 100 ? 1 : 0;
    return count;
}

// The colour of the first opaque pixel of an overlay.
QColor overlayColour(const QImage &overlay)
{
    for (int y = 0; y < overlay.height(); ++y)
        for (int x = 0; x < overlay.width(); ++x)
            if (overlay.pixelColor(x, y).alpha() == 255)
                return overlay.pixelColor(x, y);
    return QColor();
}
} // namespace

class TestStructureWorkflow : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void cleansUpAPhonePhoto();
    void correctionsAreUndoable();
    void sendsTheMapShownToBria();
    void scoresAndOverlaysTheResult();
    void comparesByStructure();
    void historyKeepsAndSortsScores();
    void reuseBringsTheOriginalBack();
    void screenshots();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    Job *generateAndWait();
    void grab(const QString &name);

    SketchController *m_sketch = nullptr;
    FidelityController *m_fidelity = nullptr;
    QImage m_drawing;
    SyntheticSketch::Photo m_photo;
    QString m_photoPath;
    QByteArray m_photoHash;
    QPointer<Job> m_briaJob;
};

void TestStructureWorkflow::initTestCase()
{
    initSessionTest("tst_structureworkflow");
    QVERIFY(!QTest::currentTestFailed());
    QSettings().setValue(QStringLiteral("Costs/ConfirmAbove"), 5.0);

    // What the "models" return: a render that kept the drawing, the same render moved, an
    // unrelated picture.
    m_drawing = SyntheticSketch::drawing(QSize(1024, 768));
    m_photo = SyntheticSketch::phonePhoto(m_drawing, QSize(2000, 1500), 8.0);
    m_photoPath = m_env->path(QStringLiteral("photo of my sketch.jpg"));
    QVERIFY(m_photo.image.save(m_photoPath, "JPEG", 92));
    m_photoHash = fileHash(m_photoPath);

    m_server->setFalScript({QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")});
    m_server->setSseIntervalMs(40);
    m_server->setResultImage(QStringLiteral("fal"), png(SyntheticSketch::rendered(QSize(1024, 768))));
    m_server->setResultImage(QStringLiteral("freepik"),
                             png(SyntheticSketch::shifted(SyntheticSketch::rendered(QSize(1024, 768)), 0.05)));
    m_server->setResultImage(QStringLiteral("segmind"), png(SyntheticSketch::unrelated(QSize(1024, 768))));

    openWindow();
    QVERIFY(!QTest::currentTestFailed());
    m_sketch = Probe::sketchController(m_window);
    m_fidelity = Probe::fidelityController(m_window);
    QVERIFY(m_sketch && m_fidelity);
}

void TestStructureWorkflow::cleanupTestCase()
{
    closeWindow();
}

Job *TestStructureWorkflow::generateAndWait()
{
    QSignalSpy finished(m_session, &StudioSession::jobFinished);
    QSignalSpy scored(m_fidelity, &FidelityController::jobScored);
    m_window->generate();
    if (!finished.wait(JobTimeoutMs))
        return nullptr;
    Job *job = finished.constFirst().constFirst().value<Job *>();
    if (scored.isEmpty() && !scored.wait(JobTimeoutMs))
        return nullptr;
    return job;
}

void TestStructureWorkflow::cleansUpAPhonePhoto()
{
    QVERIFY(m_window->selectModel(Bria));
    QSignalSpy prepared(m_sketch, &SketchController::prepared);
    QVERIFY(m_window->loadSketch(m_photoPath));
    QTRY_VERIFY(Probe::canvas(m_window)->editor()->hasImage());
    QVERIFY(prepared.wait());
    // Without the clean-up the photo itself is sent.
    QCOMPARE(m_sketch->sentSketchPath(), m_photoPath);
    QCOMPARE(Probe::form(m_window)->fieldValue(QStringLiteral("canny_image_url")).toString(), m_photoPath);

    // Clean up: the page is found, straightened and its shading evened out.
    prepared.clear();
    child<QGroupBox>(QStringLiteral("cleanupGroup"))->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_sketch->settings().cleanup.hasCorners() && !m_sketch->isPreparing(), 10000);
    for (int i = 0; i < 4; ++i) {
        const QPointF d = m_sketch->settings().cleanup.corners.at(i) - m_photo.corners.at(i);
        QVERIFY2(std::hypot(d.x(), d.y()) < 0.02, qPrintable(QString::number(i)));
    }
    const QString cleaned = m_sketch->sentSketchPath();
    QVERIFY(cleaned != m_photoPath);
    QVERIFY(QFileInfo(cleaned).fileName().startsWith(QLatin1String("photo-of-my-sketch-cleaned-")));
    QCOMPARE(QFileInfo(cleaned).absolutePath(), m_env->path(QStringLiteral("data/reimagine-studio/sketches")));
    QCOMPARE(SketchPreparation::metadataOf(cleaned).value(QStringLiteral("source")).toString(), m_photoPath);
    const double recovered = StructureScore::compute(m_drawing, QImage(cleaned)).fscore;
    QVERIFY2(recovered > 0.8, qPrintable(QString::number(recovered)));
    // The cleaned copy is what the form sends; the photo is untouched.
    QCOMPARE(Probe::form(m_window)->fieldValue(QStringLiteral("canny_image_url")).toString(), cleaned);
    QCOMPARE(Probe::canvas(m_window)->sketchSource(), m_photoPath);
    QCOMPARE(fileHash(m_photoPath), m_photoHash);

    // Live: a slider moves, a new sketch follows (bolder lines: more ink).
    const int inkBefore = darkPixels(m_sketch->sketchImage(), m_sketch->sketchImage().rect());
    prepared.clear();
    child<QSpinBox>(QStringLiteral("lineWeightSpin"))->setValue(2);
    QTRY_VERIFY_WITH_TIMEOUT(!prepared.isEmpty() && !m_sketch->isPreparing(), 10000);
    QVERIFY(darkPixels(m_sketch->sketchImage(), m_sketch->sketchImage().rect()) > inkBefore * 1.3);
    QVERIFY(m_sketch->sentSketchPath() != cleaned);
    QCOMPARE(Probe::form(m_window)->fieldValue(QStringLiteral("canny_image_url")).toString(), m_sketch->sentSketchPath());
    child<QSpinBox>(QStringLiteral("lineWeightSpin"))->setValue(0);
    QTRY_VERIFY_WITH_TIMEOUT(m_sketch->sentSketchPath() == cleaned && !m_sketch->isPreparing(), 10000);
}

void TestStructureWorkflow::correctionsAreUndoable()
{
    SketchEditor *editor = Probe::canvas(m_window)->editor();
    child<QToolButton>(QStringLiteral("penToolButton"))->click();
    QCOMPARE(editor->tool(), SketchEditor::Tool::Pen);
    // A line across the empty sky, left to right.
    const QPoint from = editor->fromImage(QPointF(0.30, 0.06)).toPoint();
    const QPoint to = editor->fromImage(QPointF(0.70, 0.06)).toPoint();
    QSignalSpy prepared(m_sketch, &SketchController::prepared);
    QTest::mousePress(editor, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(editor, from + (to - from) * i / 10);
    QTest::mouseRelease(editor, Qt::LeftButton, {}, to);
    QCOMPARE(m_sketch->strokes().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!prepared.isEmpty() && !m_sketch->isPreparing(), 10000);
    const QImage corrected = m_sketch->sketchImage();
    const QRect sky(int(corrected.width() * 0.4), int(corrected.height() * 0.04), int(corrected.width() * 0.2),
                    int(corrected.height() * 0.04));
    QVERIFY(darkPixels(corrected, sky) > 0);
    QVERIFY(SketchPreparation::metadataOf(m_sketch->sentSketchPath()).contains(QStringLiteral("strokes")));

    // Undo takes the line away, redo puts it back; the original never changes.
    prepared.clear();
    m_sketch->undoStack()->undo();
    QCOMPARE(m_sketch->strokes().size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!prepared.isEmpty() && !m_sketch->isPreparing(), 10000);
    QCOMPARE(darkPixels(m_sketch->sketchImage(), sky), 0);
    prepared.clear();
    m_sketch->undoStack()->redo();
    QCOMPARE(m_sketch->strokes().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!prepared.isEmpty() && !m_sketch->isPreparing(), 10000);
    QVERIFY(darkPixels(m_sketch->sketchImage(), sky) > 0);
    QCOMPARE(fileHash(m_photoPath), m_photoHash);
    child<QToolButton>(QStringLiteral("penToolButton"))->click(); // pen off
    QCOMPARE(editor->tool(), SketchEditor::Tool::None);
}

void TestStructureWorkflow::sendsTheMapShownToBria()
{
    // The Structure view shows the map; sending it puts it into Bria's canny field.
    child<QToolButton>(QStringLiteral("showStructureButton"))->click();
    QCOMPARE(Probe::canvas(m_window)->editor()->image(), m_sketch->mapImage());
    QSignalSpy prepared(m_sketch, &SketchController::prepared);
    auto *send = child<QCheckBox>(QStringLiteral("sendMapCheck"));
    QVERIFY(send->isEnabled());
    send->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!m_sketch->mapPath().isEmpty() && !m_sketch->isPreparing(), 10000);
    QCOMPARE(Probe::form(m_window)->fieldValue(QStringLiteral("canny_image_url")).toString(), m_sketch->mapPath());
    QCOMPARE(Probe::form(m_window)->fieldValue(QStringLiteral("canny_preprocess")).toBool(true), false);
    QVERIFY(QFileInfo(m_sketch->mapPath()).fileName().startsWith(QLatin1String("photo-of-my-sketch-canny-")));

    Probe::form(m_window)->setFieldValue(QStringLiteral("prompt"), QStringLiteral("a cottage in the sun, gouache"));
    m_server->clearRequests();
    Job *job = generateAndWait();
    QVERIFY(job);
    QVERIFY2(job->state() == JobState::Done, qPrintable(job->outcome().message));
    m_briaJob = job;
    // What Bria received: the map shown, pixel for pixel, with its own preprocessing off.
    QJsonObject input;
    for (const RecordedRequest &request : m_server->requestsTo(QStringLiteral("/fal-queue/bria/reimagine/3.2"))) {
        if (request.method == "POST")
            input = QJsonDocument::fromJson(request.body).object();
    }
    QCOMPARE(input.value(QStringLiteral("canny_preprocess")).toBool(true), false);
    const QImage sent = QImage::fromData(m_server->storedFile(QUrl(input.value(QStringLiteral("canny_image_url")).toString()).path()));
    QCOMPARE(sent.convertToFormat(QImage::Format_Grayscale8), m_sketch->mapImage().convertToFormat(QImage::Format_Grayscale8));
    // The history keeps the cleaned sketch as the run's sketch.
    QCOMPARE(job->context().value(QLatin1String("sketch")).toString(), m_sketch->sentSketchPath());
}

void TestStructureWorkflow::scoresAndOverlaysTheResult()
{
    QVERIFY(m_briaJob);
    const std::optional<StructureScore> score = m_fidelity->score(m_briaJob);
    QVERIFY(score);
    // The render kept the drawing's structure; the score is the one of the sketch sent.
    const double expected = StructureScore::compute(QImage(m_sketch->sentSketchPath()), QImage(m_briaJob->outcome().outputs.first().filePath)).fscore;
    QCOMPARE(score->fscore, expected);
    QVERIFY2(score->fscore > 0.6, qPrintable(QString::number(score->fscore)));
    // Written on the history's database thread, after the score was shown.
    const QString historyId = m_session->historyId(m_briaJob);
    QTRY_VERIFY(m_session->history()->entry(historyId) && m_session->history()->entry(historyId)->structureScore);
    const std::optional<HistoryEntry> entry = m_session->history()->entry(historyId);
    QCOMPARE(*entry->structureScore, score->fscore);
    QCOMPARE(entry->structure.value(QStringLiteral("cleanup_enabled")).toBool(), true);
    QCOMPARE(entry->structure.value(QStringLiteral("source")).toString(), m_photoPath);

    // The result page: score, Structure layer, the sketch's lines over the result.
    QTRY_COMPARE(Probe::shownJob(m_window), m_briaJob.data());
    BeforeAfterView *view = Probe::beforeAfterView(m_window);
    FidelityBar *bar = m_fidelity->resultBar();
    QTRY_VERIFY_WITH_TIMEOUT(!view->structure().isNull(), 10000);
    QCOMPARE(bar->scoreText(), QStringLiteral("Structure %1").arg(score->text()));
    child<QComboBox>(QStringLiteral("beforeLayerCombo"))->setCurrentIndex(1);
    QCOMPARE(view->beforeLayer(), BeforeAfterView::BeforeLayer::Structure);
    QCOMPARE(view->beforeLabel(), QStringLiteral("Structure"));
    QVERIFY2(bar->note().contains(QStringLiteral("followed this map")), qPrintable(bar->note()));
    QVERIFY(view->overlay().isNull());
    child<QCheckBox>(QStringLiteral("resultOverlayCheck"))->setChecked(true);
    QCOMPARE(view->overlay().size(), view->after().size());
    QCOMPARE(overlayColour(view->overlay()), bar->overlayColour());
    QSignalSpy analysed(m_fidelity, &FidelityController::shownResultAnalysed);
    bar->setOverlayColour(QColor(0, 200, 255));
    QVERIFY(analysed.wait(10000));
    QCOMPARE(overlayColour(view->overlay()), QColor(0, 200, 255));
    bar->setOverlayOpacity(0.5);
    QCOMPARE(view->overlayOpacity(), 0.5);
    // Shared with the compare grid's bar.
    QCOMPARE(m_fidelity->compareBar()->overlayColour(), QColor(0, 200, 255));
    QVERIFY(m_fidelity->compareBar()->overlayShown());
}

void TestStructureWorkflow::comparesByStructure()
{
    QSignalSpy scored(m_fidelity, &FidelityController::jobScored);
    const int mainThreadQueries = m_session->history()->mainThreadQueries();
    m_window->setCompareMode(true);
    Probe::compareSetup(m_window)->setSelectedModelIds({Segmind, Freepik, Bria});
    Probe::compareSetup(m_window)->setPrompt(QStringLiteral("a cottage in the sun"));
    m_server->clearRequests();
    m_window->runComparison();
    CompareGrid *grid = Probe::compareGrid(m_window);
    const QStringList keys = grid->keys();
    QCOMPARE(keys.size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(scored.count(), 3, JobTimeoutMs);
    // Recording, scoring and storing the scores: none of it queried the history on this thread.
    QCOMPARE(m_session->history()->mainThreadQueries(), mainThreadQueries);
    QHash<QString, double> byModel;
    for (const QString &key : keys) {
        CompareCell *cell = grid->cell(key);
        QVERIFY(cell->structureScore());
        byModel.insert(cell->modelTitle(), *cell->structureScore());
        QVERIFY(!cell->overlay().isNull()); // lines shown since the result page turned them on
    }
    qInfo("compare scores: %s", qPrintable(QString::fromUtf8(QJsonDocument(QJsonObject{
        {QStringLiteral("bria"), byModel.value(QStringLiteral("Bria Reimagine 3.2"))},
        {QStringLiteral("freepik"), byModel.value(QStringLiteral("Reimagine Flux (Freepik)"))},
        {QStringLiteral("segmind"), byModel.value(QStringLiteral("Bria Reimagine (Segmind)"))}}).toJson(QJsonDocument::Compact))));
    QVERIFY(byModel.value(QStringLiteral("Bria Reimagine 3.2")) > byModel.value(QStringLiteral("Reimagine Flux (Freepik)")));
    QVERIFY(byModel.value(QStringLiteral("Reimagine Flux (Freepik)")) > byModel.value(QStringLiteral("Bria Reimagine (Segmind)")));

    // In compare mode too, Bria got the map with its preprocessing off.
    QJsonObject input;
    for (const RecordedRequest &request : m_server->requestsTo(QStringLiteral("/fal-queue/bria/reimagine/3.2"))) {
        if (request.method == "POST")
            input = QJsonDocument::fromJson(request.body).object();
    }
    QCOMPARE(input.value(QStringLiteral("canny_preprocess")).toBool(true), false);

    // Best structure first.
    child<QComboBox>(QStringLiteral("compareOrderCombo"))->setCurrentIndex(1);
    QStringList titles;
    for (const QString &key : grid->keys())
        titles.append(grid->cell(key)->modelTitle());
    QCOMPARE(titles, (QStringList{QStringLiteral("Bria Reimagine 3.2"), QStringLiteral("Reimagine Flux (Freepik)"),
                                  QStringLiteral("Bria Reimagine (Segmind)")}));
    child<QComboBox>(QStringLiteral("compareOrderCombo"))->setCurrentIndex(0);
    QCOMPARE(grid->keys(), keys);
    m_window->setCompareMode(false);
}

void TestStructureWorkflow::historyKeepsAndSortsScores()
{
    HistoryModel *model = Probe::historyPanel(m_window)->model();
    QTRY_COMPARE(model->rowCount(), 4);
    child<QToolButton>(QStringLiteral("historyScoreSort"))->click();
    QTRY_VERIFY(model->filter().sort == HistoryFilter::Sort::StructureScore && !model->isLoading());
    double previous = 2.0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant score = model->index(row).data(HistoryModel::StructureScoreRole);
        QVERIFY(score.isValid());
        QVERIFY(score.toDouble() <= previous);
        previous = score.toDouble();
        QVERIFY(model->index(row).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Structure score")));
    }
    child<QToolButton>(QStringLiteral("historyScoreSort"))->click();
}

void TestStructureWorkflow::reuseBringsTheOriginalBack()
{
    const StructureSettings used = m_sketch->settings();
    const int strokes = int(m_sketch->strokes().size());
    // Another sketch, the clean-up off.
    QVERIFY(m_window->loadSketch(QStringLiteral(REIMAGINE_SOURCE_DIR "/resources/samples/sample-sketch.png")));
    child<QGroupBox>(QStringLiteral("cleanupGroup"))->setChecked(false);
    QTRY_VERIFY(m_sketch->strokes().isEmpty() && !m_sketch->settings().cleanupEnabled);

    // Reusing the Bria run: the photo comes back with its corners, clean-up and corrections.
    const std::optional<HistoryEntry> entry = m_session->history()->entry(m_session->historyId(m_briaJob));
    QVERIFY(entry);
    Q_EMIT Probe::historyPanel(m_window)->reuseRequested(*entry);
    QTRY_COMPARE_WITH_TIMEOUT(Probe::canvas(m_window)->sketchSource(), m_photoPath, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_sketch->isPreparing() && m_sketch->settings().cleanupEnabled, 10000);
    QCOMPARE(m_sketch->settings().cleanup.corners, used.cleanup.corners);
    QCOMPARE(int(m_sketch->strokes().size()), strokes);
    QVERIFY(m_sketch->settings().sendMap);
    QTRY_COMPARE_WITH_TIMEOUT(Probe::form(m_window)->fieldValue(QStringLiteral("canny_image_url")).toString(),
                              m_sketch->mapPath(), 10000);
    QCOMPARE(QFileInfo(m_sketch->mapPath()).fileName(),
             QFileInfo(entry->inputs.value(QStringLiteral("canny_image_url")).toString()).fileName());
}

void TestStructureWorkflow::grab(const QString &name)
{
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(qEnvironmentVariable("REIMAGINE_SCREENSHOT_DIR") + QLatin1Char('/') + name));
}

void TestStructureWorkflow::screenshots()
{
    if (qEnvironmentVariableIsEmpty("REIMAGINE_SCREENSHOT_DIR"))
        QSKIP("Set REIMAGINE_SCREENSHOT_DIR to write the README screenshots.");
    m_window->resize(1280, 800);
    m_window->findChild<QDockWidget *>(QStringLiteral("StructureDock"))->raise();

    // Clean-up: the photo's corners on the canvas, then the cleaned sketch.
    Probe::resultsArea(m_window)->setCurrentPage(ResultsArea::Page::Sketch);
    child<QToolButton>(QStringLiteral("cornersToolButton"))->click();
    grab(QStringLiteral("structure-corners.png"));
    child<QToolButton>(QStringLiteral("cornersToolButton"))->click();
    child<QToolButton>(QStringLiteral("showSketchButton"))->click();
    grab(QStringLiteral("structure-cleanup.png"));
    child<QToolButton>(QStringLiteral("showStructureButton"))->click();
    grab(QStringLiteral("structure-map.png"));

    // The result: Structure layer, then the sketch's lines over it.
    QVERIFY(Probe::resultsArea(m_window)->showJobResult(m_briaJob));
    m_fidelity->resultBar()->setOverlayColour(QColor(0xff, 0x1f, 0x8e));
    m_fidelity->resultBar()->setOverlayOpacity(0.85);
    child<QCheckBox>(QStringLiteral("resultOverlayCheck"))->setChecked(false);
    child<QComboBox>(QStringLiteral("beforeLayerCombo"))->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(!Probe::beforeAfterView(m_window)->structure().isNull(), 10000);
    Probe::beforeAfterView(m_window)->setWipePosition(0.5);
    grab(QStringLiteral("structure-layer.png"));
    child<QComboBox>(QStringLiteral("beforeLayerCombo"))->setCurrentIndex(0);
    child<QCheckBox>(QStringLiteral("resultOverlayCheck"))->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!Probe::beforeAfterView(m_window)->overlay().isNull(), 10000);
    Probe::beforeAfterView(m_window)->setWipePosition(0.2);
    grab(QStringLiteral("structure-overlay.png"));

    // The compare grid, scored and ordered.
    m_window->setCompareMode(true);
    child<QComboBox>(QStringLiteral("compareOrderCombo"))->setCurrentIndex(1);
    m_window->showComparePage();
    grab(QStringLiteral("structure-compare.png"));

    // The history, best structure first.
    m_window->findChild<QDockWidget *>(QStringLiteral("LibraryDock"))->raise();
    child<QToolButton>(QStringLiteral("historyScoreSort"))->click();
    HistoryModel *history = Probe::historyPanel(m_window)->model();
    QTRY_VERIFY(history->rowCount() > 0 && !history->index(0).data(Qt::DecorationRole).isNull());
    QTRY_VERIFY(!history->index(history->rowCount() - 1).data(Qt::DecorationRole).isNull());
    grab(QStringLiteral("structure-history.png"));
    child<QToolButton>(QStringLiteral("historyScoreSort"))->click();
    m_window->setCompareMode(false);
}

QTEST_MAIN(TestStructureWorkflow)
#include "tst_structureworkflow.moc"
