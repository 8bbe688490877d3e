#include "studiosession.h"

#include "history/historystore.h"
#include "imaging/imageloader.h"
#include "imaging/pngmetadata.h"
#include "jobs/job.h"
#include "jobs/jobjournal.h"
#include "jobs/jobqueue.h"
#include "model/providerinfo.h"
#include "presets/preset.h"
#include "providers/provider.h"
#include "providers/providerregistry.h"
#include "schema/modelcatalog.h"
#include "schema/parametervalidator.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QStandardPaths>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace {

constexpr int kKeptResults = 32; // decoded results kept in memory (the history has them all)

const QLatin1String kOriginKey("origin");
const QLatin1String kSketchKey("sketch");

struct Decoded
{
    QList<QImage> images;
};

Decoded decodeOutputs(const QList<OutputImage> &outputs)
{
    Decoded decoded;
    for (const OutputImage &output : outputs) {
        const ImageLoader::Result loaded = ImageLoader::loadData(output.bytes);
        decoded.images.append(loaded.image); // a null image keeps the indices aligned
    }
    return decoded;
}

} // namespace

// Wraps the provider's run: waits for the provider's key (the keychain answers asynchronously),
// refuses clearly when there is none, forwards everything and tells the session how the call
// went (the provider status dots).
class SessionRun final : public ProviderRun
{
public:
    SessionRun(StudioSession *session, const Provider *provider, const JobRequest &request,
               const ProviderConfig &config)
        : ProviderRun(request, config)
        , m_session(session)
        , m_provider(provider)
    {
    }

    void start() override
    {
        m_resume = false;
        begin();
    }

    void resume(const ProviderHandle &handle) override
    {
        m_resume = true;
        m_handle = handle;
        begin();
    }

    bool canResume() const override { return m_inner ? m_inner->canResume() : true; }

    void cancel() override
    {
        if (m_inner) {
            m_inner->cancel();
            return;
        }
        fail(ApiResult::Error::Cancelled, StudioSession::tr("Cancelled."));
    }

private:
    QString providerId() const { return m_request.model.provider; }

    void begin()
    {
        if (m_session->isKeyKnown(providerId())) {
            createInner();
            return;
        }
        connect(m_session, &StudioSession::keysLoaded, this, [this] {
            if (!m_inner && !isFinished() && m_session->isKeyKnown(providerId()))
                createInner();
        });
    }

    void createInner()
    {
        const QString key = m_session->key(providerId());
        if (key.isEmpty()) {
            Q_EMIT m_session->keyMissing(providerId());
            fail(ApiResult::Error::Auth,
                 StudioSession::tr("No API key for %1. %2")
                     .arg(ProviderInfo::nameOf(providerId()), StudioSession::keyHint(providerId())));
            return;
        }
        ProviderConfig config = m_config;
        config.apiKey = key;
        m_inner = m_provider->createRun(m_request, config, this);
        connect(m_inner, &ProviderRun::stateChanged, this, [this](JobState state) { setState(state); });
        connect(m_inner, &ProviderRun::submitting, this, [this] { Q_EMIT submitting(); });
        connect(m_inner, &ProviderRun::handleChanged, this, [this](const ProviderHandle &handle) { setHandle(handle); });
        connect(m_inner, &ProviderRun::queuePositionChanged, this, &ProviderRun::queuePositionChanged);
        connect(m_inner, &ProviderRun::logReceived, this, &ProviderRun::logReceived);
        connect(m_inner, &ProviderRun::finished, this, [this](const JobOutcome &outcome) {
            m_session->onRunEnded(providerId(), outcome);
            finish(outcome);
        });
        if (m_resume)
            m_inner->resume(m_handle);
        else
            m_inner->start();
    }

    StudioSession *m_session;
    const Provider *m_provider;
    QPointer<ProviderRun> m_inner;
    bool m_resume = false;
};

