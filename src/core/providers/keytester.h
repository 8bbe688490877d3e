#pragma once

#include "net/apirequest.h"
#include "provider.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QNetworkAccessManager;

// Checks an API key with the cheapest authenticated request each provider offers, through an
// ApiRequest (15 s transfer timeout, only a 429 is retried), and reports one finished():
//   fal      POST <fal REST>/storage/upload/initiate?storage_type=fal-cdn-v3 (a tiny JSON; nothing
//            is uploaded): 200 = valid, 401/403 = rejected.
//   Segmind  GET <api>/v1/get-user-credits: 200 = valid, with the credits left.
//   Freepik  GET <api>/v1/ai/beta/text-to-image/reimagine-flux/<zero uuid>: 401/403 = rejected,
//            404 (no such task) or 200 = accepted.
// Base URLs come from ProviderRegistry::configFor (REIMAGINE_*_URL overrides). The key is sent
// only to the provider's own origin and never logged.
class KeyTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyTester)

public:
    using ConfigSource = std::function<ProviderConfig(const QString &providerId)>;

    static constexpr int kTimeoutMs = 15000;

    // `network` is not owned. `configSource` defaults to ProviderRegistry::configFor.
    explicit KeyTester(QNetworkAccessManager *network, QObject *parent = nullptr);
    KeyTester(QNetworkAccessManager *network, ConfigSource configSource, QObject *parent = nullptr);
    ~KeyTester() override;

    // Starts a check; a check still running is abandoned (it reports nothing). Always answers
    // asynchronously, also for an unknown provider or an empty key.
    void test(const QString &providerId, const QString &key);
    void abort();
    bool isRunning() const { return !m_request.isNull(); }
    QString providerId() const { return m_providerId; }

    // The request for one provider (exposed for tests). An empty url: unknown provider.
    static ApiRequestSpec requestFor(const QString &providerId, const QString &key,
                                     const ProviderConfig &config);
    // Reads the answer: ok plus a sentence for the user.
    static std::pair<bool, QString> interpret(const QString &providerId, const ApiResult &result);

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void finishLater(bool ok, const QString &message);

    QPointer<QNetworkAccessManager> m_network;
    ConfigSource m_configSource;
    QPointer<ApiRequest> m_request;
    QString m_providerId;
    quint64 m_generation = 0;
};
