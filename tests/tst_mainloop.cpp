// The designer's main loop without traps, each trap reproduced in a real window against the fake
// provider server: no run without the sketch a model needs, no blank prompt, a new seed for
// every run unless locked (and a warning before paying again for the same image), one intent
// across models and Compare, closing Compare's panel leaving Compare, the aspect following the
// sketch, the session coming back after a restart, and a form that never clips at any size.
//
// With REIMAGINE_SCREENSHOT_DIR set, the layout screenshots are written there.

#include "mainwindow.h"

#include "fakeproviderserver.h"
#include "windowprobe.h"
#include "windowtest.h"
#include "testenvironment.h"

#include "forms/schemaform.h"
#include "comparecontroller.h"
#include "generatecontroller.h"
#include "intentcontroller.h"
#include "jobs/job.h"
#include "modeldock.h"
#include "panels/comparesetup.h"
#include "resultsarea.h"
#include "schema/modelcatalog.h"
#include "secrets/secretstore.h"
#include "session/studiosession.h"
#include "widgets/beforeafterview.h"
#include "widgets/comparegrid.h"
#include "widgets/sketchcanvas.h"
#include "widgets/sketcheditor.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QTreeWidget>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QRegularExpression>
#include <QTextEdit>
#include <QToolButton>

#include <memory>

namespace {
const QString Bria = QStringLiteral("fal:bria/reimagine/3.2");
const QString Ideogram = QStringLiteral("fal:fal-ai/ideogram/v3/remix");
const QString Segmind = QStringLiteral("segmind:bria-reimagine");
const QString BriaSubmitPath = QStringLiteral("/fal-queue/bria/reimagine/3.2");
constexpr int JobTimeoutMs = 30000;

QJsonObject bodyOf(const RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}
} // namespace

class TestMainLoop : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void noRunWithoutSketch();
    void blankPromptIsNoPrompt();
    void newSeedEveryRunUnlessLocked();
    void repeatRunWarns();
    void modelSwitchKeepsIntent();
    void compareSharesIntent();
    void compareRollsLikeTheForm();
    void closingComparePanelLeavesCompare();
    void aspectFollowsSketch();
    void sessionComesBack();
    void missingSketchReported();
    void layoutHolds();
    void escapeNeverCancelsFromAField();
    void digitsGoToTheViewAfterRun();
    void tabOrderFollowsTheLoop();
    void shortcutsAreListed();
    void wholeLoopByKeyboard();
    void quitSaysWhatResumes();

private:
    // Bria with the 4:3 sketch and a prompt: ready to run.
    void prepareBria();
    QList<QJsonObject> briaSubmits() const;
    Job *generateAndWait();

    QString m_sketch;     // 800x600
    QString m_tallSketch; // 600x800
};

void TestMainLoop::initTestCase()
{
    initSessionTest("tst_mainloop");
    QVERIFY(!QTest::currentTestFailed());
    m_server->setFalScript({QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")});
    m_server->setSseIntervalMs(30);

    m_sketch = drawSketch(QStringLiteral("chair-4x3.png"), QSize(800, 600));
    m_tallSketch = drawSketch(QStringLiteral("chair-3x4.png"), QSize(600, 800));
    QVERIFY(!m_sketch.isEmpty() && !m_tallSketch.isEmpty());
}

void TestMainLoop::cleanupTestCase()
{
    closeWindow();
}

void TestMainLoop::init()
{
    // Every test starts from a first start: no session to come back to, no confirmation asked.
    closeWindow();
    QSettings().clear();
    QSettings().setValue(QStringLiteral("Costs/ConfirmAbove"), 5.0);
    m_server->clearRequests();
    openWindow();
}

void TestMainLoop::prepareBria()
{
    QVERIFY(m_window->selectModel(Bria));
    QVERIFY(m_window->loadSketch(m_sketch));
    Probe::form(m_window)->setFieldValue(QStringLiteral("prompt"), QStringLiteral("an oak armchair, studio light"));
    QTRY_VERIFY(m_window->findChild<QPushButton *>(QStringLiteral("generateButton"))->isEnabled());
}

QList<QJsonObject> TestMainLoop::briaSubmits() const
{
    QList<QJsonObject> bodies;
    for (const RecordedRequest &request : m_server->requestsTo(BriaSubmitPath)) {
        if (request.method == "POST")
            bodies.append(bodyOf(request));
    }
    return bodies;
}

Job *TestMainLoop::generateAndWait()
{
    const qsizetype before = m_session->jobs().size();
    QSignalSpy finished(m_session, &StudioSession::jobFinished);
    m_window->findChild<QPushButton *>(QStringLiteral("generateButton"))->click();
    if (m_session->jobs().size() != before + 1)
        return nullptr;
    Job *job = m_session->jobs().constLast();
    if (!finished.wait(JobTimeoutMs) && finished.isEmpty())
        return nullptr;
    return job;
}

void TestMainLoop::noRunWithoutSketch()
{
    const int falBefore = m_server->submitCount(QStringLiteral("fal"));
    // After a start without a sketch, Bria is not billed for an image that ignores the sketch.
    QVERIFY(m_window->selectModel(Bria));
    Probe::form(m_window)->setFieldValue(QStringLiteral("prompt"), QStringLiteral("an oak armchair"));
    auto *generate = m_window->findChild<QPushButton *>(QStringLiteral("generateButton"));
    auto *compare = m_window->findChild<QPushButton *>(QStringLiteral("compareButton"));
    auto *hint = m_window->findChild<QLabel *>(QStringLiteral("generateHint"));
    QTRY_VERIFY(!generate->isEnabled());
    QVERIFY(!compare->isEnabled());
    QVERIFY(compare->toolTip().contains(QStringLiteral("Open or drop a sketch first")));
    QTRY_VERIFY(hint->isVisible());
    QCOMPARE(hint->text(), QStringLiteral("Add a sketch first: Bria Reimagine 3.2 needs Sketch (canny) or Depth image."));

    // Ctrl+Enter reveals the problem instead of sending anything.
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_session->jobs().isEmpty());

    // Segmind needs its structure image too.
    QVERIFY(m_window->selectModel(Segmind));
    QTRY_VERIFY(hint->text().startsWith(QStringLiteral("Add a sketch first: ")));
    QVERIFY(!generate->isEnabled());

    // With the sketch, both can run and the hint goes.
    QVERIFY(m_window->loadSketch(m_sketch));
    QTRY_VERIFY(generate->isEnabled());
    QVERIFY(compare->isEnabled());
    QVERIFY(hint->isHidden());
    QVERIFY(m_window->selectModel(Bria));
    QTRY_VERIFY(generate->isEnabled());
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")), falBefore);
}

void TestMainLoop::blankPromptIsNoPrompt()
{
    prepareBria();
    auto *generate = m_window->findChild<QPushButton *>(QStringLiteral("generateButton"));
    Probe::form(m_window)->setFieldValue(QStringLiteral("prompt"), QStringLiteral("   "));
    QTRY_VERIFY(!generate->isEnabled());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("generateHint"))->text().contains(QStringLiteral("Prompt is required")));
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_session->jobs().isEmpty());
    // Compare refuses a blank prompt too.
    m_window->setCompareMode(true);
    Probe::compareSetup(m_window)->setSelectedModelIds({Bria});
    Probe::compareSetup(m_window)->setPrompt(QStringLiteral("  \t "));
    QTRY_VERIFY(!Probe::compareSetup(m_window)->runButton()->isEnabled());
    QVERIFY(!Probe::compareSetup(m_window)->blocker().isEmpty());
}

