// HistoryStore: the structure columns of a run (schema v2). Kept apart from historystore.cpp,
// which owns the schema, the writes of new runs and the searches.
#include "historystore.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>

namespace {

// Structure scores are derived data written from the window's thread when a run has been
// scored: their commit does not wait for the disk (synchronous=NORMAL in WAL mode: atomic and
// consistent, made durable by the next full commit or checkpoint; a power cut can lose the
// score, never the run). Keeps a WAL fsync (tens of ms under load) off the GUI thread.
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
    if (!m_open || QThread::currentThread() != m_ownerThread)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return false;
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
    if (!m_open || QThread::currentThread() != m_ownerThread)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const RelaxedSync relaxed(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE runs SET structure_json = ? WHERE id = ?"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(structure).toJson(QJsonDocument::Compact)));
    query.addBindValue(id);
    if (!query.exec() || query.numRowsAffected() == 0)
        return false;
    Q_EMIT changed();
    return true;
}
