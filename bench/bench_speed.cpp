// Speed against the official fal client (docs/PERFORMANCE.md, "Speed against the official
// client"). bench/run.sh installs what it needs and runs this; every figure of one section is
// measured side by side in one run.
//   bench_speed clients JOBS CLI FAKE_SERVER NODE_SCRIPT FAL_CLIENT_MODULE SKETCH
//       JOBS sequential Bria jobs with a fixed 0.2 s server run time, alternating one
//       `reimagine-cli run` process and one Node process with fal.subscribe; then JOBS more of
//       ours against a server without a status stream (polling). Wall time and CPU (getrusage
//       of the children) per job, and from the fake server's clock: completion -> result
//       request, status polls and result requests per job.
//   bench_speed parallel      4 jobs (0.5, 1, 2, 4 s server time) through StudioSession.
//   bench_speed upload        upload preparation of a 12 MP sketch photo and a line drawing.
#include "fakeproviderserver.h"
#include "syntheticsketch.h"
#include "testenvironment.h"

#include "base/memorytuning.h"
#include "jobs/job.h"
#include "jobs/jobqueue.h"
#include "providers/inputpreparer.h"
#include "schema/modelcatalog.h"
#include "secrets/secretstore.h"
#include "session/studiosession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QPainterPath>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <sys/resource.h>

namespace {

QTextStream out(stdout);

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double mean(const QList<double> &values)
{
    double sum = 0;
    for (double v : values)
        sum += v;
    return values.isEmpty() ? 0 : sum / values.size();
}

QString fmt(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

double childCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

// A fake server as its own process (as the CLI and Node see fal): its environment lines parsed.
struct ServerProcess
{
    QProcess process;
    QProcessEnvironment environment;
    QUrl base;

    bool start(const QString &program, const QStringList &arguments)
    {
        process.setProgram(program);
        process.setArguments(arguments + QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                                     QStringLiteral("--cdn-port"), QStringLiteral("0"),
                                                     QStringLiteral("--quiet")});
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start();
        if (!process.waitForStarted(5000))
            return false;
        environment = QProcessEnvironment::systemEnvironment();
        static const QRegularExpression line(QStringLiteral("^export ([A-Z_]+)='(.*)'$"));
        while (process.waitForReadyRead(5000)) {
            while (process.canReadLine()) {
                const QString text = QString::fromUtf8(process.readLine()).trimmed();
                const QRegularExpressionMatch match = line.match(text);
                if (match.hasMatch())
                    environment.insert(match.captured(1), match.captured(2));
                if (text.startsWith(QLatin1String("# Ctrl+C"))) {
                    QUrl queue(environment.value(QStringLiteral("REIMAGINE_FAL_QUEUE_URL")));
                    queue.setPath(QString());
                    base = queue;
                    return true;
                }
            }
        }
        return false;
    }
    ~ServerProcess()
    {
        process.kill();
        process.waitForFinished(2000);
    }
    QJsonObject stats() const
    {
        QNetworkAccessManager manager;
        QUrl url = base;
        url.setPath(QStringLiteral("/fake/stats"));
        QNetworkReply *reply = manager.get(QNetworkRequest(url));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return object;
    }
};

struct Run
{
    double wallMs = 0;
    double cpuMs = 0;
    bool ok = false;
};

Run runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    const double cpuBefore = childCpuMs();
    QElapsedTimer clock;
    clock.start();
    process.start();
    process.waitForFinished(60000);
    Run run;
    run.wallMs = clock.nsecsElapsed() / 1e6;
    run.cpuMs = childCpuMs() - cpuBefore;
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return run;
}

struct JobFigures
{
    QList<double> gapsMs;   // completion -> first result request, server clock
    QList<double> polls;
    QList<double> resultRequests;
};

// The fake server's view of the jobs at `indexes` (submit order).
JobFigures serverFigures(const QJsonObject &stats, const QList<int> &indexes)
{
    JobFigures figures;
    const QJsonArray jobs = stats.value(QStringLiteral("fal_jobs")).toArray();
    for (int index : indexes) {
        const QJsonObject job = jobs.at(index).toObject();
        const double completed = job.value(QStringLiteral("completed_us")).toDouble();
        const double requested = job.value(QStringLiteral("result_requested_us")).toDouble();
        if (completed >= 0 && requested >= 0)
            figures.gapsMs.append((requested - completed) / 1000.0);
        figures.polls.append(job.value(QStringLiteral("status_polls")).toDouble());
        figures.resultRequests.append(job.value(QStringLiteral("result_requests")).toDouble());
    }
    return figures;
}

