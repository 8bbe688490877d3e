#include "clitest.h"
#include "fakeproviderserver.h"
#include "imaging/pngmetadata.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

// reimagine-cli run/resume end to end: the real binary against the in-process fake server.
// The test's event loop keeps running while the CLI works (QSignalSpy::wait), so the server
// answers.
class TestCliRun : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runsEveryModel_data();
    void runsEveryModel();
    void severalImages();
    void uploadsSketchAsItIs();
    void failures_data();
    void failures();
    void missingKey();
    void sigintCancels();
    void timeoutCancels();
    void killAndResume();
    void killWhileSaving_data();
    void killWhileSaving();
    void killAtEveryStep_data();
    void killAtEveryStep();
    void resumeMovesDamagedEntriesAside();
    void maxCostRefusesBeforeSending();
    void dailyBudgetRefusesBeforeSending();

private:
    QString journalDir() const { return m_env->path(QStringLiteral("data/reimagine-studio/jobs")); }
    QJsonObject onlyJournalEntry() const;

};

void TestCliRun::init()
{
    setUpCliTest();
}

void TestCliRun::cleanup()
{
    tearDownCliTest();
}

QJsonObject TestCliRun::onlyJournalEntry() const
{
    const QStringList files = QDir(journalDir()).entryList({QStringLiteral("*.json")}, QDir::Files);
    if (files.size() != 1)
        return {};
    QFile file(QDir(journalDir()).filePath(files.first()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestCliRun::runsEveryModel_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("steps"); // expected in the A1111 parameters text
    QTest::newRow("fal bria") << QStringLiteral("fal:bria/reimagine/3.2")
                              << QStringList{QStringLiteral("--set"), QStringLiteral("num_inference_steps=40")}
                              << QStringLiteral("fal") << QStringLiteral("Steps: 40");
    QTest::newRow("fal ideogram") << QStringLiteral("fal:fal-ai/ideogram/v3/remix") << QStringList()
                                  << QStringLiteral("fal") << QString();
    QTest::newRow("segmind") << QStringLiteral("segmind:bria-reimagine") << QStringList()
                             << QStringLiteral("segmind") << QStringLiteral("Steps: 12");
    QTest::newRow("freepik") << QStringLiteral("freepik:reimagine-flux")
                             << QStringList{QStringLiteral("--set"), QStringLiteral("imagination=vivid")}
                             << QStringLiteral("freepik") << QString();
}

void TestCliRun::runsEveryModel()
{
    QFETCH(QString, model);
    QFETCH(QStringList, extra);
    QFETCH(QString, provider);
    QFETCH(QString, steps);

    const QString output = m_env->path(QStringLiteral("result.png"));
    QProcess *cli = startCli(QStringList{QStringLiteral("run"), QStringLiteral("--model"), model,
                                         QStringLiteral("--image"), m_sketch, QStringLiteral("--prompt"),
                                         QStringLiteral("a watercolour cottage"), QStringLiteral("--output"),
                                         output, QStringLiteral("--json")} + extra);
    QCOMPARE(waitExit(cli), 0);
    const QByteArray err = cli->readAllStandardError();
    const QJsonObject summary = QJsonDocument::fromJson(cli->readAllStandardOutput()).object();
    QVERIFY2(!summary.isEmpty(), err.constData());
    for (const char *key : {"request_id", "model", "provider", "seed", "elapsed_ms", "cost_usd", "outputs", "width", "height"})
        QVERIFY2(summary.contains(QLatin1String(key)), key);
    QCOMPARE(summary.value(QLatin1String("model")).toString(), model);
    QCOMPARE(summary.value(QLatin1String("provider")).toString(), provider);
    QCOMPARE(summary.value(QLatin1String("outputs")).toArray(), QJsonArray{output});
    QCOMPARE(summary.value(QLatin1String("width")).toInt(), FakeProviderServer::kImageWidth);
    QCOMPARE(summary.value(QLatin1String("height")).toInt(), FakeProviderServer::kImageHeight);
    QVERIFY(!summary.value(QLatin1String("request_id")).toString().isEmpty());
    // The seed is reported even by providers that do not echo it (the one that was sent).
    // Freepik's model has no seed at all.
    QCOMPARE(summary.value(QLatin1String("seed")).isDouble(), provider != QLatin1String("freepik"));
    QCOMPARE(m_server->submitCount(provider), 1);

    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray png = file.readAll();
    QVERIFY(!QImage::fromData(png).isNull());
    const QHash<QString, QString> chunks = PngMetadata::textChunks(png);
    const QString parameters = chunks.value(QStringLiteral("parameters"));
    QVERIFY2(parameters.startsWith(QLatin1String("a watercolour cottage")), qPrintable(parameters));
    if (!steps.isEmpty())
        QVERIFY2(parameters.contains(steps), qPrintable(parameters));
    QString error;
    const std::optional<GenerationInfo> info = PngMetadata::read(png, &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->provider, provider);
    QCOMPARE(info->model, model);
    QCOMPARE(info->requestId, summary.value(QLatin1String("request_id")).toString());
    QCOMPARE(info->inputs.value(QLatin1String("prompt")).toString(), QStringLiteral("a watercolour cottage"));
    // The journal keeps nothing of a finished job.
    QVERIFY(QDir(journalDir()).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty());
}

void TestCliRun::uploadsSketchAsItIs()
{
    // A PNG and a JPEG that need no change reach fal byte for byte; a photo larger than the
    // upload is scaled and stays JPEG.
    QImage small(640, 480, QImage::Format_RGB32);
    small.fill(Qt::white);
    for (int x = 10; x < 600; ++x)
        small.setPixel(x, x / 2, qRgb(0, 0, 0));
    QImage photo(3000, 2000, QImage::Format_RGB32);
    photo.fill(QColor(200, 190, 170));
    const QString png = m_env->path(QStringLiteral("as-is.png"));
    const QString jpeg = m_env->path(QStringLiteral("as-is.jpg"));
    const QString large = m_env->path(QStringLiteral("photo.jpg"));
    QVERIFY(small.save(png, "PNG") && small.save(jpeg, "JPEG", 90) && photo.save(large, "JPEG", 90));
    for (const QString &sketch : {png, jpeg, large}) {
        const QStringList before = m_server->storedFiles();
        QProcess *cli = startCli({QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("fal:bria/reimagine/3.2"),
                                  QStringLiteral("--image"), sketch, QStringLiteral("--prompt"), QStringLiteral("a lamp"),
                                  QStringLiteral("--output"), m_env->path(QStringLiteral("out.png"))});
        QCOMPARE(waitExit(cli), 0);
        QStringList uploaded = m_server->storedFiles();
        for (const QString &old : before)
            uploaded.removeAll(old);
        QCOMPARE(uploaded.size(), 1);
        const QByteArray sent = m_server->storedFile(uploaded.first());
        QFile file(sketch);
        QVERIFY(file.open(QIODevice::ReadOnly));
        if (sketch == large) {
            QVERIFY(sent.startsWith("\xff\xd8\xff"));   // JPEG
            QCOMPARE(QImage::fromData(sent).size(), QSize(2048, 1365));
            QVERIFY(uploaded.first().endsWith(QLatin1String(".jpg")));
        } else {
            QCOMPARE(sent, file.readAll());
        }
    }
}

void TestCliRun::severalImages()
{
    const QString output = m_env->path(QStringLiteral("remix.png"));
    QProcess *cli = startCli({QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("fal:fal-ai/ideogram/v3/remix"),
                              QStringLiteral("--image"), m_sketch, QStringLiteral("--prompt"), QStringLiteral("x"),
                              QStringLiteral("--set"), QStringLiteral("num_images=3"), QStringLiteral("--output"), output});
    QCOMPARE(waitExit(cli), 0);
    const QStringList printed = QString::fromUtf8(cli->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    const QStringList expected{m_env->path(QStringLiteral("remix-1.png")), m_env->path(QStringLiteral("remix-2.png")),
                               m_env->path(QStringLiteral("remix-3.png"))};
    QCOMPARE(printed, expected);
    for (const QString &path : expected)
        QVERIFY(!QImage(path).isNull());
    QVERIFY(!QFile::exists(output));
}

void TestCliRun::failures_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("faultPath");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("times");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("fal 401") << "fal:bria/reimagine/3.2" << "/fal-rest/storage" << 401
                             << QByteArray(R"({"detail":"Invalid key"})") << 1 << 3 << "401";
    QTest::newRow("fal 422") << "fal:bria/reimagine/3.2" << "/fal-queue/bria/reimagine/3.2" << 422
                             << QByteArray(R"({"detail":[{"loc":["body","seed"],"msg":"seed too large","type":"value_error"}]})")
                             << 1 << 4 << "seed";
    QTest::newRow("fal 503 forever") << "fal:bria/reimagine/3.2" << "/fal-queue/bria/reimagine/3.2" << 503
                                     << QByteArray(R"({"detail":"busy"})") << -1 << 5 << "503";
    QTest::newRow("segmind 406") << "segmind:bria-reimagine" << "/segmind/v1/bria-reimagine" << 406
                                 << QByteArray(R"({"error":"Not enough credits"})") << 1 << 4 << "credits";
    QTest::newRow("freepik 400") << "freepik:reimagine-flux" << "/freepik/v1/ai" << 400
                                 << QByteArray(R"({"message":"Your request parameters didn't validate.","invalid_params":[{"name":"imagination","reason":"bad"}]})")
                                 << 1 << 4 << "imagination";
}

void TestCliRun::failures()
{
    QFETCH(QString, model);
    QFETCH(QString, faultPath);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, times);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    m_server->addFault(FakeFault::respond(QByteArray(), faultPath, status, body,
                                          {{QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json")},
                                           {QByteArrayLiteral("retry-after"), QByteArrayLiteral("0")}}, times));
    const QString output = m_env->path(QStringLiteral("out.png"));
    QProcess *cli = startCli({QStringLiteral("run"), QStringLiteral("--model"), model, QStringLiteral("--image"),
                              m_sketch, QStringLiteral("--prompt"), QStringLiteral("x"), QStringLiteral("--output"), output});
    QCOMPARE(waitExit(cli, 90000), exitCode);
    const QString err = QString::fromUtf8(cli->readAllStandardError());
    QVERIFY2(err.contains(message, Qt::CaseInsensitive), qPrintable(err));
    QVERIFY(!QFile::exists(output));
}

void TestCliRun::missingKey()
{
    QProcess *cli = startCli({QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("fal:bria/reimagine/3.2"),
                              QStringLiteral("--image"), m_sketch, QStringLiteral("--prompt"), QStringLiteral("x"),
                              QStringLiteral("--output"), m_env->path(QStringLiteral("o.png"))},
                             {}, {QStringLiteral("FAL_KEY")});
    QCOMPARE(waitExit(cli), 3);
    QVERIFY(cli->readAllStandardError().contains("no API key for fal: set FAL_KEY"));
    QVERIFY(m_server->requests().isEmpty());
}

void TestCliRun::sigintCancels()
{
    m_server->setFalScript({QStringLiteral("IN_QUEUE:3")}); // never finishes
    QProcess *cli = startCli({QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("fal:bria/reimagine/3.2"),
                              QStringLiteral("--image"), m_sketch, QStringLiteral("--prompt"), QStringLiteral("x"),
                              QStringLiteral("--output"), m_env->path(QStringLiteral("o.png"))});
    QTRY_VERIFY_WITH_TIMEOUT(!onlyJournalEntry().value(QLatin1String("handle")).toObject()
                                  .value(QLatin1String("request_id")).toString().isEmpty(), 15000);
    ::kill(static_cast<pid_t>(cli->processId()), SIGINT);
    QCOMPARE(waitExit(cli), 130);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestsTo(QStringLiteral("/cancel")).size(), 1, 5000);
    QCOMPARE(m_server->requestsTo(QStringLiteral("/cancel")).first().method, QByteArray("PUT"));
}

void TestCliRun::timeoutCancels()
{
    m_server->setFalScript({QStringLiteral("IN_PROGRESS")}); // never finishes
    QProcess *cli = startCli({QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("fal:bria/reimagine/3.2"),
                              QStringLiteral("--image"), m_sketch, QStringLiteral("--prompt"), QStringLiteral("x"),
                              QStringLiteral("--timeout"), QStringLiteral("2"),
                              QStringLiteral("--output"), m_env->path(QStringLiteral("o.png"))});
    QCOMPARE(waitExit(cli), 5);
    QVERIFY(cli->readAllStandardError().contains("--timeout"));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestsTo(QStringLiteral("/cancel")).size(), 1, 5000);
}

void TestCliRun::killAndResume()
{
    // Slow enough that the kill lands while the job runs at the provider.
    QStringList script{QStringLiteral("IN_QUEUE:1")};
    for (int i = 0; i < 40; ++i)
        script.append(QStringLiteral("IN_PROGRESS"));
    script.append(QStringLiteral("COMPLETED"));
    m_server->setFalScript(script);
    m_server->setSseIntervalMs(100);

    const QString output = m_env->path(QStringLiteral("resumed.png"));
    QProcess *first = startCli({QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("fal:bria/reimagine/3.2"),
                                QStringLiteral("--image"), m_sketch, QStringLiteral("--prompt"), QStringLiteral("x"),
                                QStringLiteral("--output"), output});
    QTRY_VERIFY_WITH_TIMEOUT(!onlyJournalEntry().value(QLatin1String("handle")).toObject()
                                  .value(QLatin1String("request_id")).toString().isEmpty(), 15000);
    ::kill(static_cast<pid_t>(first->processId()), SIGKILL);
    QCOMPARE(waitExit(first), -2);
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")), 1);
    QCOMPARE(onlyJournalEntry().value(QLatin1String("state")).toString() == QLatin1String("done"), false);

    QProcess *resume = startCli({QStringLiteral("resume"), QStringLiteral("--json")});
    QCOMPARE(waitExit(resume, 60000), 0);
    const QJsonArray summaries = QJsonDocument::fromJson(resume->readAllStandardOutput()).array();
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries.first().toObject().value(QLatin1String("outputs")).toArray(), QJsonArray{output});
    QVERIFY(!QImage(output).isNull());
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")), 1); // exactly one submit, ever
    QVERIFY(QDir(journalDir()).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty());

    // Nothing left: a second resume has nothing to do.
    QProcess *again = startCli({QStringLiteral("resume"), QStringLiteral("--json")});
    QCOMPARE(waitExit(again), 0);
    QCOMPARE(QJsonDocument::fromJson(again->readAllStandardOutput()).array().size(), 0);
}

