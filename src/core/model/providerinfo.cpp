#include "providerinfo.h"

#include "net/endpoint.h"

namespace {

// The facts of one provider as written in the table below; nullptr where it has none.
struct Facts
{
    const char *id;
    const char *displayName;
    const char *keyEnvVar;
    const char *keyHeader;
    const char *keyPrefix;
    const char *apiUrl;
    const char *apiUrlEnvVar;
    const char *auxUrl;
    const char *auxUrlEnvVar;
    const char *keyDomains;   // separated by spaces
    const char *keysPage;
    bool resumable;
};

const Facts kProviders[] = {
    {"fal", "fal", "FAL_KEY", "Authorization", "Key ",
     "https://queue.fal.run", "REIMAGINE_FAL_QUEUE_URL",
     "https://rest.fal.ai", "REIMAGINE_FAL_REST_URL",
     "fal.run fal.ai", "https://fal.ai/dashboard/keys", true},
    // v1 answers with the image: nothing to fetch again, so not resumable.
    {"segmind", "Segmind", "SEGMIND_API_KEY", "x-api-key", nullptr,
     "https://api.segmind.com", "REIMAGINE_SEGMIND_URL",
     "https://workflows-api.segmind.com", "REIMAGINE_SEGMIND_UPLOAD_URL",
     "segmind.com", "https://www.segmind.com/console/api-keys", false},
    // Freepik's API is being renamed Magnific (api.magnific.com): the same company's hosts.
    {"freepik", "Freepik", "FREEPIK_API_KEY", "x-freepik-api-key", nullptr,
     "https://api.freepik.com", "REIMAGINE_FREEPIK_URL",
     nullptr, nullptr,
     "freepik.com magnific.com", "https://www.freepik.com/developers/dashboard/api-key", true},
};

QUrl urlOf(const char *text)
{
    return text ? QUrl(QString::fromLatin1(text)) : QUrl();
}

ProviderInfo infoOf(const Facts &facts)
{
    ProviderInfo info;
    info.id = QString::fromLatin1(facts.id);
    info.displayName = QString::fromUtf8(facts.displayName);
    info.keyEnvVar = QByteArray(facts.keyEnvVar);
    info.keyHeader = QByteArray(facts.keyHeader);
    info.keyPrefix = QByteArray(facts.keyPrefix);
    info.defaultApiUrl = urlOf(facts.apiUrl);
    info.apiUrlEnvVar = QByteArray(facts.apiUrlEnvVar);
    info.defaultAuxUrl = urlOf(facts.auxUrl);
    info.auxUrlEnvVar = QByteArray(facts.auxUrlEnvVar);
    info.keyDomains = QString::fromLatin1(facts.keyDomains).split(u' ', Qt::SkipEmptyParts);
    info.keysPage = QString::fromLatin1(facts.keysPage);
    info.resumable = facts.resumable;
    return info;
}

QList<ProviderInfo> makeTable()
{
    QList<ProviderInfo> table;
    for (const Facts &facts : kProviders)
        table.append(infoOf(facts));
    return table;
}

QUrl resolved(const QByteArray &envVar, const QUrl &fallback)
{
    if (envVar.isEmpty())
        return fallback;
    return Endpoint::fromEnv(envVar.constData(), fallback);
}

} // namespace

const QList<ProviderInfo> &ProviderInfo::all()
{
    static const QList<ProviderInfo> table = makeTable();
    return table;
}

QStringList ProviderInfo::ids()
{
    QStringList list;
    for (const ProviderInfo &info : all())
        list.append(info.id);
    return list;
}

const ProviderInfo *ProviderInfo::find(const QString &id)
{
    for (const ProviderInfo &info : all()) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

QString ProviderInfo::nameOf(const QString &id)
{
    const ProviderInfo *info = find(id);
    return info ? info->displayName : id;
}

QString ProviderInfo::environmentKey(const QString &id)
{
    const ProviderInfo *info = find(id);
    return info ? info->keyFromEnvironment() : QString();
}

QString ProviderInfo::keyVariable(const QString &id)
{
    const ProviderInfo *info = find(id);
    return info ? QString::fromLatin1(info->keyEnvVar) : QString();
}

QUrl ProviderInfo::apiUrl() const
{
    return resolved(apiUrlEnvVar, defaultApiUrl);
}

QUrl ProviderInfo::auxUrl() const
{
    return resolved(auxUrlEnvVar, defaultAuxUrl);
}

QString ProviderInfo::keyFromEnvironment() const
{
    return keyEnvVar.isEmpty() ? QString() : qEnvironmentVariable(keyEnvVar.constData()).trimmed();
}

QByteArray ProviderInfo::authValue(const QString &key) const
{
    return keyPrefix + key.trimmed().toUtf8();
}

bool ProviderInfo::isKeyHost(const QUrl &url) const
{
    const QString host = url.host().toLower();
    if (host.isEmpty())
        return false;
    if (Endpoint::isLoopbackHost(host))
        return true;
    for (const QString &domain : keyDomains) {
        if (host == domain || host.endsWith(QLatin1Char('.') + domain))
            return true;
    }
    return false;
}

QStringList ProviderInfo::keyHostWarnings() const
{
    QStringList warnings;
    const auto check = [&](const QByteArray &envVar, const QUrl &url, const QUrl &fallback) {
        if (envVar.isEmpty() || url == fallback || isKeyHost(url))
            return;
        warnings.append(tr("%1 sends your %2 API key to %3, which is not a %2 host.")
                            .arg(QString::fromLatin1(envVar), displayName, url.host()));
    };
    check(apiUrlEnvVar, apiUrl(), defaultApiUrl);
    check(auxUrlEnvVar, auxUrl(), defaultAuxUrl);
    return warnings;
}

QStringList ProviderInfo::allKeyHostWarnings()
{
    QStringList warnings;
    for (const ProviderInfo &info : all())
        warnings.append(info.keyHostWarnings());
    return warnings;
}
