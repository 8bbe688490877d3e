// reimagine-cli batch end to end: the real binary against the in-process fake server. Every
// sketch with every model, faults on the way, a kill and a resume, the --max-cost limit of the
// whole batch, the failures-only rerun and the plain progress lines. Which pair a submit belongs
// to is read from what the fake server received: each sketch has its own width, and the image a
// submit sends (uploaded, or inline) is decoded.

#include "clitest.h"
#include "fakeproviderserver.h"
#include "history/historystore.h"
#include "jobs/jobjournal.h"
#include "testenvironment.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <csignal>

namespace {

const QString kFal = QStringLiteral("fal:bria/reimagine/3.2");
const QString kSegmind = QStringLiteral("segmind:bria-reimagine");
const QString kFreepik = QStringLiteral("freepik:reimagine-flux");

// The width of sketch `i`: how a submit is told apart.
int sketchWidth(int i)
{
    return 160 + 16 * i;
}

QString slugOf(const QString &model)
{
    if (model == kFal)
        return QStringLiteral("fal-bria-reimagine-3-2");
    if (model == kSegmind)
        return QStringLiteral("segmind-bria-reimagine");
    return QStringLiteral("freepik-reimagine-flux");
}

QHash<QByteArray, QByteArray> jsonHeaders(const QByteArray &retryAfter = QByteArray())
{
    QHash<QByteArray, QByteArray> headers{{QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json")}};
    if (!retryAfter.isEmpty())
        headers.insert(QByteArrayLiteral("retry-after"), retryAfter);
    return headers;
}

} // namespace

class TestCliBatch : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everySketchWithEveryModel();
    void killedMidBatchResumes_data();
    void killedMidBatchResumes();
    void maxCostIsForTheWholeBatch();
    void dailyBudgetStopsSendingMidway();
    void retryFailedRerunsOnlyTheFailedPair();
    void plainProgressLines();
    void invalidInputSendsNothing_data();
    void invalidInputSendsNothing();
    void sigintCancelsAndResumeNeverPaysTwice();
    void missingKeySendsNothing();
    void resumeSettlesPairsTheManifestMissed();
    void oneProcessPerBatchFolder();

private:
    // `count` sketches of their own widths in <env>/sketches: sketch-0.png ...
    void makeSketches(int count);
    QString sketchDir() const { return m_env->path(QStringLiteral("sketches")); }
    QString outputDir() const { return m_env->path(QStringLiteral("out")); }
    QString dataDir() const { return m_env->path(QStringLiteral("data/reimagine-studio")); }
    QStringList batchArgs(const QStringList &models, const QStringList &extra = {}) const;
    QJsonObject readReport() const;
    QList<QStringList> readCsv() const;
    // The provider and sketch index of a submit request; an empty provider for other requests.
    QPair<QString, int> submitOf(const RecordedRequest &request) const;
    int sketchIndexOfImage(const QByteArray &bytes) const;
    // Submits received per "provider/sketch index".
    QHash<QString, int> submitsPerPair() const;
    QList<HistoryEntry> historyRows() const;
};

void TestCliBatch::init()
{
    setUpCliTest();
}

void TestCliBatch::cleanup()
{
    tearDownCliTest();
}

void TestCliBatch::makeSketches(int count)
{
    QVERIFY(QDir().mkpath(sketchDir()));
    for (int i = 0; i < count; ++i) {
        QImage sketch(sketchWidth(i), 120, QImage::Format_RGB32);
        sketch.fill(Qt::white);
        QPainter painter(&sketch);
        painter.setPen(QPen(Qt::black, 3));
        painter.drawRect(20, 20, sketch.width() - 40, 80);
        painter.drawLine(20, 20, sketch.width() - 20, 100);
        painter.end();
        QVERIFY(sketch.save(QDir(sketchDir()).filePath(QStringLiteral("sketch-%1.png").arg(i))));
    }
    // Not a sketch: skipped when the folder is read.
    QFile notes(QDir(sketchDir()).filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not an image");
}

QStringList TestCliBatch::batchArgs(const QStringList &models, const QStringList &extra) const
{
    return QStringList{QStringLiteral("batch"), QStringLiteral("--input"), sketchDir(), QStringLiteral("--models"),
                       models.join(u','), QStringLiteral("--output"), outputDir(), QStringLiteral("--prompt"),
                       QStringLiteral("a timber cabin")}
         + extra;
}

QJsonObject TestCliBatch::readReport() const
{
    QFile file(QDir(outputDir()).filePath(QStringLiteral("report.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QList<QStringList> TestCliBatch::readCsv() const
{
    QList<QStringList> rows;
    QFile file(QDir(outputDir()).filePath(QStringLiteral("report.csv")));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        // The test's values hold no quotes; a quoted field holds commas only.
        QStringList fields;
        QString field;
        bool quoted = false;
        for (const QChar c : QString::fromUtf8(line)) {
            if (c == u'"')
                quoted = !quoted;
            else if (c == u',' && !quoted) {
                fields.append(field);
                field.clear();
            } else
                field += c;
        }
        fields.append(field);
        rows.append(fields);
    }
    return rows;
}

int TestCliBatch::sketchIndexOfImage(const QByteArray &bytes) const
{
    const QImage image = QImage::fromData(bytes);
    for (int i = 0; i < 32 && !image.isNull(); ++i) {
        if (image.width() == sketchWidth(i))
            return i;
    }
    return -1;
}

QPair<QString, int> TestCliBatch::submitOf(const RecordedRequest &request) const
{
    QString provider;
    if (request.method == "POST" && request.path.startsWith(QLatin1String("/fal-queue/"))
        && !request.path.contains(QLatin1String("/requests/")))
        provider = QStringLiteral("fal");
    else if (request.method == "POST" && request.path.startsWith(QLatin1String("/segmind/v1/")))
        provider = QStringLiteral("segmind");
    else if (request.method == "POST" && request.path.startsWith(QLatin1String("/freepik/v1/ai/")))
        provider = QStringLiteral("freepik");
    if (provider.isEmpty())
        return {};
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString text = it.value().toString();
        if (text.size() < 16)
            continue;
        int index = -1;
        if (text.startsWith(QLatin1String("http://127.0.0.2")))
            index = sketchIndexOfImage(m_server->storedFile(QUrl(text).path()));
        else if (text.startsWith(QLatin1String("data:")))
            index = sketchIndexOfImage(QByteArray::fromBase64(text.section(u',', 1).toLatin1()));
        else
            index = sketchIndexOfImage(QByteArray::fromBase64(text.toLatin1()));
        if (index >= 0)
            return {provider, index};
    }
    return {provider, -1};
}

QHash<QString, int> TestCliBatch::submitsPerPair() const
{
    QHash<QString, int> counts;
    for (const RecordedRequest &request : m_server->requests()) {
        const QPair<QString, int> submit = submitOf(request);
        if (!submit.first.isEmpty())
            counts[QStringLiteral("%1/%2").arg(submit.first).arg(submit.second)] += 1;
    }
    return counts;
}

QList<HistoryEntry> TestCliBatch::historyRows() const
{
    HistoryStore store(dataDir());
    QString error;
    if (!store.open(&error))
        return {};
    HistoryFilter all;
    all.limit = 0;
    return store.find(all);
}

// 6 sketches x 3 models with a 503 (then ok), a 429 with Retry-After and a pair that fails for
// good: every pair runs once, the report has all 18 rows, the outputs and the history are there.
void TestCliBatch::everySketchWithEveryModel()
{
    makeSketches(6);
    m_server->addFault(FakeFault::respond("POST", QStringLiteral("/fal-queue/bria/reimagine/3.2"), 503,
                                          R"({"detail":"busy"})", jsonHeaders("0")));
    m_server->addFault(FakeFault::respond("POST", QStringLiteral("/segmind/v1/bria-reimagine"), 429,
                                          R"({"error":"Too many requests"})", jsonHeaders("1")));
    m_server->addFault(FakeFault::respond(
        "POST", QStringLiteral("/freepik/v1/ai/"), 400,
        R"({"message":"Your request parameters didn't validate.","invalid_params":[{"name":"imagination","reason":"not today"}]})",
        jsonHeaders()));

    QProcess *cli = startCli(batchArgs({kFal, kSegmind, kFreepik}, {QStringLiteral("--json")}));
    QCOMPARE(waitExit(cli, 90000), 4); // one pair failed
    const QString err = QString::fromUtf8(cli->readAllStandardError());
    const QJsonObject printed = QJsonDocument::fromJson(cli->readAllStandardOutput()).object();
    QVERIFY2(!printed.isEmpty(), qPrintable(err));

    // The pair the fault hit: the first Freepik submit.
    int failedSketch = -1;
    for (const RecordedRequest &request : m_server->requests()) {
        const QPair<QString, int> submit = submitOf(request);
        if (submit.first == QLatin1String("freepik")) {
            failedSketch = submit.second;
            break;
        }
    }
    QVERIFY(failedSketch >= 0);

    // Each pair sent once; the 503 and the 429 were retried (nothing was billed for them).
    const QHash<QString, int> submits = submitsPerPair();
    int total = 0;
    for (const QString &provider : {QStringLiteral("fal"), QStringLiteral("segmind"), QStringLiteral("freepik")}) {
        for (int s = 0; s < 6; ++s) {
            const int count = submits.value(QStringLiteral("%1/%2").arg(provider).arg(s));
            QVERIFY2(count == 1 || (count == 2 && provider != QLatin1String("freepik")),
                     qPrintable(QStringLiteral("%1/%2: %3").arg(provider).arg(s).arg(count)));
            total += count;
        }
    }
    QCOMPARE(total, 18 + 2);
    // The 429's Retry-After (1 s) was waited out before the Segmind submit went again.
    QList<QDateTime> segmindTimes;
    for (int s = 0; s < 6 && segmindTimes.isEmpty(); ++s) {
        if (submits.value(QStringLiteral("segmind/%1").arg(s)) != 2)
            continue;
        for (const RecordedRequest &request : m_server->requests()) {
            if (submitOf(request) == qMakePair(QStringLiteral("segmind"), s))
                segmindTimes.append(request.time);
        }
    }
    QCOMPARE(segmindTimes.size(), 2);
    QVERIFY2(segmindTimes.first().msecsTo(segmindTimes.last()) >= 900,
             qPrintable(QString::number(segmindTimes.first().msecsTo(segmindTimes.last()))));
    QCOMPARE(submits.value(QStringLiteral("fal/-1")) + submits.value(QStringLiteral("segmind/-1"))
                 + submits.value(QStringLiteral("freepik/-1")), 0);
    QCOMPARE(m_server->billedCount(QStringLiteral("fal")), 6);
    QCOMPARE(m_server->billedCount(QStringLiteral("segmind")), 6);
    QCOMPARE(m_server->billedCount(QStringLiteral("freepik")), 5);
    QVERIFY2(err.contains(QLatin1String("done: 17, failed: 1, not run: 0 (of 18); report: ")), qPrintable(err));

    // The report: the same object on stdout and in report.json, 18 rows in CSV and JSON.
    const QJsonObject report = readReport();
    QCOMPARE(printed, report);
    QCOMPARE(report.value(QLatin1String("total")).toInt(), 18);
    QCOMPARE(report.value(QLatin1String("done")).toInt(), 17);
    QCOMPARE(report.value(QLatin1String("failed")).toInt(), 1);
    const QJsonArray items = report.value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 18);
    const QList<QStringList> csv = readCsv();
    QCOMPARE(csv.size(), 19);
    QCOMPARE(csv.first(), (QStringList{QStringLiteral("sketch"), QStringLiteral("model"), QStringLiteral("status"),
                                       QStringLiteral("seed"), QStringLiteral("cost_usd"), QStringLiteral("time_s"),
                                       QStringLiteral("structure_score"), QStringLiteral("output"), QStringLiteral("error")}));
    const QStringList models{kFal, kSegmind, kFreepik};
    QSet<QString> jobIds;
    for (int i = 0; i < 18; ++i) {
        const int s = i / 3;
        const QString model = models.at(i % 3);
        const QJsonObject item = items.at(i).toObject();
        const QStringList row = csv.at(i + 1);
        const QString sketch = QStringLiteral("sketch-%1.png").arg(s);
        const QString output = QStringLiteral("sketch-%1-%2.png").arg(s).arg(slugOf(model));
        QCOMPARE(item.value(QLatin1String("sketch")).toString(), sketch);
        QCOMPARE(item.value(QLatin1String("model")).toString(), model);
        QCOMPARE(row.at(0), sketch);
        QCOMPARE(row.at(1), model);
        jobIds.insert(item.value(QLatin1String("job_id")).toString());
        if (model == kFreepik && s == failedSketch) {
            QCOMPARE(item.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
            QCOMPARE(row.at(2), QStringLiteral("failed"));
            const QString error = item.value(QLatin1String("error")).toString();
            QVERIFY2(error.contains(QLatin1String("imagination: not today")), qPrintable(error));
            QCOMPARE(row.at(8), error);
            QCOMPARE(item.value(QLatin1String("outputs")).toArray().size(), 0);
            QVERIFY(!QFileInfo::exists(QDir(outputDir()).filePath(output)));
            continue;
        }
        QCOMPARE(item.value(QLatin1String("status")).toString(), QStringLiteral("done"));
        QCOMPARE(row.at(2), QStringLiteral("done"));
        QCOMPARE(item.value(QLatin1String("outputs")).toArray(), QJsonArray{output});
        QCOMPARE(row.at(7), output);
        QVERIFY(item.value(QLatin1String("error")).isNull());
        QVERIFY(row.at(8).isEmpty());
        const QImage image(QDir(outputDir()).filePath(output));
        QCOMPARE(image.size(), QSize(FakeProviderServer::kImageWidth, FakeProviderServer::kImageHeight));
        QVERIFY(item.value(QLatin1String("elapsed_ms")).toDouble() >= 0);
        QVERIFY(!row.at(5).isEmpty());
        // Scored against the sketch that was sent.
        const double score = item.value(QLatin1String("structure_score")).toDouble(-1);
        QVERIFY2(score >= 0 && score <= 1, qPrintable(row.join(u',')));
        QCOMPARE(row.at(6), QString::number(score, 'f', 3));
        if (model == kFal) {
            QCOMPARE(item.value(QLatin1String("cost_usd")).toDouble(), 0.04);
            QCOMPARE(row.at(4), QStringLiteral("0.0400"));
        }
        if (model != kFreepik) { // Freepik's model has no seed
            QVERIFY(item.value(QLatin1String("seed")).isDouble());
            QCOMPARE(row.at(3), QString::number(item.value(QLatin1String("seed")).toInteger()));
        }
    }
    QCOMPARE(jobIds.size(), 18);

    // Nothing but the outputs, the manifest and the report in the output folder.
    QStringList expectedFiles{QStringLiteral("reimagine-batch.json"), QStringLiteral("report.csv"),
                              QStringLiteral("report.json")};
    for (int s = 0; s < 6; ++s) {
        for (const QString &model : models) {
            if (!(model == kFreepik && s == failedSketch))
                expectedFiles.append(QStringLiteral("sketch-%1-%2.png").arg(s).arg(slugOf(model)));
        }
    }
    expectedFiles.sort();
    QCOMPARE(QDir(outputDir()).entryList(QDir::Files | QDir::Hidden, QDir::Name), expectedFiles);

    // Every run is in the app's history once, the failed one too; the history rows are the jobs.
    const QList<HistoryEntry> rows = historyRows();
    QCOMPARE(rows.size(), 18);
    QHash<QString, int> perSketch;
    for (const HistoryEntry &row : rows) {
        QVERIFY(jobIds.contains(row.id));
        perSketch[QFileInfo(row.sketchPath).fileName()] += 1;
        const bool failed = row.status == RunStatus::Failed;
        QCOMPARE(failed, row.modelId == kFreepik && row.sketchPath.endsWith(QStringLiteral("sketch-%1.png").arg(failedSketch)));
        QCOMPARE(row.inputs.value(QLatin1String("prompt")).toString(), QStringLiteral("a timber cabin"));
    }
    for (int s = 0; s < 6; ++s)
        QCOMPARE(perSketch.value(QStringLiteral("sketch-%1.png").arg(s)), 3);

    // One comparison per sketch in the history, named after the manifest's batch id, so the app
    // judges each sketch's three results blind; every run says it came from a batch.
    QFile manifestFile(QDir(outputDir()).filePath(QStringLiteral("reimagine-batch.json")));
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    const QString batchId = manifest.value(QLatin1String("batch_id")).toString();
    QVERIFY(!QUuid::fromString(batchId).isNull());
    QHash<QString, QSet<QString>> groups; // compare id -> sketch file names
    for (const HistoryEntry &row : rows) {
        QCOMPARE(row.origin, QStringLiteral("batch"));
        QVERIFY2(row.compareId.startsWith(batchId + QLatin1Char('-')), qPrintable(row.compareId));
        groups[row.compareId].insert(QFileInfo(row.sketchPath).fileName());
    }
    QCOMPARE(groups.size(), 6);
    for (const QSet<QString> &sketches : std::as_const(groups))
        QCOMPARE(sketches.size(), 1);
    // The journal keeps nothing of a finished batch.
    QVERIFY(QDir(m_env->path(QStringLiteral("data/reimagine-studio/jobs"))).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty());
}

// SIGKILL in the middle (a crash point passed for the N-th time), then `batch --resume`: the
// batch completes, no pair is submitted twice, the report is complete, the history has each run
// once. One job at a time makes the kill land where it is meant to: the third fal job runs at
// the provider (journaled with its request id), six pairs are done, nine were never sent. With
// four at once another job may be in the middle of its billed request (or have its Segmind image
// in memory) when the kill comes: that pair ends Interrupted and is never sent again (it may have
// been charged).
void TestCliBatch::killedMidBatchResumes_data()
{
    QTest::addColumn<QString>("crashAt");
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<int>("doneAtKill"); // -1: depends on the timing
    QTest::newRow("a fal job running, one at a time") << "provider-running#3" << 1 << 6;
    QTest::newRow("a result recorded, journal entry not cleared, four at once") << "history-written#4" << 4 << -1;
}

void TestCliBatch::killedMidBatchResumes()
{
    QFETCH(QString, crashAt);
    QFETCH(int, concurrency);
    QFETCH(int, doneAtKill);
    makeSketches(6);
    QProcess *first = startCli(batchArgs({kFal, kSegmind, kFreepik}, {QStringLiteral("--concurrency"), QString::number(concurrency)}),
                               {{QStringLiteral("REIMAGINE_CRASH_AT"), crashAt}});
    QCOMPARE(waitExit(first, 90000), -2); // killed
    const QString lock = QDir(outputDir()).filePath(QStringLiteral("reimagine-batch.lock"));
    QVERIFY(QFileInfo::exists(lock)); // left behind by the killed process, taken over below
    const QJsonObject partial = readReport();
    QCOMPARE(partial.value(QLatin1String("total")).toInt(), 18); // a valid report of what had ended
    const int doneBefore = partial.value(QLatin1String("done")).toInt();
    if (doneAtKill >= 0)
        QCOMPARE(doneBefore, doneAtKill);
    QVERIFY(doneBefore < 18);
    const QString journalDir = m_env->path(QStringLiteral("data/reimagine-studio/jobs"));
    // The jobs in flight are journaled with the batch's context: one compare group per sketch.
    {
        QFile manifestFile(QDir(outputDir()).filePath(QStringLiteral("reimagine-batch.json")));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QString batchId = QJsonDocument::fromJson(manifestFile.readAll()).object().value(QLatin1String("batch_id")).toString();
        QVERIFY(!QUuid::fromString(batchId).isNull());
        const QList<JobJournal::Entry> inFlight = JobJournal(journalDir).unfinished();
        QVERIFY(!inFlight.isEmpty());
        for (const JobJournal::Entry &entry : inFlight) {
            QCOMPARE(entry.context.value(QLatin1String("origin")).toString(), QStringLiteral("batch"));
            const QString sketch = entry.context.value(QLatin1String("sketch")).toString();
            const QString index = QFileInfo(sketch).completeBaseName().section(u'-', 1);
            QCOMPARE(QFileInfo(sketch).absolutePath(), sketchDir());
            QCOMPARE(entry.context.value(QLatin1String("compare")).toString(), batchId + u'-' + index);
        }
    }
    const QHash<QString, int> submittedBefore = submitsPerPair();
    if (doneAtKill >= 0)
        QCOMPARE(submittedBefore.size(), doneAtKill + 1);

    QProcess *resume = startCli({QStringLiteral("batch"), QStringLiteral("--resume"), outputDir(), QStringLiteral("--json")});
    const int code = waitExit(resume, 90000);
    const QString err = QString::fromUtf8(resume->readAllStandardError());
    const QJsonObject report = QJsonDocument::fromJson(resume->readAllStandardOutput()).object();
    QCOMPARE(report, readReport());
    QVERIFY(!QFileInfo::exists(lock));

    // Every pair ended: done, or interrupted in the middle of its billed request by the kill.
    int done = 0;
    QSet<QString> jobIds;
    QStringList interrupted;
    for (const QJsonValue &value : report.value(QLatin1String("items")).toArray()) {
        const QJsonObject item = value.toObject();
        jobIds.insert(item.value(QLatin1String("job_id")).toString());
        const QString status = item.value(QLatin1String("status")).toString();
        if (status == QLatin1String("interrupted")) {
            // Killed in the middle of its billed request, or with its Segmind image not yet kept.
            QVERIFY(!item.value(QLatin1String("error")).toString().isEmpty());
            interrupted.append(item.value(QLatin1String("model")).toString().section(u':', 0, 0) + u'/'
                               + item.value(QLatin1String("sketch")).toString().section(u'-', 1).section(u'.', 0, 0));
            continue;
        }
        QVERIFY2(status == QLatin1String("done"),
                 qPrintable(status + u' ' + item.value(QLatin1String("model")).toString() + u' ' + item.value(QLatin1String("sketch")).toString()
                            + u' ' + item.value(QLatin1String("error")).toString() + u'\n' + err));
        ++done;
        QCOMPARE(item.value(QLatin1String("outputs")).toArray().size(), 1);
        QVERIFY(!QImage(QDir(outputDir()).filePath(item.value(QLatin1String("outputs")).toArray().first().toString())).isNull());
    }
    QCOMPARE(done + interrupted.size(), 18);
    if (doneAtKill >= 0)
        QCOMPARE(done, 18);
    QCOMPARE(code, interrupted.isEmpty() ? 0 : 4);
    QCOMPARE(jobIds.size(), 18);

    // No pair submitted twice, over both processes: what had been sent was followed, not sent
    // again. A pair interrupted in the middle of its submit has what the killed process sent (its
    // request may not have reached the server at all), nothing more.
    const QHash<QString, int> submits = submitsPerPair();
    QVERIFY2(submits.size() >= 18 - interrupted.size(), qPrintable(err));
    for (auto it = submits.constBegin(); it != submits.constEnd(); ++it)
        QVERIFY2(it.value() == 1 && !it.key().endsWith(QLatin1String("/-1")), qPrintable(it.key()));
    for (auto it = submittedBefore.constBegin(); it != submittedBefore.constEnd(); ++it)
        QCOMPARE(submits.value(it.key()), it.value());
    for (const QString &pair : std::as_const(interrupted))
        QCOMPARE(submits.value(pair), submittedBefore.value(pair));
    int billed = 0;
    for (const QString &provider : {QStringLiteral("fal"), QStringLiteral("segmind"), QStringLiteral("freepik")}) {
        QVERIFY(m_server->billedCount(provider) <= 6);
        billed += m_server->billedCount(provider);
    }
    QVERIFY(billed >= done);

    // Every run in the history once; nothing left to resume in the journal.
    const QList<HistoryEntry> rows = historyRows();
    QSet<QString> rowIds;
    for (const HistoryEntry &row : rows)
        rowIds.insert(row.id);
    QCOMPARE(rows.size(), 18);
    QCOMPARE(rowIds, jobIds);
    JobJournal journal(journalDir);
    QCOMPARE(journal.unfinished().size(), 0);

    // Resuming again sends nothing.
    const int requests = static_cast<int>(m_server->requests().size());
    QCOMPARE(waitExit(startCli({QStringLiteral("batch"), QStringLiteral("--resume"), outputDir()})), code);
    QCOMPARE(m_server->requests().size(), requests);
}

// --max-cost is the limit of the whole batch: each run fits under it, all of them do not.
void TestCliBatch::maxCostIsForTheWholeBatch()
{
    makeSketches(6);
    QProcess *cli = startCli(batchArgs({kFal}, {QStringLiteral("--max-cost"), QStringLiteral("0.10")}));
    QCOMPARE(waitExit(cli), 2);
    QCOMPARE(QString::fromUtf8(cli->readAllStandardError()).trimmed(),
             QStringLiteral("reimagine-cli: nothing was sent: the whole batch is estimated at about $0.24, more than "
                            "the limit of $0.10 (--max-cost)."));
    QVERIFY(m_server->requests().isEmpty());
    QVERIFY(!QFileInfo::exists(outputDir())); // nothing written either

    QProcess *enough = startCli(batchArgs({kFal}, {QStringLiteral("--max-cost"), QStringLiteral("0.24")}));
    QCOMPARE(waitExit(enough, 60000), 0);
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")), 6);
}

// The daily budget from the settings: pairs are sent while they fit; then nothing more is sent,
// what runs ends, and the rest is reported as not run.
void TestCliBatch::dailyBudgetStopsSendingMidway()
{
    makeSketches(6);
    const QString config = m_env->path(QStringLiteral("config/Reimagine Studio"));
    QVERIFY(QDir().mkpath(config));
    QFile settings(config + QStringLiteral("/reimagine-studio.conf"));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[Costs]\nDailyBudget=0.10\n");
    settings.close();

    QProcess *cli = startCli(batchArgs({kFal}));
    QCOMPARE(waitExit(cli, 60000), 4);
    const QString err = QString::fromUtf8(cli->readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("stopped sending (not run: 4): This would bring today's spending to $0.12, "
                                        "over your daily budget of $0.10")),
             qPrintable(err));
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")), 2); // $0.08 of $0.10
    const QJsonObject report = readReport();
    QCOMPARE(report.value(QLatin1String("done")).toInt(), 2);
    QCOMPARE(report.value(QLatin1String("not_run")).toInt(), 4);
    const QJsonArray items = report.value(QLatin1String("items")).toArray();
    for (int i = 2; i < 6; ++i) {
        const QJsonObject item = items.at(i).toObject();
        QCOMPARE(item.value(QLatin1String("status")).toString(), QStringLiteral("not_run"));
        QVERIFY(item.value(QLatin1String("error")).toString().contains(QLatin1String("daily budget")));
    }

    // Over the budget from the first pair on: refused before anything is sent.
    const int requests = static_cast<int>(m_server->requests().size());
    QProcess *again = startCli(QStringList{QStringLiteral("batch"), QStringLiteral("--input"), sketchDir(),
                                           QStringLiteral("--models"), kFal, QStringLiteral("--output"),
                                           m_env->path(QStringLiteral("out2")), QStringLiteral("--prompt"),
                                           QStringLiteral("x")});
    QCOMPARE(waitExit(again), 2);
    QVERIFY(again->readAllStandardError().contains("nothing was sent: This would bring today's spending"));
    QCOMPARE(m_server->requests().size(), requests);
}

// After a batch with one failed pair, --retry-failed sends that pair alone; a plain --resume
// sends nothing.
void TestCliBatch::retryFailedRerunsOnlyTheFailedPair()
{
    makeSketches(2);
    m_server->addFault(FakeFault::respond(
        "POST", QStringLiteral("/freepik/v1/ai/"), 400,
        R"({"message":"Your request parameters didn't validate.","invalid_params":[{"name":"imagination","reason":"not today"}]})",
        jsonHeaders()));
    QCOMPARE(waitExit(startCli(batchArgs({kFal, kFreepik})), 60000), 4);
    QJsonObject report = readReport();
    QCOMPARE(report.value(QLatin1String("failed")).toInt(), 1);
    QCOMPARE(m_server->submitCount(QStringLiteral("freepik")), 2);
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")), 2);
    int failedSketch = -1;
    const QJsonArray items = report.value(QLatin1String("items")).toArray();
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).toObject().value(QLatin1String("status")).toString() == QLatin1String("failed"))
            failedSketch = i / 2;
    }
    QVERIFY(failedSketch >= 0);

