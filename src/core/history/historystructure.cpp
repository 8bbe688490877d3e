// HistoryStore: the structure columns of a run (schema v2). Kept apart from historystore.cpp,
// which owns the schema, the writes of new runs and the searches.
#include "historystore.h"

#include "historysql.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>

namespace {

// Structure scores are derived data, written when a run has been scored (the window does it on
// the store's database thread): their commit does not wait for the disk (synchronous=NORMAL in
// WAL mode: atomic and consistent, made durable by the next full commit or checkpoint; a power
// cut can lose the score, never the run).
struct RelaxedSync
{
    explicit RelaxedSync(QSqlDatabase db)
        : m_db(std::move(db))
    {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    ~RelaxedSync() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = FULL")); }
    Q_DISABLE_COPY_MOVE(RelaxedSync)

private:
    QSqlDatabase m_db;
};

} // namespace

bool HistoryStore::setStructureScores(const QString &id, const QList<double> &outputScores)
{
    HistoryConnection connection = this->connection();
    if (!connection.isOpen())
        return false;
    QSqlDatabase &db = connection.db();
    const RelaxedSync relaxed(db);
    if (!db.transaction())
        return false;
    std::optional<double> best;
    bool ok = true;
    for (int i = 0; ok && i < outputScores.size(); ++i) {
        const double score = outputScores.at(i);
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE outputs SET structure_score = ? WHERE run_id = ? AND idx = ?"));
        query.addBindValue(score >= 0 ? QVariant(score) : QVariant(QMetaType::fromType<double>()));
        query.addBindValue(id);
        query.addBindValue(i);
        ok = query.exec();
        if (score >= 0)
            best = best ? std::max(*best, score) : score;
    }
    int updated = 0;
    if (ok) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE runs SET structure_score = ? WHERE id = ?"));
        query.addBindValue(best ? QVariant(*best) : QVariant(QMetaType::fromType<double>()));
        query.addBindValue(id);
        ok = query.exec();
        updated = query.numRowsAffected();
    }
    if (!ok || updated == 0 || !db.commit()) {
        db.rollback();
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool HistoryStore::setStructure(const QString &id, const QJsonObject &structure)
{
    {
        HistoryConnection connection = this->connection();
        if (!connection.isOpen())
            return false;
        const RelaxedSync relaxed(connection.db());
        QSqlQuery query(connection.db());
        query.prepare(QStringLiteral("UPDATE runs SET structure_json = ? WHERE id = ?"));
        query.addBindValue(QString::fromUtf8(QJsonDocument(structure).toJson(QJsonDocument::Compact)));
        query.addBindValue(id);
        if (!query.exec() || query.numRowsAffected() == 0)
            return false;
    }
    Q_EMIT changed();
    return true;
}
