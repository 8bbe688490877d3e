#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One sketch with one model in a `reimagine-cli batch`.
struct BatchPair
{
    // Pending: not sent (yet); Queued: handed to the job queue under jobId (the job journal has
    // it); the rest are how its job ended.
    enum class State { Pending, Queued, Done, Failed, Cancelled, Interrupted };

    int sketch = 0;            // index into BatchManifest::sketches
    int model = 0;             // index into BatchManifest::models
    State state = State::Pending;
    QString jobId;             // the job (and history row) of the last attempt
    QJsonObject values;        // validated, as sent
    QString sketchSent;        // the sketch the structure score refers to
    QString output;            // file name in the output folder ("cottage-fal-bria-reimagine-3-2.png")

    // How it ended (Done, Failed ...); kept for the report.
    std::optional<qint64> seed;
    std::optional<double> costUsd;
    qint64 elapsedMs = -1;
    std::optional<double> structureScore;
    QStringList outputs;       // file names in the output folder
    QString error;             // why it failed, or why it was not run
    bool submitStarted = false;
    bool mayHaveCharged = false;

    bool isFinal() const { return state != State::Pending && state != State::Queued; }
    // Failed or cancelled with nothing that may have been paid for without an answer: running
    // it again (--retry-failed) cannot pay twice for one result.
    bool canRetry() const;
    void clearResult();

    static QString stateName(State state);            // "pending", "queued", "done" ...
    static std::optional<State> stateFromName(const QString &name);
};

// The batch's own record, `reimagine-batch.json` in its output folder, rewritten atomically
// (QSaveFile) whenever a pair is sent or ends: what `batch --resume` continues from. The job
// journal knows the jobs in flight (their context names the batch and the pair), the manifest
// knows everything else, so a pair is never sent twice.
class BatchManifest
{
    Q_DECLARE_TR_FUNCTIONS(BatchManifest)

public:
    static constexpr int kFormatVersion = 1;
    static QString fileName(); // reimagine-batch.json

    QString directory;          // the output folder (absolute); not stored in the file
    QString batchId;            // UUID without braces
    QDateTime created;          // UTC
    QStringList sketches;       // absolute paths
    QStringList models;         // model ids
    double maxCostUsd = 0;      // --max-cost for the whole batch; 0: none
    int concurrency = 4;
    QList<BatchPair> pairs;     // sketch-major, in the order they are sent

    QString path() const;                          // <directory>/reimagine-batch.json
    QString filePath(const QString &name) const;   // a file of the batch in its folder
    // The compare group of a sketch in the history: all models of one sketch share it.
    QString compareId(int sketch) const;

    bool save(QString *error) const;
    // Reads the manifest in `directory`. Output names that would leave the folder, indexes out
    // of range and unknown states are refused with a message.
    static std::optional<BatchManifest> load(const QString &directory, QString *error);

    QJsonObject toJson() const;
};
