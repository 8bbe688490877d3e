#pragma once

#include <QString>

class QSqlDatabase;

// The history database's versioned schema: v1 the runs and their outputs, v2 the structure
// scores per run and output and the run's structure settings, v3 compare groups, origins, tags
// and blind A/B votes.
namespace HistorySchema {

constexpr int Version = 3;

// Brings `db` up to Version, one transaction per step. False with a message when a step fails
// or the file was written by a newer version of the app.
bool migrate(QSqlDatabase &db, QString *error);

} // namespace HistorySchema
