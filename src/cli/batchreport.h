#pragma once

#include "batchmanifest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

// The report of a batch in its output folder: report.csv and report.json, one row per pair
// (sketch-major), rewritten atomically (QSaveFile) whenever a pair ends, so a killed batch
// leaves a complete, valid report of what had ended. Sketches are named by their file name and
// outputs by their name in the output folder: the report stays right when the folder moves.
//
// CSV columns: sketch, model, status, seed, cost_usd, time_s, structure_score, output, error
// (several outputs joined with ';'). JSON: {"batch_id", "total", "done", "failed", "not_run",
// "cost_usd", "items": [{"sketch", "model", "status", "seed", "cost_usd", "elapsed_ms",
// "structure_score", "outputs", "error", "job_id"}]}; the same object `batch --json` prints.
// Statuses: done, failed, cancelled, interrupted (it may have been charged; never sent again),
// running, not_run.
class BatchReport
{
    Q_DECLARE_TR_FUNCTIONS(BatchReport)

public:
    static QString csvFileName();  // report.csv
    static QString jsonFileName(); // report.json

    static QString statusOf(const BatchPair &pair);
    static QJsonObject toJson(const BatchManifest &manifest);
    static QByteArray toCsv(const BatchManifest &manifest);
    // Writes both files; false and a message when the disk refuses.
    static bool write(const BatchManifest &manifest, QString *error);
};
