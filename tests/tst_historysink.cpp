// HistorySink: the app's ResultSink. A paid result is written as a PNG carrying its generation
// record and gets one history row under the job's id; doing both again after a crash changes
// nothing; failed and cancelled runs get a row without files; without an open history the
// files are still written.

#include "session/historysink.h"

#include "history/historystore.h"
#include "imaging/pngmetadata.h"
#include "schema/modelcatalog.h"

#include "testimages.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Bria = QStringLiteral("fal:bria/reimagine/3.2");

QByteArray redPng(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::red);
    return TestImages::encode(image, "PNG");
}
} // namespace

class TestHistorySink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void resultIsWrittenThenRecorded();
    void contextNamesComparisonOriginAndTags();
    void recordingAgainChangesNothing();
    void failedAndCancelledRunsHaveNoFiles();
    void closedHistoryStillKeepsTheFiles();

private:
    FinishedRun paidRun(const QString &jobId) const;

    ModelCatalog m_catalog{QString()};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
};

void TestHistorySink::initTestCase()
{
    m_catalog.reload();
    QVERIFY(m_catalog.model(Bria));
}

void TestHistorySink::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history")));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
}

void TestHistorySink::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

FinishedRun TestHistorySink::paidRun(const QString &jobId) const
{
    FinishedRun run;
    run.jobId = jobId;
    run.model = *m_catalog.model(Bria);
    run.values = {{QStringLiteral("prompt"), QStringLiteral("a walnut lounge chair")},
                  {QStringLiteral("seed"), 4242},
                  {QStringLiteral("canny_image_url"), QStringLiteral("/home/designer/private/chair.png")}};
    run.context = {{QStringLiteral("sketch"), QStringLiteral("/home/designer/private/chair.png")}};
    run.state = JobState::Saving;
    OutputImage image;
    image.bytes = redPng(QSize(64, 48));
    image.mimeType = QByteArrayLiteral("image/png");
    image.size = QSize(64, 48);
    run.outcome.outputs = {image};
    run.outcome.seed = 4242;
    run.outcome.costUsd = 0.04;
    run.outcome.requestId = QStringLiteral("req-1");
    run.created = QDateTime(QDate(2026, 12, 6), QTime(9, 30), Qt::UTC);
    run.elapsedMs = 5120;
    return run;
}

void TestHistorySink::resultIsWrittenThenRecorded()
{
    HistorySink sink(m_store.get());
    FinishedRun run = paidRun(QStringLiteral("job-1"));
    QString error;
    QVERIFY2(sink.writeOutputs(run, &error), qPrintable(error));
    const QString path = run.outcome.outputs.constFirst().filePath;
    QVERIFY(path.startsWith(m_store->directory() + QStringLiteral("/results/2026/12/job-1")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray png = file.readAll();
    const std::optional<GenerationInfo> info = PngMetadata::read(png, &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->prompt(), QStringLiteral("a walnut lounge chair"));
    // The saved image names the sketch by its file name only, never the designer's folders.
    QVERIFY(png.contains("chair.png"));
    QVERIFY(!png.contains("/home/designer"));

    QCOMPARE(sink.record(run, &error), QStringLiteral("job-1"));
    const std::optional<HistoryEntry> entry = m_store->entry(QStringLiteral("job-1"));
    QVERIFY(entry);
    QCOMPARE(entry->status, RunStatus::Done);
    QCOMPARE(entry->modelId, Bria);
    QCOMPARE(entry->modelTitle, QStringLiteral("Bria Reimagine 3.2"));
    QCOMPARE(entry->seed, std::optional<qint64>(4242));
    QCOMPARE(entry->costUsd, std::optional<double>(0.04));
    QCOMPARE(entry->elapsedMs, 5120);
    QCOMPARE(entry->requestId, QStringLiteral("req-1"));
    QCOMPARE(entry->outputPaths, QStringList{path});
    QCOMPARE(entry->size, QSize(64, 48));
    QCOMPARE(entry->sketchPath, QStringLiteral("/home/designer/private/chair.png"));
    QVERIFY(entry->error.isEmpty());
    QVERIFY(entry->compareId.isEmpty());
    QVERIFY(entry->tags.isEmpty());
}

void TestHistorySink::contextNamesComparisonOriginAndTags()
{
    HistorySink sink(m_store.get());
    FinishedRun run = paidRun(QStringLiteral("job-c"));
    run.context.insert(QStringLiteral("compare"), QStringLiteral("batch-7-2"));
    run.context.insert(QStringLiteral("origin"), QStringLiteral("batch"));
    run.context.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("Lamps"), QStringLiteral("Client A")});
    QString error;
    QVERIFY(sink.writeOutputs(run, &error));
    QCOMPARE(sink.record(run, &error), QStringLiteral("job-c"));
    const std::optional<HistoryEntry> entry = m_store->entry(QStringLiteral("job-c"));
    QVERIFY(entry);
    QCOMPARE(entry->compareId, QStringLiteral("batch-7-2"));
    QCOMPARE(entry->origin, QStringLiteral("batch"));
    QCOMPARE(entry->tags, (QStringList{QStringLiteral("Client A"), QStringLiteral("Lamps")}));
}

