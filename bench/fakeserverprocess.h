#pragma once

// The window benchmarks' fake provider server: a child process whose start-up banner prints the
// environment (base URLs, keys) the app needs, as `export NAME='value'` lines.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <sys/resource.h>

namespace FakeServerProcess {

// Starts `server` (REIMAGINE_FAKE_SERVER) with `arguments`, waits up to 10 s for its banner and
// exports what it prints into this process's environment. False with the server's error output
// in `error` when it does not start. The server stands in for a provider on another machine:
// it runs at the lowest priority, so that serving results does not take the window's CPU.
inline bool start(QProcess &server, const QStringList &arguments, QString *error)
{
    server.setProgram(QStringLiteral(REIMAGINE_FAKE_SERVER));
    server.setArguments(arguments);
    server.setChildProcessModifier([] { ::setpriority(PRIO_PROCESS, 0, 19); });
    server.start();
    QByteArray banner;
    const QDeadlineTimer deadline(10000);
    while (!banner.contains("# Ctrl+C") && server.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        server.waitForReadyRead(50);
        banner += server.readAllStandardOutput();
    }
    if (!banner.contains("# Ctrl+C")) {
        *error = QString::fromLocal8Bit(server.readAllStandardError());
        return false;
    }
    static const QRegularExpression exportLine(QStringLiteral("^export (\\w+)='(.*)'$"),
                                               QRegularExpression::MultilineOption);
    for (auto it = exportLine.globalMatch(QString::fromUtf8(banner)); it.hasNext();) {
        const auto match = it.next();
        qputenv(match.captured(1).toUtf8().constData(), match.captured(2).toUtf8());
    }
    return true;
}

} // namespace FakeServerProcess