void TestMainLoop::newSeedEveryRunUnlessLocked()
{
    prepareBria();
    SchemaForm *form = Probe::form(m_window);
    // Off by default, and shown so.
    QVERIFY(!form->isSeedLocked());
    auto *lock = form->findChild<QToolButton *>(QStringLiteral("field_seed_lock"));
    QVERIFY(lock);
    QVERIFY(!lock->isChecked());
    QCOMPARE(lock->accessibleName(), QStringLiteral("Seed unlocked"));

    Job *first = generateAndWait();
    QVERIFY(first);
    Job *second = generateAndWait();
    QVERIFY(second);
    const QList<QJsonObject> sent = briaSubmits();
    QCOMPARE(sent.size(), 2);
    const qint64 seed1 = sent.at(0).value(QStringLiteral("seed")).toInteger(-1);
    const qint64 seed2 = sent.at(1).value(QStringLiteral("seed")).toInteger(-1);
    QVERIFY(seed1 >= 0 && seed2 >= 0);
    QVERIFY2(seed1 != seed2, "every run gets a new seed");
    // The form shows the seed the last run used, and so does the job.
    QCOMPARE(form->fieldValue(QStringLiteral("seed")).toInteger(), seed2);
    QCOMPARE(second->request().values.value(QStringLiteral("seed")).toInteger(), seed2);
    QVERIFY(m_session->jobs().size() == 2);
    // The result says its seed too.
    auto *caption = m_window->findChild<QLabel *>(QStringLiteral("resultCaption"));
    QTRY_VERIFY(caption->text().endsWith(QStringLiteral(" · seed %1").arg(seed2)));

    // Locked: the next runs keep it.
    form->setSeedLocked(true);
    QVERIFY(lock->isChecked());
    QCOMPARE(lock->accessibleName(), QStringLiteral("Seed locked"));
    form->setFieldValue(QStringLiteral("prompt"), QStringLiteral("an oak armchair, dusk")); // not a repeat
    QVERIFY(generateAndWait());
    QCOMPARE(briaSubmits().constLast().value(QStringLiteral("seed")).toInteger(), seed2);
}