    // A plain resume leaves a failed pair alone.
    const int requests = static_cast<int>(m_server->requests().size());
    QCOMPARE(waitExit(startCli({QStringLiteral("batch"), QStringLiteral("--resume"), outputDir()})), 4);
    QCOMPARE(m_server->requests().size(), requests);

    QProcess *retry = startCli({QStringLiteral("batch"), QStringLiteral("--resume"), outputDir(), QStringLiteral("--retry-failed")});
    QCOMPARE(waitExit(retry, 60000), 0);
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")), 2);
    QCOMPARE(m_server->submitCount(QStringLiteral("freepik")), 3);
    // The one new submit is the failed pair's.
    QList<QPair<QString, int>> newSubmits;
    const QList<RecordedRequest> all = m_server->requests();
    for (int i = requests; i < all.size(); ++i) {
        const QPair<QString, int> submit = submitOf(all.at(i));
        if (!submit.first.isEmpty())
            newSubmits.append(submit);
    }
    QCOMPARE(newSubmits, (QList<QPair<QString, int>>{{QStringLiteral("freepik"), failedSketch}}));
    report = readReport();
    QCOMPARE(report.value(QLatin1String("done")).toInt(), 4);
    QCOMPARE(report.value(QLatin1String("failed")).toInt(), 0);
    QVERIFY(QFileInfo::exists(QDir(outputDir()).filePath(QStringLiteral("sketch-%1-freepik-reimagine-flux.png").arg(failedSketch))));
    // The failed attempt and the rerun are both in the history.
    QCOMPARE(historyRows().size(), 5);
}