// The process dies (SIGKILL) at each step of keeping a result that was paid for; `resume` then
// finishes it: the output is there, nothing was submitted twice, and a result the journal had
// already named is not downloaded again.
void TestCliRun::killWhileSaving_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("step");
    QTest::addColumn<int>("expectedDownloads"); // CDN downloads over both processes
    QTest::newRow("fal, files written") << "fal:bria/reimagine/3.2" << "outputs-written" << 2;
    QTest::newRow("fal, journal noted") << "fal:bria/reimagine/3.2" << "journal-noted" << 1;
    QTest::newRow("fal, recorded") << "fal:bria/reimagine/3.2" << "history-written" << 1;
    QTest::newRow("freepik, files written") << "freepik:reimagine-flux" << "outputs-written" << 2;
    QTest::newRow("segmind, journal noted") << "segmind:bria-reimagine" << "journal-noted" << 0;
}

void TestCliRun::killWhileSaving()
{
    QFETCH(QString, model);
    QFETCH(QString, step);
    QFETCH(int, expectedDownloads);
    const QString provider = model.section(u':', 0, 0);
    const QString output = m_env->path(QStringLiteral("kept.png"));
    QProcess *first = startCli({QStringLiteral("run"), QStringLiteral("--model"), model, QStringLiteral("--image"), m_sketch,
                                QStringLiteral("--prompt"), QStringLiteral("a chair"), QStringLiteral("--output"), output},
                               {{QStringLiteral("REIMAGINE_CRASH_AT"), step}});
    QCOMPARE(waitExit(first), -2); // killed at that step
    QCOMPARE(onlyJournalEntry().value(QLatin1String("state")).toString(), QStringLiteral("saving"));

    QProcess *resume = startCli({QStringLiteral("resume"), QStringLiteral("--json")});
    QCOMPARE(waitExit(resume, 60000), 0);
    const QJsonArray summaries = QJsonDocument::fromJson(resume->readAllStandardOutput()).array();
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries.first().toObject().value(QLatin1String("outputs")).toArray(), QJsonArray{output});
    QVERIFY(!QImage(output).isNull());
    QCOMPARE(m_server->billedCount(provider), 1); // paid once
    int downloads = 0;
    for (const RecordedRequest &request : m_server->requests())
        downloads += request.localAddress == QHostAddress(QStringLiteral("127.0.0.2")) && request.method == "GET" ? 1 : 0;
    QCOMPARE(downloads, expectedDownloads);
    QVERIFY(QDir(journalDir()).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty());
}

