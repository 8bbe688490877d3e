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

    bool isValid() const { return !id.isEmpty(); }
    // What PngMetadata embeds for this run (for "Copy Parameters" and "Save As…").
    GenerationInfo generationInfo() const;
};
Q_DECLARE_METATYPE(HistoryEntry)

struct HistoryFilter
{
    QString text;                // words matched as prefixes in prompt and negative prompt
    QString modelId;             // empty: any
    QString provider;            // empty: any
    QDate from, to;              // local calendar days, inclusive; invalid: open-ended
    bool favouritesOnly = false;
    // Results: runs that made images; Problems: failed and cancelled ones.
    enum class Status { All, Results, Problems };
    Status status = Status::All;
    int limit = 500;             // <= 0: no limit
    enum class Sort { Newest, StructureScore };
    Sort sort = Sort::Newest;    // StructureScore: best first, unscored runs last (newest first)

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && modelId.isEmpty() && provider.isEmpty() && !from.isValid()
            && !to.isValid() && !favouritesOnly && status == Status::All;
    }
};