void TestMainLoop::repeatRunWarns()
{
    const int falBefore = m_server->submitCount(QStringLiteral("fal"));
    prepareBria();
    SchemaForm *form = Probe::form(m_window);
    form->setFieldValue(QStringLiteral("seed"), 4242);
    form->setSeedLocked(true);
    QVERIFY(generateAndWait());
    QCOMPARE(briaSubmits().size(), 1);

    // The same settings again: asked, and "Use a New Seed" sends a different seed, kept locked.
    auto *generate = m_window->findChild<QPushButton *>(QStringLiteral("generateButton"));
    generate->click();
    QMessageBox *question = Probe::generateController(m_window)->repeatQuestion();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY(question->text().contains(QStringLiteral("exactly the settings of your last Bria Reimagine 3.2 run")));
    QCOMPARE(m_session->jobs().size(), 1);
    QSignalSpy finished(m_session, &StudioSession::jobFinished);
    question->findChild<QPushButton *>(QStringLiteral("repeatNewSeed"))->click();
    QCOMPARE(m_session->jobs().size(), 2);
    QVERIFY(finished.wait(JobTimeoutMs));
    const qint64 fresh = briaSubmits().constLast().value(QStringLiteral("seed")).toInteger();
    QVERIFY(fresh != 4242);
    QCOMPARE(form->fieldValue(QStringLiteral("seed")).toInteger(), fresh);
    QVERIFY(form->isSeedLocked());

    // Again: "Run Again" pays for the same image knowingly; Cancel sends nothing.
    generate->click();
    question = Probe::generateController(m_window)->repeatQuestion();
    QVERIFY(question);
    question->findChild<QPushButton *>(QStringLiteral("repeatSame"))->click();
    QCOMPARE(m_session->jobs().size(), 3);
    QVERIFY(finished.wait(JobTimeoutMs));
    QCOMPARE(briaSubmits().constLast().value(QStringLiteral("seed")).toInteger(), fresh);

    generate->click();
    question = Probe::generateController(m_window)->repeatQuestion();
    QVERIFY(question);
    question->button(QMessageBox::Cancel)->click();
    QCOMPARE(m_session->jobs().size(), 3);
    QTRY_VERIFY(!Probe::generateController(m_window)->repeatQuestion());
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")) - falBefore, 3);
}

void TestMainLoop::modelSwitchKeepsIntent()
{
    prepareBria();
    SchemaForm *form = Probe::form(m_window);
    form->setFieldValue(QStringLiteral("seed"), 77);
    form->setSeedLocked(true);
    form->setFieldValue(QStringLiteral("negative_prompt"), QStringLiteral("blurry"));

    QVERIFY(m_window->selectModel(Ideogram));
    QCOMPARE(form->fieldValue(QStringLiteral("prompt")).toString(), QStringLiteral("an oak armchair, studio light"));
    QCOMPARE(form->fieldValue(QStringLiteral("seed")).toInteger(), 77);
    QCOMPARE(form->fieldValue(QStringLiteral("negative_prompt")).toString(), QStringLiteral("blurry"));
    QVERIFY(form->isSeedLocked());
    // The sketch went into Ideogram's image field too.
    QCOMPARE(form->fieldValue(QStringLiteral("image_url")).toString(), m_sketch);
    form->setFieldValue(QStringLiteral("strength"), 0.6);
    form->setFieldValue(QStringLiteral("prompt"), QStringLiteral("an oak armchair, watercolour"));

    QVERIFY(m_window->selectModel(Bria));
    QCOMPARE(form->fieldValue(QStringLiteral("prompt")).toString(), QStringLiteral("an oak armchair, watercolour"));
    QCOMPARE(form->fieldValue(QStringLiteral("seed")).toInteger(), 77);
    // Bria's strength is its canny scale: 0.6 of its 0–1 range.
    QCOMPARE(form->fieldValue(QStringLiteral("canny_scale")).toDouble(), 0.6);
    QVERIFY(m_window->selectModel(Ideogram));
    QCOMPARE(form->fieldValue(QStringLiteral("strength")).toDouble(), 0.6);

    // Freepik has no seed: editing its prompt keeps the seed and its lock for the others.
    QVERIFY(m_window->selectModel(QStringLiteral("freepik:reimagine-flux")));
    QCOMPARE(form->fieldValue(QStringLiteral("prompt")).toString(), QStringLiteral("an oak armchair, watercolour"));
    form->setFieldValue(QStringLiteral("prompt"), QStringLiteral("an oak armchair, ink"));
    QVERIFY(m_window->selectModel(Bria));
    QCOMPARE(form->fieldValue(QStringLiteral("prompt")).toString(), QStringLiteral("an oak armchair, ink"));
    QCOMPARE(form->fieldValue(QStringLiteral("seed")).toInteger(), 77);
    QVERIFY(form->isSeedLocked());
}

void TestMainLoop::compareSharesIntent()
{
    prepareBria();
    SchemaForm *form = Probe::form(m_window);
    form->setFieldValue(QStringLiteral("seed"), 4242);
    form->setSeedLocked(true);
    form->setFieldValue(QStringLiteral("canny_scale"), 0.5);
    QCOMPARE(Probe::intentController(m_window)->intent().seed.value_or(-1), 4242);
    QVERIFY(Probe::intentController(m_window)->intent().seedLocked);

    QTest::keyClick(m_window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->isCompareMode());
    CompareSetup *setup = Probe::compareSetup(m_window);
    QCOMPARE(setup->prompt(), QStringLiteral("an oak armchair, studio light"));
    QCOMPARE(setup->seed(), 4242);
    QVERIFY(setup->isSeedLocked());
    QCOMPARE(setup->intent().value(QStringLiteral("strength")).toDouble(), 0.5);
    // "Match sketch": the 4:3 sketch's own shape.
    QCOMPARE(setup->findChild<QComboBox *>(QStringLiteral("compareAspect"))->currentData().toString(), QString());
    QCOMPARE(setup->intent().value(QStringLiteral("aspect")).toString(), QStringLiteral("4:3"));

    // Edits in Compare come back to the form through the visible "Back to One Model" button.
    setup->setPrompt(QStringLiteral("a walnut armchair"));
    setup->setSeed(99);
    setup->setStrength(0.3);
    auto *leave = setup->findChild<QPushButton *>(QStringLiteral("leaveCompareButton"));
    QVERIFY(leave);
    QVERIFY(leave->isVisible());
    leave->click();
    QVERIFY(!m_window->isCompareMode());
    QTRY_VERIFY(form->isVisible());
    QCOMPARE(form->fieldValue(QStringLiteral("prompt")).toString(), QStringLiteral("a walnut armchair"));
    QCOMPARE(form->fieldValue(QStringLiteral("seed")).toInteger(), 99);
    QCOMPARE(form->fieldValue(QStringLiteral("canny_scale")).toDouble(), 0.3);
}

