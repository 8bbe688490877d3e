#include "blindsession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

BlindSession::BlindSession(const QList<HistoryEntry> &runs, quint32 seed)
{
    QList<HistoryEntry> eligible;
    QSet<QString> models;
    for (const HistoryEntry &run : runs) {
        if (takesPart(run)) {
            eligible.append(run);
            models.insert(run.modelId);
        }
    }
    if (models.size() < 2) {
        m_problem = QCoreApplication::translate(
            "BlindSession", "Blind judging needs the results of at least two models of one comparison.");
        return;
    }
    // Sort first so that the same runs and seed give the same session, whatever order they came in.
    std::sort(eligible.begin(), eligible.end(),
              [](const HistoryEntry &a, const HistoryEntry &b) { return a.id < b.id; });
    QRandomGenerator random(seed);
    for (int i = 0; i < eligible.size(); ++i) {
        for (int j = i + 1; j < eligible.size(); ++j) {
            if (eligible.at(i).modelId == eligible.at(j).modelId)
                continue;
            const bool swap = random.bounded(2) == 1;
            m_pairs.append({swap ? eligible.at(j) : eligible.at(i), swap ? eligible.at(i) : eligible.at(j), {}});
        }
    }
    // Fisher-Yates with the same generator: a model is not always first.
    for (qsizetype i = m_pairs.size() - 1; i > 0; --i)
        m_pairs.swapItemsAt(i, random.bounded(int(i + 1)));
}

bool BlindSession::takesPart(const HistoryEntry &run)
{
    return run.status == RunStatus::Done && !run.outputPaths.isEmpty() && QFileInfo::exists(run.outputPaths.constFirst());
}

std::optional<RunVote> BlindSession::voteFor(const Pair &pair)
{
    if (!pair.choice || *pair.choice == Choice::Skip)
        return std::nullopt;
    RunVote vote;
    vote.runA = pair.left.id;
    vote.runB = pair.right.id;
    vote.modelA = pair.left.modelId;
    vote.modelB = pair.right.modelId;
    vote.compareId = pair.left.compareId;
    vote.outcome = *pair.choice == Choice::Left ? RunVote::Outcome::A
        : *pair.choice == Choice::Right         ? RunVote::Outcome::B
                                                : RunVote::Outcome::Tie;
    vote.created = QDateTime::currentDateTimeUtc();
    return vote.normalized();
}

std::optional<RunVote> BlindSession::choose(Choice choice)
{
    if (isFinished())
        return std::nullopt;
    m_pairs[m_current].choice = choice;
    const std::optional<RunVote> vote = voteFor(m_pairs.at(m_current));
    ++m_current;
    return vote;
}

bool BlindSession::back()
{
    if (m_current == 0)
        return false;
    --m_current;
    return true;
}

QList<RunVote> BlindSession::votes() const
{
    QList<RunVote> result;
    for (const Pair &pair : m_pairs) {
        if (const std::optional<RunVote> vote = voteFor(pair))
            result.append(*vote);
    }
    return result;
}