// stderr is not a terminal: one plain line per pair that ends, naming sketch and model.
void TestCliBatch::plainProgressLines()
{
    makeSketches(2);
    m_server->addFault(FakeFault::respond("POST", QStringLiteral("/segmind/v1/bria-reimagine"), 406,
                                          R"({"error":"Not enough credits"})", jsonHeaders()));
    QProcess *cli = startCli(batchArgs({kFal, kSegmind}));
    QCOMPARE(waitExit(cli, 60000), 4);
    const QStringList lines = QString::fromUtf8(cli->readAllStandardError()).split(u'\n', Qt::SkipEmptyParts);
    static const QRegularExpression pattern(QStringLiteral(R"(^reimagine-cli: \[(\d)/4\] (sketch-\d\.png), (\S+): (.*)$)"));
    QSet<QString> pairs;
    QList<int> counts;
    int failed = 0;
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = pattern.match(line);
        if (!match.hasMatch()) {
            QVERIFY2(line.startsWith(QLatin1String("reimagine-cli: done: 3, failed: 1, not run: 0 (of 4); report: ")),
                     qPrintable(line));
            continue;
        }
        QVERIFY(!line.contains(u'\r') && !line.contains(u'\033')); // no bar in a log
        counts.append(match.captured(1).toInt());
        pairs.insert(match.captured(2) + u'|' + match.captured(3));
        const QString what = match.captured(4);
        if (what.startsWith(QLatin1String("failed: "))) {
            ++failed;
            QCOMPARE(match.captured(3), kSegmind);
            QVERIFY2(what.contains(QLatin1String("credits")), qPrintable(what));
        } else {
            const QString output = QFileInfo(match.captured(2)).completeBaseName() + u'-' + slugOf(match.captured(3))
                                 + QStringLiteral(".png");
            QCOMPARE(what, QStringLiteral("done (%1)").arg(output));
        }
    }
    QCOMPARE(counts, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(pairs.size(), 4);
    QCOMPARE(failed, 1);
}