void TestMainLoop::compareRollsLikeTheForm()
{
    prepareBria();
    m_window->setCompareMode(true);
    CompareSetup *setup = Probe::compareSetup(m_window);
    setup->setSelectedModelIds({Bria, Segmind});
    QVERIFY(!setup->isSeedLocked());
    QSignalSpy finished(m_session, &StudioSession::jobFinished);
    QTRY_VERIFY(setup->runButton()->isEnabled());
    setup->runButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, JobTimeoutMs);
    const qint64 shown1 = setup->seed();
    setup->runButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, JobTimeoutMs);
    const qint64 shown2 = setup->seed();
    QVERIFY2(shown1 != shown2, "unlocked: a new seed for each comparison");

    // What was sent is what Compare showed, for every model of the run.
    const QList<QJsonObject> bria = briaSubmits();
    QCOMPARE(bria.size(), 2);
    QCOMPARE(bria.at(0).value(QStringLiteral("seed")).toInteger(), shown1);
    QCOMPARE(bria.at(1).value(QStringLiteral("seed")).toInteger(), shown2);
    QList<qint64> segmindSeeds;
    for (const RecordedRequest &request : m_server->requestsTo(QStringLiteral("bria-reimagine"))) {
        if (request.method == "POST" && bodyOf(request).contains(QStringLiteral("seed")))
            segmindSeeds.append(bodyOf(request).value(QStringLiteral("seed")).toInteger());
    }
    QCOMPARE(segmindSeeds, (QList<qint64>{shown1, shown2}));

    // The exported grid carries the sketch, the prompt and the comparison as JSON.
    const QString exported = m_env->path(QStringLiteral("comparison.png"));
    auto *comparer = m_window->findChild<CompareController *>();
    QVERIFY(comparer);
    QSignalSpy exportedSpy(comparer, &CompareController::exported);
    QVERIFY(comparer->exportTo(exported));
    QVERIFY(exportedSpy.wait(JobTimeoutMs));
    QCOMPARE(exportedSpy.constFirst().at(1).toBool(), true);
    QImageReader reader(exported);
    const QJsonObject record = QJsonDocument::fromJson(reader.text(QStringLiteral("reimagine-comparison")).toUtf8()).object();
    QCOMPARE(record.value(QStringLiteral("prompt")).toString(), QStringLiteral("an oak armchair, studio light"));
    QCOMPARE(record.value(QStringLiteral("seed")).toInteger(), shown2);
    QCOMPARE(record.value(QStringLiteral("sketch")).toString(), QStringLiteral("chair-4x3.png")); // no folder
    const QJsonArray cells = record.value(QStringLiteral("cells")).toArray();
    QCOMPARE(cells.size(), 2);
    for (const QJsonValue &cell : cells) {
        QCOMPARE(cell.toObject().value(QStringLiteral("seed")).toInteger(), shown2);
        QCOMPARE(cell.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    }
    const QImage image = reader.read();
    QVERIFY(image.height() > Probe::compareGrid(m_window)->exportImage().height()); // the header above the grid
    if (const QString shots = qEnvironmentVariable("REIMAGINE_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(image.save(shots + QStringLiteral("/comparison-export.png")));
    {
        QFile raw(exported);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains(m_env->path().toUtf8())); // no folder of the designer's
    }

    // Locked: the same seed again, as in the form.
    setup->setSeedLocked(true);
    setup->runButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 6, JobTimeoutMs);
    QCOMPARE(setup->seed(), shown2);
    QCOMPARE(briaSubmits().constLast().value(QStringLiteral("seed")).toInteger(), shown2);
}

void TestMainLoop::closingComparePanelLeavesCompare()
{
    prepareBria();
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("ModelDock"));
    QVERIFY(dock);
    QTest::keyClick(m_window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->isCompareMode());
    // The panel's x: Compare ends and the form is back, not a grid without a form.
    QVERIFY(dock->close() == false);
    QTRY_VERIFY(!m_window->isCompareMode());
    QVERIFY(dock->isVisible());
    QTRY_VERIFY(Probe::form(m_window)->isVisible());

    // Ctrl+Shift+C toggles both ways, and the model panel can still be closed outside Compare.
    QTest::keyClick(m_window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->isCompareMode());
    QTest::keyClick(m_window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_window->isCompareMode());
    QVERIFY(dock->close());
    QVERIFY(!dock->isVisible());
    // Entering Compare brings the panel back.
    m_window->setCompareMode(true);
    QVERIFY(dock->isVisible());
    QVERIFY(Probe::compareSetup(m_window)->isVisible());
}

