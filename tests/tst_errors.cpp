// Errors in one voice, each trap reproduced in a real window against the fake provider server:
// an out-of-range number is said under its field and blocks Generate (never put back silently),
// a server error is said once, in one wording, in the banner and the job row, and a sketch too
// large to use is said at the canvas, whole, with "Downscale and Use".

#include "mainwindow.h"

#include "fakeproviderserver.h"
#include "windowprobe.h"
#include "windowtest.h"
#include "testenvironment.h"

#include "forms/schemaform.h"
#include "jobs/job.h"
#include "panels/jobspanel.h"
#include "schema/modelcatalog.h"
#include "secrets/secretstore.h"
#include "session/studiosession.h"
#include "widgets/sketchcanvas.h"

#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>
#include <QHeaderView>

#include <memory>

namespace {
const QString Bria = QStringLiteral("fal:bria/reimagine/3.2");
const QString BriaSubmitPath = QStringLiteral("/fal-queue/bria/reimagine/3.2");
constexpr int JobTimeoutMs = 30000;

// A word-wrapped label shows all of its text: it is as tall as its text needs at its width.
bool showsWholeText(const QLabel *label)
{
    return label->isVisible() && label->wordWrap()
        && label->height() >= label->heightForWidth(label->width());
}
} // namespace

class TestErrors : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void outOfRangeBlocksGenerate();
    void serverErrorSaidOnce_data();
    void serverErrorSaidOnce();
    void oversizedSketchAtCanvas();

private:
    void prepareBria();

    QString m_sketch;
};

void TestErrors::initTestCase()
{
    initSessionTest("tst_errors");
    QVERIFY(!QTest::currentTestFailed());
    m_server->setFalScript({QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")});
    m_server->setSseIntervalMs(30);

    m_sketch = drawSketch(QStringLiteral("chair.png"), QSize(800, 600));
    QVERIFY(!m_sketch.isEmpty());
}

void TestErrors::cleanupTestCase()
{
    closeWindow();
}

void TestErrors::init()
{
    closeWindow();
    QSettings().clear();
    QSettings().setValue(QStringLiteral("Costs/ConfirmAbove"), 5.0);
    m_server->clearRequests();
    m_server->clearFaults();
    openWindow();
}

void TestErrors::prepareBria()
{
    QVERIFY(m_window->selectModel(Bria));
    QVERIFY(m_window->loadSketch(m_sketch));
    Probe::form(m_window)->setFieldValue(QStringLiteral("prompt"), QStringLiteral("an oak armchair"));
    QTRY_VERIFY(m_window->findChild<QPushButton *>(QStringLiteral("generateButton"))->isEnabled());
}

void TestErrors::outOfRangeBlocksGenerate()
{
    prepareBria();
    auto *generate = m_window->findChild<QPushButton *>(QStringLiteral("generateButton"));
    auto *steps = Probe::form(m_window)->findChild<QSpinBox *>(QStringLiteral("field_num_inference_steps_spin"));
    QVERIFY(steps);
    QCOMPARE(steps->value(), 30);
    QCOMPARE(steps->toolTip(), QStringLiteral("Number of inference steps.\nFrom 20 to 50"));

    // Typing 99 used to be put back to 30 without a word; now it stays and is said.
    steps->setFocus();
    QLineEdit *edit = steps->findChild<QLineEdit *>();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("99"));
    steps->clearFocus();
    QCOMPARE(steps->value(), 99);
    QLabel *error = Probe::form(m_window)->errorLabelFor(QStringLiteral("num_inference_steps"));
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Steps must be between 20 and 50."));
    QTRY_VERIFY(showsWholeText(error));
    QTRY_VERIFY(!generate->isEnabled());
    QCOMPARE(generate->toolTip(), QStringLiteral("Fix these fields first: Steps"));
    // Ctrl+Enter reveals the problem instead of sending anything.
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_session->jobs().isEmpty());
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")), 0);

    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("45"));
    QCOMPARE(steps->value(), 45);
    QTRY_VERIFY(generate->isEnabled());
    QVERIFY(error->isHidden());
    QCOMPARE(Probe::form(m_window)->values().value(QStringLiteral("num_inference_steps")).toInteger(), 45);
}

void TestErrors::serverErrorSaidOnce_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("fal's detail") << QByteArray(R"({"detail":"Internal Server Error"})");
    QTest::newRow("empty body") << QByteArray();
}

