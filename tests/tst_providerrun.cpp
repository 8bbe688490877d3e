#include <QSignalSpy>
#include <QTest>

#include "providers/provider.h"

using Error = ApiResult::Error;

namespace
{
// A run whose ending verbs the test calls directly.
class BareRun final : public ProviderRun
{
public:
    BareRun()
        : ProviderRun(JobRequest(), ProviderConfig())
    {
        connect(this, &ProviderRun::stateChanged, this, [this](JobState state) { states.append(state); });
        connect(this, &ProviderRun::finished, this, [this](const JobOutcome &outcome) {
            outcomes.append(outcome);
            stoppedBeforeFinished = stops > 0;
        });
    }

    void start() override { setState(JobState::Running); }
    void resume(const ProviderHandle &handle) override { setHandle(handle); }
    bool canResume() const override { return true; }
    void cancel() override { fail(Error::Cancelled, QStringLiteral("Cancelled.")); }

    using ProviderRun::fail;
    using ProviderRun::failBilled;
    using ProviderRun::finish;

    QList<JobState> states;
    QList<JobOutcome> outcomes;
    int stops = 0;
    bool stoppedBeforeFinished = false;

private:
    void stopActivity() override
    {
        ++stops;
        ProviderRun::stopActivity();
    }
};

ApiResult failedWith(Error error, int status, QNetworkReply::NetworkError network = QNetworkReply::NoError)
{
    ApiResult result;
    result.error = error;
    result.httpStatus = status;
    result.networkError = network;
    result.message = QStringLiteral("It went wrong");
    return result;
}
} // namespace

// The ways a ProviderRun ends: finish(), fail() (two forms) and failBilled().
class TestProviderRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finishWithImagesIsDone();
    void failIsFailed();
    void cancelledIsCancelled();
    void failFromResultKeepsFieldErrors();
    void noErrorIsAProtocolError();
    void endsOnlyOnce();
    void requestIdFromTheHandle();
    void billedLostAnswerMayHaveCharged_data();
    void billedLostAnswerMayHaveCharged();
    void billedRefusalIsAPlainFailure_data();
    void billedRefusalIsAPlainFailure();
};

void TestProviderRun::finishWithImagesIsDone()
{
    BareRun run;
    run.start();
    JobOutcome outcome;
    outcome.outputs.append(OutputImage());
    run.finish(outcome);
    QVERIFY(run.isFinished());
    QCOMPARE(run.states, (QList<JobState>{JobState::Running, JobState::Done}));
    QCOMPARE(run.outcomes.size(), 1);
    QVERIFY(run.outcomes.first().ok());
    QCOMPARE(run.stops, 1);
    QVERIFY(run.stoppedBeforeFinished);
}

void TestProviderRun::failIsFailed()
{
    BareRun run;
    run.fail(Error::Server, QStringLiteral("Server problem"));
    QCOMPARE(run.states, (QList<JobState>{JobState::Failed}));
    QCOMPARE(run.outcomes.size(), 1);
    QCOMPARE(run.outcomes.first().error, Error::Server);
    QCOMPARE(run.outcomes.first().message, QStringLiteral("Server problem"));
    QVERIFY(!run.outcomes.first().mayHaveCharged);
    QVERIFY(run.stoppedBeforeFinished);
}

void TestProviderRun::cancelledIsCancelled()
{
    BareRun run;
    run.cancel();
    QCOMPARE(run.states, (QList<JobState>{JobState::Cancelled}));
    QCOMPARE(run.outcomes.first().error, Error::Cancelled);

    BareRun other;
    JobOutcome outcome;
    outcome.error = Error::Cancelled;
    other.finish(outcome);
    QCOMPARE(other.states, (QList<JobState>{JobState::Cancelled}));
}

void TestProviderRun::failFromResultKeepsFieldErrors()
{
    BareRun run;
    ApiResult result = failedWith(Error::Validation, 422);
    result.fieldErrors = {{QStringLiteral("seed"), QStringLiteral("out of range")}};
    run.fail(result);
    QCOMPARE(run.outcomes.size(), 1);
    QCOMPARE(run.outcomes.first().error, Error::Validation);
    QCOMPARE(run.outcomes.first().message, result.message);
    QCOMPARE(run.outcomes.first().fieldErrors.size(), 1);
    QCOMPARE(run.outcomes.first().fieldErrors.first().field, QStringLiteral("seed"));
}

