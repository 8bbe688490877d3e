#include "outputsink.h"

#include "imaging/pngmetadata.h"
#include "imaging/resultwriter.h"
#include "session/costledger.h"

#include <QCoreApplication>

bool OutputSink::writeOutputs(FinishedRun &run, QString *error)
{
    const QString output = run.context.value(QLatin1String("output")).toString();
    if (output.isEmpty()) {
        *error = QCoreApplication::translate("OutputSink", "The job has no output path.");
        return false;
    }
    const QStringList paths = ResultWriter::numberedPaths(output, static_cast<int>(run.outcome.outputs.size()));
    const std::optional<double> cost = CostLedger::chargeOf(run.model, run.values, run.state, run.outcome);
    const GenerationInfo info =
        GenerationInfo::describe(run.model, run.values, run.outcome, cost, run.elapsedMs, run.created);
    for (int i = 0; i < run.outcome.outputs.size() && i < paths.size(); ++i) {
        OutputImage &image = run.outcome.outputs[i];
        if (!ResultWriter::write(image, info, paths.at(i), error))
            return false;
        image.filePath = paths.at(i);
    }
    return true;
}

QString OutputSink::record(const FinishedRun &, QString *)
{
    return QString();
}
