#pragma once

#include "model/jobtypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A finished run as the place that keeps results sees it: a copy, safe to hand to a worker.
struct FinishedRun
{
    QString jobId;
    ModelSpec model;
    QJsonObject values;     // as sent (uploaded images as the local paths the designer chose)
    QJsonObject context;    // the caller's data (origin, sketch, output path ...)
    JobState state = JobState::Failed;   // Saving (a result to keep), Failed, Cancelled, Interrupted
    JobOutcome outcome;     // with the image bytes when state is Saving
    ProviderHandle handle;
    QDateTime created;      // UTC
    qint64 elapsedMs = 0;
};

// Where finished runs go: the app's history, the CLI's output files. JobQueue calls both
// functions on a worker thread, one run at a time, in this order for a result:
//   writeOutputs() -> the journal notes the files -> record() -> the journal entry is removed,
// so a kill at any point leaves either the journal entry (and the next start finishes the job)
// or the result on disk and recorded. Both must be idempotent for the same job id: after a crash
// they are called again for a run whose files may already exist.
class ResultSink
{
public:
    virtual ~ResultSink() = default;

    // Writes every output atomically where it is kept and sets its filePath; outputs whose
    // filePath already names a complete file are left as they are. False and a message when the
    // disk refuses.
    virtual bool writeOutputs(FinishedRun &run, QString *error) = 0;
    // Records the run (a result with its files, or a failure); returns the record's id (empty
    // when nothing is recorded). A failure leaves `error` set.
    virtual QString record(const FinishedRun &run, QString *error) = 0;
};
