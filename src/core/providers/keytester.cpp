#include "keytester.h"

#include "model/providerinfo.h"
#include "net/endpoint.h"
#include "providerregistry.h"

#include <QJsonObject>
#include <QLocale>
#include <QTimer>
#include <QUrlQuery>

namespace {

const QString kFal = QStringLiteral("fal");
const QString kSegmind = QStringLiteral("segmind");
const QString kFreepik = QStringLiteral("freepik");

} // namespace

KeyTester::KeyTester(QNetworkAccessManager *network, QObject *parent)
    : KeyTester(network, &ProviderRegistry::configFor, parent)
{
}

KeyTester::KeyTester(QNetworkAccessManager *network, ConfigSource configSource, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_configSource(std::move(configSource))
{
}

KeyTester::~KeyTester()
{
    abort();
}

ApiRequestSpec KeyTester::requestFor(const QString &providerId, const QString &key,
                                     const ProviderConfig &config)
{
    ApiRequestSpec spec;
    spec.transferTimeoutMs = kTimeoutMs;
    spec.retryPolicy = RetryPolicy::none()
                           .setMaxAttempts(3)
                           .setRetryableStatuses({429})
                           .setRetryTransportErrors(false);
    spec.service = ProviderInfo::nameOf(providerId);
    spec.what = tr("key check");
    spec.maxResponseBytes = 64 * 1024;

    if (providerId == kFal) {
        QUrl url = Endpoint::join(config.auxUrl, QStringLiteral("storage/upload/initiate"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("storage_type"), QStringLiteral("fal-cdn-v3"));
        url.setQuery(query);
        spec.url = url;
        spec.method = QByteArrayLiteral("POST");
        spec.setJsonBody(QByteArrayLiteral(R"({"content_type":"image/png","file_name":"key-check.png"})"));
        spec.dialect = ApiErrorParser::Dialect::Fal;
        spec.expectJson = false;
    } else if (providerId == kSegmind) {
        spec.url = Endpoint::join(config.apiUrl, QStringLiteral("v1/get-user-credits"));
        spec.dialect = ApiErrorParser::Dialect::Segmind;
        spec.expectJson = true;
    } else if (providerId == kFreepik) {
        spec.url = Endpoint::join(config.apiUrl,
                                  QStringLiteral("v1/ai/beta/text-to-image/reimagine-flux/"
                                                 "00000000-0000-0000-0000-000000000000"));
        spec.dialect = ApiErrorParser::Dialect::Freepik;
        spec.expectJson = false;
    }
    if (const ProviderInfo *info = ProviderInfo::find(providerId)) {
        spec.authHeaderName = info->keyHeader;
        spec.authHeaderValue = info->authValue(key);
    }
    spec.authOrigin = Endpoint::origin(spec.url);
    return spec;
}

std::pair<bool, QString> KeyTester::interpret(const QString &providerId, const ApiResult &result)
{
    const QString name = ProviderInfo::nameOf(providerId);
    if (result.httpStatus == 401 || result.httpStatus == 403)
        return {false, tr("%1 rejected this key.").arg(name)};
    if (providerId == kFreepik && result.httpStatus == 404)
        return {true, tr("Key OK.")};
    if (result.error == ApiResult::Error::Server)   // the message is the server's reason only
        return {false, tr("%1 could not check the key: %2").arg(name, result.message)};
    if (!result.ok())
        return {false, result.message.isEmpty() ? tr("The key could not be checked.") : result.message};
    if (providerId == kSegmind) {
        const QJsonValue credits = result.json().object().value(QLatin1String("credits"));
        if (credits.isDouble()) {
            return {true, tr("Key OK \u2014 %1 credits left.")
                              .arg(QLocale().toString(credits.toDouble(), 'f', 2))};
        }
    }
    return {true, tr("Key OK.")};
}

void KeyTester::finishLater(bool ok, const QString &message)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, ok, message, generation] {
        if (generation == m_generation)
            Q_EMIT finished(ok, message);
    });
}

void KeyTester::test(const QString &providerId, const QString &key)
{
    abort();
    ++m_generation;
    m_providerId = providerId;
    if (key.trimmed().isEmpty()) {
        finishLater(false, tr("Enter a key first."));
        return;
    }
    if (!m_network) {
        finishLater(false, tr("The key cannot be checked: no network access."));
        return;
    }
    const ProviderConfig config = m_configSource ? m_configSource(providerId) : ProviderConfig();
    const ApiRequestSpec spec = requestFor(providerId, key, config);
    if (spec.url.isEmpty()) {
        finishLater(false, tr("Unknown provider \u201c%1\u201d.").arg(providerId));
        return;
    }
    auto *request = new ApiRequest(m_network, spec, this);
    m_request = request;
    const quint64 generation = m_generation;
    connect(request, &ApiRequest::finished, this, [this, request, providerId, generation](const ApiResult &result) {
        request->deleteLater();
        if (generation != m_generation)
            return;
        m_request.clear();
        const auto [ok, message] = interpret(providerId, result);
        Q_EMIT finished(ok, message);
    });
    request->start();
}

void KeyTester::abort()
{
    ++m_generation;
    if (ApiRequest *request = m_request.data()) {
        m_request.clear();
        request->disconnect(this);
        request->abort();
        request->deleteLater();
    }
}
