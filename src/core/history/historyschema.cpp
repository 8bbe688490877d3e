#include "historyschema.h"

#include "historysql.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// The v1 schema. Later versions append their own list; applied in order inside a transaction.
// The status values are the texts of runStatusText(); a migration is history, so they stay
// written out here.
QStringList migrationV1()
{
    return {
        QStringLiteral(
            "CREATE TABLE runs ("
            " id TEXT PRIMARY KEY NOT NULL,"
            " created TEXT NOT NULL,"
            " model_id TEXT NOT NULL DEFAULT '',"
            " model_title TEXT NOT NULL DEFAULT '',"
            " provider TEXT NOT NULL DEFAULT '',"
            " endpoint TEXT NOT NULL DEFAULT '',"
            " prompt TEXT NOT NULL DEFAULT '',"
            " negative_prompt TEXT NOT NULL DEFAULT '',"
            " inputs_json TEXT NOT NULL DEFAULT '{}',"
            " seed INTEGER,"
            " cost_usd REAL,"
            " elapsed_ms INTEGER NOT NULL DEFAULT 0,"
            " request_id TEXT NOT NULL DEFAULT '',"
            " status TEXT NOT NULL CHECK (status IN ('done', 'failed', 'cancelled')),"
            " error TEXT NOT NULL DEFAULT '',"
            " rating INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),"
            " favourite INTEGER NOT NULL DEFAULT 0 CHECK (favourite IN (0, 1)),"
            " sketch_path TEXT NOT NULL DEFAULT '',"
            " width INTEGER NOT NULL DEFAULT 0,"
            " height INTEGER NOT NULL DEFAULT 0,"
            " search_text TEXT NOT NULL DEFAULT ''"
            ")"),
        QStringLiteral("CREATE INDEX runs_created ON runs (created)"),
        QStringLiteral("CREATE INDEX runs_model ON runs (model_id)"),
        QStringLiteral("CREATE INDEX runs_provider ON runs (provider)"),
        QStringLiteral(
            "CREATE TABLE outputs ("
            " run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
            " idx INTEGER NOT NULL,"
            " file_path TEXT NOT NULL,"
            " thumb_path TEXT NOT NULL DEFAULT '',"
            " PRIMARY KEY (run_id, idx)"
            ")"),
    };
}

// v2: structure scores per run and output, the run's structure settings.
QStringList migrationV2()
{
    return {
        QStringLiteral("ALTER TABLE runs ADD COLUMN structure_score REAL"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN structure_json TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE outputs ADD COLUMN structure_score REAL"),
        QStringLiteral("CREATE INDEX runs_structure_score ON runs (structure_score)"),
    };
}

// v3: compare groups (a comparison, a batch sketch, reruns that joined them), where a run came
// from, the designer's tags, and blind A/B votes. A vote keeps both runs' models, so the
// leaderboard survives deleting a run's images; each unordered pair of runs has one vote
// (run_a < run_b), and judging a pair again replaces it.
QStringList migrationV3()
{
    return {
        QStringLiteral("ALTER TABLE runs ADD COLUMN compare_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN origin TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX runs_compare ON runs (compare_id) WHERE compare_id <> ''"),
        QStringLiteral(
            "CREATE TABLE run_tags ("
            " run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
            " tag TEXT NOT NULL,"
            " PRIMARY KEY (run_id, tag)"
            ")"),
        QStringLiteral("CREATE INDEX run_tags_tag ON run_tags (tag)"),
        QStringLiteral(
            "CREATE TABLE votes ("
            " run_a TEXT NOT NULL,"
            " run_b TEXT NOT NULL,"
            " model_a TEXT NOT NULL,"
            " model_b TEXT NOT NULL,"
            " outcome TEXT NOT NULL CHECK (outcome IN ('a', 'b', 'tie')),"
            " compare_id TEXT NOT NULL DEFAULT '',"
            " created TEXT NOT NULL,"
            " PRIMARY KEY (run_a, run_b),"
            " CHECK (run_a < run_b)"
            ")"),
    };
}

// Runs one migration step and records `version` in the same transaction.
bool applyStep(QSqlDatabase &db, const QStringList &statements, int version, QString *error)
{
    if (!db.transaction()) {
        *error = HistorySql::errorText(db.lastError());
        return false;
    }
    bool ok = true;
    for (const QString &statement : statements) {
        if (!HistorySql::exec(db, statement, error)) {
            ok = false;
            break;
        }
    }
    if (ok)
        ok = HistorySql::exec(db, QStringLiteral("DELETE FROM schema_version"), error);
    if (ok) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        query.addBindValue(version);
        ok = HistorySql::execPrepared(query, error);
    }
    if (!ok || !db.commit()) {
        if (ok)
            *error = HistorySql::errorText(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

} // namespace

namespace HistorySchema {

bool migrate(QSqlDatabase &db, QString *error)
{
    if (!HistorySql::exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"),
                          error))
        return false;
    int version = 0;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"))) {
            *error = HistorySql::errorText(query.lastError());
            return false;
        }
        if (query.next())
            version = query.value(0).toInt();
    }
    if (version > Version) {
        *error = QCoreApplication::translate("HistoryStore",
                                             "it was written by a newer version of Reimagine Studio "
                                             "(schema %1, this version reads up to %2).")
                     .arg(version)
                     .arg(Version);
        return false;
    }
    const QList<QStringList> migrations = {migrationV1(), migrationV2(), migrationV3()};
    static_assert(Version == 3, "add the new version's statements to the list above");
    for (int next = version + 1; next <= Version; ++next) {
        if (!applyStep(db, migrations.at(next - 1), next, error))
            return false;
    }
    // Indexes for the History panel's queries: a model or provider filter newest first, and best
    // structure score first, each read a page at a time without sorting the runs. Not part of the
    // schema version: an earlier version of the app opens a file that has them and ignores them.
    for (const QLatin1String statement :
         {QLatin1String("CREATE INDEX IF NOT EXISTS runs_model_created ON runs (model_id, created)"),
          QLatin1String("CREATE INDEX IF NOT EXISTS runs_provider_created ON runs (provider, created)"),
          QLatin1String("CREATE INDEX IF NOT EXISTS runs_score_created ON runs (structure_score, created)")}) {
        if (!HistorySql::exec(db, statement, error))
            return false;
    }
    return true;
}

} // namespace HistorySchema