void TestMainLoop::aspectFollowsSketch()
{
    QVERIFY(m_window->selectModel(Bria));
    SchemaForm *form = Probe::form(m_window);
    QVERIFY(m_window->loadSketch(m_sketch));
    QTRY_COMPARE(form->fieldValue(QStringLiteral("aspect_ratio")).toString(), QStringLiteral("4:3"));
    QVERIFY(m_window->selectModel(Ideogram));
    QCOMPARE(form->fieldValue(QStringLiteral("image_size")).toString(), QStringLiteral("landscape_4_3"));
    QVERIFY(m_window->loadSketch(m_tallSketch));
    QTRY_COMPARE(form->fieldValue(QStringLiteral("image_size")).toString(), QStringLiteral("portrait_4_3"));
    QVERIFY(m_window->selectModel(Bria));
    QCOMPARE(form->fieldValue(QStringLiteral("aspect_ratio")).toString(), QStringLiteral("3:4"));

    // The designer's own choice wins from then on, on every model.
    form->setFieldValue(QStringLiteral("aspect_ratio"), QStringLiteral("16:9"));
    QVERIFY(m_window->loadSketch(m_sketch));
    QCOMPARE(form->fieldValue(QStringLiteral("aspect_ratio")).toString(), QStringLiteral("16:9"));
    QVERIFY(m_window->selectModel(Ideogram));
    QCOMPARE(form->fieldValue(QStringLiteral("image_size")).toString(), QStringLiteral("landscape_16_9"));
    QCOMPARE(Probe::intentController(m_window)->intent().aspect, QStringLiteral("16:9"));
}

void TestMainLoop::sessionComesBack()
{
    prepareBria();
    SchemaForm *form = Probe::form(m_window);
    form->setFieldValue(QStringLiteral("seed"), 31337);
    form->setSeedLocked(true);
    form->setFieldValue(QStringLiteral("num_inference_steps"), 42);
    m_window->setCompareMode(true);
    Probe::compareSetup(m_window)->setSelectedModelIds({Bria, Segmind});
    m_window->resize(1100, 760);
    QTRY_COMPARE(m_window->size(), QSize(1100, 760));

    closeWindow(); // a restart
    openWindow();
    QVERIFY(m_window->isCompareMode());
    QCOMPARE(Probe::compareSetup(m_window)->selectedModelIds(), (QStringList{Bria, Segmind}));
    QCOMPARE(Probe::compareSetup(m_window)->prompt(), QStringLiteral("an oak armchair, studio light"));
    QCOMPARE(Probe::compareSetup(m_window)->seed(), 31337);
    QCOMPARE(Probe::canvas(m_window)->sketchSource(), m_sketch);
    m_window->setCompareMode(false);
    QCOMPARE(m_window->currentModelId(), Bria);
    form = Probe::form(m_window);
    QCOMPARE(form->fieldValue(QStringLiteral("canny_image_url")).toString(), m_sketch);
    QCOMPARE(form->fieldValue(QStringLiteral("num_inference_steps")).toInt(), 42);
    QCOMPARE(form->fieldValue(QStringLiteral("seed")).toInteger(), 31337);
    QVERIFY(form->isSeedLocked());
    QTRY_VERIFY(m_window->findChild<QPushButton *>(QStringLiteral("generateButton"))->isEnabled());
}

void TestMainLoop::missingSketchReported()
{
    prepareBria();
    const QString gone = m_env->path(QStringLiteral("gone.png"));
    QVERIFY(QFile::copy(m_sketch, gone));
    QVERIFY(m_window->loadSketch(gone));
    closeWindow();
    QVERIFY(QFile::remove(gone));
    openWindow();
    // Said where the designer looks, and nothing runs against a sketch that is not there.
    QTRY_VERIFY(Probe::bannerText(m_window).contains(QStringLiteral("no longer there")));
    QVERIFY(Probe::bannerText(m_window).contains(QStringLiteral("gone.png")));
    QVERIFY(Probe::canvas(m_window)->sketchSource().isEmpty());
    QCOMPARE(m_window->currentModelId(), Bria);
    QVERIFY(Probe::form(m_window)->fieldValue(QStringLiteral("canny_image_url")).toString().isEmpty());
    QTRY_VERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("generateButton"))->isEnabled());
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("compareButton"))->isEnabled());
    QCOMPARE(Probe::form(m_window)->fieldValue(QStringLiteral("prompt")).toString(), QStringLiteral("an oak armchair, studio light"));
}

namespace {
// Every visible editor inside `scroll` lies within its viewport horizontally; returns how many
// were checked, or -1 (with `problem` set) when one is cut off.
int editorsInside(QScrollArea *scroll, QString *problem)
{
    QWidget *viewport = scroll->viewport();
    if (scroll->horizontalScrollBar()->isVisible()) {
        *problem = QStringLiteral("%1 scrolls sideways").arg(scroll->objectName());
        return -1;
    }
    int checked = 0;
    const QList<QWidget *> widgets = scroll->widget()->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool editor = qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QLineEdit *>(w)
                            || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w)
                            || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w);
        QWidget *parent = w->parentWidget();
        const bool part = qobject_cast<QLineEdit *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)
                          || qobject_cast<QComboBox *>(parent);
        if (!editor || part || !w->isVisibleTo(viewport))
            continue;
        const QRect r(w->mapTo(viewport, QPoint(0, 0)), w->size());
        if (r.left() < 0 || r.right() >= viewport->width() || r.width() < qMin(w->minimumSizeHint().width(), 24)) {
            *problem = QStringLiteral("%1 (%2) at %3..%4 outside the %5 px viewport of %6")
                           .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))
                           .arg(r.left())
                           .arg(r.right())
                           .arg(viewport->width())
                           .arg(scroll->objectName());
            return -1;
        }
        ++checked;
    }
    return checked;
}
} // namespace