// The process dies (SIGKILL, REIMAGINE_CRASH_AT) at each step before the result is kept, for
// every provider that has the step; `resume` then finishes the job. Checked from what the fake
// server received and what is on disk: the job was submitted and billed once, the output is a
// complete image, and the killed process left no file behind (a half-written result stays in
// QSaveFile's unnamed temporary file and is never taken for the result).
// Steps a provider does not have:
// - Freepik uploads nothing: the sketch goes inline with the billed POST (no input-uploaded).
// - Only fal has a queue (IN_QUEUE); Freepik's tasks run from their creation and Segmind has no
//   task at all (no provider-queued).
// - Segmind answers the billed request with the image itself: there is no running job to resume
//   and nothing to download again. A kill while that request is under way, or before its image
//   is written, leaves the job Interrupted, never submitted again (tst_jobqueue::resumeRules,
//   resumeSavingRules), so provider-running, output-downloading and output-half-written have no
//   Segmind row.
void TestCliRun::killAtEveryStep_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("step");
    QTest::addColumn<bool>("freepikAsync");
    QTest::addColumn<QString>("stateAtKill");    // the journal entry's state after the kill
    QTest::addColumn<int>("submitsBeforeKill");  // 0: nothing was submitted, the job restarts
    QTest::addColumn<int>("uploadsBeforeKill");  // sketches stored (fal storage, Segmind upload-asset)
    QTest::addColumn<int>("expectedDownloads");  // CDN downloads over both processes

    QTest::newRow("fal, sketch prepared") << "fal:bria/reimagine/3.2" << "input-prepared" << false << "uploading" << 0 << 0 << 1;
    QTest::newRow("segmind, sketch prepared") << "segmind:bria-reimagine" << "input-prepared" << false << "uploading" << 0 << 0 << 0;
    QTest::newRow("freepik, sketch prepared") << "freepik:reimagine-flux" << "input-prepared" << false << "preparing" << 0 << 0 << 1;
    QTest::newRow("fal, sketch uploaded") << "fal:bria/reimagine/3.2" << "input-uploaded" << false << "uploading" << 0 << 1 << 1;
    QTest::newRow("segmind, sketch uploaded") << "segmind:bria-reimagine" << "input-uploaded" << false << "uploading" << 0 << 1 << 0;
    QTest::newRow("fal, queued") << "fal:bria/reimagine/3.2" << "provider-queued" << false << "queued" << 1 << 1 << 1;
    QTest::newRow("fal, running") << "fal:bria/reimagine/3.2" << "provider-running" << false << "running" << 1 << 1 << 1;
    QTest::newRow("freepik, running") << "freepik:reimagine-flux" << "provider-running" << true << "running" << 1 << 0 << 1;
    QTest::newRow("fal, downloading") << "fal:bria/reimagine/3.2" << "output-downloading" << false << "downloading" << 1 << 1 << 2;
    QTest::newRow("freepik, downloading") << "freepik:reimagine-flux" << "output-downloading" << false << "downloading" << 1 << 0 << 2;
    QTest::newRow("fal, output half written") << "fal:bria/reimagine/3.2" << "output-half-written" << false << "saving" << 1 << 1 << 2;
    QTest::newRow("freepik, output half written") << "freepik:reimagine-flux" << "output-half-written" << true << "saving" << 1 << 0 << 2;
}