StudioSession::StudioSession(ModelCatalog *catalog, SecretStore *keychain, SecretStore *sessionStore,
                             const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_keychain(keychain)
    , m_sessionStore(sessionStore)
    , m_dataDir(dataDir.isEmpty() ? defaultDataDir() : dataDir)
    , m_registry(std::make_unique<ProviderRegistry>())
{
    qRegisterMetaType<Job *>();
    m_network = new QNetworkAccessManager(this);
    m_network->setAutoDeleteReplies(false);

    bool ok = false;
    const int poll = qEnvironmentVariableIntValue("REIMAGINE_POLL_INTERVAL_MS", &ok);
    if (ok && poll > 0)
        m_pollIntervalMs = poll;

    QDir().mkpath(m_dataDir);
    m_journal = std::make_unique<JobJournal>(QDir(m_dataDir).filePath(QStringLiteral("jobs")));
    m_queue = new JobQueue(m_journal.get(), [this](const JobRequest &request, QString *error) -> ProviderRun * {
        ProviderConfig config;
        const Provider *provider = m_registry->providerFor(request.model.provider, m_network, &config, error);
        if (!provider)
            return nullptr;
        if (m_pollIntervalMs > 0) {
            config.pollIntervalMs = m_pollIntervalMs;
            config.maxPollIntervalMs = qMin(config.maxPollIntervalMs, m_pollIntervalMs * 4);
        }
        return new SessionRun(this, provider, request, config);
    }, this);
    m_settings = new Settings(this);
    m_queue->setLimits(m_settings->globalConcurrency(), m_settings->perProviderConcurrency());
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::GlobalConcurrency || key == Settings::Key::PerProviderConcurrency)
            m_queue->setLimits(m_settings->globalConcurrency(), m_settings->perProviderConcurrency());
    });
    connect(m_queue, &JobQueue::jobAdded, this, &StudioSession::jobAdded);
    connect(m_queue, &JobQueue::jobFinished, this, &StudioSession::onJobFinished);

    m_decodePool = new QThreadPool(this);
    m_decodePool->setMaxThreadCount(2);
    // One writer at a time: the history is a single database.
    m_historyPool = new QThreadPool(this);
    m_historyPool->setMaxThreadCount(1);

    m_history = std::make_unique<HistoryStore>(m_dataDir);
    if (!m_history->open(&m_historyError)) {
        m_history.reset();
    } else {
        m_today = QDate::currentDate();
        m_todayBase = m_history->totalCost(QDateTime(m_today, QTime(0, 0)));
    }

    for (const QString &provider : m_registry->ids())
        m_status.insert(provider, NoKey);
    loadKeys();
}

StudioSession::~StudioSession()
{
    // Workers hold copies only; wait for history writes so nothing is lost on quit.
    m_decodePool->waitForDone();
    m_historyPool->waitForDone();
    // Deleting the queue deletes the jobs and their runs (requests aborted, jobs stay resumable).
    delete m_queue;
    m_queue = nullptr;
}

QString StudioSession::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1String("/reimagine-studio");
}

QStringList StudioSession::startupWarnings() const
{
    QStringList warnings;
    if (!m_historyError.isEmpty())
        warnings.append(m_historyError);
    warnings.append(ProviderInfo::allKeyHostWarnings());
    return warnings;
}

QString StudioSession::keyHint(const QString &provider)
{
    return tr("Add it in Edit ▸ Settings… ▸ Keys, or set %1 in the environment.")
        .arg(ProviderInfo::keyVariable(provider));
}

void StudioSession::setLimits(int global, int perProvider)
{
    m_queue->setLimits(global, perProvider);
}

QStringList StudioSession::providers() const
{
    return m_registry->ids();
}

// Keys ---------------------------------------------------------------------------------------

void StudioSession::loadKeys()
{
    for (const QString &provider : m_registry->ids()) {
        const QString fromEnv = ProviderInfo::environmentKey(provider);
        if (!fromEnv.isEmpty()) {
            resolveKey(provider, fromEnv);
            continue;
        }
        auto fromSession = [this, provider] {
            if (!m_sessionStore) {
                resolveKey(provider, QString());
                return;
            }
            m_sessionStore->readKey(provider, this, [this, provider](const QString &key, const QString &) {
                if (!m_keysKnown.contains(provider))
                    resolveKey(provider, key);
            });
        };
        if (!m_keychain) {
            fromSession();
            continue;
        }
        m_keychain->readKey(provider, this, [this, provider, fromSession](const QString &key, const QString &) {
            if (m_keysKnown.contains(provider))
                return; // setKey() came first
            if (!key.isEmpty())
                resolveKey(provider, key);
            else
                fromSession();
        });
    }
}

void StudioSession::resolveKey(const QString &provider, const QString &key)
{
    m_keys.insert(provider, key);
    m_keysKnown.insert(provider);
    if (key.isEmpty())
        setProviderStatus(provider, NoKey);
    else if (m_status.value(provider) == NoKey)
        setProviderStatus(provider, Ok);
    Q_EMIT keysLoaded();
}

