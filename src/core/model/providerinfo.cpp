#include "providerinfo.h"

#include "net/endpoint.h"

namespace {

QList<ProviderInfo> makeTable()
{
    ProviderInfo fal;
    fal.id = QStringLiteral("fal");
    fal.displayName = QStringLiteral("fal");
    fal.keyEnvVar = QByteArrayLiteral("FAL_KEY");
    fal.keyHeader = QByteArrayLiteral("Authorization");
    fal.keyPrefix = QByteArrayLiteral("Key ");
    fal.defaultApiUrl = QUrl(QStringLiteral("https://queue.fal.run"));
    fal.apiUrlEnvVar = QByteArrayLiteral("REIMAGINE_FAL_QUEUE_URL");
    fal.defaultAuxUrl = QUrl(QStringLiteral("https://rest.fal.ai"));
    fal.auxUrlEnvVar = QByteArrayLiteral("REIMAGINE_FAL_REST_URL");
    fal.keyDomains = {QStringLiteral("fal.run"), QStringLiteral("fal.ai")};
    fal.keysPage = QStringLiteral("https://fal.ai/dashboard/keys");

    ProviderInfo segmind;
    segmind.id = QStringLiteral("segmind");
    segmind.displayName = QStringLiteral("Segmind");
    segmind.keyEnvVar = QByteArrayLiteral("SEGMIND_API_KEY");
    segmind.keyHeader = QByteArrayLiteral("x-api-key");
    segmind.defaultApiUrl = QUrl(QStringLiteral("https://api.segmind.com"));
    segmind.apiUrlEnvVar = QByteArrayLiteral("REIMAGINE_SEGMIND_URL");
    segmind.defaultAuxUrl = QUrl(QStringLiteral("https://workflows-api.segmind.com"));
    segmind.auxUrlEnvVar = QByteArrayLiteral("REIMAGINE_SEGMIND_UPLOAD_URL");
    segmind.keyDomains = {QStringLiteral("segmind.com")};
    segmind.keysPage = QStringLiteral("https://www.segmind.com/console/api-keys");
    segmind.resumable = false; // v1 answers with the image: nothing to fetch again

    ProviderInfo freepik;
    freepik.id = QStringLiteral("freepik");
    freepik.displayName = QStringLiteral("Freepik");
    freepik.keyEnvVar = QByteArrayLiteral("FREEPIK_API_KEY");
    freepik.keyHeader = QByteArrayLiteral("x-freepik-api-key");
    freepik.defaultApiUrl = QUrl(QStringLiteral("https://api.freepik.com"));
    freepik.apiUrlEnvVar = QByteArrayLiteral("REIMAGINE_FREEPIK_URL");
    // Freepik's API is being renamed Magnific (api.magnific.com): the same company's hosts.
    freepik.keyDomains = {QStringLiteral("freepik.com"), QStringLiteral("magnific.com")};
    freepik.keysPage = QStringLiteral("https://www.freepik.com/developers/dashboard/api-key");

    return {fal, segmind, freepik};
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