int clients(const QStringList &args)
{
    if (args.size() < 8) {
        out << "usage: bench_speed clients JOBS CLI FAKE_SERVER NODE_SCRIPT FAL_CLIENT_MODULE SKETCH" << Qt::endl;
        return 2;
    }
    const int jobs = std::max(1, args.at(2).toInt());
    const QString cli = args.at(3);
    const QString fakeServer = args.at(4);
    const QString nodeScript = args.at(5);
    const QString falModule = args.at(6);
    const QString sketch = QFileInfo(args.at(7)).absoluteFilePath();
    constexpr int kServerMs = 200;
    // "-" (or a module that is not there): ours alone, the official client's figures are
    // said to be missing (bench/run.sh when npm could not install it).
    const bool official = falModule != QLatin1String("-") && QFileInfo::exists(falModule + QStringLiteral("/package.json"));

    QTemporaryDir home;
    ServerProcess sse;
    ServerProcess polling;
    const QStringList common{QStringLiteral("--run-time-ms"), QString::number(kServerMs)};
    if (!sse.start(fakeServer, common)
        || !polling.start(fakeServer, common + QStringList{QStringLiteral("--sse"), QStringLiteral("unsupported")})) {
        out << "cannot start the fake server" << Qt::endl;
        return 2;
    }
    auto isolated = [&home](QProcessEnvironment env) {
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("FAL_CLIENT_MODULE"), QString());
        env.remove(QStringLiteral("REIMAGINE_POLL_INTERVAL_MS"));
        return env;
    };
    QProcessEnvironment sseEnv = isolated(sse.environment);
    QProcessEnvironment pollingEnv = isolated(polling.environment);
    QProcessEnvironment nodeEnv = sseEnv;
    nodeEnv.insert(QStringLiteral("FAL_CLIENT_MODULE"), falModule);

    const QString output = home.filePath(QStringLiteral("result.png"));
    const QStringList cliArgs{QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("fal:bria/reimagine/3.2"),
                              QStringLiteral("--image"), sketch, QStringLiteral("--prompt"), QStringLiteral("a house"),
                              QStringLiteral("--output"), output};
    const QStringList nodeArgs{nodeScript, sketch, home.filePath(QStringLiteral("node.png")), QStringLiteral("1")};

    // Warm the page cache and both runtimes once (not counted).
    runProcess(cli, cliArgs, sseEnv);
    if (official)
        runProcess(QStringLiteral("node"), nodeArgs, nodeEnv);

    QList<double> oursWall, oursCpu, nodeWall, nodeCpu, pollWall, pollCpu;
    QList<int> oursIdx, nodeIdx;
    int sseIndex = official ? 2 : 1;   // the warm-up jobs came first
    int failures = 0;
    for (int i = 0; i < jobs; ++i) {
        const Run ours = runProcess(cli, cliArgs, sseEnv);
        oursIdx.append(sseIndex++);
        if (official) {
            const Run node = runProcess(QStringLiteral("node"), nodeArgs, nodeEnv);
            nodeIdx.append(sseIndex++);
            failures += !node.ok;
            nodeWall.append(node.wallMs);
            nodeCpu.append(node.cpuMs);
        }
        const Run poll = runProcess(cli, cliArgs, pollingEnv);
        failures += !ours.ok + !poll.ok;
        oursWall.append(ours.wallMs);
        oursCpu.append(ours.cpuMs);
        pollWall.append(poll.wallMs);
        pollCpu.append(poll.cpuMs);
    }
    QList<int> pollIdx;
    for (int i = 0; i < jobs; ++i)
        pollIdx.append(i);

    // The official client in one process for all jobs (its start-up paid once), for reference.
    QList<double> nodeInProcess;
    if (official) {
        QProcess inProcess;
        inProcess.setProcessEnvironment(nodeEnv);
        inProcess.start(QStringLiteral("node"), {nodeScript, sketch, home.filePath(QStringLiteral("node.png")), QString::number(jobs)});
        inProcess.waitForFinished(120000);
        for (const QByteArray &line : inProcess.readAllStandardOutput().split('\n')) {
            if (line.startsWith("job "))
                nodeInProcess.append(line.mid(4).toDouble());
        }
    }

    const JobFigures oursServer = serverFigures(sse.stats(), oursIdx);
    const JobFigures nodeServer = serverFigures(sse.stats(), nodeIdx);
    const JobFigures pollServer = serverFigures(polling.stats(), pollIdx);

    const double ours = median(oursWall);
    const double node = median(nodeWall);
    out << "== Client overhead: " << jobs << " sequential Bria jobs, server run time " << kServerMs
        << " ms (one process per job; medians) ==" << Qt::endl;
    out << "ours (reimagine-cli run, SSE)      end-to-end " << fmt(ours) << " ms, CPU " << fmt(median(oursCpu))
        << " ms/job (mean " << fmt(mean(oursCpu)) << ")" << Qt::endl;
    if (official) {
        out << "official (@fal-ai/client, node)    end-to-end " << fmt(node) << " ms, CPU " << fmt(median(nodeCpu))
            << " ms/job (mean " << fmt(mean(nodeCpu)) << ")" << Qt::endl;
        out << "official, " << jobs << " jobs in one node process  " << fmt(median(nodeInProcess)) << " ms/job" << Qt::endl;
        out << "ratio ours/official                " << fmt(ours / node, 3) << "  (target <= 0.36)" << Qt::endl;
        out << "ratio ours/official (one process)  " << fmt(ours / median(nodeInProcess), 3) << Qt::endl;
    } else {
        out << "official (@fal-ai/client, node)    NOT MEASURED: the client is not installed (see above)" << Qt::endl;
    }
    out << "ours above server time             " << fmt(ours - kServerMs) << " ms  (target <= 25)" << Qt::endl;
    if (official)
        out << "CPU ratio ours/official            " << fmt(median(oursCpu) / median(nodeCpu), 3) << Qt::endl;
    out << "ours without a stream (polling)    end-to-end " << fmt(median(pollWall)) << " ms, CPU "
        << fmt(median(pollCpu)) << " ms/job" << Qt::endl;
    out << "== Completion -> result request (fake server clock; medians, max) ==" << Qt::endl;
    auto gapLine = [](const QString &who, const JobFigures &f) {
        out << who << fmt(median(f.gapsMs), 2) << " ms (max " << fmt(f.gapsMs.isEmpty() ? 0 : *std::max_element(f.gapsMs.begin(), f.gapsMs.end()), 2)
            << "), status polls/job " << fmt(mean(f.polls), 1) << ", result requests/job " << fmt(mean(f.resultRequests), 2)
            << " (" << f.gapsMs.size() << " jobs)" << Qt::endl;
    };
    gapLine(QStringLiteral("ours, SSE            (target < 10)  "), oursServer);
    gapLine(QStringLiteral("ours, polling        (target < 60)  "), pollServer);
    if (official) {
        gapLine(QStringLiteral("official, polling (500 ms)          "), nodeServer);
        out << "ratio ours SSE / official           " << fmt(median(oursServer.gapsMs) / median(nodeServer.gapsMs), 3) << Qt::endl;
        out << "ratio ours polling / official       " << fmt(median(pollServer.gapsMs) / median(nodeServer.gapsMs), 3) << Qt::endl;
    }
    if (failures > 0)
        out << "FAILED runs: " << failures << Qt::endl;
    return failures > 0 ? 1 : 0;
}

