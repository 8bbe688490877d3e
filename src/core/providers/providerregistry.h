#pragma once

#include "provider.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

// The providers the app knows, and how their runs are configured. Base URLs come from the
// ProviderInfo table (defaults, or its REIMAGINE_*_URL override variables).
class ProviderRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ProviderRegistry)

public:
    ProviderRegistry();
    ~ProviderRegistry();

    const Provider *provider(const QString &id) const;
    QStringList ids() const;

    // Config for `providerId` with its base URLs resolved; key and network are the caller's.
    static ProviderConfig configFor(const QString &providerId);

    // The provider of `providerId` and, in `config`, its resolved config using `network`;
    // nullptr and a message for an unknown provider. What both run factories (app, CLI) share.
    const Provider *providerFor(const QString &providerId, QNetworkAccessManager *network,
                                ProviderConfig *config, QString *error) const;

private:
    std::vector<std::unique_ptr<Provider>> m_providers;
};