// Anything wrong is said before a single request, with exit 2.
void TestCliBatch::invalidInputSendsNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown model") << QStringList{QStringLiteral("--models"), kFal + QStringLiteral(",fal:nope")}
                                   << "unknown model 'fal:nope'";
    QTest::newRow("bad --set") << QStringList{QStringLiteral("--models"), kFal, QStringLiteral("--set"),
                                              QStringLiteral("num_inference_steps=many")}
                               << "num_inference_steps";
    QTest::newRow("unreadable sketch") << QStringList{QStringLiteral("--models"), kFal, QStringLiteral("--input"),
                                                      QStringLiteral("BROKEN")}
                                       << "broken.png";
    QTest::newRow("no such input") << QStringList{QStringLiteral("--models"), kFal, QStringLiteral("--input"),
                                                  QStringLiteral("/nonexistent/sketches")}
                                   << "no such file or folder";
    QTest::newRow("retry without resume") << QStringList{QStringLiteral("--models"), kFal, QStringLiteral("--retry-failed")}
                                          << "--retry-failed goes with --resume";
    QTest::newRow("resume of no batch") << QStringList{QStringLiteral("--resume"), QStringLiteral("EMPTY")}
                                        << "holds no batch";
}

void TestCliBatch::invalidInputSendsNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    makeSketches(2);
    const QString broken = m_env->path(QStringLiteral("broken.png"));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QFile good(QDir(sketchDir()).filePath(QStringLiteral("sketch-0.png")));
        QVERIFY(good.open(QIODevice::ReadOnly));
        file.write(good.readAll().left(200)); // truncated
    }
    QStringList full;
    if (args.first() == QLatin1String("--resume")) {
        QVERIFY(QDir().mkpath(m_env->path(QStringLiteral("empty"))));
        full = QStringList{QStringLiteral("batch"), QStringLiteral("--resume"), m_env->path(QStringLiteral("empty"))};
    } else {
        full = QStringList{QStringLiteral("batch")};
        if (!args.contains(QLatin1String("--input")))
            full << QStringLiteral("--input") << sketchDir();
        for (const QString &arg : args)
            full << (arg == QLatin1String("BROKEN") ? broken : arg);
        full << QStringLiteral("--output") << outputDir();
    }
    QProcess *cli = startCli(full);
    QCOMPARE(waitExit(cli), 2);
    const QString err = QString::fromUtf8(cli->readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(m_server->requests().isEmpty());
    QVERIFY(!QFileInfo::exists(QDir(outputDir()).filePath(QStringLiteral("reimagine-batch.json"))));
}

