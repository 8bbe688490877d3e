#pragma once

#include "jobs/resultsink.h"

class HistoryStore;

// The CLI's ResultSink: a result goes to the --output path the job carries in its context
// ("out.png", or "out-1.png" ... "out-N.png" for several images), as PNG with its generation
// parameters, JPEG or WebP, written atomically. The job journal keeps the job until the files
// are there, so `reimagine-cli resume` finishes a run that was killed while writing.
//
// With the app's history open, every run is also recorded there, as the app records its own:
// the images are copied into the history's results folder (deleting the run in the app never
// touches the --output files) and the row's id is the job id, so recording again after a kill
// makes no second row. A night's batch is browsed, compared and voted on in the app.
class OutputSink final : public ResultSink
{
public:
    explicit OutputSink(HistoryStore *history = nullptr); // not owned; null: files only

    bool writeOutputs(FinishedRun &run, QString *error) override;
    QString record(const FinishedRun &run, QString *error) override;

private:
    HistoryStore *m_history;
};
