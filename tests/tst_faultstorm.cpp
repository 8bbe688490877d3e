// A storm of faults over 60 jobs (tests/support/faultstorm.h): every job ends Done or Failed
// with the message its fault calls for, none is lost, none billed twice, none sends a request
// after it ended, memory stays bounded. Then the keys: no file the session or the CLI wrote
// (settings, journal, history, results, logs with qt.network and reimagine.* on, the CLI's
// output) holds an API key, and no request to the CDN / upload host carried one.

#include "fakeproviderserver.h"
#include "faultstorm.h"
#include "sessiontest.h"
#include "testenvironment.h"

#include "jobs/jobqueue.h"
#include "secrets/secretstore.h"
#include "session/studiosession.h"

#include <QDirIterator>
#include <QFile>
#include <QHostAddress>
#include <QImage>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Distinctive keys: found anywhere, they can only have come from here.
const QByteArray kFalKey = QByteArrayLiteral("falkey-7Qx2-STORM-d3c1a9e5b7");
const QByteArray kSegmindKey = QByteArrayLiteral("sgmkey-Vb84-STORM-0f6e2d4c19");
const QByteArray kFreepikKey = QByteArrayLiteral("fpkkey-Lm3w-STORM-a8b0c6e2f4");
const QList<QByteArray> kKeys{kFalKey, kSegmindKey, kFreepikKey};

const QString kSketch = QStringLiteral(REIMAGINE_SOURCE_DIR "/resources/samples/sample-sketch.png");
constexpr qint64 kMaxRssGrowthBytes = 150LL * 1024 * 1024;

// Where `bytes` holds a key: as written, or in UTF-16 (QString dumps).
QStringList keysIn(const QByteArray &bytes)
{
    QStringList found;
    for (const QByteArray &key : kKeys) {
        const QString text = QString::fromLatin1(key);
        const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        if (bytes.contains(key) || bytes.contains(utf16))
            found.append(QString::fromLatin1(key));
    }
    return found;
}

// Every file under `dir` (hidden ones too) that holds a key: "path: key".
QStringList filesWithKeys(const QString &dir, int *scanned = nullptr)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found.append(path + QStringLiteral(": cannot be read"));
            continue;
        }
        if (scanned)
            ++*scanned;
        for (const QString &key : keysIn(file.readAll()))
            found.append(path + QStringLiteral(": ") + key);
    }
    return found;
}

// Requests to the CDN / upload host (127.0.0.2) that carried a key or a key header.
QStringList cdnRequestsWithKeys(const QList<RecordedRequest> &requests, int *cdnRequests)
{
    QStringList found;
    for (const RecordedRequest &request : requests) {
        if (request.localAddress != QHostAddress(QStringLiteral("127.0.0.2")))
            continue;
        ++*cdnRequests;
        QByteArray everything = request.method + ' ' + request.path.toUtf8() + '?' + request.query.toUtf8();
        for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
            everything += '\n' + it.key() + ": " + it.value();
        const bool keyHeader = request.hasHeader("authorization") || request.hasHeader("x-api-key")
                               || request.hasHeader("x-freepik-api-key");
        if (keyHeader || !keysIn(everything).isEmpty() || !keysIn(request.body).isEmpty())
            found.append(QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path);
    }
    return found;
}

// Log lines of this process (every category on, qt.network's too) are scanned as they come;
// only lines with a key are kept.
QStringList g_logLinesWithKeys;
int g_logLines = 0;
QtMessageHandler g_previousHandler = nullptr;

void scanningHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    ++g_logLines;
    if (!keysIn(message.toUtf8()).isEmpty())
        g_logLinesWithKeys.append(message);
    if (type != QtDebugMsg && type != QtInfoMsg && g_previousHandler)
        g_previousHandler(type, context, message);
    else if (type == QtInfoMsg && g_previousHandler && QLatin1String(context.category) == QLatin1String("default"))
        g_previousHandler(type, context, message);   // the test's own figures
}

} // namespace

class TestFaultStorm : public SessionTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void keyScanFindsAPlantedKey();
    void stormEndsEveryJob();
    void stormLeftNoKey();
    void cliLeavesNoKey();

private:
    FaultStorm::Options m_options;
    MemorySecretStore m_sessionStore;
    qsizetype m_requestsBeforeCli = 0;
};

