#include "studiosession.h"

#include "costledger.h"
#include "historysink.h"
#include "keyresolver.h"
#include "runfactory.h"

#include "base/logging.h"
#include "history/historystore.h"
#include "imaging/imagecache.h"
#include "jobs/job.h"
#include "jobs/jobjournal.h"
#include "jobs/jobqueue.h"
#include "model/providerinfo.h"
#include "presets/preset.h"
#include "providers/providerregistry.h"
#include "schema/modelcatalog.h"
#include "schema/parametervalidator.h"
#include "settings/settings.h"

#include <QDir>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace {

const QLatin1String kOriginKey("origin");
const QLatin1String kSketchKey("sketch");

QString describeErrors(const ModelSpec &model, const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &e : errors) {
        const ParameterSpec *spec = model.field(e.field);
        lines.append(spec ? spec->title + QStringLiteral(": ") + e.message : e.message);
    }
    return lines.join(QLatin1Char(' '));
}

struct HistoryTotals
{
    QDate day;
    double spent = 0;
    QHash<QString, double> lastCharges;
};

} // namespace

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
    m_settings = new Settings(this);

    m_keys = new KeyResolver(keychain, sessionStore, m_registry->ids(), this);
    connect(m_keys, &KeyResolver::keyChanged, this, &StudioSession::onKeyChanged);
    m_factory = new RunFactory(m_registry.get(), m_network, m_keys, this);
    connect(m_factory, &RunFactory::keyMissing, this, &StudioSession::keyMissing);
    connect(m_factory, &RunFactory::runEnded, this, &StudioSession::onRunEnded);
    m_costs = new CostLedger(m_settings, this);
    m_workers = new QThreadPool(this);
    m_workers->setMaxThreadCount(1);
    m_images = new ImageCache(ImageCache::kDefaultBudgetBytes, this);

    QDir().mkpath(m_dataDir);
    m_history = std::make_unique<HistoryStore>(m_dataDir);
    QString historyNotice;
    if (!m_history->openMovingDamagedAside(&m_historyError, &historyNotice))
        qCWarning(lcSession, "%s", qUtf8Printable(m_historyError));
    if (!historyNotice.isEmpty()) {
        qCWarning(lcSession, "%s", qUtf8Printable(historyNotice));
        m_damagedFiles.append(historyNotice);
    }
    m_sink = std::make_unique<HistorySink>(m_history.get());
    m_history->followOtherWriters(); // runs of reimagine-cli appear in the open history
    // ... and what they cost joins today's total (the daily budget holds for both).
    connect(m_history.get(), &HistoryStore::committedElsewhere, this, &StudioSession::loadHistoryTotals);
    m_journal = std::make_unique<JobJournal>(QDir(m_dataDir).filePath(QStringLiteral("jobs")));
    for (const QString &moved : m_journal->moveAsideUnreadable()) {
        qCWarning(lcSession, "%s", qUtf8Printable(moved));
        m_damagedFiles.append(moved);
    }
    // State changes, handles and removals are written on the journal's own thread, and the
    // entry before a paid submit is flushed there too (the request waits for it): the GUI
    // thread never waits for the disk for the journal.
    m_journal->writeInBackground();
    m_queue = new JobQueue(m_journal.get(), [this](const JobRequest &request, QString *error) {
        return m_factory->create(request, error);
    }, this);
    m_queue->setResultSink(m_sink.get());
    m_queue->setLimits(m_settings->globalConcurrency(), m_settings->perProviderConcurrency());
    m_factory->setMaxUploadSide(m_settings->maxUploadSide());
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::GlobalConcurrency || key == Settings::Key::PerProviderConcurrency)
            m_queue->setLimits(m_settings->globalConcurrency(), m_settings->perProviderConcurrency());
        if (key == Settings::Key::MaxUploadSide)
            m_factory->setMaxUploadSide(m_settings->maxUploadSide());
    });
    connect(m_queue, &JobQueue::jobAdded, this, &StudioSession::jobAdded);
    connect(m_queue, &JobQueue::jobRecorded, this, [this](Job *job, const QString &recordId) {
        if (!recordId.isEmpty())
            m_historyIds.insert(job->id(), recordId);
    });
    connect(m_queue, &JobQueue::recordFailed, this, [this](Job *, const QString &message) {
        Q_EMIT warning(tr("The result could not be added to the history: %1").arg(message));
    });
    connect(m_queue, &JobQueue::jobFinished, this, &StudioSession::onJobFinished);

    for (const QString &provider : m_registry->ids())
        m_status.insert(provider, NoKey);
    loadHistoryTotals();
    m_keys->load();
}

StudioSession::~StudioSession()
{
    // Results being written finish first; deleting the queue then deletes the jobs and their
    // runs (requests aborted, jobs stay resumable from the journal).
    m_queue->waitForSaving();
    delete m_queue;
    m_queue = nullptr;
    m_workers->waitForDone(); // they use the history, which goes next
}

QString StudioSession::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1String("/reimagine-studio");
}

HistoryStore *StudioSession::history() const
{
    return m_history && m_history->isOpen() ? m_history.get() : nullptr;
}

QStringList StudioSession::startupWarnings() const
{
    QStringList warnings;
    if (!m_historyError.isEmpty())
        warnings.append(m_historyError);
    warnings.append(m_damagedFiles);
    warnings.append(ProviderInfo::allKeyHostWarnings());
    return warnings;
}

