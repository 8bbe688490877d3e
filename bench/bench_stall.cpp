// A GUI that never stalls (docs/PERFORMANCE.md, "GUI stalls"): the real main window, offscreen,
// against the fake server in its own process, with StallWatchdog measuring how long the GUI
// thread stays away from its event loop. Prints the longest stall of each phase (target < 16 ms):
//   1. 8 concurrent jobs finish and their 2048x2048 results decode and appear;
//   2. a 12-megapixel sketch (a 4000x3000 JPEG photo) is loaded, as a drop does, and the
//      window is resized with it on the canvas;
//   3. a 4096x4096 result is shown in the before/after view, zoomed (wheel) and panned (drag).
//
//   build/bench/bench_stall      (runs offscreen unless QT_QPA_PLATFORM is set)
//
// Background work yields the CPU to the window as in the app (WorkPool::setBackgroundNice);
// BENCH_STALL_NO_NICE=1 measures without that, for comparison.

#include "fakeserverprocess.h"
#include "mainwindow.h"

#include "testenvironment.h"
#include "windowprobe.h"

#include "base/memorytuning.h"
#include "base/stallwatchdog.h"
#include "base/workpool.h"
#include "forms/schemaform.h"
#include "history/historymodel.h"
#include "jobs/job.h"
#include "panels/historypanel.h"
#include "schema/modelcatalog.h"
#include "secrets/secretstore.h"
#include "session/studiosession.h"
#include "resultsarea.h"
#include "widgets/beforeafterview.h"
#include "widgets/sketchcanvas.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QWheelEvent>

#include <functional>

namespace {

QTextStream out(stdout);
const QString Bria = QStringLiteral("fal:bria/reimagine/3.2");

// Waits (processing events) until `done` holds; false after `timeoutMs`.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs `work` from the event loop (as a click or a drop would), so its time counts as a stall.
void fromEventLoop(const std::function<void()> &work)
{
    bool ran = false;
    QTimer::singleShot(0, qApp, [&]() {
        work();
        ran = true;
    });
    waitUntil([&] { return ran; });
}

// A render-like image: smooth shapes and grain, about as large on disk as a real result.
QImage renderLike(int side, quint32 seed)
{
    QImage image(side, side, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, side, side);
    gradient.setColorAt(0, QColor(236, 228, 214));
    gradient.setColorAt(1, QColor(120, 96, 80));
    painter.fillRect(image.rect(), gradient);
    painter.setRenderHint(QPainter::Antialiasing);
    QRandomGenerator random(seed);
    for (int i = 0; i < 400; ++i) {
        painter.setBrush(QColor::fromHsv(random.bounded(360), 80, 120 + random.bounded(120), 160));
        painter.setPen(Qt::NoPen);
        const double r = side / 100.0 + random.bounded(side / 10.0);
        painter.drawEllipse(QPointF(random.bounded(side), random.bounded(side)), r, r);
    }
    painter.end();
    for (int y = 0; y < image.height(); y += 2) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); x += 3)
            line[x] ^= random.bounded(8);
    }
    return image;
}

// A 12 MP phone photo of a pencil sketch on paper.
QImage sketchPhoto()
{
    QImage image(4000, 3000, QImage::Format_RGB32);
    QRandomGenerator random(20261207);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int v = std::clamp(230 - (x + y) / 350 + int(random.bounded(13)) - 6, 0, 255);
            line[x] = qRgb(v, v - 3, v - 10);
        }
    }
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 600; ++i) {
        const QPointF a(300 + random.bounded(3400), 300 + random.bounded(2400));
        QPainterPath path(a);
        path.quadTo(a + QPointF(random.bounded(600) - 300.0, random.bounded(600) - 300.0),
                    a + QPointF(random.bounded(600) - 300.0, random.bounded(600) - 300.0));
        painter.setPen(QPen(QColor(70, 70, 75, 160), 3.0));
        painter.drawPath(path);
    }
    return image;
}

