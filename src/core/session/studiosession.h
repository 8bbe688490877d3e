#pragma once

#include "model/jobtypes.h"
#include "schema/modelspec.h"

#include <QDate>
#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class HistoryStore;
class Job;
class JobJournal;
class JobQueue;
class ModelCatalog;
class ProviderRegistry;
class QNetworkAccessManager;
class QThreadPool;
class SecretStore;
class Settings;
struct HistoryEntry;

Q_MOC_INCLUDE("history/historystore.h")

// The app's non-visual state, so the main window stays composition only: network, providers,
// the job journal and queue, API keys, the history and the cost ledger of this session.
//
// Keys are looked up once per provider: the environment (FAL_KEY, SEGMIND_API_KEY,
// FREEPIK_API_KEY) wins, then the keychain, then the session-only store. A job that starts before
// its key is known waits for the lookup; a job without a key fails with a message that says
// where to set one, and keyMissing() is emitted.
//
// Finished jobs are recorded in the history off the GUI thread (results decoded into QImages on a
// worker, history writes on a single-thread pool), then jobFinished() is emitted.
//
// REIMAGINE_POLL_INTERVAL_MS (milliseconds) overrides the providers' first status-poll delay and
// caps their back-off; tests use it to follow asynchronous fake jobs quickly.
class StudioSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioSession)

public:
    enum ProviderStatus
    {
        NoKey = 0,
        Ok = 1,
        Failing = 2,
    };
    Q_ENUM(ProviderStatus)

    // Context "origin" of the journal entries this session owns (the CLI's are "cli").
    static constexpr const char *kOrigin = "app";

    // `keychain` and `sessionStore` are not owned and may be null. `dataDir` holds the job
    // journal (jobs/) and the history (history.sqlite, results/, thumbs/); empty:
    // <XDG data>/reimagine-studio.
    StudioSession(ModelCatalog *catalog, SecretStore *keychain, SecretStore *sessionStore,
                  const QString &dataDir = QString(), QObject *parent = nullptr);
    ~StudioSession() override;

    static QString defaultDataDir(); // <XDG data>/reimagine-studio

    ModelCatalog *catalog() const { return m_catalog; }
    JobQueue *queue() const { return m_queue; }
    HistoryStore *history() const { return m_history.get(); }
    SecretStore *keychain() const { return m_keychain; }
    SecretStore *sessionStore() const { return m_sessionStore; }
    // The app's preferences (concurrency limits are applied from here as they change).
    Settings *settings() const { return m_settings; }
    QString dataDir() const { return m_dataDir; }
    // The message of a history that could not be opened (the app runs on without one).
    QString historyError() const { return m_historyError; }
    // What the designer should know from the start: a history that could not be opened, base
    // URL overrides that send a key to a host that is not the provider's (never the key itself).
    QStringList startupWarnings() const;

    // Concurrency: everything at once, and per provider (Settings' values at start).
    void setLimits(int global, int perProvider);

    // Runs `model` with `values` (already validated by the caller's form; checked again here).
    // `sketchPath` is remembered with the result. Returns nullptr and a message in `error` when
    // the values are refused (nothing is sent).
    Job *generate(const ModelSpec &model, const QJsonObject &values, const QString &sketchPath,
                  QString *error = nullptr);

    // One sketch and intent on several models. `intent` holds prompt, negative_prompt, seed,
    // strength (0–1), aspect ("W:H") and num_images; it is mapped through each model's roles,
    // the sketch goes into each structure image field and `overrides` (model id -> exact values)
    // win over both. Models whose values are refused get no job; their message is in `errors`.
    QList<Job *> compare(const QList<QString> &modelIds, const QJsonObject &intent,
                         const QHash<QString, QJsonObject> &overrides, const QString &sketchPath,
                         QHash<QString, QString> *errors = nullptr);
    // The values compare() would send to `model` (for previews and tests).
    static QJsonObject compareValues(const ModelSpec &model, const QJsonObject &intent,
                                     const QJsonObject &overrides, const QString &sketchPath);

    // Enqueues the same request again (a new job).
    Job *retry(Job *job);
    // Cancels the most recent job that has not ended; false when none runs.
    bool cancelLatest();

    QList<Job *> jobs() const;
    Job *job(const QString &id) const;
    int activeJobCount() const;

    // The decoded results of a finished job (empty until jobFinished() was emitted for it).
    QList<QImage> results(const Job *job) const;
    // The history entry id of a recorded job; empty until jobFinished() or without history.
    QString historyId(const Job *job) const;

    static std::optional<double> estimateCost(const ModelSpec &model, const QJsonObject &values);
    double sessionCost() const { return m_sessionCost; }
    double todayCost() const;

    // Picks up the GUI's unfinished jobs from the journal (see JobQueue::resumeUnfinished).
    QList<Job *> resumeUnfinished();

    // Keys. setKey() after the settings dialog stored (or removed, when empty) a key.
    void setKey(const QString &provider, const QString &key);
    // Reads every key again (environment, keychain, session store) after the settings dialog
    // changed them; a provider whose key is unchanged keeps its status.
    void reloadKeys();
    QString key(const QString &provider) const { return m_keys.value(provider); }
    bool isKeyKnown(const QString &provider) const { return m_keysKnown.contains(provider); }
    QStringList providers() const;
    ProviderStatus providerStatus(const QString &provider) const;
    QString providerStatusText(const QString &provider) const;

    // Where the user sets a key: for messages.
    static QString keyHint(const QString &provider);

Q_SIGNALS:
    void jobAdded(Job *job);
    // After the results were decoded and the history written.
    void jobFinished(Job *job);
    void historyAdded(const HistoryEntry &entry);
    void costsChanged();
    void providerStatusChanged(const QString &provider, int status);
    void keyMissing(const QString &provider);
    void keysLoaded();
    // Something the user should know that belongs to no job (history cannot be written ...).
    void warning(const QString &message);

private:
    friend class SessionRun;

    void loadKeys();
    void resolveKey(const QString &provider, const QString &key);
    void setProviderStatus(const QString &provider, ProviderStatus status);
    void onRunEnded(const QString &provider, const JobOutcome &outcome);
    void onJobFinished(Job *job);
    void recordJob(Job *job, const QList<QImage> &images);
    void finishJob(Job *job, const QString &historyId);
    Job *enqueue(const ModelSpec &model, const QJsonObject &values, const QJsonObject &context);

    ModelCatalog *m_catalog = nullptr;
    SecretStore *m_keychain = nullptr;
    SecretStore *m_sessionStore = nullptr;
    QString m_dataDir;
    Settings *m_settings = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<ProviderRegistry> m_registry;
    std::unique_ptr<JobJournal> m_journal;
    JobQueue *m_queue = nullptr;
    std::unique_ptr<HistoryStore> m_history;
    QString m_historyError;
    QThreadPool *m_decodePool = nullptr;
    QThreadPool *m_historyPool = nullptr;

    QHash<QString, QString> m_keys;
    QSet<QString> m_keysKnown;
    QHash<QString, ProviderStatus> m_status;

    QHash<QString, QList<QImage>> m_results;  // job id -> decoded images
    QHash<QString, QString> m_historyIds;     // job id -> history entry id
    double m_sessionCost = 0;
    double m_todayBase = 0;
    QDate m_today;
    int m_pollIntervalMs = 0;
};