void TestFaultStorm::initTestCase()
{
    initSessionTest("tst_faultstorm");
    QVERIFY(!QTest::currentTestFailed());
    m_server->setKeys(QString::fromLatin1(kFalKey), QString::fromLatin1(kSegmindKey), QString::fromLatin1(kFreepikKey));
    for (const auto &pair : m_server->environment())
        qputenv(pair.first.constData(), pair.second);
    m_options.sketchPath = kSketch;
    FaultStorm::exportEnvironment(m_options);

    g_previousHandler = qInstallMessageHandler(scanningHandler);
    QLoggingCategory::setFilterRules(QStringLiteral("qt.network*=true\nreimagine.*=true"));
}

void TestFaultStorm::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());
}

void TestFaultStorm::keyScanFindsAPlantedKey()
{
    // The scan itself can fail: a key in a nested binary file and one in UTF-16 are found.
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("a/.hidden"))));
    QFile binary(dir.filePath(QStringLiteral("a/.hidden/history.sqlite-wal")));
    QVERIFY(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray(5000, '\0') + kSegmindKey + QByteArray(100, '\x7f'));
    binary.close();
    QFile wide(dir.filePath(QStringLiteral("a/log.txt")));
    QVERIFY(wide.open(QIODevice::WriteOnly));
    const QString text = QStringLiteral("key=") + QString::fromLatin1(kFreepikKey);
    wide.write(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    wide.close();
    QFile clean(dir.filePath(QStringLiteral("clean.txt")));
    QVERIFY(clean.open(QIODevice::WriteOnly));
    clean.write("falkey-7Qx2-STORM");   // a part of a key is no key
    clean.close();

    QStringList found = filesWithKeys(dir.path());
    found.sort();
    QCOMPARE(found, (QStringList{dir.filePath(QStringLiteral("a/.hidden/history.sqlite-wal: ")) + QString::fromLatin1(kSegmindKey),
                                 dir.filePath(QStringLiteral("a/log.txt: ")) + QString::fromLatin1(kFreepikKey)}));

    RecordedRequest upload;
    upload.localAddress = QHostAddress(QStringLiteral("127.0.0.2"));
    upload.method = "PUT";
    upload.path = QStringLiteral("/upload/x");
    upload.headers.insert("x-trace", "Key " + kFalKey);
    int cdn = 0;
    QCOMPARE(cdnRequestsWithKeys({upload}, &cdn), QStringList{QStringLiteral("PUT /upload/x")});
}

