#pragma once

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

#include "fakeproviderserver.h"
#include "runactivity.h"
#include "imaging/imageloader.h"
#include "imaging/imagepreparer.h"
#include "net/endpoint.h"
#include "providers/falqueueprovider.h"
#include "schema/modelcatalog.h"

using Error = ApiResult::Error;

// The fixture of tst_falqueueprovider, whose tests live in two files: tst_falqueueprovider.cpp
// (the protocol, following, retries, errors) and tst_falqueueprovider_lifecycle.cpp (cancel,
// resume, deadline, results, uploads and the billed submit).
namespace falqueuetest
{
const QString kBria = QStringLiteral("fal:bria/reimagine/3.2");
const QString kIdeogram = QStringLiteral("fal:fal-ai/ideogram/v3/remix");
const QString kKey = QStringLiteral("fal-secret-key");

// Everything a run reports, in order.
struct Recorder
{
    QList<JobState> states;
    QList<int> positions;
    QStringList logs;
    QList<ProviderHandle> handles;
    int submitting = 0;
    int finishedCount = 0;
    std::optional<JobOutcome> outcome;
    QList<QPair<QString, int>> waits;   // reason, delay
    int waitsEnded = 0;

    void attach(ProviderRun *run)
    {
        QObject::connect(run, &ProviderRun::stateChanged, run,
                         [this](JobState state) { states.append(state); });
        QObject::connect(run, &ProviderRun::queuePositionChanged, run,
                         [this](int position) { positions.append(position); });
        QObject::connect(run, &ProviderRun::logReceived, run,
                         [this](const QString &line) { logs.append(line); });
        QObject::connect(run, &ProviderRun::handleChanged, run,
                         [this](const ProviderHandle &handle) { handles.append(handle); });
        QObject::connect(run, &ProviderRun::submitting, run, [this]() { ++submitting; });
        QObject::connect(run, &ProviderRun::waitStarted, run,
                         [this](const QString &reason, int delayMs) { waits.append({reason, delayMs}); });
        QObject::connect(run, &ProviderRun::waitEnded, run, [this]() { ++waitsEnded; });
        QObject::connect(run, &ProviderRun::finished, run, [this](const JobOutcome &result) {
            ++finishedCount;
            outcome = result;
        });
    }
};

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Waits (event loop running) until the run finished, and checks it finished exactly once.
#define WAIT_FINISHED(recorder)                                                                  \
    do {                                                                                         \
        QTRY_VERIFY_WITH_TIMEOUT((recorder).outcome.has_value(), 15000);                         \
        QCOMPARE((recorder).finishedCount, 1);                                                   \
    } while (false)

inline QString stateNames(const QList<JobState> &states)
{
    QStringList names;
    for (JobState state : states)
        names.append(jobStateName(state));
    return names.join(QLatin1String(" -> "));
}
} // namespace falqueuetest

using namespace falqueuetest;

class TestFalQueueProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void providerBasics();
    void appPath_data();
    void appPath();
    void handleFor();

    void briaEndToEndPolling();
    void briaEndToEndStream();
    void streamUnsupportedFallsBackToPolling();
    void ideogramTwoImagesAndSeed();
    void submitRateLimitedThenAccepted();
    void rateLimitIsAWait();
    void retryWords();
    void statusPollServerErrorsExhaustRetries();
    void completedWithError();
    void submitValidationErrors();
    void wrongKeyNotRetried();
    void exhaustedBalanceIsNoCredits();
    void cancelWhileQueued();
    void cancelBeforeSubmit();
    void resumeDoesNotResubmit();
    void foreignStatusUrlRefused();
    void deadlineTimesOut();
    void resultValidationErrors();
    void inlineDataUriResult();
    void unreadableSketchRefused();
    void remoteUrlsPassedAsIs();
    void severalLocalImagesUploaded();
    void streamStallFallsBackToPolling();
    void submitResetNotRepeated();
    void submitLostAnswerNotRepeated();
    void submitGatewayErrorRetried();
    void submitStallNotRepeated();
    void submitConnectionRefusedRetried();
    void missingKeyRefused();
    void pollScheduleIntervals();
    void timedJobStreamAsksResultOnceAfterCompleted();
    void timedJobPollingAsksResultOnceAfterCompleted();

private:
    ProviderConfig config() const;
    JobRequest requestFor(const QString &modelId, const QJsonObject &values) const;
    JobRequest briaRequest() const;
    // Bria with its sketch already on the web: nothing to upload, the submit comes first.
    JobRequest briaWebSketchRequest() const;
    // Creates a run, records it, starts (or resumes) it and waits until it finished.
    std::unique_ptr<FalQueueRun> makeRun(const JobRequest &request, Recorder *recorder,
                                         const ProviderConfig &cfg);
    QList<RecordedRequest> cdnRequests() const;
    // The status polls the server answered (the stream's requests not counted).
    int statusPolls() const
    {
        int polls = 0;
        for (const RecordedRequest &request : m_server.requests())
            polls += endsWith(request, QStringLiteral("/status")) ? 1 : 0;
        return polls;
    }
    static bool endsWith(const RecordedRequest &request, const QString &suffix)
    {
        return request.path.endsWith(suffix);
    }

    FakeProviderServer m_server;
    QNetworkAccessManager m_manager;
    ModelCatalog m_catalog;
    QTemporaryDir m_dir;
    QString m_sketch;
};
