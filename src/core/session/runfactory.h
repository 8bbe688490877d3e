#pragma once

#include "model/jobtypes.h"

#include <QObject>
#include <QString>

class KeyResolver;
class ProviderRegistry;
class ProviderRun;
class QNetworkAccessManager;

// Makes the provider run for a job, for the app and the CLI alike: the provider's configuration
// from the ProviderRegistry (base URLs from the provider table), the key from the KeyResolver
// (a run that starts before its key is known waits for the lookup; a run without a key fails
// with a message that says where to set one), and the session's polling and deadline settings.
class RunFactory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunFactory)

public:
    // None of the pointers is owned; all must outlive the factory.
    RunFactory(const ProviderRegistry *registry, QNetworkAccessManager *network, KeyResolver *keys,
               QObject *parent = nullptr);

    // The first status poll delay, which also caps the back-off at four times its value (0: the
    // providers' own). Read from REIMAGINE_POLL_INTERVAL_MS at construction (tests and the fake
    // server follow jobs quickly with it).
    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }
    int pollIntervalMs() const { return m_pollIntervalMs; }
    // The longest a whole job may take (0: the providers' own limit). Read from
    // REIMAGINE_MAX_WAIT_MS at construction (the fault storm test lets stuck jobs hit it soon).
    void setMaxWaitMs(int ms) { m_maxWaitMs = ms; }
    // The longest a request may go without progress (0: the providers' own). Read from
    // REIMAGINE_REQUEST_TIMEOUT_MS at construction (the fault storm test stalls answers).
    void setRequestTimeoutMs(int ms) { m_requestTimeoutMs = ms; }
    int requestTimeoutMs() const { return m_requestTimeoutMs; }
    // The longer side sketches are downscaled to before upload (Settings' MaxUploadSide).
    void setMaxUploadSide(int pixels) { m_maxUploadSide = pixels; }
    int maxUploadSide() const { return m_maxUploadSide; }

    // A run for `request`, or nullptr and a message for an unknown provider.
    ProviderRun *create(const JobRequest &request, QString *error);

    // "Add it in ..., or set FAL_KEY": where a designer sets the key, for messages.
    static QString keyHint(const QString &provider);

Q_SIGNALS:
    // A run found no key for its provider.
    void keyMissing(const QString &provider);
    // A run ended; the outcome says how the provider answered (for its status dot).
    void runEnded(const QString &provider, const JobOutcome &outcome);

private:
    const ProviderRegistry *m_registry;
    QNetworkAccessManager *m_network;
    KeyResolver *m_keys;
    int m_pollIntervalMs = 0;
    int m_maxWaitMs = 0;
    int m_requestTimeoutMs = 0;
    int m_maxUploadSide = 2048;
};
