#include "providerregistry.h"

#include "falqueueprovider.h"
#include "freepikprovider.h"
#include "model/providerinfo.h"
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
        config.retryPolicy = RetryPolicy::forSubmit(); // fal's own clients wait up to 60 s
        config.pollIntervalMs = 50; // the fast phase of PollSchedule (without a status stream)
    } else if (providerId == QLatin1String("segmind")) {
        config = SegmindProvider::defaultConfig(); // v1 answers only when the image is done
    } else if (providerId == QLatin1String("freepik")) {
        config = FreepikProvider::defaultConfig(); // the beta endpoint may answer synchronously
    }
    if (const ProviderInfo *info = ProviderInfo::find(providerId)) {
        config.apiUrl = info->apiUrl();
        config.auxUrl = info->auxUrl();
    }
    return config;
}