void TestHistorySink::recordingAgainChangesNothing()
{
    HistorySink sink(m_store.get());
    FinishedRun run = paidRun(QStringLiteral("job-2"));
    QString error;
    QVERIFY(sink.writeOutputs(run, &error));
    QCOMPARE(sink.record(run, &error), QStringLiteral("job-2"));
    const QString path = run.outcome.outputs.constFirst().filePath;
    const qint64 size = QFileInfo(path).size();

    // After a crash between the two steps, both run again for the same job.
    FinishedRun again = paidRun(QStringLiteral("job-2"));
    QVERIFY(sink.writeOutputs(again, &error));
    QCOMPARE(again.outcome.outputs.constFirst().filePath, path);
    QCOMPARE(QFileInfo(path).size(), size);
    QCOMPARE(sink.record(again, &error), QStringLiteral("job-2"));
    QCOMPARE(m_store->find(HistoryFilter()).size(), 1);
}

void TestHistorySink::failedAndCancelledRunsHaveNoFiles()
{
    HistorySink sink(m_store.get());
    FinishedRun failed = paidRun(QStringLiteral("job-failed"));
    failed.state = JobState::Failed;
    failed.outcome.outputs.clear();
    failed.outcome.costUsd.reset();
    failed.outcome.message = QStringLiteral("Internal Server Error (HTTP 500)");
    QString error;
    QVERIFY(sink.writeOutputs(failed, &error));
    QCOMPARE(sink.record(failed, &error), QStringLiteral("job-failed"));
    std::optional<HistoryEntry> entry = m_store->entry(QStringLiteral("job-failed"));
    QVERIFY(entry);
    QCOMPARE(entry->status, RunStatus::Failed);
    QCOMPARE(entry->error, QStringLiteral("Internal Server Error (HTTP 500)"));
    QVERIFY(entry->outputPaths.isEmpty());
    QVERIFY(!entry->costUsd); // nothing delivered, nothing charged

    FinishedRun cancelled = failed;
    cancelled.jobId = QStringLiteral("job-cancelled");
    cancelled.state = JobState::Cancelled;
    QCOMPARE(sink.record(cancelled, &error), QStringLiteral("job-cancelled"));
    entry = m_store->entry(QStringLiteral("job-cancelled"));
    QVERIFY(entry);
    QCOMPARE(entry->status, RunStatus::Cancelled);

    QCOMPARE(HistorySink::statusFor(JobState::Saving), RunStatus::Done);
    QCOMPARE(HistorySink::statusFor(JobState::Interrupted), RunStatus::Failed);
}

void TestHistorySink::closedHistoryStillKeepsTheFiles()
{
    HistoryStore closed(m_dir->filePath(QStringLiteral("unopened")));
    HistorySink sink(&closed);
    FinishedRun run = paidRun(QStringLiteral("job-3"));
    QString error;
    QVERIFY2(sink.writeOutputs(run, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(run.outcome.outputs.constFirst().filePath));
    QCOMPARE(sink.record(run, &error), QString());
}

QTEST_GUILESS_MAIN(TestHistorySink)
#include "tst_historysink.moc"
