#include "leaderboardcommand.h"

#include "clirunner.h"

#include "history/historystore.h"
#include "history/leaderboard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int LeaderboardCommand::run(const QStringList &args, HistoryStore *history, QTextStream &out, QTextStream &err,
                            QString *usageError)
{
    QString tag;
    bool csv = false;
    bool json = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--csv")) {
            csv = true;
        } else if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--tag") && i + 1 < args.size()) {
            tag = args.at(++i);
        } else if (arg.startsWith(QLatin1String("--tag="))) {
            tag = arg.mid(6);
        } else {
            *usageError = arg == QLatin1String("--tag") ? tr("--tag needs a value")
                                                        : tr("'leaderboard' does not take '%1'").arg(arg);
            return ExitCode::Usage;
        }
    }
    if (csv && json) {
        *usageError = tr("choose one of --csv and --json");
        return ExitCode::Usage;
    }
    if (!history) {
        err << "reimagine-cli: " << tr("there is no history to rank from.") << Qt::endl;
        return ExitCode::InvalidInput;
    }
    const QList<Leaderboard::Row> rows =
        Leaderboard::compute(history->votes(tag), history->modelStats(tag), history->modelTitles());
    if (csv) {
        out << QString::fromUtf8(Leaderboard::toCsv(rows));
        out.flush();
        return ExitCode::Ok;
    }
    if (json) {
        QJsonArray list;
        int rank = 0;
        for (const Leaderboard::Row &row : rows) {
            QJsonObject item{{QStringLiteral("model"), row.modelId},
                             {QStringLiteral("title"), row.modelTitle},
                             {QStringLiteral("votes"), row.votes},
                             {QStringLiteral("wins"), row.wins},
                             {QStringLiteral("losses"), row.losses},
                             {QStringLiteral("ties"), row.ties},
                             {QStringLiteral("runs"), row.stats.runs}};
            if (row.rating) {
                item.insert(QStringLiteral("rank"), ++rank);
                item.insert(QStringLiteral("rating"), *row.rating);
            }
            if (row.stats.runs > 0)
                item.insert(QStringLiteral("mean_time_s"), row.stats.meanElapsedMs / 1000.0);
            if (row.stats.meanCostUsd)
                item.insert(QStringLiteral("mean_cost_usd"), *row.stats.meanCostUsd);
            if (row.stats.meanStructureScore)
                item.insert(QStringLiteral("mean_structure_score"), *row.stats.meanStructureScore);
            list.append(item);
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("tag"), tag}, {QStringLiteral("models"), list}})
                   .toJson(QJsonDocument::Indented);
        out.flush();
        return ExitCode::Ok;
    }
    bool anyVote = false;
    for (const Leaderboard::Row &row : rows)
        anyVote = anyVote || row.rating.has_value();
    if (!anyVote) {
        out << tr("No blind votes yet%1. Judge a comparison in the app (Run > Judge Blind...) to rank "
                  "the models.")
                   .arg(tag.isEmpty() ? QString() : tr(" for the tag '%1'").arg(tag))
            << Qt::endl;
        return ExitCode::Ok;
    }
    int modelWidth = 5;
    for (const Leaderboard::Row &row : rows)
        modelWidth = qMax(modelWidth, static_cast<int>(row.modelId.size()));
    out << QStringLiteral("RANK  RATING  VOTES (W-L-T)     TIME     COST     STRUCTURE  ")
        << QStringLiteral("MODEL") << '\n';
    int rank = 0;
    for (const Leaderboard::Row &row : rows) {
        const QString votes = QStringLiteral("%1 (%2-%3-%4)").arg(row.votes).arg(row.wins).arg(row.losses).arg(row.ties);
        out << (row.rating ? QString::number(++rank) : QStringLiteral("-")).leftJustified(6)
            << (row.rating ? QString::number(*row.rating, 'f', 0) : QStringLiteral("-")).leftJustified(8)
            << votes.leftJustified(18)
            << (row.stats.runs > 0 ? QStringLiteral("%1 s").arg(row.stats.meanElapsedMs / 1000.0, 0, 'f', 1)
                                   : QStringLiteral("-"))
                   .leftJustified(9)
            << (row.stats.meanCostUsd ? QStringLiteral("$%1").arg(*row.stats.meanCostUsd, 0, 'f', 3)
                                      : QStringLiteral("-"))
                   .leftJustified(9)
            << (row.stats.meanStructureScore ? QString::number(*row.stats.meanStructureScore, 'f', 2)
                                             : QStringLiteral("-"))
                   .leftJustified(11)
            << row.modelId << '\n';
    }
    out.flush();
    return ExitCode::Ok;
}
