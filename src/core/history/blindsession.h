#pragma once

#include "historyentry.h"

#include <QList>
#include <QString>

#include <optional>

// A blind A/B session over the results of one comparison: every two results of different models
// are shown as a pair, in random order and on random sides, without their names, until each pair
// was judged (left, right, tie) or skipped. Each judgement becomes a RunVote for the history;
// the names are the caller's to reveal once the session isFinished().
class BlindSession
{
public:
    enum class Choice { Left, Right, Tie, Skip };
    struct Pair
    {
        HistoryEntry left, right;
        std::optional<Choice> choice; // unset until judged
    };

    // `runs`: the runs of one comparison; finished runs with an image take part. `seed` fixes
    // the order and the sides (tests); the app passes a random one.
    BlindSession(const QList<HistoryEntry> &runs, quint32 seed);

    // Why no session can be held (fewer than two models with a result), or empty.
    QString problem() const { return m_problem; }
    int pairCount() const { return int(m_pairs.size()); }
    int currentIndex() const { return m_current; } // pairCount() once finished
    bool isFinished() const { return m_current >= m_pairs.size(); }
    const Pair &current() const { return m_pairs.at(m_current); }
    const QList<Pair> &pairs() const { return m_pairs; }

    // Judges the current pair and moves to the next. Returns the vote to record (none for Skip,
    // or when the session is finished).
    std::optional<RunVote> choose(Choice choice);
    // Goes back to the previous pair to judge it again (its earlier vote is replaced when the
    // new choice is recorded). False on the first pair.
    bool back();

    // The votes of this session, one per judged pair, in the order of the pairs.
    QList<RunVote> votes() const;

    // Runs that can take part: finished, with an image.
    static bool takesPart(const HistoryEntry &run);

private:
    static std::optional<RunVote> voteFor(const Pair &pair);

    QList<Pair> m_pairs;
    int m_current = 0;
    QString m_problem;
};