void StudioSession::setKey(const QString &provider, const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty()) {
        // A removed key: the environment still wins if it has one.
        resolveKey(provider, ProviderInfo::environmentKey(provider));
        return;
    }
    m_keys.insert(provider, trimmed);
    m_keysKnown.insert(provider);
    setProviderStatus(provider, Ok); // a new key starts with a clean slate
    Q_EMIT keysLoaded();
}

void StudioSession::reloadKeys()
{
    for (const QString &provider : m_registry->ids()) {
        if (!ProviderInfo::environmentKey(provider).isEmpty())
            continue; // the environment wins
        auto apply = [this, provider](const QString &key) {
            if (key.trimmed() != m_keys.value(provider) || !m_keysKnown.contains(provider))
                setKey(provider, key);
        };
        auto fromSession = [this, apply, provider] {
            if (!m_sessionStore) {
                apply(QString());
                return;
            }
            m_sessionStore->readKey(provider, this, [apply](const QString &key, const QString &) { apply(key); });
        };
        if (!m_keychain) {
            fromSession();
            continue;
        }
        m_keychain->readKey(provider, this, [apply, fromSession](const QString &key, const QString &) {
            if (!key.isEmpty())
                apply(key);
            else
                fromSession();
        });
    }
}

StudioSession::ProviderStatus StudioSession::providerStatus(const QString &provider) const
{
    return m_status.value(provider, NoKey);
}

QString StudioSession::providerStatusText(const QString &provider) const
{
    switch (providerStatus(provider)) {
    case NoKey:
        return isKeyKnown(provider) ? tr("no key") : tr("looking for the key…");
    case Ok:
        return tr("ready");
    case Failing:
        return tr("the last call failed");
    }
    return QString();
}

void StudioSession::setProviderStatus(const QString &provider, ProviderStatus status)
{
    if (m_status.value(provider, NoKey) == status && m_status.contains(provider))
        return;
    m_status.insert(provider, status);
    Q_EMIT providerStatusChanged(provider, status);
}

void StudioSession::onRunEnded(const QString &provider, const JobOutcome &outcome)
{
    switch (outcome.error) {
    case ApiResult::Error::None:
    case ApiResult::Error::Validation: // the provider answered; the input was wrong
        setProviderStatus(provider, Ok);
        break;
    case ApiResult::Error::Cancelled:
        break;
    default:
        setProviderStatus(provider, Failing);
        break;
    }
}

// Running ------------------------------------------------------------------------------------

std::optional<double> StudioSession::estimateCost(const ModelSpec &model, const QJsonObject &values)
{
    int images = 1;
    if (const ParameterSpec *count = model.fieldForRole(QStringLiteral("num_images"))) {
        const QJsonValue v = values.value(count->name);
        if (v.isDouble())
            images = qMax(1, v.toInt(1));
        else if (count->defaultValue.isDouble())
            images = qMax(1, count->defaultValue.toInt(1));
    }
    return model.estimatedCost(images);
}

Job *StudioSession::enqueue(const ModelSpec &model, const QJsonObject &values, const QJsonObject &context)
{
    JobRequest request;
    request.model = model;
    request.values = values;
    return m_queue->enqueue(request, context);
}

Job *StudioSession::generate(const ModelSpec &model, const QJsonObject &values, const QString &sketchPath,
                             QString *error)
{
    if (model.id.isEmpty()) {
        if (error)
            *error = tr("Choose a model first.");
        return nullptr;
    }
    const QList<FieldError> errors = ParameterValidator(model).validate(values);
    if (!errors.isEmpty()) {
        if (error) {
            QStringList lines;
            for (const FieldError &e : errors) {
                const ParameterSpec *spec = model.field(e.field);
                lines.append(spec ? spec->title + QStringLiteral(": ") + e.message : e.message);
            }
            *error = tr("Nothing was sent. %1").arg(lines.join(QLatin1Char(' ')));
        }
        return nullptr;
    }
    const QJsonObject context{{kOriginKey, QLatin1String(kOrigin)}, {kSketchKey, sketchPath}};
    return enqueue(model, values, context);
}

