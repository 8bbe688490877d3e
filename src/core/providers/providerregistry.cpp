#include "providerregistry.h"

#include "falqueueprovider.h"
#include "freepikprovider.h"
#include "net/endpoint.h"
#include "segmindprovider.h"

ProviderRegistry::ProviderRegistry()
{
    m_providers.push_back(std::make_unique<FalQueueProvider>());
    m_providers.push_back(std::make_unique<SegmindProvider>());
    m_providers.push_back(std::make_unique<FreepikProvider>());
}

ProviderRegistry::~ProviderRegistry() = default;

const Provider *ProviderRegistry::provider(const QString &id) const
{
    for (const auto &p : m_providers) {
        if (p->id() == id)
            return p.get();
    }
    return nullptr;
}

QStringList ProviderRegistry::ids() const
{
    QStringList list;
    for (const auto &p : m_providers)
        list.append(p->id());
    return list;
}

const Provider *ProviderRegistry::providerFor(const QString &providerId, QNetworkAccessManager *network,
                                              ProviderConfig *config, QString *error) const
{
    const Provider *p = provider(providerId);
    if (!p) {
        *error = tr("Unknown provider “%1”.").arg(providerId);
        return nullptr;
    }
    *config = configFor(providerId);
    config->network = network;
    return p;
}

ProviderConfig ProviderRegistry::configFor(const QString &providerId)
{
    ProviderConfig config;
    if (providerId == QLatin1String("fal")) {
        config.apiUrl = Endpoint::fromEnv("REIMAGINE_FAL_QUEUE_URL", QUrl(QStringLiteral("https://queue.fal.run")));
        config.auxUrl = Endpoint::fromEnv("REIMAGINE_FAL_REST_URL", QUrl(QStringLiteral("https://rest.fal.ai")));
        config.retryPolicy = RetryPolicy::forSubmit(); // fal's own clients wait up to 60 s
    } else if (providerId == QLatin1String("segmind")) {
        config.apiUrl = Endpoint::fromEnv("REIMAGINE_SEGMIND_URL", QUrl(QStringLiteral("https://api.segmind.com")));
        config.auxUrl = Endpoint::fromEnv("REIMAGINE_SEGMIND_UPLOAD_URL",
                                          QUrl(QStringLiteral("https://workflows-api.segmind.com")));
        // v1 answers only when the image is done.
        config.requestTimeoutMs = 180000;
    } else if (providerId == QLatin1String("freepik")) {
        config.apiUrl = Endpoint::fromEnv("REIMAGINE_FREEPIK_URL", QUrl(QStringLiteral("https://api.freepik.com")));
        config.requestTimeoutMs = 180000; // the beta endpoint may answer synchronously
        config.pollIntervalMs = 2000;
    }
    return config;
}