void report(const QString &what, const StallWatchdog &watchdog)
{
    const StallWatchdog::Stall longest = watchdog.longest();
    out << QStringLiteral("%1 longest stall %2 ms (CPU %3 ms), %4 over 16 ms (target < 16)")
               .arg(what, -52)
               .arg(longest.ms, 6, 'f', 1)
               .arg(longest.cpuMs, 5, 'f', 1)
               .arg(watchdog.stallCount());
    if (!longest.during.isEmpty())
        out << "  during " << longest.during;
    out << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    MemoryTuning::returnLargeBuffersToSystem();
    if (qEnvironmentVariableIsEmpty("BENCH_STALL_NO_NICE")) // as src/app/main.cpp does
        WorkPool::setBackgroundNice(WorkPool::kWindowBackgroundNice);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestEnvironment env;
    qputenv("HOME", env.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Reimagine Studio Bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_stall"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, env.path(QStringLiteral("config")));
    QSettings().setValue(QStringLiteral("Costs/ConfirmAbove"), 1000.0);
    QSettings().setValue(QStringLiteral("Costs/DailyBudget"), 0.0);
    QSettings().setValue(QStringLiteral("Jobs/GlobalConcurrency"), 8);
    QSettings().setValue(QStringLiteral("Jobs/PerProviderConcurrency"), 8);

    const QString resultFile = env.path(QStringLiteral("result-2048.png"));
    const QString sketchFile = env.path(QStringLiteral("sketch-12mp.jpg"));
    if (!renderLike(2048, 7).save(resultFile, "PNG") || !sketchPhoto().save(sketchFile, "JPEG", 90)) {
        out << "bench_stall: cannot write the test images" << Qt::endl;
        return 1;
    }
    QProcess server;
    QString serverError;
    if (!FakeServerProcess::start(server, {QStringLiteral("--port=0"), QStringLiteral("--cdn-port=0"), QStringLiteral("--any-key"),
                                                     QStringLiteral("--quiet"), QStringLiteral("--run-time-ms=1500"),
                                                     QStringLiteral("--result-image=fal=") + resultFile},
                                  &serverError)) {
        out << "bench_stall: the fake server did not start: " << serverError << Qt::endl;
        return 1;
    }

    ModelCatalog catalog;
    catalog.reload();
    MemorySecretStore keys;
    auto *session = new StudioSession(&catalog, nullptr, &keys, env.path(QStringLiteral("data/reimagine-studio")));
    auto *window = new MainWindow(&catalog, session);
    window->resize(1280, 800);
    window->show();
    if (!window->selectModel(Bria)
        || !window->loadSketch(QStringLiteral(REIMAGINE_SOURCE_DIR "/resources/samples/sample-sketch.png"))) {
        out << "bench_stall: cannot prepare the window" << Qt::endl;
        return 1;
    }
    settle(500);
    StallWatchdog watchdog;
    watchdog.start();
    out << "GUI-thread stalls (StallWatchdog: a 2 ms beat, how late it comes), offscreen 1280x800 window"
        << Qt::endl;

    // 1. Eight jobs at once; their results arrive together.
    auto *generate = window->findChild<QPushButton *>(QStringLiteral("generateButton"));
    int finished = 0;
    int failed = 0;
    QObject::connect(session, &StudioSession::jobFinished, session, [&](Job *job) {
        ++finished;
        failed += job->state() != JobState::Done;
    });
    watchdog.reset();
    for (int i = 1; i <= 8; ++i) {
        Probe::form(window)->setFieldValue(QStringLiteral("prompt"), QStringLiteral("a walnut lounge chair, study %1").arg(i));
        Probe::form(window)->setFieldValue(QStringLiteral("seed"), i);
        if (!waitUntil([&] { return generate->isEnabled(); })) {
            out << "bench_stall: Generate stayed disabled" << Qt::endl;
            return 1;
        }
        // One click per pass of the event loop, as a designer's clicks come (each one's work
        // is measured; eight in one pass would be one stall no one can cause).
        fromEventLoop([generate] { generate->click(); });
        settle(10);
    }
    if (!waitUntil([&] { return finished >= 8; })
        || !waitUntil([&] { return Probe::historyPanel(window)->model()->rowCount() == 8 && Probe::beforeAfterView(window)->hasAfter(); })) {
        out << "bench_stall: the jobs did not finish" << Qt::endl;
        return 1;
    }
    settle(500);
    report(QStringLiteral("8 concurrent jobs finish, 2048x2048 results appear"), watchdog);

    // 2. A 12 MP sketch, loaded as a drop loads it.
    settle(200);
    watchdog.reset();
    SketchCanvas *canvas = Probe::canvas(window);
    bool loaded = false;
    fromEventLoop([&] { loaded = window->loadSketch(sketchFile); });
    if (!loaded || !waitUntil([&] { return !canvas->isLoading(); })) {
        out << "bench_stall: the 12 MP sketch did not load" << Qt::endl;
        return 1;
    }
    settle(500);
    report(QStringLiteral("12 MP sketch loaded"), watchdog);

    // The window resized with that sketch on the canvas, as a drag of its edge does: every
    // new size needs a new screen copy of the sketch.
    watchdog.reset();
    for (int step = 0; step < 20; ++step) {
        const int grow = step < 10 ? step : 19 - step;
        window->resize(1280 - 24 * grow, 800 - 16 * grow);
        settle(30);
    }
    settle(300);
    report(QStringLiteral("12 MP sketch, window resized 20 times"), watchdog);

    // 3. A 4096x4096 result in the before/after view: shown, zoomed in and out, panned.
    const QImage big = renderLike(4096, 11);
    BeforeAfterView *view = Probe::beforeAfterView(window);
    Probe::resultsArea(window)->setCurrentPage(ResultsArea::Page::Result);
    settle(200);
    if (!view->isVisible()) {
        out << "bench_stall: the before/after view is not shown" << Qt::endl;
        return 1;
    }
    watchdog.reset();
    fromEventLoop([&] { view->setAfter(big); });
    settle(300);
    report(QStringLiteral("4096x4096 result shown"), watchdog);

    watchdog.reset();
    const QPointF centre(view->width() / 2.0, view->height() / 2.0);
    for (int step = 0; step < 24; ++step) {
        const int notches = step < 12 ? 1 : -1;
        const QPointF at = centre + QPointF((step % 5) * 20 - 40, (step % 3) * 20 - 20);
        QCoreApplication::postEvent(view, new QWheelEvent(at, view->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches),
                                                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false));
        settle(40);
    }
    settle(300);
    report(QStringLiteral("4096x4096 result zoomed (24 wheel notches)"), watchdog);

    for (int step = 0; step < 6; ++step)
        QCoreApplication::postEvent(view, new QWheelEvent(centre, view->mapToGlobal(centre), QPoint(), QPoint(0, 120),
                                                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false));
    settle(500);
    watchdog.reset();
    QPointF at = centre;
    QCoreApplication::postEvent(view, new QMouseEvent(QEvent::MouseButtonPress, at, view->mapToGlobal(at), Qt::LeftButton,
                                                      Qt::LeftButton, Qt::NoModifier));
    for (int step = 0; step < 40; ++step) {
        at += QPointF(step < 20 ? 9 : -9, step % 2 ? 5 : -3);
        QCoreApplication::postEvent(view, new QMouseEvent(QEvent::MouseMove, at, view->mapToGlobal(at), Qt::NoButton,
                                                          Qt::LeftButton, Qt::NoModifier));
        settle(16);
    }
    QCoreApplication::postEvent(view, new QMouseEvent(QEvent::MouseButtonRelease, at, view->mapToGlobal(at), Qt::LeftButton,
                                                      Qt::NoButton, Qt::NoModifier));
    settle(300);
    report(QStringLiteral("4096x4096 result panned (40 drag moves, zoomed in)"), watchdog);

    if (failed)
        out << failed << " runs failed" << Qt::endl;
    watchdog.stop();
    window->close();
    delete window;
    delete session;
    server.kill();
    server.waitForFinished();
    return failed ? 1 : 0;
}