QJsonObject StudioSession::compareValues(const ModelSpec &model, const QJsonObject &intent,
                                         const QJsonObject &overrides, const QString &sketchPath)
{
    Preset preset;
    QJsonObject presetIntent{{QStringLiteral("prompt_template"), QStringLiteral("{prompt}")},
                             {QStringLiteral("seed_policy"), QStringLiteral("fixed")}};
    const QString negative = intent.value(QLatin1String("negative_prompt")).toString();
    if (!negative.trimmed().isEmpty())
        presetIntent.insert(QStringLiteral("negative_prompt"), negative);
    for (const char *key : {"seed", "strength", "num_images"}) {
        const QJsonValue v = intent.value(QLatin1String(key));
        if (v.isDouble())
            presetIntent.insert(QLatin1String(key), v);
    }
    QString aspect = intent.value(QLatin1String("aspect")).toString();
    if (aspect.isEmpty())
        aspect = intent.value(QLatin1String("aspect_ratio")).toString();
    if (!aspect.isEmpty())
        presetIntent.insert(QStringLiteral("aspect_ratio"), aspect);
    preset.intent = presetIntent;

    QJsonObject values = preset.applyTo(model, model.defaultValues(),
                                        intent.value(QLatin1String("prompt")).toString());
    if (const ParameterSpec *structure = model.fieldForRole(QStringLiteral("structure_image"));
        structure && !sketchPath.isEmpty())
        values.insert(structure->name, sketchPath);
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
        values.insert(it.key(), it.value());
    return values;
}

QList<Job *> StudioSession::compare(const QList<QString> &modelIds, const QJsonObject &intent,
                                    const QHash<QString, QJsonObject> &overrides, const QString &sketchPath,
                                    QHash<QString, QString> *errors)
{
    QList<Job *> jobs;
    const QString group = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const QString &id : modelIds) {
        const ModelSpec *model = m_catalog ? m_catalog->model(id) : nullptr;
        if (!model) {
            if (errors)
                errors->insert(id, tr("The model %1 is not in the catalog.").arg(id));
            continue;
        }
        const QJsonObject values = compareValues(*model, intent, overrides.value(id), sketchPath);
        const QList<FieldError> problems = ParameterValidator(*model).validate(values);
        if (!problems.isEmpty()) {
            if (errors) {
                QStringList lines;
                for (const FieldError &e : problems) {
                    const ParameterSpec *spec = model->field(e.field);
                    lines.append(spec ? spec->title + QStringLiteral(": ") + e.message : e.message);
                }
                errors->insert(id, lines.join(QLatin1Char(' ')));
            }
            continue;
        }
        const QJsonObject context{{kOriginKey, QLatin1String(kOrigin)},
                                  {kSketchKey, sketchPath},
                                  {QStringLiteral("compare"), group}};
        if (Job *job = enqueue(*model, values, context))
            jobs.append(job);
    }
    return jobs;
}

Job *StudioSession::retry(Job *job)
{
    if (!job)
        return nullptr;
    JobRequest request = job->request();
    request.jobId.clear();
    QJsonObject context = job->context();
    context.insert(QStringLiteral("retry_of"), job->id());
    const ModelSpec *current = m_catalog ? m_catalog->model(request.model.id) : nullptr;
    if (current)
        request.model = *current;
    return m_queue->enqueue(request, context);
}

bool StudioSession::cancelLatest()
{
    const QList<Job *> all = m_queue->jobs();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (!isTerminal((*it)->state())) {
            (*it)->cancel();
            return true;
        }
    }
    return false;
}

QList<Job *> StudioSession::jobs() const
{
    return m_queue->jobs();
}

Job *StudioSession::job(const QString &id) const
{
    return m_queue->job(id);
}

int StudioSession::activeJobCount() const
{
    int count = 0;
    for (Job *j : m_queue->jobs())
        count += isTerminal(j->state()) ? 0 : 1;
    return count;
}

QList<Job *> StudioSession::resumeUnfinished()
{
    if (!m_catalog)
        return {};
    return m_queue->resumeUnfinished(*m_catalog, [](const JobJournal::Entry &entry) {
        return entry.context.value(kOriginKey).toString() == QLatin1String(kOrigin);
    });
}

QList<QImage> StudioSession::results(const Job *job) const
{
    return job ? m_results.value(job->id()) : QList<QImage>();
}

QString StudioSession::historyId(const Job *job) const
{
    return job ? m_historyIds.value(job->id()) : QString();
}

double StudioSession::todayCost() const
{
    const bool sameDay = !m_today.isValid() || m_today == QDate::currentDate();
    return (sameDay ? m_todayBase : 0.0) + m_sessionCost;
}

// Finishing ----------------------------------------------------------------------------------

