#pragma once

#include <QCoreApplication>
#include <QStringList>

class HistoryStore;
class QTextStream;

// `reimagine-cli leaderboard [--tag TAG] [--csv | --json]`: the personal leaderboard of the app
// (Bradley-Terry ratings from the blind votes in the shared history, with each model's votes and
// mean time, cost and structure score) as a table, CSV (the app's export) or JSON.
class LeaderboardCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeaderboardCommand)

public:
    // Returns the exit code; `history` is the open shared history (nullptr: it could not be
    // opened, said already). Wrong options: ExitCode::Usage with the message in `usageError`.
    static int run(const QStringList &args, HistoryStore *history, QTextStream &out, QTextStream &err,
                   QString *usageError);
};
