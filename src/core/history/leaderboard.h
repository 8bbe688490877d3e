#pragma once

#include "historyentry.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// The designer's own ranking of models, from their blind A/B votes (RunVote), with what each
// model's runs cost and gave beside it.
//
// Ratings: a Bradley-Terry model fitted by maximum likelihood with Hunter's MM iteration
// (Hunter 2004, "MM algorithms for generalized Bradley-Terry models"). Each model i has a
// strength p_i and wins against j with probability p_i / (p_i + p_j). A tie counts as half a win
// for each side. Every model also plays one virtual win and one virtual loss against a fixed
// reference of strength 1: this keeps a model that won (or lost) every vote finite and pulls
// models with few votes towards the middle. Ratings are shown on the Elo scale,
// 1000 + 400 log10(p_i): 1000 is the reference, and 400 points more means ten times the odds.
// docs/LEADERBOARD.md explains it with an example.
class Leaderboard
{
public:
    struct Row
    {
        QString modelId;
        QString modelTitle;
        std::optional<double> rating; // unset: the model has no vote in this scope
        double strength = 0;          // p_i (1 = the reference); 0 without votes
        int votes = 0;                // judgements the model took part in (ties included)
        int wins = 0, losses = 0, ties = 0;
        ModelRunStats stats;          // its finished runs in the scope (runs 0: none)
    };

    static constexpr double kPriorGames = 1.0; // virtual wins and losses against the reference
    static constexpr double kBaseRating = 1000.0;

    // Rows for every model that has a vote or a finished run, best rating first (models without
    // votes last, by title). `titles` names models whose runs are gone (model id -> title).
    static QList<Row> compute(const QList<RunVote> &votes, const QList<ModelRunStats> &stats,
                              const QMap<QString, QString> &titles = {});

    // Fits the Bradley-Terry strengths of the models in `votes` (model id -> p_i).
    static QMap<QString, double> strengths(const QList<RunVote> &votes);
    static double ratingOf(double strength);

    // The rows as CSV (RFC 4180, UTF-8, "." decimals, a header line): rank, model, model_id,
    // rating, votes, wins, losses, ties, runs, mean_time_s, mean_cost_usd, mean_structure_score.
    static QByteArray toCsv(const QList<Row> &rows);
};