// Ctrl+C cancels what runs (exit 130); a resume then never sends a pair again that had been
// sent, and sends the ones that had not been.
void TestCliBatch::sigintCancelsAndResumeNeverPaysTwice()
{
    makeSketches(3);
    m_server->setFalScript({QStringLiteral("IN_QUEUE:3")}); // never finishes
    QProcess *cli = startCli(batchArgs({kFal}, {QStringLiteral("--concurrency"), QStringLiteral("2")}));
    // Both jobs exist at fal (each was asked for its status): cancelling them is a request each.
    auto following = [this] {
        QSet<QString> ids;
        for (const RecordedRequest &request : m_server->requestsTo(QStringLiteral("/requests/")))
            ids.insert(request.path.section(QStringLiteral("/requests/"), 1).section(u'/', 0, 0));
        return ids.size();
    };
    QTRY_COMPARE_WITH_TIMEOUT(following(), 2, 15000);
    ::kill(static_cast<pid_t>(cli->processId()), SIGINT);
    QCOMPARE(waitExit(cli), 130);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestsTo(QStringLiteral("/cancel")).size(), 2, 5000);
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")), 2);
    QJsonObject report = readReport();
    QCOMPARE(report.value(QLatin1String("done")).toInt(), 0);
    QCOMPARE(report.value(QLatin1String("not_run")).toInt(), 1);

    m_server->setFalScript({QStringLiteral("IN_QUEUE:1"), QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")});
    QProcess *resume = startCli({QStringLiteral("batch"), QStringLiteral("--resume"), outputDir()});
    QCOMPARE(waitExit(resume, 60000), 4); // the two cancelled pairs stay cancelled
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")), 3);
    report = readReport();
    QCOMPARE(report.value(QLatin1String("done")).toInt(), 1);
    int cancelled = 0;
    for (const QJsonValue &item : report.value(QLatin1String("items")).toArray())
        cancelled += item.toObject().value(QLatin1String("status")).toString() == QLatin1String("cancelled") ? 1 : 0;
    QCOMPARE(cancelled, 2);
}

// A key missing for one of the models: exit 3 before anything is sent, for any model.
void TestCliBatch::missingKeySendsNothing()
{
    makeSketches(2);
    QProcess *cli = startCli(batchArgs({kFal, kSegmind}), {}, {QStringLiteral("SEGMIND_API_KEY")});
    QCOMPARE(waitExit(cli), 3);
    const QString err = QString::fromUtf8(cli->readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("no API key for Segmind: set SEGMIND_API_KEY")), qPrintable(err));
    QVERIFY(!err.contains(QLatin1String("segmind-test-key")) && !err.contains(QLatin1String("fal-test-key")));
    QVERIFY(m_server->requests().isEmpty());
    QVERIFY(!QFileInfo::exists(outputDir()));
}

