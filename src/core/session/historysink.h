#pragma once

#include "history/historyentry.h"
#include "imaging/pngmetadata.h"
#include "jobs/resultsink.h"

class HistoryStore;

// The app's ResultSink: a result goes into the history's results folder as PNG with its
// generation parameters (HistoryStore::writeResultFiles) and gets a history row whose id is the
// job id, so recording it again after a crash changes nothing. Failed and cancelled runs get a
// row without files. The job context's "compare", "origin" and "tags" go into the row.
// Without an open history the files are still written (nothing is lost) and
// no row is made.
class HistorySink final : public ResultSink
{
public:
    explicit HistorySink(HistoryStore *store); // not owned

    bool writeOutputs(FinishedRun &run, QString *error) override;
    QString record(const FinishedRun &run, QString *error) override;

    // How the history records a run that ended in `state`.
    static RunStatus statusFor(JobState state);
    // What the saved images of `run` carry (PNG metadata): model, inputs, seed, its charge, time.
    static GenerationInfo generationInfo(const FinishedRun &run);
    // The history row of `run`: id, model, inputs, seed, cost, time, status, error, sketch, and
    // the files its outputs were written to.
    static HistoryEntry entryFor(const FinishedRun &run);

private:
    HistoryStore *m_store;
};