void StudioSession::loadHistoryTotals()
{
    HistoryStore *store = history();
    if (!store)
        return;
    // Off the GUI thread: a long history makes these queries take a while.
    auto *watcher = new QFutureWatcher<HistoryTotals>(this);
    connect(watcher, &QFutureWatcher<HistoryTotals>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const HistoryTotals totals = watcher->result();
        m_costs->setHistoryTotals(totals.day, totals.spent, totals.lastCharges);
    });
    // What this session ran is counted by the ledger as it is charged: the history's total
    // leaves those runs out (the charged ones and every job still in the queue).
    QStringList own = m_chargedJobIds;
    for (const Job *job : m_queue->jobs())
        own.append(job->id());
    watcher->setFuture(QtConcurrent::run(m_workers, [store, own] {
        HistoryTotals totals;
        totals.day = QDate::currentDate();
        totals.spent = store->totalCost(QDateTime(totals.day, QTime(0, 0)), own);
        totals.lastCharges = store->lastCharges();
        return totals;
    }));
}

void StudioSession::setLimits(int global, int perProvider)
{
    m_queue->setLimits(global, perProvider);
}

QStringList StudioSession::providers() const
{
    return m_registry->ids();
}

// Keys and provider status -------------------------------------------------------------------

QString StudioSession::key(const QString &provider) const
{
    return m_keys->key(provider);
}

void StudioSession::setKey(const QString &provider, const QString &key)
{
    m_keys->setKey(provider, key);
    if (!key.trimmed().isEmpty())
        setProviderStatus(provider, Ok); // a new key starts with a clean slate
}

void StudioSession::reloadKeys()
{
    m_keys->reload();
}

void StudioSession::onKeyChanged(const QString &provider, const QString &key)
{
    if (key.isEmpty())
        setProviderStatus(provider, NoKey);
    else if (providerStatus(provider) == NoKey)
        setProviderStatus(provider, Ok);
}

StudioSession::ProviderStatus StudioSession::providerStatus(const QString &provider) const
{
    return m_status.value(provider, NoKey);
}

QString StudioSession::providerStatusText(const QString &provider) const
{
    switch (providerStatus(provider)) {
    case NoKey:
        return m_keys->isKnown(provider) ? tr("no key") : tr("looking for the key…");
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

Job *StudioSession::generate(const ModelSpec &model, const QJsonObject &values, const QString &sketchPath,
                             QString *error, const QJsonObject &context)
{
    if (model.id.isEmpty()) {
        if (error)
            *error = tr("Choose a model first.");
        return nullptr;
    }
    const QList<FieldError> errors = ParameterValidator(model).validate(values);
    if (!errors.isEmpty()) {
        if (error)
            *error = tr("Nothing was sent. %1").arg(describeErrors(model, errors));
        return nullptr;
    }
    const CostLedger::Check check = m_costs->check({m_costs->estimateRun(model, values)});
    if (!check.allowed()) {
        if (error)
            *error = tr("Nothing was sent. %1").arg(check.refusal);
        return nullptr;
    }
    JobRequest request;
    request.model = model;
    request.values = values;
    QJsonObject jobContext = context;
    jobContext.insert(kOriginKey, QLatin1String(kOrigin));
    jobContext.insert(kSketchKey, sketchPath);
    Job *job = m_queue->enqueue(request, jobContext);
    if (job)
        m_costs->reserve(job->id(), check.budgetUsd);
    return job;
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
    struct Planned
    {
        const ModelSpec *model;
        QJsonObject values;
    };
    QList<Planned> planned;
    QList<CostLedger::Estimate> estimates;
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
            if (errors)
                errors->insert(id, describeErrors(*model, problems));
            continue;
        }
        planned.append({model, values});
        estimates.append(m_costs->estimateRun(*model, values));
    }
    // The budget holds for the compare as a whole: all of it runs, or none.
    const CostLedger::Check check = m_costs->check(estimates);
    if (!check.allowed()) {
        if (errors) {
            for (const Planned &p : std::as_const(planned))
                errors->insert(p.model->id, check.refusal);
        }
        return {};
    }
    QList<Job *> jobs;
    const QString group = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const Planned &p : std::as_const(planned)) {
        JobRequest request;
        request.model = *p.model;
        request.values = p.values;
        const QJsonObject context{{kOriginKey, QLatin1String(kOrigin)},
                                  {kSketchKey, sketchPath},
                                  {QStringLiteral("compare"), group}};
        if (Job *job = m_queue->enqueue(request, context)) {
            m_costs->reserve(job->id(), m_costs->estimateRun(*p.model, p.values).budgetUsd);
            jobs.append(job);
        }
    }
    return jobs;
}

Job *StudioSession::retry(Job *job)
{
    if (!job)
        return nullptr;
    JobRequest request = job->request();
    request.jobId.clear();
    if (const ModelSpec *current = m_catalog ? m_catalog->model(request.model.id) : nullptr)
        request.model = *current;
    const CostLedger::Check check = m_costs->check({m_costs->estimateRun(request.model, request.values)});
    if (!check.allowed()) {
        Q_EMIT warning(tr("Nothing was sent. %1").arg(check.refusal));
        return nullptr;
    }
    QJsonObject context = job->context();
    context.insert(QStringLiteral("retry_of"), job->id());
    Job *again = m_queue->enqueue(request, context);
    if (again)
        m_costs->reserve(again->id(), check.budgetUsd);
    return again;
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

int StudioSession::clearFinished()
{
    return m_queue->removeFinished();
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

QString StudioSession::historyId(const Job *job) const
{
    return job ? m_historyIds.value(job->id()) : QString();
}

// Finishing ----------------------------------------------------------------------------------

void StudioSession::onJobFinished(Job *job)
{
    if (!job)
        return;
    m_costs->release(job->id());
    const std::optional<double> charge =
        CostLedger::chargeOf(job->request().model, job->request().values, job->state(), job->outcome());
    if (charge) {
        m_costs->recordCharge(job->request().model.id, *charge);
        m_chargedJobIds.append(job->id());
    }
    Q_EMIT jobFinished(job);
}
