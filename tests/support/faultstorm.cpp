#include "faultstorm.h"

#include "fakeproviderserver.h"

#include "jobs/job.h"
#include "jobs/jobqueue.h"
#include "model/providerinfo.h"
#include "schema/modelcatalog.h"
#include "session/studiosession.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QMap>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

#include <malloc.h>

namespace {

const QString kFalModels[] = {QStringLiteral("fal:bria/reimagine/3.2"),
                              QStringLiteral("fal:fal-ai/ideogram/v3/remix")};
const QString kSegmindModel = QStringLiteral("segmind:bria-reimagine");
const QString kFreepikModel = QStringLiteral("freepik:reimagine-flux");
const QString kProviders[] = {QStringLiteral("fal"), QStringLiteral("segmind"), QStringLiteral("freepik")};

// Where each provider's requests go on the fake server (see FakeProviderServer).
const QString kFalSubmit = QStringLiteral("/fal-queue/");
const QString kFalDownload = QStringLiteral("/files/result-");
const QString kSegmindSubmit = QStringLiteral("/segmind/v1/");
const QString kFreepikApi = QStringLiteral("/freepik/v1/ai/");
const QString kFreepikDownload = QStringLiteral(".png");

// How often a fault is drawn for the jobs beyond the one of each kind: most jobs see at most
// a fault they recover from, as on a bad network.
int weightOf(FaultStorm::Fault fault)
{
    switch (fault) {
    case FaultStorm::Fault::None: return 6;
    case FaultStorm::Fault::RateLimited:
    case FaultStorm::Fault::Unavailable:
    case FaultStorm::Fault::SlowDrip: return 3;
    case FaultStorm::Fault::NeverFinishes: return 1;
    default: return 2;
    }
}

QByteArray noisePng(QRandomGenerator *random, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = random->generate() | 0xff000000u;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool failsAtSubmit(const QString &provider, FaultStorm::Fault fault)
{
    switch (fault) {
    case FaultStorm::Fault::RateLimitedForever:
    case FaultStorm::Fault::ResetSubmit:
    case FaultStorm::Fault::StallSubmit:
        return true;
    case FaultStorm::Fault::MalformedAnswer:
        return provider != QLatin1String("freepik");   // Freepik's comes in a status poll
    default:
        return false;
    }
}

} // namespace

FaultStorm::FaultStorm(FakeProviderServer *server, const ModelCatalog *catalog, const Options &options,
                       QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_catalog(catalog)
    , m_options(options)
{
}

void FaultStorm::exportEnvironment(const Options &options)
{
    qputenv("REIMAGINE_POLL_INTERVAL_MS", QByteArray::number(options.pollIntervalMs));
    qputenv("REIMAGINE_REQUEST_TIMEOUT_MS", QByteArray::number(options.requestTimeoutMs));
    qputenv("REIMAGINE_MAX_WAIT_MS", QByteArray::number(options.maxWaitMs));
}

QString FaultStorm::faultName(Fault fault)
{
    return QString::fromLatin1(QMetaEnum::fromType<Fault>().valueToKey(static_cast<int>(fault)));
}

qint64 FaultStorm::memoryFigure(const char *field)
{
    malloc_trim(0);
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).simplified().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

QList<FaultStorm::Fault> FaultStorm::faultsFor(const QString &provider)
{
    QList<Fault> faults{Fault::None,        Fault::RateLimited,     Fault::RateLimitedForever,
                        Fault::Unavailable, Fault::ResetSubmit,     Fault::StallSubmit,
                        Fault::MalformedAnswer, Fault::SlowDrip};
    if (provider != QLatin1String("segmind"))
        faults += {Fault::ResetFollow, Fault::StallFollow, Fault::NeverFinishes};
    return faults;
}

// ---------------------------------------------------------------------------------------------
// The plan

void FaultStorm::plan()
{
    QRandomGenerator random(m_options.seed);
    // One of every fault each provider can suffer, then drawn by weight.
    QList<QPair<QString, Fault>> draws;
    for (const QString &provider : kProviders) {
        for (Fault fault : faultsFor(provider))
            draws.append({provider, fault});
    }
    while (draws.size() < m_options.jobs) {
        const QString provider = kProviders[draws.size() % 3];
        const QList<Fault> faults = faultsFor(provider);
        int total = 0;
        for (Fault fault : faults)
            total += weightOf(fault);
        int pick = static_cast<int>(random.bounded(total));
        for (Fault fault : faults) {
            pick -= weightOf(fault);
            if (pick < 0) {
                draws.append({provider, fault});
                break;
            }
        }
    }
    draws = draws.mid(0, m_options.jobs);
    std::shuffle(draws.begin(), draws.end(), random);

    // Results of noise, some 230 KB each, so a slow drip takes longer than the request timeout.
    const QByteArray result = noisePng(&random, 320, 240);
    for (const QString &provider : kProviders)
        m_server->setResultImage(provider, result);
    m_server->setJobTagPattern(QRegularExpression(QStringLiteral("storm-\\d+")));
    m_server->setFreepikMode(FakeProviderServer::FreepikMode::Async);
    // An answer that comes at once (a 429, a 503) must reach a client still busy sending: the
    // faults are the server's to choose, not a race's.
    m_server->setLingerAfterAnswerMs(2000);
    m_jobs.clear();
    int falJobs = 0;
    for (int i = 0; i < draws.size(); ++i) {
        StormJob job;
        job.index = i;
        job.tag = QStringLiteral("storm-%1").arg(i, 3, 10, QLatin1Char('0'));
        job.provider = draws.at(i).first;
        job.fault = draws.at(i).second;
        job.modelId = job.provider == QLatin1String("fal")       ? kFalModels[falJobs++ % 2]
                      : job.provider == QLatin1String("segmind") ? kSegmindModel
                                                                 : kFreepikModel;
        arm(job);
        m_jobs.append(job);
    }
}

void FaultStorm::arm(const StormJob &job)
{
    const bool fal = job.provider == QLatin1String("fal");
    const bool segmind = job.provider == QLatin1String("segmind");
    const QString submitPath = fal ? kFalSubmit : segmind ? kSegmindSubmit : kFreepikApi;
    const QString downloadPath = fal ? kFalDownload : kFreepikDownload;
    auto add = [this, &job](FakeFault fault) {
        fault.jobTag = job.tag;
        m_server->addFault(fault);
    };
    const QHash<QByteArray, QByteArray> retryAfter{{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")}};
    const QByteArray rateBody = QByteArrayLiteral("{\"detail\": \"Too many requests\"}");
    switch (job.fault) {
    case Fault::None:
        break;
    case Fault::RateLimited:
        add(FakeFault::respond("POST", submitPath, 429, rateBody, retryAfter, 1));
        break;
    case Fault::RateLimitedForever:
        add(FakeFault::respond("POST", submitPath, 429, rateBody, retryAfter, -1));
        break;
    case Fault::Unavailable:
        // fal and Segmind at the submit (not billed, so sent again); Freepik in a status poll.
        add(FakeFault::respond(job.provider == QLatin1String("freepik") ? "GET" : "POST", submitPath, 503,
                               QByteArrayLiteral("{\"detail\": \"Service Unavailable\"}")));
        break;
    case Fault::ResetSubmit:
        add(FakeFault::make(FakeFault::Kind::ResetMidBody, "POST", submitPath));
        break;
    case Fault::ResetFollow:
        add(FakeFault::make(FakeFault::Kind::ResetMidBody, "GET", downloadPath));
        break;
    case Fault::StallSubmit:
        add(FakeFault::make(FakeFault::Kind::Stall, "POST", submitPath));
        break;
    case Fault::StallFollow:
        // fal's status comes as a stream: its result download stalls; Freepik's status poll.
        add(FakeFault::make(FakeFault::Kind::Stall, "GET", fal ? downloadPath : kFreepikApi));
        break;
    case Fault::MalformedAnswer:
        add(FakeFault::make(FakeFault::Kind::MalformedJson, job.provider == QLatin1String("freepik") ? "GET" : "POST",
                            submitPath));
        break;
    case Fault::SlowDrip:
        // 4 KiB every 30 ms: the result takes longer than the request timeout in all, but no
        // pause comes near it. Segmind's image is the answer to its submit.
        add(segmind ? FakeFault::slowDrip("POST", kSegmindSubmit, 4096, 30)
                    : FakeFault::slowDrip("GET", downloadPath, 4096, 30));
        break;
    case Fault::NeverFinishes:
        m_server->setNeverFinishing(job.tag);
        break;
    }
}

// ---------------------------------------------------------------------------------------------
// Running

bool FaultStorm::start(StudioSession *session, QString *error)
{
    session->setLimits(m_options.globalLimit, m_options.perProviderLimit);
    connect(session, &StudioSession::jobFinished, this, [this](Job *job) {
        const auto it = m_indexOf.constFind(job);
        if (it == m_indexOf.constEnd())
            return;
        StormJob &entry = m_jobs[it.value()];
        if (entry.recorded)
            return;
        entry.recorded = true;
        entry.state = job->state();
        entry.message = job->outcome().message;
        entry.logs = job->logs();
        entry.elapsedMs = job->elapsedMs();
        if (++m_recorded == m_jobs.size()) {
            m_wallMs = m_clock.elapsed();
            Q_EMIT over();
        }
    });
    m_clock.start();
    for (StormJob &entry : m_jobs) {
        const ModelSpec *model = m_catalog->model(entry.modelId);
        if (!model) {
            *error = QStringLiteral("no model %1 in the catalog").arg(entry.modelId);
            return false;
        }
        QJsonObject values = model->defaultValues();
        if (const ParameterSpec *field = model->fieldForRole(QStringLiteral("prompt")))
            values.insert(field->name, QStringLiteral("%1 a cabin by the lake").arg(entry.tag));
        if (const ParameterSpec *field = model->fieldForRole(QStringLiteral("structure_image")))
            values.insert(field->name, m_options.sketchPath);
        QString refused;
        Job *job = session->generate(*model, values, m_options.sketchPath, &refused);
        if (!job) {
            *error = QStringLiteral("%1 (%2) was refused: %3").arg(entry.tag, entry.modelId, refused);
            return false;
        }
        entry.job = job;
        m_indexOf.insert(job, entry.index);
        watch(entry, session);
    }
    return true;
}

void FaultStorm::watch(StormJob &entry, StudioSession *session)
{
    const int index = entry.index;
    JobQueue *queue = session->queue();
    connect(entry.job.data(), &Job::stateChanged, this, [this, index, queue](JobState state) {
        StormJob &job = m_jobs[index];
        job.state = state;
        m_maxRunning = std::max(m_maxRunning, queue->runningCount());
        // The run has stopped all its activity once it delivered a result or ended.
        if (job.requestsAtEnd < 0 && (state == JobState::Saving || isTerminal(state)))
            job.requestsAtEnd = m_server->requests().size();
    });
}

// ---------------------------------------------------------------------------------------------
// Checks

FaultStorm::Expectation FaultStorm::expectation(const StormJob &job) const
{
    const QString name = ProviderInfo::nameOf(job.provider);
    Expectation expected;
    switch (job.fault) {
    case Fault::None:
    case Fault::SlowDrip:
        break;
    case Fault::RateLimited:
        expected.messageWords = {QStringLiteral("Rate-limited by %1").arg(name)};
        break;
    case Fault::RateLimitedForever:
        expected.state = JobState::Failed;
        expected.messageWords = {QStringLiteral("429")};
        break;
    case Fault::Unavailable:
        expected.messageWords = {QStringLiteral("Server problem at %1 (HTTP 503)").arg(name)};
        break;
    case Fault::ResetSubmit:
        expected.state = JobState::Failed;
        expected.messageWords = {QStringLiteral("closed"), QStringLiteral("charged")};
        break;
    case Fault::ResetFollow:
    case Fault::StallFollow:
        expected.messageWords = {QStringLiteral("No answer from")};
        break;
    case Fault::StallSubmit:
        expected.state = JobState::Failed;
        expected.messageWords = {QStringLiteral("did not answer"), QStringLiteral("charged")};
        break;
    case Fault::MalformedAnswer:
        // Segmind answers with the image itself: a JSON body is no image.
        expected.state = JobState::Failed;
        expected.messageWords = {job.provider == QLatin1String("segmind") ? QStringLiteral("not an image")
                                                                          : QStringLiteral("unreadable answer")};
        if (job.provider == QLatin1String("fal"))   // its submit was taken: it may have cost
            expected.messageWords.append(QStringLiteral("charged"));
        break;
    case Fault::NeverFinishes:
        expected.state = JobState::Failed;
        expected.messageWords = {QStringLiteral("did not finish the job within")};
        break;
    }
    return expected;
}

QStringList FaultStorm::requestProblems(const StormJob &job) const
{
    QStringList problems;
    const QList<RecordedRequest> requests = m_server->requests();
    QList<RecordedRequest> before;
    QList<RecordedRequest> after;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (requests.at(i).jobTag != job.tag)
            continue;
        (i < job.requestsAtEnd ? before : after).append(requests.at(i));
    }
    // A request already under way when the run stopped may reach the server afterwards (the
    // run aborted it); anything else after the end was sent after the end.
    if (after.size() > 1
        || (after.size() == 1
            && (before.isEmpty() || before.last().method != after.first().method
                || before.last().path != after.first().path))) {
        QStringList sent;
        for (const RecordedRequest &request : std::as_const(after))
            sent.append(QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path);
        problems.append(QStringLiteral("requests after the run ended: %1").arg(sent.join(QStringLiteral(", "))));
    }
    if (job.fault == Fault::NeverFinishes && job.provider == QLatin1String("fal")) {
        const bool cancelled = std::any_of(before.cbegin(), before.cend(), [](const RecordedRequest &request) {
            return request.method == "PUT" && request.path.endsWith(QLatin1String("/cancel"));
        });
        if (!cancelled)
            problems.append(QStringLiteral("the deadline sent no cancel to fal"));
        if (!after.isEmpty())
            problems.append(QStringLiteral("requests after the cancel"));
    }
    return problems;
}

QStringList FaultStorm::problems() const
{
    QStringList problems;
    if (m_maxRunning > m_options.globalLimit)
        problems.append(QStringLiteral("%1 jobs ran at once; the limit is %2").arg(m_maxRunning).arg(m_options.globalLimit));
    for (const StormJob &job : m_jobs) {
        const QString who = QStringLiteral("%1 (%2, %3)").arg(job.tag, job.modelId, faultName(job.fault));
        auto report = [&problems, &who](const QString &what) { problems.append(who + QLatin1String(": ") + what); };
        if (!job.recorded) {
            report(QStringLiteral("never ended (%1)").arg(jobStateName(job.state)));
            continue;
        }
        const Expectation expected = expectation(job);
        if (job.state != expected.state)
            report(QStringLiteral("ended %1, expected %2 (%3 submits, %4 billed): %5\n    %6")
                       .arg(jobStateName(job.state), jobStateName(expected.state))
                       .arg(m_server->submitCountFor(job.tag))
                       .arg(m_server->billedCountFor(job.tag))
                       .arg(job.message, job.logs.join(QStringLiteral("\n    "))));
        const QString said = expected.state == JobState::Failed ? job.message : job.logs.join(QLatin1Char('\n'));
        for (const QString &word : expected.messageWords) {
            if (!said.contains(word))
                report(QStringLiteral("does not say \"%1\": %2").arg(word, said));
        }

        const int billed = m_server->billedCountFor(job.tag);
        const int submits = m_server->submitCountFor(job.tag);
        if (billed > 1)
            report(QStringLiteral("billed %1 times").arg(billed));
        if (job.state == JobState::Done && billed != 1)
            report(QStringLiteral("done, but billed %1 times").arg(billed));
        if (failsAtSubmit(job.provider, job.fault) && billed != 0)
            report(QStringLiteral("the server did the work of a submit it never answered"));
        const bool sentOnce = failsAtSubmit(job.provider, job.fault) && job.fault != Fault::RateLimitedForever;
        if (sentOnce && submits != 1)
            report(QStringLiteral("a submit that may have been charged was sent %1 times").arg(submits));
        if (job.fault == Fault::RateLimited && submits != 2)
            report(QStringLiteral("%1 submits after one 429, expected 2").arg(submits));
        if (job.fault == Fault::RateLimitedForever && submits < 2)
            report(QStringLiteral("a 429 was not retried"));
        for (const QString &problem : requestProblems(job))
            report(problem);
    }
    return problems;
}

QStringList FaultStorm::figures() const
{
    QStringList lines;
    int done = 0;
    int failed = 0;
    QMap<QString, QPair<int, int>> byFault;   // fault -> done, failed
    QMap<QString, QString> saidFor;           // fault -> a failure's message
    qint64 longestMs = 0;
    for (const StormJob &job : m_jobs) {
        auto &counts = byFault[faultName(job.fault)];
        if (job.state == JobState::Done) {
            ++done;
            ++counts.first;
        } else if (job.state == JobState::Failed) {
            ++failed;
            ++counts.second;
            if (!saidFor.contains(faultName(job.fault)))
                saidFor.insert(faultName(job.fault), job.provider + QLatin1String(": ") + job.message);
        }
        longestMs = std::max(longestMs, job.elapsedMs);
    }
    lines.append(QStringLiteral("jobs %1: done %2, failed %3, other %4")
                     .arg(m_jobs.size()).arg(done).arg(failed).arg(m_jobs.size() - done - failed));
    for (auto it = byFault.cbegin(); it != byFault.cend(); ++it)
        lines.append(QStringLiteral("  %1: done %2, failed %3%4")
                         .arg(it.key())
                         .arg(it.value().first)
                         .arg(it.value().second)
                         .arg(saidFor.contains(it.key()) ? QStringLiteral(" (") + saidFor.value(it.key()) + QLatin1Char(')')
                                                         : QString()));
    QStringList submits;
    QStringList billed;
    for (const QString &provider : kProviders) {
        submits.append(QStringLiteral("%1 %2").arg(provider).arg(m_server->submitCount(provider)));
        billed.append(QStringLiteral("%1 %2").arg(provider).arg(m_server->billedCount(provider)));
    }
    lines.append(QStringLiteral("submits: %1; billed: %2; requests: %3")
                     .arg(submits.join(QStringLiteral(", ")), billed.join(QStringLiteral(", ")))
                     .arg(m_server->requests().size()));
    lines.append(QStringLiteral("most jobs running at once: %1 (limits %2, %3 per provider)")
                     .arg(m_maxRunning).arg(m_options.globalLimit).arg(m_options.perProviderLimit));
    lines.append(QStringLiteral("wall time %1 s; longest job %2 s")
                     .arg(m_wallMs / 1000.0, 0, 'f', 1).arg(longestMs / 1000.0, 0, 'f', 1));
    return lines;
}