void TestCliRun::killAtEveryStep()
{
    QFETCH(QString, model);
    QFETCH(QString, step);
    QFETCH(bool, freepikAsync);
    QFETCH(QString, stateAtKill);
    QFETCH(int, submitsBeforeKill);
    QFETCH(int, uploadsBeforeKill);
    QFETCH(int, expectedDownloads);
    const QString provider = model.section(u':', 0, 0);
    m_server->setFreepikAsync(freepikAsync);
    const QString output = m_env->path(QStringLiteral("kept.png"));
    const QDir folder(m_env->path());
    const QStringList before = folder.entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(before, QStringList{QStringLiteral("sketch.png")});
    auto cdnGets = [this] {
        int gets = 0;
        for (const RecordedRequest &request : m_server->requests())
            gets += request.localAddress == QHostAddress(QStringLiteral("127.0.0.2")) && request.method == "GET" ? 1 : 0;
        return gets;
    };
    auto uploads = [this] {
        return m_server->requestsTo(QStringLiteral("/storage/upload/initiate")).size()
             + m_server->requestsTo(QStringLiteral("/segmind-upload/")).size();
    };

    QProcess *first = startCli({QStringLiteral("run"), QStringLiteral("--model"), model, QStringLiteral("--image"), m_sketch,
                                QStringLiteral("--prompt"), QStringLiteral("a chair"), QStringLiteral("--output"), output},
                               {{QStringLiteral("REIMAGINE_CRASH_AT"), step}});
    QCOMPARE(waitExit(first), -2); // killed at that step
    const QJsonObject entry = onlyJournalEntry();
    QCOMPARE(entry.value(QLatin1String("state")).toString(), stateAtKill);
    QCOMPARE(m_server->submitCount(provider), submitsBeforeKill);
    QCOMPARE(uploads(), uploadsBeforeKill);
    if (step == QLatin1String("input-prepared"))
        QVERIFY(m_server->requests().isEmpty()); // prepared, not a byte sent
    // Submitted: the journal holds the provider's id (the resume follows it, never submits again).
    QCOMPARE(entry.value(QLatin1String("submit_started")).toBool(), submitsBeforeKill > 0);
    QCOMPARE(entry.value(QLatin1String("handle")).toObject().value(QLatin1String("request_id")).toString().isEmpty(),
             submitsBeforeKill == 0);
    // Nothing the killed process wrote is in the output folder: no result, no half of one.
    QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden), before);

    QProcess *resume = startCli({QStringLiteral("resume"), QStringLiteral("--json")});
    QCOMPARE(waitExit(resume, 60000), 0);
    const QByteArray err = resume->readAllStandardError();
    const QJsonArray summaries = QJsonDocument::fromJson(resume->readAllStandardOutput()).array();
    QVERIFY2(summaries.size() == 1, err.constData());
    QCOMPARE(summaries.first().toObject().value(QLatin1String("outputs")).toArray(), QJsonArray{output});

    // Paid once, submitted once; a restarted job uploads its sketch again (storing is not billed).
    QCOMPARE(m_server->submitCount(provider), 1);
    QCOMPARE(m_server->billedCount(provider), 1);
    QCOMPARE(uploads(), submitsBeforeKill == 0 && uploadsBeforeKill > 0 ? 2 : (provider == QLatin1String("freepik") ? 0 : 1));
    QCOMPARE(cdnGets(), expectedDownloads);

    // The result is whole: every byte of the image and its metadata, under its own name only.
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray png = file.readAll();
    const QImage image = QImage::fromData(png, "PNG");
    QCOMPARE(image.size(), QSize(FakeProviderServer::kImageWidth, FakeProviderServer::kImageHeight));
    QString error;
    const std::optional<GenerationInfo> info = PngMetadata::read(png, &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->requestId, summaries.first().toObject().value(QLatin1String("request_id")).toString());
    QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden), (QStringList{QStringLiteral("kept.png"), QStringLiteral("sketch.png")}));
    QVERIFY(QDir(journalDir()).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty());
}

