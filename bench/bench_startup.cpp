// Start-up of the app (docs/PERFORMANCE.md, "History at scale"): the time from starting a
// process to the first paint of the main window with the catalog loaded, and the idle resident
// set size after it, with an empty history and with a long one (fill a folder with
// bench/make_history first).
//
//   build/bench/bench_startup [HISTORY_DIR ...]     (offscreen unless QT_QPA_PLATFORM is set)
//
// For each history (an empty one first) the program starts itself 6 times as a child that does
// what src/app/main.cpp does (QApplication, style, catalog, StudioSession on that data folder,
// MainWindow 1280x800, show) and reports its first paint; the first start warms the disk cache
// and is not counted, the median of the other 5 is printed. Figures: spawn -> first paint as the
// parent sees it (process start, dynamic linking and all), main() -> first paint inside the
// child, and the child's RSS once idle (2 s after the first paint: the history's first page and
// its thumbnails have loaded by then).

#include "mainwindow.h"

#include "base/memorytuning.h"
#include "schema/modelcatalog.h"
#include "secrets/secretstore.h"
#include "session/studiosession.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

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

// Reports the first paint of the main window (the first Paint event of the window or any widget
// in it, once that event has been handled).
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, const QElapsedTimer &clock)
        : m_window(window)
        , m_clock(clock)
    {
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_done || event->type() != QEvent::Paint || !watched->isWidgetType()
            || static_cast<QWidget *>(watched)->window() != m_window)
            return false;
        m_done = true;
        // After the paint cycle that this event belongs to.
        QTimer::singleShot(0, this, [this] {
            std::printf("painted %.2f\n", m_clock.nsecsElapsed() / 1e6);
            std::fflush(stdout);
            QTimer::singleShot(2000, this, [] {
                std::printf("rss %.1f\n", statusKb("VmRSS:") / 1024.0);
                std::fflush(stdout);
                QApplication::exit(0);
            });
        });
        return false;
    }

private:
    QWidget *m_window;
    const QElapsedTimer &m_clock;
    bool m_done = false;
};

int child(int argc, char *argv[], const QString &dataDir)
{
    QElapsedTimer clock;
    clock.start();
    MemoryTuning::returnLargeBuffersToSystem();
    QApplication::setOrganizationName(QStringLiteral("Reimagine Studio Bench"));
    QApplication::setApplicationName(QStringLiteral("bench_startup"));
    QApplication app(argc, argv);
    if (QApplication::style() && QApplication::style()->name().compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    ModelCatalog catalog(ModelCatalog::defaultUserModelDir());
    catalog.reload();
    MemorySecretStore sessionKeys;
    StudioSession session(&catalog, nullptr, &sessionKeys, dataDir);
    MainWindow window(&catalog, &session);
    window.resize(1280, 800);
    FirstPaint firstPaint(&window, clock);
    app.installEventFilter(&firstPaint);
    window.show();
    return QApplication::exec();
}

struct Figures
{
    double spawnMs = 0;
    double inProcessMs = 0;
    double rssMb = 0;
};

bool runChild(const QString &self, const QString &dataDir, const QString &home, Figures *figures)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char *key : {"FAL_KEY", "REPLICATE_API_TOKEN", "FREEPIK_API_KEY", "STABILITY_API_KEY"})
        env.remove(QString::fromLatin1(key));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(self, {QStringLiteral("--child"), dataDir});
    QByteArray output;
    while (!output.contains("painted")) {
        if (!process.waitForReadyRead(30000))
            return false;
        output += process.readAllStandardOutput();
    }
    figures->spawnMs = clock.nsecsElapsed() / 1e6;
    if (!process.waitForFinished(30000))
        return false;
    output += process.readAllStandardOutput();
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("painted "))
            figures->inProcessMs = line.mid(8).toDouble();
        if (line.startsWith("rss "))
            figures->rssMb = line.mid(4).toDouble();
    }
    return process.exitCode() == 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return child(argc, argv, QString::fromLocal8Bit(argv[2]));

    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir home;
    QTemporaryDir empty;
    QStringList histories{empty.path()};
    for (int i = 1; i < argc; ++i)
        histories.append(QDir(QString::fromLocal8Bit(argv[i])).absolutePath());

    out << "Start-up to the first paint of the main window (median of 5 after a warm-up start), "
        << QThread::idealThreadCount() << " cores" << Qt::endl;
    for (const QString &history : std::as_const(histories)) {
        QList<double> spawn, inProcess, rss;
        for (int i = 0; i < 6; ++i) {
            Figures figures;
            if (!runChild(QCoreApplication::applicationFilePath(), history, home.path(), &figures)) {
                out << "bench_startup: the child did not paint or did not end (" << history << ")" << Qt::endl;
                return 1;
            }
            if (i == 0)
                continue;
            spawn.append(figures.spawnMs);
            inProcess.append(figures.inProcessMs);
            rss.append(figures.rssMb);
        }
        const QString name = history == empty.path() ? QStringLiteral("empty history") : history;
        out << QStringLiteral("%1: spawn -> first paint %2 ms, main() -> first paint %3 ms, idle RSS %4 MB")
                   .arg(name)
                   .arg(median(spawn), 0, 'f', 1)
                   .arg(median(inProcess), 0, 'f', 1)
                   .arg(median(rss), 0, 'f', 1)
            << Qt::endl;
    }
    return 0;
}
