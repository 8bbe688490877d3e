#include "historysink.h"

#include "costledger.h"
#include "history/historystore.h"

#include <QJsonArray>

HistorySink::HistorySink(HistoryStore *store)
    : m_store(store)
{
}

RunStatus HistorySink::statusFor(JobState state)
{
    switch (state) {
    case JobState::Saving:
    case JobState::Done:
        return RunStatus::Done;
    case JobState::Cancelled:
        return RunStatus::Cancelled;
    default:
        return RunStatus::Failed;
    }
}

GenerationInfo HistorySink::generationInfo(const FinishedRun &run)
{
    const std::optional<double> cost = CostLedger::chargeOf(run.model, run.values, run.state, run.outcome);
    return GenerationInfo::describe(run.model, run.values, run.outcome, cost, run.elapsedMs, run.created);
}

bool HistorySink::writeOutputs(FinishedRun &run, QString *error)
{
    return m_store->writeResultFiles(run.jobId, generationInfo(run), &run.outcome.outputs, error);
}

HistoryEntry HistorySink::entryFor(const FinishedRun &run)
{
    HistoryEntry entry;
    entry.id = run.jobId;
    entry.created = run.created;
    entry.modelId = run.model.id;
    entry.modelTitle = run.model.title.isEmpty() ? run.model.id : run.model.title;
    entry.provider = run.model.provider;
    entry.endpoint = run.model.endpoint;
    entry.inputs = run.values;
    const ParameterSpec *seedField = run.model.fieldForRole(QStringLiteral("seed"));
    entry.seed = run.outcome.seedUsed(run.values, seedField ? seedField->name : QString());
    entry.costUsd = CostLedger::chargeOf(run.model, run.values, run.state, run.outcome);
    entry.elapsedMs = run.elapsedMs;
    entry.requestId = run.outcome.requestId.isEmpty() ? run.handle.requestId : run.outcome.requestId;
    entry.status = statusFor(run.state);
    if (run.state != JobState::Saving && run.state != JobState::Done)
        entry.error = run.outcome.message;
    entry.sketchPath = run.context.value(QLatin1String("sketch")).toString();
    entry.compareId = run.context.value(QLatin1String("compare")).toString();
    entry.origin = run.context.value(QLatin1String("origin")).toString();
    for (const QJsonValue &tag : run.context.value(QLatin1String("tags")).toArray())
        entry.tags.append(tag.toString());
    for (const OutputImage &output : run.outcome.outputs) {
        if (!output.filePath.isEmpty())
            entry.outputPaths.append(output.filePath);
    }
    if (!run.outcome.outputs.isEmpty())
        entry.size = run.outcome.outputs.constFirst().size;
    return entry;
}

QString HistorySink::record(const FinishedRun &run, QString *error)
{
    if (!m_store->isOpen())
        return QString(); // the files are kept; there is no history to list them in
    const std::optional<HistoryEntry> recorded = m_store->recordRun(entryFor(run), error);
    return recorded ? recorded->id : QString();
}