void isolate(TestEnvironment &env, const QString &name)
{
    qputenv("HOME", env.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Reimagine Studio Bench"));
    QCoreApplication::setApplicationName(name);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, env.path(QStringLiteral("config")));
}

int parallel(bool stream)
{
    TestEnvironment env;
    isolate(env, QStringLiteral("bench_speed"));
    FakeProviderServer server;
    if (!server.start()) {
        out << "cannot start the fake server: " << server.errorString() << Qt::endl;
        return 2;
    }
    server.setFalSseMode(stream ? FakeProviderServer::SseMode::Supported : FakeProviderServer::SseMode::Unsupported);
    server.setJobTagPattern(QRegularExpression(QStringLiteral("par-\\d+")));
    const QList<int> runTimes{500, 1000, 2000, 4000};
    for (int ms : runTimes)
        server.setFalRunTimeFor(QStringLiteral("par-%1").arg(ms), ms);
    for (const auto &pair : server.environment())
        qputenv(pair.first.constData(), pair.second);
    qunsetenv("REIMAGINE_POLL_INTERVAL_MS");

    ModelCatalog catalog;
    catalog.reload();
    MemorySecretStore sessionStore;
    auto session = std::make_unique<StudioSession>(&catalog, nullptr, &sessionStore);
    session->queue()->setLimits(4, 4);
    const ModelSpec *model = catalog.model(QStringLiteral("fal:bria/reimagine/3.2"));
    const QString sketch = QStringLiteral(REIMAGINE_SOURCE_DIR "/resources/samples/sample-sketch.png");
    QHash<QString, qint64> doneUs;   // tag -> server clock when the job was Done
    int ended = 0;
    QEventLoop loop;
    for (int ms : runTimes) {
        const QString tag = QStringLiteral("par-%1").arg(ms);
        QJsonObject values = model->defaultValues();
        values.insert(QStringLiteral("prompt"), QString(tag + QStringLiteral(" a cabin")));
        values.insert(QStringLiteral("canny_image_url"), sketch);
        QString error;
        Job *job = session->generate(*model, values, sketch, &error);
        if (!job) {
            out << "refused: " << error << Qt::endl;
            return 2;
        }
        QObject::connect(job, &Job::stateChanged, &loop, [&, tag](JobState state) {
            if (!isTerminal(state))
                return;
            if (state == JobState::Done)
                doneUs.insert(tag, server.clockUs());
            if (++ended == runTimes.size())
                loop.quit();
        });
    }
    loop.exec();
    session->queue()->waitForSaving();

    out << "== 4 parallel jobs through StudioSession, " << (stream ? "SSE" : "polling (no stream)")
        << ": server completion -> Done (target <= 30 ms each) ==" << Qt::endl;
    qint64 lastCompleted = 0;
    qint64 lastDone = 0;
    int failures = 0;
    for (const FakeProviderServer::FalJobStats &job : server.falJobStats()) {
        const qint64 done = doneUs.value(job.tag, -1);
        if (done < 0 || job.completedUs < 0) {
            out << job.tag << ": not done" << Qt::endl;
            ++failures;
            continue;
        }
        lastCompleted = std::max(lastCompleted, job.completedUs);
        lastDone = std::max(lastDone, done);
        out << "server time " << job.runTimeMs << " ms: completion -> Done " << fmt((done - job.completedUs) / 1000.0)
            << " ms, completion -> result request " << fmt((job.resultRequestedUs - job.completedUs) / 1000.0)
            << " ms, status polls " << job.statusPolls << ", result requests " << job.resultRequests << Qt::endl;
    }
    out << "whole set ends " << fmt((lastDone - lastCompleted) / 1000.0)
        << " ms after the slowest job completed (target <= 50)" << Qt::endl;
    return failures ? 1 : 0;
}

