#include "outputsink.h"

#include "history/historystore.h"
#include "imaging/resultwriter.h"
#include "session/historysink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace {
bool historyOpen(const HistoryStore *history)
{
    return history && history->isOpen();
}
} // namespace

OutputSink::OutputSink(HistoryStore *history)
    : m_history(history)
{
}

bool OutputSink::writeOutputs(FinishedRun &run, QString *error)
{
    const QString output = run.context.value(QLatin1String("output")).toString();
    if (output.isEmpty()) {
        *error = QCoreApplication::translate("OutputSink", "The job has no output path.");
        return false;
    }
    const QStringList paths = ResultWriter::numberedPaths(output, static_cast<int>(run.outcome.outputs.size()));
    const GenerationInfo info = HistorySink::generationInfo(run);
    for (int i = 0; i < run.outcome.outputs.size() && i < paths.size(); ++i) {
        OutputImage &image = run.outcome.outputs[i];
        if (!ResultWriter::write(image, info, paths.at(i), error))
            return false;
        image.filePath = paths.at(i);
    }
    return true;
}

QString OutputSink::record(const FinishedRun &run, QString *error)
{
    if (!historyOpen(m_history))
        return QString();
    HistoryEntry entry = HistorySink::entryFor(run);
    entry.outputPaths.clear();
    if (run.state == JobState::Saving && !run.outcome.outputs.isEmpty()) {
        // The history keeps copies of its own, so deleting the run in the app never touches
        // the --output files. After a kill the images are read back from those files; writing
        // the copies again replaces them.
        QList<OutputImage> copies = run.outcome.outputs;
        for (OutputImage &copy : copies) {
            if (copy.bytes.isEmpty()) {
                QFile file(copy.filePath);
                if (!file.open(QIODevice::ReadOnly)) {
                    *error = QCoreApplication::translate("OutputSink", "Cannot read %1 for the history: %2")
                                 .arg(QDir::toNativeSeparators(copy.filePath), file.errorString());
                    return QString();
                }
                copy.bytes = file.readAll();
            }
            copy.filePath.clear();
        }
        if (!m_history->writeResultFiles(run.jobId, HistorySink::generationInfo(run), &copies, error))
            return QString();
        for (const OutputImage &copy : std::as_const(copies))
            entry.outputPaths.append(copy.filePath);
    }
    const std::optional<HistoryEntry> recorded = m_history->recordRun(entry, error);
    return recorded ? recorded->id : QString();
}
