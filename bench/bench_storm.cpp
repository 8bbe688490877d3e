// The fault storm of tst_faultstorm as a soak: 300 jobs (or the first argument; the second is
// the seed) over the three providers through a StudioSession, the fake server in this process
// injecting 429s, 503s, resets, stalls, broken JSON, slow drips and jobs that never finish.
// Prints the outcomes by fault, submits and billed work, memory and time; exits with 1 when a
// job ended other than its fault allows (the problems are listed).
#include "fakeproviderserver.h"
#include "faultstorm.h"
#include "testenvironment.h"

#include "base/memorytuning.h"
#include "jobs/jobqueue.h"
#include "schema/modelcatalog.h"
#include "secrets/secretstore.h"
#include "session/studiosession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    MemoryTuning::returnLargeBuffersToSystem();
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();

    FaultStorm::Options options;
    options.jobs = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 300;
    if (args.size() > 2)
        options.seed = args.at(2).toUInt();
    options.sketchPath = QStringLiteral(REIMAGINE_SOURCE_DIR "/resources/samples/sample-sketch.png");

    // Nothing of the user's is touched: settings, history and results go to a temporary HOME.
    TestEnvironment env;
    qputenv("HOME", env.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Reimagine Studio Bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_storm"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, env.path(QStringLiteral("config")));

    FakeProviderServer server;
    if (!server.start()) {
        out << "cannot start the fake server: " << server.errorString() << Qt::endl;
        return 2;
    }
    for (const auto &pair : server.environment())
        qputenv(pair.first.constData(), pair.second);
    FaultStorm::exportEnvironment(options);

    ModelCatalog catalog;
    catalog.reload();
    MemorySecretStore sessionStore;
    auto session = std::make_unique<StudioSession>(&catalog, nullptr, &sessionStore);
    const qint64 rssBefore = FaultStorm::memoryFigure("VmRSS");

    FaultStorm storm(&server, &catalog, options);
    storm.plan();
    out << "fault storm: " << options.jobs << " jobs, seed " << options.seed << ", request timeout "
        << options.requestTimeoutMs << " ms, deadline " << options.maxWaitMs << " ms" << Qt::endl;
    QEventLoop loop;
    QObject::connect(&storm, &FaultStorm::over, &loop, &QEventLoop::quit);
    QString error;
    if (!storm.start(session.get(), &error)) {
        out << error << Qt::endl;
        return 2;
    }
    loop.exec();
    session->queue()->waitForSaving();
    const qint64 rssAfter = FaultStorm::memoryFigure("VmRSS");

    for (const QString &line : storm.figures())
        out << line << Qt::endl;
    out << QStringLiteral("resident set: %1 MiB before, %2 MiB after, peak %3 MiB")
               .arg(rssBefore / 1048576.0, 0, 'f', 1)
               .arg(rssAfter / 1048576.0, 0, 'f', 1)
               .arg(FaultStorm::memoryFigure("VmHWM") / 1048576.0, 0, 'f', 1)
        << Qt::endl;
    const QStringList problems = storm.problems();
    for (const QString &problem : problems)
        out << "PROBLEM " << problem << Qt::endl;
    out << (problems.isEmpty() ? "every job ended as its fault allows" : "some jobs did not") << Qt::endl;
    return problems.isEmpty() ? 0 : 1;
}
