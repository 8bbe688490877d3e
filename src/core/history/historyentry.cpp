#include "historyentry.h"

#include <utility>

QString runStatusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Done:
        return QStringLiteral("done");
    case RunStatus::Failed:
        return QStringLiteral("failed");
    case RunStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

std::optional<RunStatus> runStatusFromText(QStringView text)
{
    for (const RunStatus status : {RunStatus::Done, RunStatus::Failed, RunStatus::Cancelled}) {
        if (text == runStatusText(status))
            return status;
    }
    return std::nullopt;
}

GenerationInfo HistoryEntry::generationInfo() const
{
    GenerationInfo info;
    info.provider = provider;
    info.model = modelId;
    info.endpoint = endpoint;
    info.requestId = requestId;
    info.seed = seed;
    info.costUsd = costUsd;
    info.elapsedMs = elapsedMs;
    info.created = created;
    info.inputs = inputs;
    return info;
}

RunVote RunVote::normalized() const
{
    if (runA < runB)
        return *this;
    RunVote swapped = *this;
    std::swap(swapped.runA, swapped.runB);
    std::swap(swapped.modelA, swapped.modelB);
    if (outcome == Outcome::A)
        swapped.outcome = Outcome::B;
    else if (outcome == Outcome::B)
        swapped.outcome = Outcome::A;
    return swapped;
}
