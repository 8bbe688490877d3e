#include "job.h"

#include "providers/provider.h"

#include <QTimer>

Job::Job(const JobRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_created(QDateTime::currentDateTimeUtc())
    , m_waitSecond(new QTimer(this))
{
    m_timer.start();
    m_waitSecond->setSingleShot(true);
    m_waitSecond->setTimerType(Qt::PreciseTimer);
    // Runs only while waiting: endWait() stops it, and a run always ends its wait first.
    connect(m_waitSecond, &QTimer::timeout, this, [this] {
        Q_EMIT waitSecondsChanged();
        scheduleWaitSecond();
    });
}

Job::~Job()
{
    delete m_run; // aborts its requests; the provider job itself stays resumable
}

qint64 Job::elapsedMs() const
{
    return m_finalElapsedMs >= 0 ? m_finalElapsedMs : m_timer.elapsed();
}

FinishedRun Job::snapshot() const
{
    FinishedRun run;
    run.jobId = id();
    run.model = m_request.model;
    run.values = m_request.values;
    run.context = m_context;
    run.state = m_state;
    run.outcome = m_outcome;
    run.handle = m_handle;
    run.created = m_created;
    run.elapsedMs = elapsedMs();
    return run;
}

qint64 Job::waitRemainingMs() const
{
    return isWaiting() ? m_waitUntil.remainingTime() : 0;
}

int Job::msToNextWaitSecond() const
{
    const qint64 remaining = waitRemainingMs(); // 0 when not waiting
    if (remaining <= 0)
        return -1;
    // The text says whole seconds rounded up (ProviderRun::waitText): "3 s" until 2000 ms are
    // left. One millisecond more, so the change is never looked for just before the boundary.
    // The last one, at 0 ms left, turns the text into "retrying now".
    return static_cast<int>(remaining % 1000 == 0 ? 1000 : remaining % 1000) + 1;
}

void Job::scheduleWaitSecond()
{
    const int next = msToNextWaitSecond();
    if (next < 0)
        m_waitSecond->stop();
    else
        m_waitSecond->start(next);
}

void Job::restore(JobState state, const ProviderHandle &handle, bool submitStarted, const QDateTime &created,
                  const JobOutcome &outcome)
{
    m_state = state;
    m_handle = handle;
    m_submitStarted = submitStarted;
    m_outcome = outcome;
    if (created.isValid())
        m_created = created;
}

void Job::releaseSubmit()
{
    if (m_run)
        m_run->releaseSubmit();
}

void Job::attach(ProviderRun *run)
{
    Q_ASSERT(!m_run);
    m_run = run;
    run->setParent(this);
    // The run reports its progress; how the job ends is decided in onRunFinished().
    connect(run, &ProviderRun::stateChanged, this, [this](JobState state) {
        if (!isTerminal(state))
            setState(state);
    });
    connect(run, &ProviderRun::submitting, this, [this] {
        m_submitStarted = true;
        Q_EMIT submitStartedChanged();
    });
    connect(run, &ProviderRun::handleChanged, this, [this](const ProviderHandle &handle) {
        m_handle = handle;
        Q_EMIT handleChanged();
    });
    connect(run, &ProviderRun::queuePositionChanged, this, [this](int position) {
        m_queuePosition = position;
        Q_EMIT queuePositionChanged(position);
    });
    connect(run, &ProviderRun::logReceived, this, [this](const QString &line) {
        if (m_logs.size() >= kMaxLogLines)
            m_logs.removeFirst();
        m_logs.append(line);
        // Lines without a figure keep the last one: a model logs other things between steps.
        const LogProgress progress = LogProgress::parse(line);
        if (progress.isValid() && !(progress == m_logProgress)) {
            m_logProgress = progress;
            Q_EMIT progressChanged();
        }
        Q_EMIT logReceived(line);
    });
    connect(run, &ProviderRun::waitStarted, this, [this](const QString &reason, int delayMs) {
        m_waitReason = reason;
        m_waitUntil.setRemainingTime(delayMs);
        scheduleWaitSecond();
        Q_EMIT waitChanged();
    });
    connect(run, &ProviderRun::waitEnded, this, &Job::endWait);
    connect(run, &ProviderRun::finished, this, &Job::onRunFinished);
}

void Job::cancel()
{
    if (isTerminal(m_state) || m_state == JobState::Saving)
        return; // a result that arrived is kept, whatever happens
    if (m_run && !m_run->isFinished()) {
        m_run->cancel();
        return;
    }
    finishWithoutRun(JobState::Cancelled, tr("Cancelled."));
}

void Job::finishWithoutRun(JobState state, const QString &message)
{
    m_outcome = JobOutcome();
    m_outcome.error = state == JobState::Cancelled ? ApiResult::Error::Cancelled : ApiResult::Error::Refused;
    m_outcome.message = message;
    m_finalElapsedMs = m_timer.elapsed();
    setState(state);
    Q_EMIT finished();
}

void Job::setState(JobState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Job::endWait()
{
    if (m_waitReason.isEmpty())
        return;
    m_waitReason.clear();
    m_waitSecond->stop();
    Q_EMIT waitChanged();
}

void Job::onRunFinished(const JobOutcome &outcome)
{
    endWait();
    m_outcome = outcome;
    m_finalElapsedMs = m_timer.elapsed();
    // The run has said all it will: let it go with its buffers (downloads, parsed answers).
    if (m_run)
        m_run->deleteLater();
    if (outcome.ok() && !outcome.outputs.isEmpty()) {
        setState(JobState::Saving);
        Q_EMIT resultArrived();
        return;
    }
    if (outcome.ok()) {
        m_outcome.error = ApiResult::Error::Protocol;
        m_outcome.message = tr("The provider reported success but returned no image.");
    }
    setState(m_outcome.error == ApiResult::Error::Cancelled ? JobState::Cancelled : JobState::Failed);
    Q_EMIT finished();
}

void Job::completeSaving(const QList<OutputImage> &outputs)
{
    if (m_state != JobState::Saving)
        return;
    m_outcome.outputs = outputs;
    for (OutputImage &output : m_outcome.outputs)
        output.bytes.clear(); // kept on disk now: memory stays bounded in a long session
    setState(JobState::Done);
    Q_EMIT finished();
}

void Job::failSaving(const QString &message)
{
    if (m_state != JobState::Saving)
        return;
    m_outcome.error = ApiResult::Error::Protocol;
    m_outcome.message = message;
    for (OutputImage &output : m_outcome.outputs)
        output.bytes.clear();
    setState(JobState::Failed);
    Q_EMIT finished();
}

void Job::resumeSaving()
{
    if (m_finalElapsedMs < 0)
        m_finalElapsedMs = m_timer.elapsed();
    m_state = JobState::Saving;
    Q_EMIT resultArrived();
}