// A 12 MP phone photo of a pencil sketch on paper: paper grain, soft light, graphite strokes.
QImage paperSketchPhoto()
{
    const QSize size(4000, 3000);
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator random(20261207);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const int light = 236 - (x + y) * 22 / (size.width() + size.height());
            const int grain = static_cast<int>(random.bounded(13)) - 6;
            const int v = std::clamp(light + grain, 0, 255);
            line[x] = qRgb(v, v - 3, v - 10);
        }
    }
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 900; ++i) {
        const QPointF a(300 + random.bounded(3400), 300 + random.bounded(2400));
        const QPointF b = a + QPointF(random.bounded(600) - 300.0, random.bounded(600) - 300.0);
        const QPointF c = a + QPointF(random.bounded(600) - 300.0, random.bounded(600) - 300.0);
        QPainterPath path(a);
        path.quadTo(c, b);
        const int grey = 60 + static_cast<int>(random.bounded(70));
        painter.setPen(QPen(QColor(grey, grey, grey + 5, 90 + static_cast<int>(random.bounded(120))),
                            2.0 + random.bounded(4.0)));
        painter.drawPath(path);
    }
    return image;
}

int upload()
{
    QTemporaryDir dir;
    const QString photo = dir.filePath(QStringLiteral("paper-sketch.jpg"));
    const QString drawing = dir.filePath(QStringLiteral("line-drawing.png"));
    if (!paperSketchPhoto().save(photo, "JPEG", 90)
        || !SyntheticSketch::drawing(QSize(4000, 3000), 0.002).save(drawing, "PNG")) {
        out << "cannot write the test images" << Qt::endl;
        return 2;
    }
    out << "== Upload preparation (InputPreparer, max side 2048 as the default setting; median of 5) =="
        << Qt::endl;
    for (const QString &path : {photo, drawing}) {
        QList<double> times;
        PreparedInput prepared;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer clock;
            clock.start();
            prepared = InputPreparer::prepareFile(path, 2048, InputPreparer::Wrapping::None);
            times.append(clock.nsecsElapsed() / 1e6);
        }
        const qint64 raw = QFileInfo(path).size();
        out << QFileInfo(path).fileName() << " (4000x3000): raw " << raw << " bytes, sent "
            << prepared.bytes.size() << " bytes " << prepared.mimeType << " " << prepared.size.width() << "x"
            << prepared.size.height() << " (" << fmt(100.0 * prepared.bytes.size() / raw) << " % of raw), "
            << fmt(median(times)) << " ms" << (prepared.ok() ? "" : " FAILED") << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    MemoryTuning::returnLargeBuffersToSystem();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString section = args.value(1);
    if (section == QLatin1String("clients"))
        return clients(args);
    if (section == QLatin1String("parallel")) {
        const int a = parallel(true);
        const int b = parallel(false);
        return a || b;
    }
    if (section == QLatin1String("upload"))
        return upload();
    out << "usage: bench_speed clients|parallel|upload ..." << Qt::endl;
    return 2;
}
