#pragma once

#include "structurecommand.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

class BatchCommand;
class CostLedger;
class HistoryStore;
class Job;
class JobJournal;
class JobQueue;
class KeyResolver;
class ModelCatalog;
class OutputSink;
class ProviderRegistry;
class QNetworkAccessManager;
class QTimer;
class RunFactory;
class SecretStore;
class Settings;
struct ModelSpec;

// Exit codes of reimagine-cli (the stable contract in docs/ARCHITECTURE.md).
namespace ExitCode {
constexpr int Ok = 0;
constexpr int Usage = 1;          // wrong command line (no or unknown subcommand)
constexpr int InvalidInput = 2;   // unknown model, bad value, unreadable/corrupt/oversized image
constexpr int Auth = 3;           // missing key, 401/403
constexpr int ProviderFailed = 4; // the provider refused or failed (422, 406, FAILED, ...)
constexpr int Network = 5;        // network, timeout or 5xx after retries
constexpr int Interrupted = 130;  // SIGINT: the provider job was cancelled first
}

// Parses the command line and runs one subcommand. Asynchronous work finishes by emitting
// finished(exitCode); synchronous commands return their code from start() directly.
class CliRunner : public QObject
{
    Q_OBJECT

public:
    explicit CliRunner(QObject *parent = nullptr);
    ~CliRunner() override;

    // Returns an exit code when the command is already done, or -1 when it runs on
    // (finished() follows).
    int start(const QStringList &arguments);

    // SIGINT: cancel what runs, then finish with ExitCode::Interrupted.
    void interrupt();

    // Validated form of `run`'s arguments; exposed so tests can check the mapping.
    struct RunRequest
    {
        QString modelId;
        QJsonObject values;
        QString imagePath;
        QString outputPath;
        bool json = false;
        int timeoutSeconds = 600;
        double maxCostUsd = 0; // --max-cost; 0: none
        StructureCommand::Options structure; // --cleanup, --canny, --map
        QString sketchPath;                  // the sketch sent (cleaned or --image); scores refer to it
    };

    // What `run` and `batch` share. `batch` builds the arguments of one `run` per pair and
    // goes through the same parsing, the same queue, keys, costs and history.

    // Fills `request` from `run`'s arguments; returns an exit code (Ok when valid), with the
    // reason on stderr when it is not.
    int parseRun(const QStringList &args, RunRequest *request);
    const ModelCatalog &catalog() const { return *m_catalog; }
    // Network, keys, journal and queue, created on first use (models/schema need none of them).
    // With History::Later the history is opened by the caller before a job's result is saved
    // (openHistoryBefore()), not here: `run` opens it while the provider works.
    enum class History { Now, Later };
    void ensureQueue(History history = History::Now);
    JobQueue *queue() const { return m_queue; }
    JobJournal *journal() const { return m_journal.get(); }
    KeyResolver *keys() const { return m_keys; }
    RunFactory *runFactory() const { return m_factory; }
    // The shared history, opened once for this process (the budget check and the results);
    // nullptr when it cannot be used.
    HistoryStore *openHistory();
    // Opens the history as soon as `job` is at the provider (or has ended), which is before its
    // result is saved or its failure recorded: the open (a damage check, migrations) then
    // overlaps the provider's work instead of delaying the first request.
    void openHistoryBefore(Job *job);
    // The settings' cost limits, for estimates and budget checks before anything is sent; with
    // `withHistoryTotals`, today's spending and the last charges from the history too (read once).
    CostLedger *costLedger(bool withHistoryTotals = true);
    // Prints "reimagine-cli: <message>" on stderr and returns `code`.
    int fail(int code, const QString &message);
    // Prints a warning once per process (a preset note repeated for every pair says nothing new).
    void warnOnce(const QString &warning);
    // The exit code a finished job stands for.
    static int exitCodeFor(const Job &job);

Q_SIGNALS:
    void finished(int exitCode);

private:
    int runModels(const QStringList &args);
    int runSchema(const QStringList &args);
    int runRun(const QStringList &args);
    int runResume(const QStringList &args);
    int runBatch(const QStringList &args);
    int usage(const QString &error = QString());

    int startJob(const RunRequest &request);

    // The daily budget and --max-cost, before anything is sent: an exit code (Ok when the run
    // may go), with the figures on stderr when it may not.
    int checkCost(const RunRequest &request);
    void onJobFinished(Job *job);
    void finishIfDone();

    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<ModelCatalog> m_catalog;
    std::unique_ptr<ProviderRegistry> m_registry;
    QNetworkAccessManager *m_network = nullptr;
    SecretStore *m_keychain = nullptr;
    KeyResolver *m_keys = nullptr;          // environment, then keychain; this process only
    RunFactory *m_factory = nullptr;
    std::unique_ptr<JobJournal> m_journal;
    std::unique_ptr<HistoryStore> m_history; // the app's; runs are recorded there too (openHistory)
    bool m_historyOpenTried = false;
    std::unique_ptr<OutputSink> m_sink;
    JobQueue *m_queue = nullptr;
    Settings *m_settings = nullptr;
    CostLedger *m_costs = nullptr;
    bool m_historyTotalsRead = false;
    QStringList m_warned;
    std::unique_ptr<BatchCommand> m_batch;
    QTimer *m_deadline = nullptr;
    QJsonArray m_summaries;
    int m_pendingJobs = 0;
    int m_exitCode = 0;
    bool m_json = false;
    bool m_interrupted = false;
    bool m_resuming = false;
};
