#pragma once

#include "net/apiresult.h"
#include "schema/modelspec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>
#include <QUrl>

#include <optional>

// What to run: a model and the values its provider receives. Image fields hold a local file path,
// an http(s) URL or a data URI; the provider uploads or encodes local files as it needs.
struct JobRequest
{
    QString jobId;       // assigned by JobQueue/JobJournal (a UUID without braces)
    ModelSpec model;
    QJsonObject values;  // validated against model
};

// Where a provider job lives on the provider's side: enough to resume it after a restart.
// Saved verbatim in the journal.
struct ProviderHandle
{
    QString requestId;   // fal request_id, Freepik task_id, Segmind x-request-id
    QUrl statusUrl;      // fal
    QUrl responseUrl;    // fal
    QUrl cancelUrl;      // fal
    QUrl pollUrl;        // Freepik task URL
    // Where the finished job's images can be downloaded from (fal CDN, Freepik URLs): recorded
    // as soon as the provider names them, so a resumed job fetches them at once.
    QList<QUrl> outputUrls;

    bool isEmpty() const { return requestId.isEmpty(); }
    QJsonObject toJson() const;
    static ProviderHandle fromJson(const QJsonObject &object);
};

struct OutputImage
{
    QByteArray bytes;      // exactly as downloaded; released once the image is kept on disk
    QByteArray mimeType;   // sniffed from the bytes, never taken from Content-Type alone
    QSize size;
    QUrl sourceUrl;        // where it was downloaded from (empty for inline replies)
    QString filePath;      // where it is kept once saved (history result, CLI output)
};

struct JobOutcome
{
    ApiResult::Error error = ApiResult::Error::None;
    QString message;                      // for the user when failed
    QList<ApiFieldError> fieldErrors;     // mapped onto form fields
    QList<OutputImage> outputs;
    std::optional<qint64> seed;
    std::optional<double> costUsd;
    std::optional<double> remainingCredits;
    QString requestId;
    QJsonObject raw;                      // the provider's result JSON, when there is one
    // The billed request was sent and its answer lost (502/504, timeout, reset): the provider
    // may have done the work and charged it. Nothing was resent; a retry says so.
    bool mayHaveCharged = false;

    bool ok() const { return error == ApiResult::Error::None; }

    // Everything but the image bytes, for the job journal (a result that is being saved).
    QJsonObject toJson() const;
    static JobOutcome fromJson(const QJsonObject &object);
    // The seed the run used: the provider's answer, else the value sent in `seedField`.
    std::optional<qint64> seedUsed(const QJsonObject &values, const QString &seedField) const;
};

// The visible life of a job.
enum class JobState
{
    Preparing,
    Uploading,
    Queued,
    Running,
    Downloading,
    Saving,      // the result is here and being written to disk and the history
    Done,
    Failed,
    Cancelled,
    Interrupted // the app stopped while submitting: not resubmitted, so never paid twice
};

QString jobStateName(JobState state);              // "queued", stable, for files and JSON
std::optional<JobState> jobStateFromName(const QString &name);
bool isTerminal(JobState state);
