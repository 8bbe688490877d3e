#include "leaderboard.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

struct Tally
{
    double wins = 0;                 // ties count half
    QHash<QString, double> games;    // opponent -> judgements against it
};

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QByteArray number(double value, int decimals)
{
    return QByteArray::number(value, 'f', decimals);
}

} // namespace

double Leaderboard::ratingOf(double strength)
{
    return kBaseRating + 400.0 * std::log10(strength);
}

QMap<QString, double> Leaderboard::strengths(const QList<RunVote> &votes)
{
    QMap<QString, Tally> tallies;
    for (const RunVote &vote : votes) {
        if (vote.modelA.isEmpty() || vote.modelB.isEmpty() || vote.modelA == vote.modelB)
            continue; // two runs of one model say nothing about how models compare
        Tally &a = tallies[vote.modelA];
        Tally &b = tallies[vote.modelB];
        a.games[vote.modelB] += 1;
        b.games[vote.modelA] += 1;
        switch (vote.outcome) {
        case RunVote::Outcome::A:
            a.wins += 1;
            break;
        case RunVote::Outcome::B:
            b.wins += 1;
            break;
        case RunVote::Outcome::Tie:
            a.wins += 0.5;
            b.wins += 0.5;
            break;
        }
    }
    QMap<QString, double> p;
    for (auto it = tallies.constBegin(); it != tallies.constEnd(); ++it)
        p.insert(it.key(), 1.0);
    // MM update: p_i <- W_i / sum_j n_ij / (p_i + p_j), the reference (strength 1) included with
    // kPriorGames wins and kPriorGames losses. Converges monotonically to the maximum.
    for (int iteration = 0; iteration < 10000; ++iteration) {
        double largestStep = 0;
        QMap<QString, double> next;
        for (auto it = tallies.constBegin(); it != tallies.constEnd(); ++it) {
            const double pi = p.value(it.key());
            double denominator = 2.0 * kPriorGames / (pi + 1.0);
            for (auto game = it->games.constBegin(); game != it->games.constEnd(); ++game)
                denominator += game.value() / (pi + p.value(game.key()));
            const double updated = (it->wins + kPriorGames) / denominator;
            largestStep = std::max(largestStep, std::abs(std::log(updated / pi)));
            next.insert(it.key(), updated);
        }
        p = next;
        if (largestStep < 1e-12)
            break;
    }
    return p;
}

QList<Leaderboard::Row> Leaderboard::compute(const QList<RunVote> &votes, const QList<ModelRunStats> &stats,
                                             const QMap<QString, QString> &titles)
{
    QMap<QString, Row> rows;
    for (const ModelRunStats &s : stats) {
        Row &row = rows[s.modelId];
        row.modelId = s.modelId;
        row.modelTitle = s.modelTitle;
        row.stats = s;
    }
    for (const RunVote &vote : votes) {
        if (vote.modelA.isEmpty() || vote.modelB.isEmpty() || vote.modelA == vote.modelB)
            continue;
        Row &a = rows[vote.modelA];
        Row &b = rows[vote.modelB];
        a.modelId = vote.modelA;
        b.modelId = vote.modelB;
        ++a.votes;
        ++b.votes;
        switch (vote.outcome) {
        case RunVote::Outcome::A:
            ++a.wins;
            ++b.losses;
            break;
        case RunVote::Outcome::B:
            ++b.wins;
            ++a.losses;
            break;
        case RunVote::Outcome::Tie:
            ++a.ties;
            ++b.ties;
            break;
        }
    }
    const QMap<QString, double> p = strengths(votes);
    QList<Row> result;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        Row &row = it.value();
        if (row.modelTitle.isEmpty())
            row.modelTitle = titles.value(row.modelId, row.modelId);
        if (p.contains(row.modelId)) {
            row.strength = p.value(row.modelId);
            row.rating = ratingOf(row.strength);
        }
        result.append(row);
    }
    std::sort(result.begin(), result.end(), [](const Row &a, const Row &b) {
        if (a.rating.has_value() != b.rating.has_value())
            return a.rating.has_value();
        if (a.rating && *a.rating != *b.rating)
            return *a.rating > *b.rating;
        if (a.votes != b.votes)
            return a.votes > b.votes;
        return a.modelTitle.localeAwareCompare(b.modelTitle) < 0;
    });
    return result;
}

QByteArray Leaderboard::toCsv(const QList<Row> &rows)
{
    QByteArray csv("rank,model,model_id,rating,votes,wins,losses,ties,runs,mean_time_s,mean_cost_usd,"
                   "mean_structure_score\r\n");
    int rank = 0;
    for (const Row &row : rows) {
        QList<QByteArray> fields;
        fields << (row.rating ? QByteArray::number(++rank) : QByteArray()) << csvField(row.modelTitle)
               << csvField(row.modelId) << (row.rating ? number(*row.rating, 1) : QByteArray())
               << QByteArray::number(row.votes) << QByteArray::number(row.wins)
               << QByteArray::number(row.losses) << QByteArray::number(row.ties)
               << QByteArray::number(row.stats.runs)
               << (row.stats.runs > 0 ? number(row.stats.meanElapsedMs / 1000.0, 2) : QByteArray())
               << (row.stats.meanCostUsd ? number(*row.stats.meanCostUsd, 4) : QByteArray())
               << (row.stats.meanStructureScore ? number(*row.stats.meanStructureScore, 3) : QByteArray());
        csv += fields.join(',') + "\r\n";
    }
    return csv;
}