void TestMainLoop::layoutHolds()
{
    // 1024x700 to 4K and back: the form scrolls vertically and is never cut off on the right,
    // and the model panel keeps a sensible width.
    prepareBria();
    Probe::form(m_window)->setAdvancedExpanded(true);
    auto *formScroll = m_window->findChild<QScrollArea *>(QStringLiteral("formScroll"));
    auto *compareScroll = m_window->findChild<QScrollArea *>(QStringLiteral("compareScroll"));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("ModelDock"));
    QVERIFY(formScroll && compareScroll && dock);
    const QString shots = qEnvironmentVariable("REIMAGINE_SCREENSHOT_DIR");
    const QList<QSize> sizes{{1024, 700}, {1280, 800}, {1920, 1080}, {3840, 2160}, {1280, 800}, {1024, 700}};
    for (const bool compare : {false, true}) {
        m_window->setCompareMode(compare);
        QScrollArea *scroll = compare ? compareScroll : formScroll;
        for (int i = 0; i < sizes.size(); ++i) {
            const QSize size = sizes.at(i);
            m_window->resize(size);
            QTRY_COMPARE(m_window->size(), size);
            // Once the layout has settled (it is recomputed in posted events).
            QString problem;
            QTRY_VERIFY2(editorsInside(scroll, &problem) >= (compare ? 8 : 10),
                         qPrintable(QStringLiteral("%1x%2: %3").arg(size.width()).arg(size.height()).arg(problem)));
            // The Structure panel beside the Library is never cut off either.
            if (auto *structure = m_window->findChild<QDockWidget *>(QStringLiteral("StructureDock"));
                structure && structure->isVisible()) {
                for (QScrollArea *area : structure->findChildren<QScrollArea *>()) {
                    if (area->isVisible())
                        QTRY_VERIFY2(editorsInside(area, &problem) >= 5,
                                     qPrintable(QStringLiteral("%1x%2: %3").arg(size.width()).arg(size.height()).arg(problem)));
                }
            }
            QVERIFY2(dock->width() >= 300 && dock->width() <= qMax(560, size.width() / 2),
                     qPrintable(QStringLiteral("panel %1 px wide at %2 px").arg(dock->width()).arg(size.width())));
            if (!shots.isEmpty() && i < 3) { // on the way up, once the sketch is drawn
                QTRY_VERIFY(!Probe::canvas(m_window)->isLoading());
                QTRY_VERIFY(Probe::canvas(m_window)->findChild<SketchEditor *>()->hasImage());
            }
            if (!shots.isEmpty() && i < 3)
                QVERIFY(m_window->grab().save(shots + QStringLiteral("/layout-%1%2x%3.png")
                                                          .arg(compare ? QStringLiteral("compare-") : QString())
                                                          .arg(size.width())
                                                          .arg(size.height())));
        }
    }
}

namespace {
bool takesText(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
           || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w)
           || (w && (qobject_cast<const QAbstractSpinBox *>(w->parentWidget())
                     || qobject_cast<const QPlainTextEdit *>(w->parentWidget())));
}
} // namespace