void TestErrors::serverErrorSaidOnce()
{
    QFETCH(QByteArray, body);
    prepareBria();
    m_server->addFault(FakeFault::respond("POST", BriaSubmitPath, 500, body));
    QSignalSpy added(m_session, &StudioSession::jobAdded);
    QSignalSpy finished(m_session, &StudioSession::jobFinished);
    m_window->generate();
    QCOMPARE(added.count(), 1);
    Job *job = added.constFirst().constFirst().value<Job *>();
    QVERIFY(finished.wait(JobTimeoutMs));
    QCOMPARE(job->state(), JobState::Failed);

    // One wording, said once: the banner and the job row give the same reason.
    QCOMPARE(job->outcome().message, QStringLiteral("Internal Server Error (HTTP 500)"));
    QTRY_COMPARE(Probe::bannerText(m_window), QStringLiteral("Bria Reimagine 3.2 failed: Internal Server Error (HTTP 500)"));
    const JobListModel *jobs = Probe::jobsPanel(m_window)->model();
    const int row = jobs->rowOf(job);
    QCOMPARE(jobs->index(row, JobListModel::StateColumn).data().toString(),
             QStringLiteral("Failed: Internal Server Error (HTTP 500)"));
    // The row's reason fits its column: nothing of it is elided.
    auto *view = Probe::jobsPanel(m_window)->findChild<QTreeView *>(QStringLiteral("jobsView"));
    QVERIFY(view);
    const QString rowText = jobs->index(row, JobListModel::StateColumn).data().toString();
    QTRY_VERIFY(view->isVisible());
    QVERIFY(view->header()->sectionSize(JobListModel::StateColumn)
            > view->fontMetrics().horizontalAdvance(rowText));
    auto *action = m_window->findChild<QPushButton *>(QStringLiteral("bannerAction"));
    QCOMPARE(action->text(), QStringLiteral("Retry"));
    auto *bannerLabel = m_window->findChild<QLabel *>(QStringLiteral("bannerText"));
    QVERIFY(showsWholeText(bannerLabel));

    // A server error names no input: no field shows it, and the status bar does not repeat it.
    QVERIFY(job->outcome().fieldErrors.isEmpty());
    QVERIFY(Probe::form(m_window)->externalErrors().isEmpty());
    for (const QLabel *label : Probe::form(m_window)->findChildren<QLabel *>()) {
        if (label->objectName().endsWith(QLatin1String("_error")))
            QVERIFY2(label->isHidden(), qPrintable(label->objectName() + u' ' + label->text()));
    }
    QVERIFY2(!m_window->statusBar()->currentMessage().contains(QStringLiteral("Server Error")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestErrors::oversizedSketchAtCanvas()
{
    // Wider than the 16384 pixels a side the loader takes, yet small in memory: a wide plan.
    const QSize huge(17000, 160);
    QImage image(huge, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(QPen(Qt::black, 8));
    p.drawLine(0, 80, huge.width(), 80);
    p.drawRect(QRect(QPoint(0, 0), huge).adjusted(4, 4, -4, -4));
    p.end();
    const QString path = m_env->path(QStringLiteral("wide-plan.png"));
    QVERIFY(image.save(path));
    image = QImage();

    QVERIFY(m_window->selectModel(Bria));
    QVERIFY(!m_window->loadSketch(path));
    SketchCanvas *canvas = Probe::canvas(m_window);
    QVERIFY(!canvas->hasSketch());
    QVERIFY(canvas->canDownscale());
    const QString expected = QStringLiteral("wide-plan.png is too large: 17000 × 160 pixels (2.7 megapixels). "
                                            "The limit is 50 megapixels and 16384 pixels per side.");
    QCOMPARE(canvas->errorText(), expected);
    // Said at the canvas, whole; not (only) in the status bar.
    auto *error = canvas->findChild<QLabel *>(QStringLiteral("canvasError"));
    QVERIFY(error);
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), expected);
    QVERIFY(showsWholeText(error));
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    auto *downscale = canvas->findChild<QPushButton *>(QStringLiteral("downscaleButton"));
    QVERIFY(downscale);
    QVERIFY(downscale->isVisible());
    QCOMPARE(downscale->text(), QStringLiteral("Downscale and Use"));

    // Downscale and Use: a smaller copy becomes the sketch, in the canvas and the form.
    QSignalSpy ready(canvas, &SketchCanvas::downscaledCopyReady);
    downscale->click();
    QVERIFY(ready.wait(JobTimeoutMs));
    const QString copy = ready.constFirst().constFirst().toString();
    const QSize scaled = huge.scaled(4096, 4096, Qt::KeepAspectRatio);
    QCOMPARE(scaled.width(), 4096);
    QCOMPARE(QImageReader(copy).size(), scaled);
    QTRY_VERIFY(canvas->hasSketch());
    QCOMPARE(canvas->sketchSource(), QFileInfo(copy).absoluteFilePath());
    QCOMPARE(canvas->sketchSize(), scaled);
    QVERIFY(canvas->errorText().isEmpty());
    QVERIFY(error->isHidden());
    QVERIFY(!downscale->isVisible());
    QTRY_COMPARE(Probe::form(m_window)->fieldValue(QStringLiteral("canny_image_url")).toString(),
                 QFileInfo(copy).absoluteFilePath());
    // The copy's pixels are the plan's: the line across the middle is still there.
    const QImage used(copy);
    QCOMPARE(used.size(), scaled);
    QVERIFY(qGray(used.pixel(used.width() / 2, used.height() / 2)) < 128);
    QVERIFY(qGray(used.pixel(used.width() / 2, used.height() / 4)) > 200);
}

QTEST_MAIN(TestErrors)
#include "tst_errors.moc"