// An entry the journal cannot read is moved aside, and `resume` says so on stderr.
void TestCliRun::resumeMovesDamagedEntriesAside()
{
    QVERIFY(QDir().mkpath(journalDir()));
    const QString damaged = QDir(journalDir()).filePath(QStringLiteral("0b7c.json"));
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"version\": 1, \"id\": \"0b7c\", \"sta");
    file.close();

    QProcess *resume = startCli({QStringLiteral("resume")});
    QCOMPARE(waitExit(resume), 0);
    const QString moved = journalDir() + QStringLiteral("/corrupt/0b7c.json");
    QCOMPARE(QString::fromUtf8(resume->readAllStandardError()),
             QStringLiteral("reimagine-cli: The job journal entry %1 could not be read (it is not valid JSON), so it was "
                            "moved to %2.\nreimagine-cli: no unfinished jobs\n")
                 .arg(damaged, moved));
    QVERIFY(!QFile::exists(damaged));
    QFile kept(moved);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("{\"version\": 1, \"id\": \"0b7c\", \"sta"));

    // Said once: the next resume has nothing to report.
    QProcess *again = startCli({QStringLiteral("resume")});
    QCOMPARE(waitExit(again), 0);
    QCOMPARE(QString::fromUtf8(again->readAllStandardError()), QStringLiteral("reimagine-cli: no unfinished jobs\n"));
}

