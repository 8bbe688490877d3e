#pragma once

#include "batchmanifest.h"

#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

class BatchProgress;
class CliRunner;
class Job;
class QLockFile;
struct HistoryEntry;

// `reimagine-cli batch`: every sketch with every model, into one output folder.
//
//   reimagine-cli batch --input <dir|files> --models <id,id,...> --output <dir> [--prompt TEXT]
//                       [--preset FILE] [--set key=value]... [--max-cost USD] [--concurrency N]
//                       [--json]
//   reimagine-cli batch --resume <dir> [--retry-failed] [--concurrency N] [--json]
//
// Each pair goes through what `run` does (CliRunner::parseRun, the same JobQueue with its
// limits and retries, journal, OutputSink and history), with the context keys "origin": "batch",
// "sketch", "compare" (<batch id>-<sketch index>: one compare group per sketch in the history),
// "batch" and "pair". Everything is checked before the first request: the models, every
// sketch, every value, the keys and the estimate of the whole batch against --max-cost. The
// daily budget is checked before each pair is sent; when it would be passed nothing more is
// sent, what runs ends, and the rest is reported as not run.
//
// The manifest (BatchManifest) and the report (BatchReport) are rewritten as pairs are sent and
// end. `--resume` follows the batch's jobs in the journal (never submitted again), sends what was
// never sent, and leaves alone what may have been charged; `--retry-failed` also runs again the
// pairs that failed or were cancelled (when nothing of theirs may have been charged).
//
// One process at a time works on an output folder (a lock file beside the manifest).
//
// Exit codes: 0 every pair done; 2 invalid input (nothing sent); 3 a missing key (nothing sent);
// 4 some pair failed, was cancelled or interrupted, or was not run (the daily budget); 130
// interrupted (the running jobs were cancelled first).
class BatchCommand final : public QObject
{
    Q_OBJECT

public:
    explicit BatchCommand(CliRunner *runner);
    ~BatchCommand() override;

    // Returns an exit code when done at once (invalid input ...), or -1: finished() follows.
    int start(const QStringList &args);
    // SIGINT: nothing more is sent, the running jobs are cancelled, then finished(130).
    void interrupt();

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Options
    {
        QStringList inputs;
        QStringList models;
        QString output;
        QString prompt;
        bool hasPrompt = false;
        QString preset;
        QStringList sets;
        double maxCostUsd = 0;
        int concurrency = 0; // 0: not given
        bool json = false;
        QString resume;
        bool retryFailed = false;
    };

    int parseOptions(const QStringList &args, Options *options);
    int plan(const Options &options);
    int loadForResume(const Options &options);
    int collectSketches(const QStringList &inputs, const QString &outputDir, QStringList *sketches);
    // One process at a time works on a batch folder (two could send the same pair): an exit code.
    int lockFolder(const QString &directory);
    // A pair was sent by an earlier process but neither the journal nor this manifest says how
    // it ended: the history does (its row id is the job id), else the output files.
    void reconcile(BatchPair &pair);
    void fillFromHistory(BatchPair &pair, const HistoryEntry &entry);
    // The whole batch's estimate against --max-cost and the first pair against the daily
    // budget; an exit code.
    int checkCosts();
    void waitForKeys();
    void begin();
    void feed();
    void onJobFinished(Job *job);
    // Rewrites the manifest and, with `withReport`, the report.
    void save(bool withReport = true);
    void updateProgress();
    void finishIfDone();
    int exitCode() const;
    int fail(int code, const QString &message);

    CliRunner *m_runner;
    QTextStream m_out;
    QTextStream m_err;
    BatchManifest m_manifest;
    std::unique_ptr<BatchProgress> m_progress;
    std::unique_ptr<QLockFile> m_lock;
    bool m_resuming = false;
    bool m_json = false;
    bool m_started = false;     // something may have been sent: the manifest exists
    bool m_stopping = false;    // the daily budget: nothing more is sent
    bool m_interrupted = false;
    bool m_finished = false;
    bool m_createdOutputDir = false;
    int m_inFlight = 0;
    QString m_saveError;        // said once
};