void TestProviderRun::noErrorIsAProtocolError()
{
    // A failure must never read as a success.
    BareRun run;
    run.fail(Error::None, QStringLiteral("Nothing usable"));
    QCOMPARE(run.outcomes.first().error, Error::Protocol);
    QCOMPARE(run.states, (QList<JobState>{JobState::Failed}));
}

void TestProviderRun::endsOnlyOnce()
{
    BareRun run;
    run.fail(Error::Timeout, QStringLiteral("Too slow"));
    run.finish(JobOutcome());
    run.fail(failedWith(Error::Server, 500));
    run.failBilled(failedWith(Error::Timeout, 0), true);
    run.cancel();
    QCOMPARE(run.outcomes.size(), 1);
    QCOMPARE(run.outcomes.first().error, Error::Timeout);
    QCOMPARE(run.states, (QList<JobState>{JobState::Failed}));
    QCOMPARE(run.stops, 1);
}

void TestProviderRun::requestIdFromTheHandle()
{
    BareRun run;
    ProviderHandle handle;
    handle.requestId = QStringLiteral("req-7");
    run.resume(handle);
    run.finish(JobOutcome());
    QCOMPARE(run.outcomes.first().requestId, QStringLiteral("req-7"));

    BareRun own;
    own.resume(handle);
    JobOutcome outcome;
    outcome.requestId = QStringLiteral("its-own");
    own.finish(outcome);
    QCOMPARE(own.outcomes.first().requestId, QStringLiteral("its-own"));
}

void TestProviderRun::billedLostAnswerMayHaveCharged_data()
{
    QTest::addColumn<ApiResult>("result");
    QTest::addColumn<bool>("gatewayErrorsMayBill");
    QTest::newRow("timeout") << failedWith(Error::Timeout, 0) << false;
    QTest::newRow("reset") << failedWith(Error::Network, 0, QNetworkReply::RemoteHostClosedError) << false;
    QTest::newRow("502 where it may bill") << failedWith(Error::Server, 502) << true;
    QTest::newRow("504 where it may bill") << failedWith(Error::Server, 504) << true;
    // The job was taken, but its answer (its id) could not be read.
    QTest::newRow("unreadable 200") << failedWith(Error::Protocol, 200) << false;
    QTest::newRow("oversized 201") << failedWith(Error::TooLarge, 201) << false;
}

void TestProviderRun::billedLostAnswerMayHaveCharged()
{
    QFETCH(ApiResult, result);
    QFETCH(bool, gatewayErrorsMayBill);
    BareRun run;
    run.failBilled(result, gatewayErrorsMayBill);
    QCOMPARE(run.outcomes.size(), 1);
    const JobOutcome &outcome = run.outcomes.first();
    QVERIFY(outcome.mayHaveCharged);
    QCOMPARE(outcome.error, result.error);
    QVERIFY2(outcome.message.startsWith(QLatin1String("It went wrong. ")), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QLatin1String("may have been charged")), qPrintable(outcome.message));
    QCOMPARE(run.states, (QList<JobState>{JobState::Failed}));
    QVERIFY(run.stoppedBeforeFinished);
}

void TestProviderRun::billedRefusalIsAPlainFailure_data()
{
    QTest::addColumn<ApiResult>("result");
    QTest::addColumn<bool>("gatewayErrorsMayBill");
    QTest::newRow("422") << failedWith(Error::Validation, 422) << true;
    QTest::newRow("refused") << failedWith(Error::Network, 0, QNetworkReply::ConnectionRefusedError) << true;
    QTest::newRow("host not found") << failedWith(Error::Network, 0, QNetworkReply::HostNotFoundError) << true;
    QTest::newRow("502 where it does not bill") << failedWith(Error::Server, 502) << false;
}

void TestProviderRun::billedRefusalIsAPlainFailure()
{
    QFETCH(ApiResult, result);
    QFETCH(bool, gatewayErrorsMayBill);
    BareRun run;
    run.failBilled(result, gatewayErrorsMayBill);
    QCOMPARE(run.outcomes.size(), 1);
    QVERIFY(!run.outcomes.first().mayHaveCharged);
    QCOMPARE(run.outcomes.first().error, result.error);
    QCOMPARE(run.outcomes.first().message, result.message);
    QCOMPARE(run.states, (QList<JobState>{JobState::Failed}));
}

QTEST_GUILESS_MAIN(TestProviderRun)
#include "tst_providerrun.moc"