void TestCliRun::maxCostRefusesBeforeSending()
{
    QProcess *cli = startCli({QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("fal:fal-ai/ideogram/v3/remix"),
                              QStringLiteral("--image"), m_sketch, QStringLiteral("--prompt"), QStringLiteral("x"),
                              QStringLiteral("--set"), QStringLiteral("rendering_speed=QUALITY"), QStringLiteral("--set"),
                              QStringLiteral("num_images=2"), QStringLiteral("--max-cost"), QStringLiteral("0.10"),
                              QStringLiteral("--output"), m_env->path(QStringLiteral("x.png"))});
    QCOMPARE(waitExit(cli), 2);
    QCOMPARE(QString::fromUtf8(cli->readAllStandardError()).trimmed(),
             QStringLiteral("reimagine-cli: nothing was sent: This run costs about $0.18, more than the limit of $0.10."));
    QVERIFY(m_server->requests().isEmpty());

    QProcess *cheap = startCli({QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("fal:fal-ai/ideogram/v3/remix"),
                                QStringLiteral("--image"), m_sketch, QStringLiteral("--prompt"), QStringLiteral("x"),
                                QStringLiteral("--set"), QStringLiteral("rendering_speed=TURBO"), QStringLiteral("--max-cost"),
                                QStringLiteral("0.10"), QStringLiteral("--output"), m_env->path(QStringLiteral("y.png"))});
    QCOMPARE(waitExit(cheap), 0);
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")), 1);
}

void TestCliRun::dailyBudgetRefusesBeforeSending()
{
    const QString config = m_env->path(QStringLiteral("config/Reimagine Studio"));
    QVERIFY(QDir().mkpath(config));
    QFile settings(config + QStringLiteral("/reimagine-studio.conf"));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[Costs]\nDailyBudget=0.03\n");
    settings.close();
    QProcess *cli = startCli({QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("fal:bria/reimagine/3.2"),
                              QStringLiteral("--image"), m_sketch, QStringLiteral("--prompt"), QStringLiteral("x"),
                              QStringLiteral("--output"), m_env->path(QStringLiteral("x.png"))});
    QCOMPARE(waitExit(cli), 2);
    const QString error = QString::fromUtf8(cli->readAllStandardError());
    QVERIFY2(error.contains(QStringLiteral("over your daily budget of $0.03 (spent today: $0.00; this: $0.04)")),
             qPrintable(error));
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
