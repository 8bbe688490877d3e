#pragma once

// SQL helpers shared by the history's parts (schema, search, queries, writes). Internal to the
// history folder.

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlError;
class QSqlQuery;
class QThread;

namespace HistorySql {

const QString &driverName(); // "QSQLITE"

// Fixed-width UTC text ("2024-05-01T10:00:00.000Z"): sorts and compares as text.
QString isoUtc(const QDateTime &dateTime);
// SQLite stores a null QString as NULL; the text columns are NOT NULL.
QString nonNull(const QString &value);
QVariant nullableInt(const std::optional<qint64> &value);
QVariant nullableReal(const std::optional<double> &value);

QString errorText(const QSqlError &error);
bool exec(QSqlDatabase &db, const QString &sql, QString *error);
bool execPrepared(QSqlQuery &query, QString *error);
// Opens `db` on the file at `path` (busy timeout, foreign keys) and makes SQLite read it.
bool openConnection(QSqlDatabase &db, const QString &path, QString *error);
// After a failure on `db` (open): whether SQLite says the file is damaged (not a database, or
// malformed: PRAGMA quick_check), as opposed to locked, unreadable or from a newer app.
bool looksDamaged(QSqlDatabase &db);
// Opens the file at `path` read-only on a connection of its own and tells whether it is damaged
// (looksDamaged). Read-only, SQLite neither checkpoints nor deletes the file's write-ahead log.
bool probeDamaged(const QString &path);

} // namespace HistorySql

// The connection for the calling thread: the store's own (`connectionName`) on the thread that
// opened it, the database thread's own (`workerName`, opened there on first use and kept) on the
// store's database thread, a short-lived one (closed and removed at the end of its life) on any
// other thread. An empty `connectionName` (the store is not open) gives a connection that is
// not open.
class HistoryConnection
{
    Q_DISABLE_COPY_MOVE(HistoryConnection)

public:
    HistoryConnection(const QString &connectionName, QThread *ownerThread, const QString &path,
                      const QString &workerName = QString(), QThread *workerThread = nullptr);
    ~HistoryConnection();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }

private:
    QSqlDatabase m_db;
    QString m_temporaryName;
};
