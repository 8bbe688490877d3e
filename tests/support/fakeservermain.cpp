// reimagine-fake-server: the in-repo fake of fal, Segmind, Freepik and their CDN, for running the
// app or the CLI offline. Prints the environment to paste, logs each request (method and path
// only, never headers), runs until interrupted. Listens on loopback only. GET /fake/stats on the
// API address gives what it saw of each fal job (submit, COMPLETED and result times, polls).

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QTextStream>

#include "fakeproviderserver.h"

namespace
{
QString shellQuote(const QByteArray &value)
{
    QString text = QString::fromUtf8(value);
    text.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("reimagine-fake-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fake fal / Segmind / Freepik provider server on 127.0.0.1 (API) and 127.0.0.2 (CDN)."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("API port on 127.0.0.1 (0 = any)."),
                                        QStringLiteral("port"), QStringLiteral("47800"));
    const QCommandLineOption cdnPortOption(QStringLiteral("cdn-port"),
                                           QStringLiteral("CDN port on 127.0.0.2 (0 = any)."),
                                           QStringLiteral("port"), QStringLiteral("47801"));
    const QCommandLineOption anyKeyOption(QStringLiteral("any-key"),
                                          QStringLiteral("Accept any non-empty API key."));
    const QCommandLineOption falKeyOption(QStringLiteral("fal-key"), QStringLiteral("fal key."),
                                          QStringLiteral("key"), QStringLiteral("test-fal-key"));
    const QCommandLineOption segmindKeyOption(QStringLiteral("segmind-key"),
                                              QStringLiteral("Segmind key."), QStringLiteral("key"),
                                              QStringLiteral("test-segmind-key"));
    const QCommandLineOption freepikKeyOption(QStringLiteral("freepik-key"),
                                              QStringLiteral("Freepik key."), QStringLiteral("key"),
                                              QStringLiteral("test-freepik-key"));
    const QCommandLineOption falScriptOption(
        QStringLiteral("fal-script"),
        QStringLiteral("Comma-separated fal states, e.g. IN_QUEUE:2,IN_PROGRESS,COMPLETED or "
                       "IN_PROGRESS,ERROR:out of memory."),
        QStringLiteral("states"));
    const QCommandLineOption sseOption(QStringLiteral("sse"),
                                       QStringLiteral("fal status stream: supported, unsupported, stall."),
                                       QStringLiteral("mode"), QStringLiteral("supported"));
    const QCommandLineOption freepikOption(QStringLiteral("freepik-mode"),
                                           QStringLiteral("sync, async, base64 or failed."),
                                           QStringLiteral("mode"), QStringLiteral("sync"));
    const QCommandLineOption segmindTypeOption(QStringLiteral("segmind-content-type"),
                                               QStringLiteral("Content-Type of Segmind images."),
                                               QStringLiteral("type"), QStringLiteral("image/jpeg"));
    const QCommandLineOption noCreditsOption(QStringLiteral("segmind-no-credits"),
                                             QStringLiteral("Segmind answers 406 Not enough credits."));
    const QCommandLineOption resultImageOption(
        QStringLiteral("result-image"),
        QStringLiteral("Results of a provider show this image, e.g. fal=render.png (repeatable)."),
        QStringLiteral("provider=file"));
    const QCommandLineOption sseIntervalOption(
        QStringLiteral("sse-interval"),
        QStringLiteral("Milliseconds between fal status events and polls' steps (default 500)."),
        QStringLiteral("ms"), QStringLiteral("500"));
    const QCommandLineOption runTimeOption(
        QStringLiteral("run-time-ms"),
        QStringLiteral("Timed fal jobs: each runs this many ms of server time, then is COMPLETED "
                       "(the stream says so at once); 0 = the --fal-script steps (default)."),
        QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         QStringLiteral("Do not log requests."));
    parser.addOptions({portOption, cdnPortOption, anyKeyOption, falKeyOption, segmindKeyOption,
                       freepikKeyOption, falScriptOption, sseOption, freepikOption,
                       segmindTypeOption, noCreditsOption, resultImageOption, sseIntervalOption,
                       runTimeOption, quietOption});
    parser.process(app);

    QTextStream err(stderr);
    bool portOk = false;
    bool cdnOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    const uint cdnPort = parser.value(cdnPortOption).toUInt(&cdnOk);
    if (!portOk || !cdnOk || port > 65535 || cdnPort > 65535) {
        err << "invalid port\n";
        return 2;
    }

    FakeProviderServer server;
    server.setKeys(parser.value(falKeyOption), parser.value(segmindKeyOption),
                   parser.value(freepikKeyOption));
    server.setAcceptAnyKey(parser.isSet(anyKeyOption));
    if (parser.isSet(falScriptOption))
        server.setFalScript(parser.value(falScriptOption).split(QLatin1Char(','), Qt::SkipEmptyParts));
    const QString sse = parser.value(sseOption);
    server.setFalSseMode(sse == QLatin1String("unsupported") ? FakeProviderServer::SseMode::Unsupported
                         : sse == QLatin1String("stall")     ? FakeProviderServer::SseMode::Stall
                                                             : FakeProviderServer::SseMode::Supported);
    server.setSseIntervalMs(qMax(0, parser.value(sseIntervalOption).toInt()));
    server.setFalRunTimeMs(qMax(0, parser.value(runTimeOption).toInt()));
    const QString freepik = parser.value(freepikOption);
    server.setFreepikMode(freepik == QLatin1String("async")    ? FakeProviderServer::FreepikMode::Async
                          : freepik == QLatin1String("base64") ? FakeProviderServer::FreepikMode::Base64
                          : freepik == QLatin1String("failed") ? FakeProviderServer::FreepikMode::Failed
                                                               : FakeProviderServer::FreepikMode::Sync);
    server.setSegmindContentType(parser.value(segmindTypeOption).toLatin1());
    server.setSegmindNoCredits(parser.isSet(noCreditsOption));
    for (const QString &value : parser.values(resultImageOption)) {
        const QString provider = value.section(QLatin1Char('='), 0, 0);
        QFile file(value.section(QLatin1Char('='), 1));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "reimagine-fake-server: cannot read " << file.fileName() << '\n';
            return 2;
        }
        server.setResultImage(provider, file.readAll());
    }

    if (!server.start(static_cast<quint16>(port), static_cast<quint16>(cdnPort))) {
        err << "reimagine-fake-server: " << server.errorString() << '\n';
        return 1;
    }

    if (!parser.isSet(quietOption)) {
        QObject::connect(&server, &FakeProviderServer::requestReceived, &app,
                         [&err](const RecordedRequest &request) {
                             err << request.time.toString(Qt::ISODateWithMs) << ' '
                                 << request.localAddress.toString() << ' '
                                 << QString::fromLatin1(request.method) << ' ' << request.path
                                 << '\n';
                             err.flush();
                         });
    }

    QTextStream out(stdout);
    out << "# reimagine-fake-server: API on " << server.baseUrl().toString() << ", CDN on "
        << server.cdnUrl().toString() << '\n'
        << "# Paste into the shell that runs reimagine-studio / reimagine-cli:\n";
    const auto environment = server.environment();
    for (const auto &variable : environment)
        out << "export " << QString::fromLatin1(variable.first) << '=' << shellQuote(variable.second)
            << '\n';
    out << "# Ctrl+C stops the server.\n";
    out.flush();

    // Ctrl+C / SIGTERM keep their default action: nothing here needs saving.
    return app.exec();
}
