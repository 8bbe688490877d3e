#pragma once

#include "jobs/resultsink.h"

// The CLI's ResultSink: a result goes to the --output path the job carries in its context
// ("out.png", or "out-1.png" ... "out-N.png" for several images), as PNG with its generation
// parameters, JPEG or WebP, written atomically. The job journal keeps the job until the files
// are there, so `reimagine-cli resume` finishes a run that was killed while writing.
class OutputSink final : public ResultSink
{
public:
    bool writeOutputs(FinishedRun &run, QString *error) override;
    QString record(const FinishedRun &run, QString *error) override;
};