void TestMainLoop::escapeNeverCancelsFromAField()
{
    // A fal job that never finishes.
    m_server->setFalScript({QStringLiteral("IN_QUEUE:1"), QStringLiteral("IN_PROGRESS")});
    prepareBria();
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_session->jobs().size(), 1);
    Job *job = m_session->jobs().constFirst();
    QTRY_VERIFY_WITH_TIMEOUT(job->state() == JobState::Running, JobTimeoutMs);

    // Esc while editing the prompt leaves the field, and the paid job runs on.
    auto *prompt = Probe::form(m_window)->findChild<QPlainTextEdit *>(QStringLiteral("field_prompt_text"));
    prompt->setFocus();
    QTRY_VERIFY(prompt->hasFocus());
    QTest::keyClick(prompt, Qt::Key_Escape);
    QVERIFY(!prompt->hasFocus());
    QVERIFY(!Probe::cancelQuestion(m_window));
    QCOMPARE(job->state(), JobState::Running);

    // Esc elsewhere asks, and keeping the job is the default.
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window, Qt::Key_Escape);
    QMessageBox *question = Probe::cancelQuestion(m_window);
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QCOMPARE(question->defaultButton()->objectName(), QStringLiteral("keepRunningButton"));
    QTest::keyClick(question, Qt::Key_Return);
    QTRY_VERIFY(!Probe::cancelQuestion(m_window));
    QCOMPARE(job->state(), JobState::Running);

    // Cancel Job cancels it, and the provider is told.
    m_server->clearRequests();
    m_window->requestCancelLatestJob();
    question = Probe::cancelQuestion(m_window);
    QVERIFY(question);
    question->findChild<QPushButton *>(QStringLiteral("cancelJobButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(job->state(), JobState::Cancelled, JobTimeoutMs);
    bool cancelSent = false;
    for (const RecordedRequest &request : m_server->requests())
        cancelSent = cancelSent || (request.method == "PUT" && request.path.endsWith(QStringLiteral("/cancel")));
    QVERIFY(cancelSent);
    m_server->setFalScript({QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")});
}

void TestMainLoop::digitsGoToTheViewAfterRun()
{
    prepareBria();
    SchemaForm *form = Probe::form(m_window);
    form->setFieldValue(QStringLiteral("seed"), 1234);
    form->setSeedLocked(true);
    auto *seedSpin = form->findChild<QAbstractSpinBox *>(QStringLiteral("field_seed_spin"));
    QVERIFY(seedSpin);
    seedSpin->setFocus();
    QTRY_VERIFY(seedSpin->hasFocus());

    QSignalSpy finished(m_session, &StudioSession::jobFinished);
    QTest::keyClick(seedSpin, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_session->jobs().size(), 1);
    // The focus left the form: the next key is not a digit in the seed.
    QVERIFY(!seedSpin->hasFocus());
    QVERIFY(!takesText(QApplication::focusWidget()));
    QVERIFY(finished.wait(JobTimeoutMs));
    QTRY_VERIFY(Probe::beforeAfterView(m_window)->isVisible());
    QTRY_VERIFY(Probe::beforeAfterView(m_window)->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3);
    QVERIFY(Probe::resultsArea(m_window)->modeActions().at(2)->isChecked()); // Blend
    QCOMPARE(form->fieldValue(QStringLiteral("seed")).toInteger(), 1234);
}

void TestMainLoop::tabOrderFollowsTheLoop()
{
    prepareBria();
    QWidget *picker = m_window->findChild<QWidget *>(QStringLiteral("modelPicker"));
    picker->setFocus();
    QTRY_VERIFY(picker->hasFocus());
    QStringList visited;
    QWidget *generate = m_window->findChild<QPushButton *>(QStringLiteral("generateButton"));
    for (int i = 0; i < 60 && QApplication::focusWidget() != generate; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *w = QApplication::focusWidget();
        QVERIFY(w);
        QString where = w->objectName();
        for (QWidget *p = w; p; p = p->parentWidget()) {
            if (p == Probe::canvas(m_window))
                where = QStringLiteral("canvas:") + where;
            if (p->objectName() == QLatin1String("JobsDock") || p->objectName() == QLatin1String("LibraryDock"))
                where = QStringLiteral("dock:") + p->objectName();
        }
        visited.append(where);
    }
    QVERIFY2(QApplication::focusWidget() == generate, qPrintable(visited.join(u',')));
    // Model → sketch → prompt → fields → Generate, without a detour through other panels.
    const qsizetype sketch = visited.indexOf(QRegularExpression(QStringLiteral("^canvas:.*")));
    const qsizetype prompt = visited.indexOf(QStringLiteral("field_prompt_text"));
    QVERIFY2(sketch == 0, qPrintable(visited.join(u',')));
    QVERIFY2(prompt > sketch, qPrintable(visited.join(u',')));
    QVERIFY2(visited.indexOf(QStringLiteral("field_seed_spin")) > prompt, qPrintable(visited.join(u',')));
    for (const QString &v : std::as_const(visited))
        QVERIFY2(!v.startsWith(QLatin1String("dock:")), qPrintable(visited.join(u',')));
}

void TestMainLoop::shortcutsAreListed()
{
    QTest::keyClick(m_window, Qt::Key_Slash, Qt::ControlModifier);
    QDialog *dialog = Probe::shortcutsDialog(m_window);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsList"));
    QHash<QString, QString> keys;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        keys.insert(list->topLevelItem(i)->text(0).trimmed(), list->topLevelItem(i)->text(1));
    QVERIFY2(keys.value(QStringLiteral("Generate")).contains(QStringLiteral("Ctrl+Return")), qPrintable(keys.value(QStringLiteral("Generate"))));
    QCOMPARE(keys.value(QStringLiteral("Compare Models")), QStringLiteral("Ctrl+Shift+C"));
    QCOMPARE(keys.value(QStringLiteral("Cancel Latest Job")), QStringLiteral("Esc"));
    QCOMPARE(keys.value(QStringLiteral("Blend")), QStringLiteral("3"));
    QCOMPARE(keys.value(QStringLiteral("Keyboard Shortcuts")), QStringLiteral("Ctrl+/"));
    QVERIFY(keys.contains(QStringLiteral("Open Sketch…")));
    dialog->close();
}

void TestMainLoop::wholeLoopByKeyboard()
{
    // Open a sketch, write the prompt, generate, look at it blended, compare, save: keys only.
    QVERIFY(m_window->selectModel(Bria));
    QTest::keyClick(m_window, Qt::Key_O, Qt::ControlModifier);
    QFileDialog *open = nullptr;
    QTRY_VERIFY((open = m_window->findChild<QFileDialog *>(QStringLiteral("openSketchDialog"))));
    QTRY_VERIFY(open->isVisible());
    // The file chosen in the dialog Ctrl+O opened.
    open->selectFile(m_sketch);
    static_cast<QDialog *>(open)->accept();
    // A desktop gives the window back its activation when the dialog closes; offscreen, the
    // test does.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_COMPARE(Probe::canvas(m_window)->sketchSource(), m_sketch);

    QWidget *picker = m_window->findChild<QWidget *>(QStringLiteral("modelPicker"));
    picker->setFocus();
    auto *prompt = Probe::form(m_window)->findChild<QPlainTextEdit *>(QStringLiteral("field_prompt_text"));
    for (int i = 0; i < 10 && !prompt->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(prompt->hasFocus());
    QTest::keyClicks(prompt, QStringLiteral("a rattan chair"));

    QSignalSpy finished(m_session, &StudioSession::jobFinished);
    QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(JobTimeoutMs));
    QCOMPARE(m_session->jobs().constFirst()->state(), JobState::Done);
    QTRY_VERIFY(Probe::beforeAfterView(m_window)->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3);
    QVERIFY(Probe::resultsArea(m_window)->modeActions().at(2)->isChecked());

    // Save As: the dialog proposes a name; Enter saves it.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QFileDialog *save = nullptr;
    QTRY_VERIFY((save = m_window->findChild<QFileDialog *>(QStringLiteral("saveResultDialog"))) != nullptr);
    QTRY_VERIFY(save->isVisible());
    const QString target = save->selectedFiles().value(0);
    QVERIFY2(QFileInfo(target).fileName().startsWith(QStringLiteral("a-rattan-chair")), qPrintable(target));
    QVERIFY(!QFileInfo::exists(target));
    save->activateWindow(); // what the window manager does for a new dialog
    QVERIFY(QTest::qWaitForWindowActive(save));
    QTRY_VERIFY(save->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(QFileInfo(target).size() > 0);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));

    // Compare Bria and Segmind, run with Ctrl+Enter, and back.
    Probe::compareSetup(m_window)->setSelectedModelIds({Bria, Segmind});
    QTest::keyClick(m_window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->isCompareMode());
    QCOMPARE(Probe::compareSetup(m_window)->prompt(), QStringLiteral("a rattan chair"));
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, JobTimeoutMs);
    QCOMPARE(Probe::compareJobs(m_window).size(), 2);
    // Star a winner: Tab to a cell's star, Space.
    CompareGrid *grid = Probe::compareGrid(m_window);
    QTRY_VERIFY(grid->isAncestorOf(QApplication::focusWidget()) || grid->hasFocus());
    QStringList visited{QApplication::focusWidget()->objectName()};
    for (int i = 0; i < 8 && !QApplication::focusWidget()->objectName().endsWith(QLatin1String("_star")); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget()->objectName());
    }
    QVERIFY2(QApplication::focusWidget()->objectName().endsWith(QLatin1String("_star")), qPrintable(visited.join(u',')));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(!grid->winner().isEmpty());
    QTest::keyClick(m_window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_window->isCompareMode());
}