void StudioSession::onJobFinished(Job *job)
{
    if (!job)
        return;
    // Cost: what the provider reported, else the estimate for a delivered result.
    std::optional<double> cost = job->outcome().costUsd;
    if (!cost && job->state() == JobState::Done)
        cost = estimateCost(job->request().model, job->request().values);
    if (cost && *cost > 0) {
        if (m_today.isValid() && m_today != QDate::currentDate()) {
            m_today = QDate::currentDate();
            m_todayBase = m_history ? m_history->totalCost(QDateTime(m_today, QTime(0, 0))) : 0.0;
        }
        m_sessionCost += *cost;
        Q_EMIT costsChanged();
    }

    if (job->state() != JobState::Done || job->outcome().outputs.isEmpty()) {
        recordJob(job, {});
        return;
    }
    QPointer<Job> guard(job);
    auto *watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher, guard] {
        watcher->deleteLater();
        if (guard)
            recordJob(guard, watcher->result().images);
    });
    watcher->setFuture(QtConcurrent::run(m_decodePool, decodeOutputs, job->outcome().outputs));
}

void StudioSession::recordJob(Job *job, const QList<QImage> &images)
{
    if (job->state() == JobState::Done && !images.isEmpty()) {
        m_results.insert(job->id(), images);
        // Keep memory bounded: the oldest decoded results go (they stay in the history).
        if (m_results.size() > kKeptResults) {
            const QList<Job *> all = m_queue->jobs();
            for (Job *old : all) {
                if (m_results.size() <= kKeptResults)
                    break;
                if (old != job)
                    m_results.remove(old->id());
            }
        }
    }

    // A finished job has nothing left to resume; interrupted ones stay for the user to check.
    if (isTerminal(job->state()) && job->state() != JobState::Interrupted)
        m_journal->remove(job->id());

    if (!m_history) {
        finishJob(job, QString());
        return;
    }

    GenerationInfo info;
    info.provider = job->request().model.provider;
    info.model = job->request().model.id;
    info.endpoint = job->request().model.endpoint;
    info.requestId = job->outcome().requestId.isEmpty() ? job->handle().requestId : job->outcome().requestId;
    info.seed = job->outcome().seed;
    info.costUsd = job->outcome().costUsd;
    if (!info.costUsd && job->state() == JobState::Done)
        info.costUsd = estimateCost(job->request().model, job->request().values);
    info.elapsedMs = job->elapsedMs();
    info.created = job->created().isValid() ? job->created() : QDateTime::currentDateTimeUtc();
    info.inputs = job->request().values;
    if (!info.seed) {
        const ParameterSpec *seedField = job->request().model.fieldForRole(QStringLiteral("seed"));
        if (seedField && job->request().values.value(seedField->name).isDouble())
            info.seed = job->request().values.value(seedField->name).toInteger();
    }
    const QString title = job->request().model.title.isEmpty() ? job->request().model.id
                                                               : job->request().model.title;
    const QList<OutputImage> outputs = job->state() == JobState::Done ? job->outcome().outputs
                                                                      : QList<OutputImage>();
    const QString status = jobStateName(job->state());
    const QString message = job->state() == JobState::Done ? QString() : job->outcome().message;
    const QString sketch = job->context().value(kSketchKey).toString();

    struct Written
    {
        std::optional<HistoryEntry> entry;
        QString error;
    };
    HistoryStore *store = m_history.get();
    QPointer<Job> guard(job);
    auto *watcher = new QFutureWatcher<Written>(this);
    connect(watcher, &QFutureWatcher<Written>::finished, this, [this, watcher, guard] {
        watcher->deleteLater();
        const Written written = watcher->result();
        if (!written.entry && !written.error.isEmpty())
            Q_EMIT warning(tr("The result could not be added to the history: %1").arg(written.error));
        if (written.entry)
            Q_EMIT historyAdded(*written.entry);
        if (guard)
            finishJob(guard, written.entry ? written.entry->id : QString());
    });
    watcher->setFuture(QtConcurrent::run(m_historyPool, [store, info, title, outputs, status, message, sketch] {
        Written written;
        written.entry = store->addRun(info, title, outputs, status, message, sketch, &written.error);
        return written;
    }));
}

void StudioSession::finishJob(Job *job, const QString &historyId)
{
    if (!historyId.isEmpty())
        m_historyIds.insert(job->id(), historyId);
    Q_EMIT jobFinished(job);
}