// A kill after a job ended (journal entry removed) but before the manifest noted it: the manifest
// says the pair was sent and nothing more. The resume settles it from the history (its row id is
// the job id); a pair neither the journal nor the history knows is never sent again.
void TestCliBatch::resumeSettlesPairsTheManifestMissed()
{
    makeSketches(2);
    QCOMPARE(waitExit(startCli(batchArgs({kFal})), 60000), 0);
    const QString path = QDir(outputDir()).filePath(QStringLiteral("reimagine-batch.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray pairs = manifest.value(QLatin1String("pairs")).toArray();
    QCOMPARE(pairs.size(), 2);
    const QJsonObject first = pairs.at(0).toObject();
    QJsonObject sent{{QStringLiteral("sketch"), first.value(QLatin1String("sketch"))},
                     {QStringLiteral("model"), first.value(QLatin1String("model"))},
                     {QStringLiteral("state"), QStringLiteral("queued")},
                     {QStringLiteral("job_id"), first.value(QLatin1String("job_id"))},
                     {QStringLiteral("values"), first.value(QLatin1String("values"))},
                     {QStringLiteral("sketch_sent"), first.value(QLatin1String("sketch_sent"))},
                     {QStringLiteral("output"), first.value(QLatin1String("output"))}};
    pairs.replace(0, sent);
    QJsonObject unknown = pairs.at(1).toObject();
    unknown.insert(QStringLiteral("state"), QStringLiteral("queued"));
    unknown.insert(QStringLiteral("job_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    unknown.remove(QStringLiteral("outputs"));
    QVERIFY(QFile::remove(QDir(outputDir()).filePath(unknown.value(QLatin1String("output")).toString())));
    pairs.replace(1, unknown);
    manifest.insert(QStringLiteral("pairs"), pairs);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(manifest).toJson());
    file.close();

    const int requests = static_cast<int>(m_server->requests().size());
    QProcess *resume = startCli({QStringLiteral("batch"), QStringLiteral("--resume"), outputDir(), QStringLiteral("--json")});
    QCOMPARE(waitExit(resume), 4);
    QCOMPARE(m_server->requests().size(), requests); // nothing sent
    const QJsonArray items = QJsonDocument::fromJson(resume->readAllStandardOutput()).object().value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject settled = items.at(0).toObject();
    QCOMPARE(settled.value(QLatin1String("status")).toString(), QStringLiteral("done"));
    QCOMPARE(settled.value(QLatin1String("outputs")).toArray(), QJsonArray{first.value(QLatin1String("output"))});
    QCOMPARE(settled.value(QLatin1String("cost_usd")).toDouble(), 0.04);
    QCOMPARE(settled.value(QLatin1String("seed")), first.value(QLatin1String("seed")));
    QCOMPARE(items.at(1).toObject().value(QLatin1String("status")).toString(), QStringLiteral("interrupted"));
    QVERIFY(items.at(1).toObject().value(QLatin1String("error")).toString().contains(QLatin1String("never paid twice")));

    // --retry-failed does not send it either: it may have been charged.
    QProcess *retry = startCli({QStringLiteral("batch"), QStringLiteral("--resume"), outputDir(), QStringLiteral("--retry-failed")});
    QCOMPARE(waitExit(retry), 4);
    QVERIFY(retry->readAllStandardError().contains("not sent again, it may have been charged: sketch-1.png, fal:bria/reimagine/3.2"));
    QCOMPARE(m_server->requests().size(), requests);
}

// Two processes on one batch folder could send the same pair: the second one is refused.
void TestCliBatch::oneProcessPerBatchFolder()
{
    makeSketches(1);
    m_server->setFalScript({QStringLiteral("IN_QUEUE:3")}); // never finishes
    startCli(batchArgs({kFal})); // runs until the test ends
    QTRY_COMPARE_WITH_TIMEOUT(m_server->submitCount(QStringLiteral("fal")), 1, 15000);
    QProcess *second = startCli({QStringLiteral("batch"), QStringLiteral("--resume"), outputDir()});
    QCOMPARE(waitExit(second), 2);
    QVERIFY(second->readAllStandardError().contains("another reimagine-cli is working on the batch in"));
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")), 1);
    QProcess *third = startCli(batchArgs({kFal}));
    QCOMPARE(waitExit(third), 2);
    QVERIFY(third->readAllStandardError().contains("already holds a batch"));
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")), 1);
    // (The lock of a killed process is taken over: killedMidBatchResumes.)
}

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_cli_batch.moc"
