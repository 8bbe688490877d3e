#include "historysql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace HistorySql {

const QString &driverName()
{
    static const QString name = QStringLiteral("QSQLITE");
    return name;
}

QString isoUtc(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QString nonNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant nullableInt(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableReal(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QString errorText(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? QCoreApplication::translate("HistoryStore", "unknown database error") : text;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        if (error)
            *error = errorText(query.lastError());
        return false;
    }
    return true;
}

bool execPrepared(QSqlQuery &query, QString *error)
{
    if (!query.exec()) {
        if (error)
            *error = errorText(query.lastError());
        return false;
    }
    return true;
}

bool openConnection(QSqlDatabase &db, const QString &path, QString *error)
{
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        if (error)
            *error = errorText(db.lastError());
        return false;
    }
    // SQLite reads the file lazily: this is the first statement that touches it.
    return exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error)
        && exec(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), error);
}

bool looksDamaged(QSqlDatabase &db)
{
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), also as extended codes.
        bool ok = false;
        const int code = query.lastError().nativeErrorCode().toInt(&ok) & 0xff;
        return ok && (code == 11 || code == 26);
    }
    return query.next() && query.value(0).toString() != QLatin1String("ok");
}

bool probeDamaged(const QString &path)
{
    const QString name = QStringLiteral("reimagine-history-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool damaged = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QString ignored;
            damaged = !exec(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &ignored) && looksDamaged(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return damaged;
}

} // namespace HistorySql

HistoryConnection::HistoryConnection(const QString &connectionName, QThread *ownerThread,
                                     const QString &path, const QString &workerName, QThread *workerThread)
{
    if (connectionName.isEmpty())
        return;
    if (QThread::currentThread() == ownerThread) {
        m_db = QSqlDatabase::database(connectionName, false);
        return;
    }
    if (workerThread && QThread::currentThread() == workerThread) {
        if (QSqlDatabase::contains(workerName)) {
            m_db = QSqlDatabase::database(workerName, false);
        } else {
            m_db = QSqlDatabase::addDatabase(HistorySql::driverName(), workerName);
            QString ignored;
            HistorySql::openConnection(m_db, path, &ignored);
        }
        return;
    }
    m_temporaryName = connectionName + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(HistorySql::driverName(), m_temporaryName);
    QString ignored;
    HistorySql::openConnection(m_db, path, &ignored);
}

HistoryConnection::~HistoryConnection()
{
    if (m_temporaryName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_temporaryName);
}
