#pragma once

#include "model/jobtypes.h"
#include "schema/modelspec.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class CostLedger;
class HistorySink;
class HistoryStore;
class ImageCache;
class Job;
class JobJournal;
class JobQueue;
class KeyResolver;
class ModelCatalog;
class ProviderRegistry;
class QNetworkAccessManager;
class QThreadPool;
class RunFactory;
class SecretStore;
class Settings;

// The app's non-visual state, so the main window only composes. It owns and wires small parts
// that each do one thing: the KeyResolver (which key each provider uses), the RunFactory (the
// provider run for a job, shared with the CLI), the JobQueue with its journal, the HistorySink
// (a finished result is written and recorded before the job is Done), the CostLedger (prices,
// totals, confirmation and budget) and the provider status dots.
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
    // Waits for results that are being saved; running jobs stay in the journal and resume at
    // the next start.
    ~StudioSession() override;

    static QString defaultDataDir(); // <XDG data>/reimagine-studio

    ModelCatalog *catalog() const { return m_catalog; }
    JobQueue *queue() const { return m_queue; }
    // The run history; nullptr when it could not be opened (see startupWarnings()).
    HistoryStore *history() const;
    KeyResolver *keys() const { return m_keys; }
    CostLedger *costs() const { return m_costs; }
    // Decoded result images, bounded (the views load results from their files through it).
    ImageCache *images() const { return m_images; }
    // Where background work on the history runs (one thread, in order): the session waits for
    // it before the history goes, so a read or write started there never outlives the store.
    QThreadPool *historyWorkers() const { return m_workers; }
    SecretStore *keychain() const { return m_keychain; }
    SecretStore *sessionStore() const { return m_sessionStore; }
    // The app's preferences (concurrency limits are applied from here as they change).
    Settings *settings() const { return m_settings; }
    QNetworkAccessManager *network() const { return m_network; }
    QString dataDir() const { return m_dataDir; }
    // What the designer should know from the start: a history that could not be opened, a
    // damaged history or job journal entry that was moved aside (naming where it went), base
    // URL overrides that send a key to a host that is not the provider's (never the key itself).
    QStringList startupWarnings() const;

    // Concurrency: everything at once, and per provider (Settings' values at start).
    void setLimits(int global, int perProvider);

    // Runs `model` with `values` (already validated by the caller's form; checked again here).
    // `sketchPath` is remembered with the result. Returns nullptr and a message in `error` when
    // the values are refused (nothing is sent). The caller has shown the cost (CostLedger).
    // `context` joins the job's context (a rerun's "compare" id: the result joins that comparison).
    Job *generate(const ModelSpec &model, const QJsonObject &values, const QString &sketchPath,
                  QString *error = nullptr, const QJsonObject &context = {});

    // One sketch and intent on several models. `intent` holds prompt, negative_prompt, seed,
    // strength (0–1), aspect ("W:H") and num_images; it is mapped through each model's roles,
    // the sketch goes into each structure image field and `overrides` (model id -> exact values)
    // win over both. Models whose values are refused get no job; their message is in `errors`.
    QList<Job *> compare(const QList<QString> &modelIds, const QJsonObject &intent,
                         const QHash<QString, QJsonObject> &overrides, const QString &sketchPath,
                         QHash<QString, QString> *errors = nullptr);
    // The values compare() would send to `model` (for previews, cost estimates and tests).
    static QJsonObject compareValues(const ModelSpec &model, const QJsonObject &intent,
                                     const QJsonObject &overrides, const QString &sketchPath);

    // Enqueues the same request again (a new job).
    Job *retry(Job *job);
    // Cancels the most recent job that has not ended; false when none runs.
    bool cancelLatest();
    // Lets go of ended jobs (JobQueue::removeFinished): a long session stays small.
    int clearFinished();

    QList<Job *> jobs() const;
    Job *job(const QString &id) const;
    int activeJobCount() const;

    // The history entry id of a recorded job; empty until jobFinished() or without history.
    QString historyId(const Job *job) const;

    // Picks up the GUI's unfinished jobs from the journal (see JobQueue::resumeUnfinished).
    QList<Job *> resumeUnfinished();

    // Keys. setKey() after the settings dialog stored (or removed, when empty) a key.
    void setKey(const QString &provider, const QString &key);
    // Reads every key again (environment, keychain, session store) after the settings dialog
    // changed them; a provider whose key is unchanged keeps its status.
    void reloadKeys();
    QString key(const QString &provider) const;
    QStringList providers() const;
    ProviderStatus providerStatus(const QString &provider) const;
    QString providerStatusText(const QString &provider) const;

Q_SIGNALS:
    void jobAdded(Job *job);
    // After the result was written to disk and recorded in the history (or the failure was).
    void jobFinished(Job *job);
    void providerStatusChanged(const QString &provider, int status);
    void keyMissing(const QString &provider);
    // Something the user should know that belongs to no job (history cannot be written ...).
    void warning(const QString &message);

private:
    // Reads today's spending and the models' last charges from the history (off the GUI thread);
    // again whenever another process (reimagine-cli) commits runs.
    void loadHistoryTotals();
    void setProviderStatus(const QString &provider, ProviderStatus status);
    void onKeyChanged(const QString &provider, const QString &key);
    void onRunEnded(const QString &provider, const JobOutcome &outcome);
    void onJobFinished(Job *job);

    ModelCatalog *m_catalog = nullptr;
    SecretStore *m_keychain = nullptr;
    SecretStore *m_sessionStore = nullptr;
    QString m_dataDir;
    Settings *m_settings = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<ProviderRegistry> m_registry;
    KeyResolver *m_keys = nullptr;
    RunFactory *m_factory = nullptr;
    CostLedger *m_costs = nullptr;
    ImageCache *m_images = nullptr;
    QThreadPool *m_workers = nullptr; // the session's own background reads (history totals)
    std::unique_ptr<JobJournal> m_journal;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<HistorySink> m_sink;
    JobQueue *m_queue = nullptr;
    QString m_historyError;
    QStringList m_damagedFiles; // moved aside at start: what they were, where they went

    QHash<QString, ProviderStatus> m_status;
    QHash<QString, QString> m_historyIds; // job id -> history entry id
    QStringList m_chargedJobIds;          // jobs of this session whose charge the ledger holds
};