void TestFaultStorm::stormEndsEveryJob()
{
    auto session = std::make_unique<StudioSession>(m_catalog, nullptr, &m_sessionStore);
    const qint64 rssBefore = FaultStorm::memoryFigure("VmRSS");

    FaultStorm storm(m_server, m_catalog, m_options);
    storm.plan();
    QCOMPARE(storm.jobs().size(), 60);
    QString error;
    QVERIFY2(storm.start(session.get(), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(storm.isOver(), 100000);
    session->queue()->waitForSaving();

    const qint64 rssAfter = FaultStorm::memoryFigure("VmRSS");
    for (const QString &line : storm.figures())
        qInfo("%s", qPrintable(line));
    qInfo("resident set: %.1f MiB before, %.1f MiB after, peak %.1f MiB",
          rssBefore / 1048576.0, rssAfter / 1048576.0, FaultStorm::memoryFigure("VmHWM") / 1048576.0);

    const QStringList problems = storm.problems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Every fault a provider can suffer came, and the limits were reached, not only respected.
    QSet<QString> seen;
    for (const FaultStorm::StormJob &job : storm.jobs())
        seen.insert(job.provider + QLatin1Char(' ') + FaultStorm::faultName(job.fault));
    for (const QString &provider : {QStringLiteral("fal"), QStringLiteral("segmind"), QStringLiteral("freepik")}) {
        for (FaultStorm::Fault fault : FaultStorm::faultsFor(provider)) {
            const QString pair = provider + QLatin1Char(' ') + FaultStorm::faultName(fault);
            QVERIFY2(seen.contains(pair), qPrintable(pair));
        }
    }
    QCOMPARE(storm.maxRunning(), m_options.globalLimit);
    QVERIFY(rssBefore > 0 && rssAfter > 0);
    QVERIFY2(rssAfter - rssBefore < kMaxRssGrowthBytes,
             qPrintable(QStringLiteral("grew by %1 MiB").arg((rssAfter - rssBefore) / 1048576.0)));
    session.reset();   // the history and journal are closed and on disk for the key scan
}

void TestFaultStorm::stormLeftNoKey()
{
    // The keys were used: the scan looks for the right strings.
    const QList<RecordedRequest> requests = m_server->requests();
    QVERIFY(std::any_of(requests.cbegin(), requests.cend(), [](const RecordedRequest &request) {
        return request.header("authorization") == "Key " + kFalKey;
    }));
    QVERIFY(std::any_of(requests.cbegin(), requests.cend(), [](const RecordedRequest &request) {
        return request.header("x-api-key") == kSegmindKey;
    }));
    QVERIFY(std::any_of(requests.cbegin(), requests.cend(), [](const RecordedRequest &request) {
        return request.header("x-freepik-api-key") == kFreepikKey;
    }));

    int scanned = 0;
    const QStringList inFiles = filesWithKeys(m_env->path(), &scanned);
    qInfo("key scan: %d files under the test's HOME, %d log lines", scanned, g_logLines);
    QVERIFY2(inFiles.isEmpty(), qPrintable(inFiles.join(QLatin1Char('\n'))));
    QVERIFY2(scanned >= 40, "the session wrote its history, results and settings there");
    QVERIFY2(g_logLinesWithKeys.isEmpty(), qPrintable(g_logLinesWithKeys.join(QLatin1Char('\n'))));

    int cdn = 0;
    const QStringList leaks = cdnRequestsWithKeys(requests, &cdn);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    QVERIFY2(cdn >= 40, "uploads and downloads went to the CDN host");
}

void TestFaultStorm::cliLeavesNoKey()
{
    // The CLI in its own HOME with qt.network logging on, one run per provider; what it prints
    // and every file it writes is scanned.
    QTemporaryDir home;
    QVERIFY(QDir().mkpath(home.filePath(QStringLiteral("out"))));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("FAL_KEY"), QStringLiteral("SEGMIND_API_KEY"), QStringLiteral("FREEPIK_API_KEY")})
        env.remove(name);
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.network*=true;reimagine.*=true"));
    for (const auto &pair : m_server->environment())
        env.insert(QString::fromUtf8(pair.first), QString::fromUtf8(pair.second));
    m_requestsBeforeCli = m_server->requests().size();

    const QStringList models{QStringLiteral("fal:bria/reimagine/3.2"), QStringLiteral("segmind:bria-reimagine"),
                             QStringLiteral("freepik:reimagine-flux")};
    for (int i = 0; i < models.size(); ++i) {
        QProcess cli;
        cli.setProcessEnvironment(env);
        const QString output = home.filePath(QStringLiteral("out/result-%1.png").arg(i));
        cli.start(QStringLiteral(REIMAGINE_BIN_DIR "/reimagine-cli"),
                  {QStringLiteral("run"), QStringLiteral("--model"), models.at(i), QStringLiteral("--image"), kSketch,
                   QStringLiteral("--prompt"), QStringLiteral("a cabin by the lake"), QStringLiteral("--output"), output,
                   QStringLiteral("--json")});
        QSignalSpy finished(&cli, &QProcess::finished);
        QVERIFY(finished.wait(60000));
        const QByteArray out = cli.readAllStandardOutput();
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, err.constData());
        QVERIFY2(QFile::exists(output), err.constData());
        // The debug output is on, so there is something to scan.
        QVERIFY2(err.contains("reimagine."), err.constData());
        QCOMPARE(keysIn(out), QStringList());
        QCOMPARE(keysIn(err), QStringList());
        // Kept as files too, for the scan below and for a reader of a failure.
        QFile captured(home.filePath(QStringLiteral("captured-%1.txt").arg(i)));
        QVERIFY(captured.open(QIODevice::WriteOnly));
        captured.write(out + err);
    }

    int scanned = 0;
    const QStringList inFiles = filesWithKeys(home.path(), &scanned);
    QVERIFY2(inFiles.isEmpty(), qPrintable(inFiles.join(QLatin1Char('\n'))));
    QVERIFY(scanned >= 6);

    int cdn = 0;
    const QStringList leaks = cdnRequestsWithKeys(m_server->requests().mid(m_requestsBeforeCli), &cdn);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    QVERIFY2(cdn >= 3, "the CLI's uploads and downloads went to the CDN host");
}

QTEST_GUILESS_MAIN(TestFaultStorm)
#include "tst_faultstorm.moc"
