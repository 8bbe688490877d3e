#include "runfactory.h"

#include "keyresolver.h"
#include "model/providerinfo.h"
#include "providers/provider.h"
#include "providers/providerregistry.h"

#include <QPointer>

namespace {

// Waits for the provider's key, refuses clearly when there is none, then runs the provider's
// own run and forwards everything it reports.
class KeyedRun final : public ProviderRun
{
public:
    KeyedRun(RunFactory *factory, KeyResolver *keys, const Provider *provider, const JobRequest &request,
             const ProviderConfig &config)
        : ProviderRun(request, config)
        , m_factory(factory)
        , m_keys(keys)
        , m_provider(provider)
    {
    }

    void start() override { begin(false); }

    void resume(const ProviderHandle &handle) override
    {
        m_handle = handle;
        begin(true);
    }

    bool canResume() const override { return m_inner ? m_inner->canResume() : true; }

    void cancel() override
    {
        if (m_inner) {
            m_inner->cancel();
            return;
        }
        fail(ApiResult::Error::Cancelled, RunFactory::tr("Cancelled."));
    }

private:
    QString providerId() const { return m_request.model.provider; }

    void begin(bool resume)
    {
        m_keys->whenKnown(providerId(), this, [this, resume](const QString &key) {
            if (!m_inner && !isFinished())
                createInner(key, resume);
        });
    }

    void createInner(const QString &key, bool resume)
    {
        if (key.isEmpty()) {
            if (m_factory)
                Q_EMIT m_factory->keyMissing(providerId());
            fail(ApiResult::Error::Auth, RunFactory::tr("No API key for %1. %2")
                                             .arg(ProviderInfo::nameOf(providerId()), RunFactory::keyHint(providerId())));
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
        connect(m_inner, &ProviderRun::waitStarted, this, &ProviderRun::waitStarted);
        connect(m_inner, &ProviderRun::waitEnded, this, &ProviderRun::waitEnded);
        connect(m_inner, &ProviderRun::finished, this, [this](const JobOutcome &outcome) {
            if (m_factory)
                Q_EMIT m_factory->runEnded(providerId(), outcome);
            finish(outcome);
        });
        if (resume)
            m_inner->resume(m_handle);
        else
            m_inner->start();
    }

    QPointer<RunFactory> m_factory;
    KeyResolver *m_keys;
    const Provider *m_provider;
    QPointer<ProviderRun> m_inner;
};

} // namespace

RunFactory::RunFactory(const ProviderRegistry *registry, QNetworkAccessManager *network, KeyResolver *keys,
                       QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_network(network)
    , m_keys(keys)
{
    bool ok = false;
    const int poll = qEnvironmentVariableIntValue("REIMAGINE_POLL_INTERVAL_MS", &ok);
    if (ok && poll > 0)
        m_pollIntervalMs = poll;
    const int timeout = qEnvironmentVariableIntValue("REIMAGINE_REQUEST_TIMEOUT_MS", &ok);
    if (ok && timeout > 0)
        m_requestTimeoutMs = timeout;
    const int maxWait = qEnvironmentVariableIntValue("REIMAGINE_MAX_WAIT_MS", &ok);
    if (ok && maxWait > 0)
        m_maxWaitMs = maxWait;
}

QString RunFactory::keyHint(const QString &provider)
{
    return tr("Add it in Edit ▸ Settings… ▸ Keys, or set %1 in the environment.")
        .arg(ProviderInfo::keyVariable(provider));
}

ProviderRun *RunFactory::create(const JobRequest &request, QString *error)
{
    ProviderConfig config;
    const Provider *provider = m_registry->providerFor(request.model.provider, m_network, &config, error);
    if (!provider)
        return nullptr;
    if (m_pollIntervalMs > 0) {
        config.pollIntervalMs = m_pollIntervalMs;
        config.maxPollIntervalMs = qMin(config.maxPollIntervalMs, m_pollIntervalMs * 4);
    }
    if (m_maxWaitMs > 0)
        config.maxWaitMs = m_maxWaitMs;
    if (m_requestTimeoutMs > 0)
        config.requestTimeoutMs = m_requestTimeoutMs;
    if (m_maxUploadSide > 0)
        config.maxUploadSide = m_maxUploadSide;
    return new KeyedRun(this, m_keys, provider, request, config);
}