void TestMainLoop::quitSaysWhatResumes()
{
    // A fal job the provider keeps (it resumes) and a Segmind run in flight (it cannot).
    m_server->setFalScript({QStringLiteral("IN_QUEUE:1"), QStringLiteral("IN_PROGRESS")});
    m_server->addFault(FakeFault::make(FakeFault::Kind::Stall, "POST", QStringLiteral("/segmind/v1/"), -1));
    prepareBria();
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    Job *fal = m_session->jobs().constLast();
    QTRY_VERIFY_WITH_TIMEOUT(fal->state() == JobState::Running && !fal->handle().isEmpty(), JobTimeoutMs);
    QVERIFY(m_window->selectModel(Segmind));
    QTRY_VERIFY(m_window->findChild<QPushButton *>(QStringLiteral("generateButton"))->isEnabled());
    m_window->generate();
    Job *segmind = m_session->jobs().constLast();
    QVERIFY(segmind != fal);
    QTRY_VERIFY_WITH_TIMEOUT(segmind->submitStarted(), JobTimeoutMs);

    QVERIFY(!m_window->close());
    QMessageBox *question = Probe::quitQuestion(m_window);
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY(m_window->isVisible());
    QVERIFY2(question->informativeText().contains(QStringLiteral("1 job(s) will resume the next time you start")),
             qPrintable(question->informativeText()));
    QVERIFY2(question->informativeText().contains(QStringLiteral("1 Segmind run(s) cannot be followed")),
             qPrintable(question->informativeText()));
    // A result that would be lost: staying is the default.
    QCOMPARE(question->defaultButton()->text(), QStringLiteral("&Keep Open"));
    question->defaultButton()->click();
    QTRY_VERIFY(!Probe::quitQuestion(m_window));
    QVERIFY(m_window->isVisible());
    QVERIFY(!isTerminal(fal->state()));

    QVERIFY(!m_window->close());
    question = Probe::quitQuestion(m_window);
    QVERIFY(question);
    question->findChild<QPushButton *>(QStringLiteral("quitButton"))->click();
    QTRY_VERIFY(!m_window->isVisible());

    m_server->clearFaults();
    m_server->setFalScript({QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")});
}

QTEST_MAIN(TestMainLoop)
#include "tst_mainloop.moc"
