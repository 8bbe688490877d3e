// Memory of a long session: 300 Generate runs in one window, each bringing back a 2048x2048
// result from the fake provider server (a separate process, so its own buffers do not count).
// Prints the resident set size after 30 and after 300 runs, and after Clear Finished; the second
// figure must stay within 50 MB of the first (docs/PERFORMANCE.md).
//
//   build/bench/bench_memory [RUNS]      (runs offscreen unless QT_QPA_PLATFORM is set)

#include "fakeserverprocess.h"
#include "mainwindow.h"

#include "testenvironment.h"
#include "windowprobe.h"

#include "forms/schemaform.h"
#include "imaging/imagecache.h"
#include "jobs/job.h"
#include "history/historymodel.h"
#include "panels/historypanel.h"
#include "panels/jobspanel.h"
#include "schema/modelcatalog.h"
#include "secrets/secretstore.h"
#include "session/studiosession.h"
#include "widgets/beforeafterview.h"

#include "base/memorytuning.h"
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <functional>

namespace {

QTextStream out(stdout);
const QString Bria = QStringLiteral("fal:bria/reimagine/3.2");

long statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(static_cast<int>(qstrlen(field))).trimmed().split(' ').first().toLong();
    }
    return -1;
}

double rssMb()
{
    return statusKb("VmRSS:") / 1024.0;
}

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

// A render-like 2048x2048 image: smooth shapes and some grain, about the size of a real result.
QByteArray resultPng()
{
    QImage image(2048, 2048, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 2048, 2048);
    gradient.setColorAt(0, QColor(236, 228, 214));
    gradient.setColorAt(1, QColor(120, 96, 80));
    painter.fillRect(image.rect(), gradient);
    painter.setRenderHint(QPainter::Antialiasing);
    QRandomGenerator random(7);
    for (int i = 0; i < 400; ++i) {
        painter.setBrush(QColor::fromHsv(random.bounded(360), 80, 120 + random.bounded(120), 160));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPointF(random.bounded(2048), random.bounded(2048)), 20 + random.bounded(200),
                            20 + random.bounded(200));
    }
    painter.end();
    for (int y = 0; y < image.height(); y += 2) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); x += 3)
            line[x] ^= random.bounded(8);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    MemoryTuning::returnLargeBuffersToSystem();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestEnvironment env; // XDG folders in a temporary directory, no keys from the environment
    qputenv("HOME", env.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Reimagine Studio Bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_memory"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, env.path(QStringLiteral("config")));
    QSettings().setValue(QStringLiteral("Costs/ConfirmAbove"), 1000.0);
    QSettings().setValue(QStringLiteral("Costs/DailyBudget"), 0.0);
    const int runs = argc > 1 ? qMax(30, QByteArray(argv[1]).toInt()) : 300;

    // The fake server, in its own process.
    const QString resultFile = env.path(QStringLiteral("result-2048.png"));
    {
        QFile file(resultFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(resultPng()) < 0)
            return 1;
    }
    QProcess server;
    QString serverError;
    if (!FakeServerProcess::start(server, {QStringLiteral("--port=0"), QStringLiteral("--cdn-port=0"), QStringLiteral("--any-key"),
                                                     QStringLiteral("--quiet"), QStringLiteral("--fal-script=IN_PROGRESS,COMPLETED"),
                                                     QStringLiteral("--sse-interval=20"), QStringLiteral("--result-image=fal=") + resultFile},
                                  &serverError)) {
        out << "bench_memory: the fake server did not start: " << serverError << Qt::endl;
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
        out << "bench_memory: cannot prepare the window" << Qt::endl;
        return 1;
    }
    auto *generate = window->findChild<QPushButton *>(QStringLiteral("generateButton"));
    int finished = 0;
    int failed = 0;
    QObject::connect(session, &StudioSession::jobFinished, session, [&](Job *job) {
        ++finished;
        if (job->state() != JobState::Done) {
            ++failed;
            out << "run failed: " << job->outcome().message << Qt::endl;
        }
    });

    const double startMb = rssMb();
    double after30 = 0;
    QElapsedTimer clock;
    clock.start();
    out << "Memory of one session: " << runs << " runs, 2048x2048 PNG results ("
        << QFileInfo(resultFile).size() / 1024 << " KB each), Bria on the fake fal server" << Qt::endl;
    out << QStringLiteral("%1 %2 MB").arg(QStringLiteral("RSS with the window shown"), -44).arg(startMb, 8, 'f', 1)
        << Qt::endl;
    for (int i = 1; i <= runs; ++i) {
        Probe::form(window)->setFieldValue(QStringLiteral("prompt"), QStringLiteral("a walnut lounge chair, study %1").arg(i));
        Probe::form(window)->setFieldValue(QStringLiteral("seed"), i);
        if (!waitUntil([&] { return generate->isEnabled(); })) {
            out << "bench_memory: Generate stayed disabled" << Qt::endl;
            return 1;
        }
        generate->click();
        if (!waitUntil([&] { return finished >= i; })) {
            out << "bench_memory: run " << i << " did not finish" << Qt::endl;
            return 1;
        }
        if (i == 30 || i == runs) {
            // Let the view, the filmstrip and the history catch up with the last result.
            waitUntil([&] {
                return Probe::historyPanel(window)->model()->rowCount() == i && Probe::beforeAfterView(window)->hasAfter();
            });
            const double mb = rssMb();
            if (i == 30)
                after30 = mb;
            out << QStringLiteral("%1 %2 MB").arg(QStringLiteral("RSS after %1 runs").arg(i), -44).arg(mb, 8, 'f', 1);
            out << QStringLiteral("   (decoded image cache %1 MB in %2 images)")
                       .arg(session->images()->usedBytes() / 1048576.0, 0, 'f', 1)
                       .arg(session->images()->count());
            if (i == runs)
                out << QStringLiteral("   %1%2 MB vs 30 runs (limit +50 MB)").arg(mb >= after30 ? QStringLiteral("+") : QString()).arg(mb - after30, 0, 'f', 1);
            out << Qt::endl;
        }
    }
    const double perRun = static_cast<double>(clock.elapsed()) / runs;
    Probe::jobsPanel(window)->clearFinished();
    waitUntil([&] { return session->jobs().isEmpty(); });
    out << QStringLiteral("%1 %2 MB").arg(QStringLiteral("RSS after Clear Finished"), -44).arg(rssMb(), 8, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("%1 %2 MB").arg(QStringLiteral("Peak RSS"), -44).arg(statusKb("VmHWM:") / 1024.0, 8, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("%1 %2 ms").arg(QStringLiteral("Wall time per run (end to end, GUI)"), -44).arg(perRun, 8, 'f', 1)
        << Qt::endl;
    if (failed)
        out << failed << " runs failed" << Qt::endl;

    window->close();
    delete window;
    delete session;
    server.kill();
    server.waitForFinished();
    return failed ? 1 : 0;
}
