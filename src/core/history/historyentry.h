#pragma once

#include "imaging/pngmetadata.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

// How a recorded run ended. The database keeps it as text ("done", "failed", "cancelled");
// runStatusText() and runStatusFromText() are the one conversion between the two.
enum class RunStatus { Done, Failed, Cancelled };

QString runStatusText(RunStatus status);
// std::nullopt for text that names no status.
std::optional<RunStatus> runStatusFromText(QStringView text);
Q_DECLARE_METATYPE(RunStatus)

// One finished run as the history keeps it.
struct HistoryEntry
{
    QString id;                  // UUID without braces
    QDateTime created;           // UTC
    QString modelId;             // "fal:bria/reimagine/3.2"
    QString modelTitle;          // "Bria Reimagine 3.2"
    QString provider;
    QString endpoint;
    QString prompt;
    QString negativePrompt;
    QJsonObject inputs;          // every input value as sent
    std::optional<qint64> seed;
    std::optional<double> costUsd;
    qint64 elapsedMs = 0;
    QString requestId;
    RunStatus status = RunStatus::Done;
    QString error;
    int rating = 0;              // 0 (none) ... 5
    bool favourite = false;
    QString sketchPath;
    QSize size;                  // of the first output; invalid when there is none
    QStringList outputPaths;     // PNG files with the generation metadata embedded
    QStringList thumbPaths;      // JPEG thumbnails, same order
    // How well the results kept the sketch's structure (StructureScore, 0-1): per output (same
    // order, -1 when not scored) and of the best one; unset until scored.
    QList<double> outputScores;
    std::optional<double> structureScore;
    QJsonObject structure;       // the StructureSettings of the run (clean-up, map), or empty
    // The comparison the run belongs to: the runs of one compare, one sketch of a batch, and
    // the reruns that joined them share it. Empty for a run of its own.
    QString compareId;
    QString origin;              // "app", "cli", "batch"; empty for runs recorded before v3
    QStringList tags;            // the designer's tags (projects, clients), sorted

    bool isValid() const { return !id.isEmpty(); }
    // What PngMetadata embeds for this run (for "Copy Parameters" and "Save As…").
    GenerationInfo generationInfo() const;
};
Q_DECLARE_METATYPE(HistoryEntry)
// Its members are all relocatable: a long QList<HistoryEntry> grows by moving memory, not by
// moving each entry (the History model holds up to every run of the history).
Q_DECLARE_TYPEINFO(HistoryEntry, Q_RELOCATABLE_TYPE);

struct HistoryFilter
{
    QString text;                // words matched as prefixes in prompt and negative prompt
    QString modelId;             // empty: any
    QString provider;            // empty: any
    QDate from, to;              // local calendar days, inclusive; invalid: open-ended
    bool favouritesOnly = false;
    QString compareId;           // empty: any; else the runs of that comparison
    QString tag;                 // empty: any; else runs that carry this tag
    // Results: runs that made images; Problems: failed and cancelled ones.
    enum class Status { All, Results, Problems };
    Status status = Status::All;
    int limit = 500;             // <= 0: no limit
    enum class Sort { Newest, StructureScore };
    Sort sort = Sort::Newest;    // StructureScore: best first, unscored runs last (newest first)

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && modelId.isEmpty() && provider.isEmpty() && !from.isValid()
            && !to.isValid() && !favouritesOnly && status == Status::All && compareId.isEmpty()
            && tag.isEmpty();
    }
};

// Where a page of runs ends in a HistoryFilter's order: the next page starts after this run
// (keyset paging on the sort columns, so a page deep in a long history costs as much as the first).
struct HistoryPageKey
{
    bool valid = false;                      // false: from the first run
    QString created;                         // the runs table's text of the run's creation time
    qint64 rowId = 0;
    std::optional<double> structureScore;    // for Sort::StructureScore
};

// One page of runs (HistoryStore::findPage).
struct HistoryPage
{
    QList<HistoryEntry> entries;
    HistoryPageKey last;                     // of the last entry; not valid when there is none
    bool more = false;                       // a full page: more runs may follow
};

// One blind A/B judgement of two runs of the same comparison. The store keeps the pair in a
// fixed order (runA < runB); which side the judge saw each run on is not kept.
struct RunVote
{
    enum class Outcome { A, B, Tie };
    QString runA, runB;
    QString modelA, modelB;
    Outcome outcome = Outcome::Tie;
    QString compareId;
    QDateTime created;           // UTC

    // The same judgement with runA < runB (swapping the runs swaps the winner).
    RunVote normalized() const;
};

// What a model's recorded runs cost and gave (the leaderboard's columns), over the runs in one
// scope (every run, or those with a tag): finished runs only.
struct ModelRunStats
{
    QString modelId;
    QString modelTitle;
    int runs = 0;
    double meanElapsedMs = 0;
    std::optional<double> meanCostUsd;        // unset when none of the runs was priced
    std::optional<double> meanStructureScore; // unset when none was scored
};
