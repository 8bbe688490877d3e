#include "clirunner.h"

#include "base/memorytuning.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFd[2] = {-1, -1};

void onSigint(int)
{
    const char byte = 1;
    // Async-signal-safe hand-over to the event loop (Qt's "Calling Qt Functions From Unix
    // Signal Handlers" pattern).
    [[maybe_unused]] const auto written = ::write(g_signalFd[0], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    MemoryTuning::returnLargeBuffersToSystem();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Reimagine Studio"));
    QCoreApplication::setApplicationName(QStringLiteral("reimagine-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REIMAGINE_VERSION));

    CliRunner runner;

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &runner, [&runner] {
            char byte = 0;
            [[maybe_unused]] const auto got = ::read(g_signalFd[1], &byte, 1);
            runner.interrupt();
        });
        struct sigaction action = {};
        action.sa_handler = onSigint;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }

    const int immediate = runner.start(QCoreApplication::arguments().mid(1));
    if (immediate >= 0)
        return immediate;
    QObject::connect(&runner, &CliRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
    return QCoreApplication::exec();
}
