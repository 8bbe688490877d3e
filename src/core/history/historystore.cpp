#include "historystore.h"

#include "historyqueries.h"
#include "historysql.h"

#include "base/crashpoint.h"
#include "base/damagedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <QVariant>

using namespace HistorySql;

HistoryStore::HistoryStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_archive(directory)
    , m_connectionName(QStringLiteral("reimagine-history-")
                       + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryStore::~HistoryStore()
{
    stopDatabaseThread();
    if (!m_open)
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString HistoryStore::databasePath() const
{
    return QDir(m_archive.directory()).filePath(QStringLiteral("history.sqlite"));
}

QString HistoryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1String("/reimagine-studio");
}

HistoryConnection HistoryStore::connection() const
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (m_open && app && QThread::currentThread() == app->thread())
        ++m_mainThreadQueries;
    return HistoryConnection(m_open ? m_connectionName : QString(), m_ownerThread, databasePath(),
                             m_workerConnectionName, m_workerThread);
}

void HistoryStore::post(std::function<void()> task)
{
    if (!m_workerThread) {
        m_workerConnectionName = m_connectionName + QStringLiteral("-worker");
        m_workerThread = new QThread;
        m_workerThread->setObjectName(QStringLiteral("history database"));
        m_workerContext = new QObject;
        m_workerContext->moveToThread(m_workerThread);
        m_workerThread->start();
    }
    QMetaObject::invokeMethod(m_workerContext, [stopping = m_stopping, task = std::move(task)]() {
        if (!stopping->load())
            task();
    }, Qt::QueuedConnection);
}

void HistoryStore::stopDatabaseThread()
{
    if (!m_workerThread)
        return;
    m_stopping->store(true);
    // The connection belongs to the thread: it is closed there, after the task under way.
    const QString name = m_workerConnectionName;
    QMetaObject::invokeMethod(m_workerContext, [name]() {
        if (QSqlDatabase::contains(name)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }, Qt::BlockingQueuedConnection);
    m_workerThread->quit();
    m_workerThread->wait();
    delete m_workerContext;
    delete m_workerThread;
    m_workerContext = nullptr;
    m_workerThread = nullptr;
}

template <typename Result, typename Read>
Result HistoryStore::withQueries(const Read &read) const
{
    HistoryConnection connection = this->connection();
    if (!connection.isOpen())
        return Result();
    return read(HistoryQueries(connection.db(), m_archive, m_search));
}

bool HistoryStore::open(QString *error)
{
    return openOnce(error, nullptr);
}

bool HistoryStore::openMovingDamagedAside(QString *error, QString *notice)
{
    const QString path = databasePath();
    // A read-only look first, so that a damaged file is moved aside with its write-ahead log as
    // it was (a read-write connection would checkpoint the log or delete it when it closes).
    // Damage only the full open finds (its migration) is caught there.
    bool damaged = QSqlDatabase::isDriverAvailable(driverName()) && QFileInfo::exists(path) && probeDamaged(path);
    QString firstError;
    if (!damaged) {
        if (openOnce(&firstError, &damaged))
            return true;
        if (!damaged) {
            if (error)
                *error = firstError;
            return false;
        }
    } else {
        firstError = tr("The run history %1 cannot be read.").arg(QDir::toNativeSeparators(path));
    }
    const QString aside = DamagedFile::besideName(path);
    QFile database(path);
    if (!database.rename(aside)) {
        if (error)
            *error = tr("%1 It could not be moved aside: %2").arg(firstError, database.errorString());
        return false;
    }
    // The write-ahead log and its index belong to the damaged file: they go with it, so the new
    // history does not read them and whoever repairs the old one has them.
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm")}) {
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, aside + suffix);
    }
    if (!openOnce(error, nullptr))
        return false;
    if (notice) {
        *notice = tr("The run history %1 was damaged, so it was moved to %2 and a new, empty history "
                     "was started. Result images in %3 are kept.")
                      .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(aside),
                           QDir::toNativeSeparators(QDir(directory()).filePath(QStringLiteral("results"))));
    }
    return true;
}

bool HistoryStore::openOnce(QString *error, bool *damaged)
{
    if (damaged)
        *damaged = false;
    if (m_open)
        return true;
    QString message;
    const QString nativePath = QDir::toNativeSeparators(databasePath());
    if (!QSqlDatabase::isDriverAvailable(driverName())) {
        message = tr("The Qt SQLite driver (QSQLITE) is not installed, so the run history cannot "
                     "be kept.");
    } else if (!QDir().mkpath(directory())) {
        message = tr("Cannot create the history folder %1.")
                      .arg(QDir::toNativeSeparators(directory()));
    }
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return false;
    }

    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), m_connectionName);
        QString detail;
        if (!openConnection(db, databasePath(), &detail)) {
            message = tr("The run history %1 cannot be read (%2). The file may be damaged: move it "
                         "aside to start a new history.")
                          .arg(nativePath, detail);
        } else if (!HistorySql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), &detail)) {
            message = tr("Cannot switch the run history %1 to WAL mode: %2").arg(nativePath, detail);
        } else if (!HistorySchema::migrate(db, &detail) || !m_search.prepare(db, m_ftsAllowed, &detail)) {
            message = tr("Cannot prepare the run history %1: %2").arg(nativePath, detail);
        } else {
            ok = true;
        }
        if (!ok && damaged)
            *damaged = looksDamaged(db);
        if (!ok)
            db.close();
    }
    if (!ok) {
        QSqlDatabase::removeDatabase(m_connectionName);
        if (error)
            *error = message;
        return false;
    }
    m_ownerThread = QThread::currentThread();
    m_open = true;
    return true;
}

std::optional<HistoryEntry> HistoryStore::addRun(const GenerationInfo &info, const QString &modelTitle,
                                                 const QList<OutputImage> &outputs, RunStatus status,
                                                 const QString &error, const QString &sketchPath,
                                                 QString *errorOut)
{
    HistoryEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.created = info.created.isValid() ? info.created.toUTC() : QDateTime::currentDateTimeUtc();
    entry.modelId = info.model;
    entry.modelTitle = modelTitle;
    entry.provider = info.provider;
    entry.endpoint = info.endpoint;
    entry.inputs = info.inputs;
    entry.seed = info.seed;
    entry.costUsd = info.costUsd;
    entry.elapsedMs = info.elapsedMs;
    entry.requestId = info.requestId;
    entry.status = status;
    entry.error = error;
    entry.sketchPath = sketchPath;
    GenerationInfo stored = info;
    stored.created = entry.created;
    QList<OutputImage> kept = outputs;
    if (!kept.isEmpty() && !writeResultFiles(entry.id, stored, &kept, errorOut)) {
        QStringList written;
        for (const OutputImage &output : std::as_const(kept))
            written.append(output.filePath);
        m_archive.discard(written);
        return std::nullopt;
    }
    for (const OutputImage &output : std::as_const(kept))
        entry.outputPaths.append(output.filePath);
    if (!kept.isEmpty())
        entry.size = kept.constFirst().size;
    const std::optional<HistoryEntry> recorded = recordRun(entry, errorOut);
    if (!recorded)
        m_archive.discard(entry.outputPaths);
    return recorded;
}

bool HistoryStore::writeResultFiles(const QString &runId, const GenerationInfo &info, QList<OutputImage> *outputs,
                                    QString *errorOut) const
{
    return m_archive.write(runId, info, outputs, errorOut);
}

std::optional<HistoryEntry> HistoryStore::recordRun(const HistoryEntry &given, QString *errorOut)
{
    QString ignored;
    QString &message = errorOut ? *errorOut : ignored;
    if (!m_open) {
        message = tr("The run history is not open.");
        return std::nullopt;
    }
    if (given.id.isEmpty()) {
        message = tr("A run needs an id to be recorded.");
        return std::nullopt;
    }
    // Recording the same run twice (again after a crash) keeps the first record.
    if (std::optional<HistoryEntry> existing = entry(given.id))
        return existing;

    HistoryEntry entry = given;
    entry.created = given.created.isValid() ? given.created.toUTC() : QDateTime::currentDateTimeUtc();
    GenerationInfo described;
    described.inputs = entry.inputs;
    entry.prompt = described.prompt();
    entry.negativePrompt = described.negativePrompt();
    entry.thumbPaths = m_archive.existingThumbnails(entry.outputPaths);

    HistoryConnection connection = this->connection();
    QSqlDatabase &db = connection.db();
    if (!connection.isOpen() || !db.transaction()) {
        message = tr("Cannot write to the run history: %1").arg(errorText(db.lastError()));
        return std::nullopt;
    }
    QString detail;
    bool ok = insertRun(db, entry, &detail);
    CrashPoint::hit("history-half-written"); // SQLite rolls the transaction back at the next open
    if (ok && !db.commit()) {
        ok = false;
        detail = errorText(db.lastError());
    }
    if (!ok) {
        db.rollback();
        message = tr("Cannot write to the run history: %1").arg(detail);
        return std::nullopt;
    }
    Q_EMIT changed();
    return entry;
}

// The rows of a new run: the run, its outputs and its search index entry.
bool HistoryStore::insertRun(QSqlDatabase &db, const HistoryEntry &entry, QString *error) const
{
    const QString searchBody = HistorySearch::body(entry.prompt, entry.negativePrompt);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO runs (id, created, model_id, model_title, provider, endpoint, prompt, "
        "negative_prompt, inputs_json, seed, cost_usd, elapsed_ms, request_id, status, error, "
        "rating, favourite, sketch_path, width, height, search_text, compare_id, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.id);
    query.addBindValue(isoUtc(entry.created));
    query.addBindValue(nonNull(entry.modelId));
    query.addBindValue(nonNull(entry.modelTitle));
    query.addBindValue(nonNull(entry.provider));
    query.addBindValue(nonNull(entry.endpoint));
    query.addBindValue(nonNull(entry.prompt));
    query.addBindValue(nonNull(entry.negativePrompt));
    query.addBindValue(QString::fromUtf8(QJsonDocument(entry.inputs).toJson(QJsonDocument::Compact)));
    query.addBindValue(nullableInt(entry.seed));
    query.addBindValue(nullableReal(entry.costUsd));
    query.addBindValue(entry.elapsedMs);
    query.addBindValue(nonNull(entry.requestId));
    query.addBindValue(runStatusText(entry.status));
    query.addBindValue(nonNull(entry.error));
    query.addBindValue(0);
    query.addBindValue(0);
    query.addBindValue(nonNull(entry.sketchPath));
    query.addBindValue(entry.size.isValid() ? entry.size.width() : 0);
    query.addBindValue(entry.size.isValid() ? entry.size.height() : 0);
    query.addBindValue(searchBody);
    query.addBindValue(nonNull(entry.compareId));
    query.addBindValue(nonNull(entry.origin));
    if (!execPrepared(query, error))
        return false;
    if (!insertTags(db, entry.id, entry.tags, error))
        return false;
    for (int i = 0; i < entry.outputPaths.size(); ++i) {
        QSqlQuery output(db);
        output.prepare(QStringLiteral(
            "INSERT INTO outputs (run_id, idx, file_path, thumb_path) VALUES (?, ?, ?, ?)"));
        output.addBindValue(entry.id);
        output.addBindValue(i);
        output.addBindValue(m_archive.relativePath(entry.outputPaths.at(i)));
        output.addBindValue(nonNull(m_archive.relativePath(entry.thumbPaths.at(i))));
        if (!execPrepared(output, error))
            return false;
    }
    return m_search.index(db, entry.id, searchBody, error);
}

QList<HistoryEntry> HistoryStore::find(const HistoryFilter &filter) const
{
    return withQueries<QList<HistoryEntry>>([&](const HistoryQueries &queries) { return queries.find(filter); });
}

qint64 HistoryStore::dataVersion() const
{
    return withQueries<qint64>([](const HistoryQueries &queries) { return queries.dataVersion(); });
}

HistoryPage HistoryStore::findPage(const HistoryFilter &filter, const HistoryPageKey &after, int count) const
{
    return withQueries<HistoryPage>(
        [&](const HistoryQueries &queries) { return queries.findPage(filter, after, count); });
}

std::optional<HistoryEntry> HistoryStore::entry(const QString &id) const
{
    return withQueries<std::optional<HistoryEntry>>([&](const HistoryQueries &queries) { return queries.entry(id); });
}

bool HistoryStore::setRating(const QString &id, int rating)
{
    if (rating < 0 || rating > 5)
        return false;
    return updateRun(QStringLiteral("UPDATE runs SET rating = ? WHERE id = ?"), rating, id);
}

bool HistoryStore::setFavourite(const QString &id, bool favourite)
{
    return updateRun(QStringLiteral("UPDATE runs SET favourite = ? WHERE id = ?"), favourite ? 1 : 0, id);
}

// Cleans a list of tags as the designer typed them: trimmed, no empty or repeated ones, sorted.
QStringList HistoryStore::cleanTags(const QStringList &tags)
{
    QStringList result;
    for (const QString &tag : tags) {
        const QString clean = tag.simplified();
        if (!clean.isEmpty() && !result.contains(clean, Qt::CaseInsensitive))
            result.append(clean.left(64));
    }
    result.sort(Qt::CaseInsensitive);
    return result;
}

bool HistoryStore::insertTags(QSqlDatabase &db, const QString &id, const QStringList &tags, QString *error)
{
    for (const QString &tag : cleanTags(tags)) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO run_tags (run_id, tag) VALUES (?, ?)"));
        query.addBindValue(id);
        query.addBindValue(tag);
        if (!execPrepared(query, error))
            return false;
    }
    return true;
}

bool HistoryStore::setTags(const QStringList &ids, const QStringList &tags, QString *error)
{
    {
        HistoryConnection connection = this->connection();
        QSqlDatabase &db = connection.db();
        if (!connection.isOpen() || !db.transaction()) {
            if (error)
                *error = tr("Cannot write to the run history: %1").arg(errorText(db.lastError()));
            return false;
        }
        QString detail;
        bool ok = true;
        for (const QString &id : ids) {
            QSqlQuery clear(db);
            clear.prepare(QStringLiteral("DELETE FROM run_tags WHERE run_id = ?"));
            clear.addBindValue(id);
            ok = execPrepared(clear, &detail) && insertTags(db, id, tags, &detail);
            if (!ok)
                break;
        }
        if (!ok || !db.commit()) {
            if (ok)
                detail = errorText(db.lastError());
            db.rollback();
            if (error)
                *error = tr("Cannot write to the run history: %1").arg(detail);
            return false;
        }
    }
    Q_EMIT changed();
    return true;
}

bool HistoryStore::joinCompare(const QString &id, const QString &compareId)
{
    if (compareId.isEmpty())
        return false;
    return updateRun(QStringLiteral("UPDATE runs SET compare_id = ? WHERE id = ? AND compare_id = ''"), compareId,
                     id);
}

bool HistoryStore::addVote(const RunVote &given, QString *error)
{
    const RunVote vote = given.normalized();
    if (vote.runA.isEmpty() || vote.runA == vote.runB) {
        if (error)
            *error = tr("A vote needs two different runs.");
        return false;
    }
    {
        HistoryConnection connection = this->connection();
        if (!connection.isOpen()) {
            if (error)
                *error = tr("The run history is not open.");
            return false;
        }
        QSqlQuery query(connection.db());
        query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO votes (run_a, run_b, model_a, model_b, outcome, compare_id, created) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(vote.runA);
        query.addBindValue(vote.runB);
        query.addBindValue(nonNull(vote.modelA));
        query.addBindValue(nonNull(vote.modelB));
        query.addBindValue(HistoryQueries::voteOutcomeText(vote.outcome));
        query.addBindValue(nonNull(vote.compareId));
        query.addBindValue(isoUtc(vote.created.isValid() ? vote.created : QDateTime::currentDateTimeUtc()));
        QString detail;
        if (!execPrepared(query, &detail)) {
            if (error)
                *error = tr("Cannot write to the run history: %1").arg(detail);
            return false;
        }
    }
    Q_EMIT changed();
    return true;
}

bool HistoryStore::removeVote(const QString &runA, const QString &runB)
{
    const bool ordered = runA < runB;
    bool removed = false;
    {
        HistoryConnection connection = this->connection();
        if (!connection.isOpen())
            return false;
        QSqlQuery query(connection.db());
        query.prepare(QStringLiteral("DELETE FROM votes WHERE run_a = ? AND run_b = ?"));
        query.addBindValue(ordered ? runA : runB);
        query.addBindValue(ordered ? runB : runA);
        removed = query.exec() && query.numRowsAffected() > 0;
    }
    if (removed)
        Q_EMIT changed();
    return removed;
}

QList<RunVote> HistoryStore::votes(const QString &tag, const QString &compareId) const
{
    return withQueries<QList<RunVote>>([&](const HistoryQueries &queries) { return queries.votes(tag, compareId); });
}

QList<ModelRunStats> HistoryStore::modelStats(const QString &tag) const
{
    return withQueries<QList<ModelRunStats>>([&](const HistoryQueries &queries) { return queries.modelStats(tag); });
}

QStringList HistoryStore::tags() const
{
    return withQueries<QStringList>([&](const HistoryQueries &queries) { return queries.tags(); });
}

bool HistoryStore::updateRun(const QString &sql, const QVariant &value, const QString &id)
{
    bool updated = false;
    {
        HistoryConnection connection = this->connection();
        if (!connection.isOpen())
            return false;
        QSqlQuery query(connection.db());
        query.prepare(sql);
        query.addBindValue(value);
        query.addBindValue(id);
        updated = query.exec() && query.numRowsAffected() > 0;
    }
    if (updated)
        Q_EMIT changed();
    return updated;
}

bool HistoryStore::remove(const QString &id)
{
    const std::optional<HistoryEntry> existing = entry(id);
    if (!existing)
        return false;
    {
        HistoryConnection connection = this->connection();
        QSqlDatabase &db = connection.db();
        if (!connection.isOpen() || !db.transaction())
            return false;
        bool ok = m_search.unindex(db, id); // while the run's row is there
        for (const QLatin1String statement : {QLatin1String("DELETE FROM outputs WHERE run_id = ?"),
                                              QLatin1String("DELETE FROM run_tags WHERE run_id = ?"),
                                              QLatin1String("DELETE FROM runs WHERE id = ?")}) {
            if (!ok)
                break;
            QSqlQuery query(db);
            query.prepare(statement);
            query.addBindValue(id);
            ok = query.exec();
        }
        if (!ok || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    // The rows are gone; now the files (only the history's own: never the user's sketch).
    m_archive.removeRun(existing->outputPaths, existing->thumbPaths);
    Q_EMIT changed();
    return true;
}

double HistoryStore::totalCost(const QDateTime &since, const QStringList &excluding) const
{
    return withQueries<double>([&](const HistoryQueries &queries) { return queries.totalCost(since, excluding); });
}

QHash<QString, double> HistoryStore::lastCharges() const
{
    return withQueries<QHash<QString, double>>([&](const HistoryQueries &queries) { return queries.lastCharges(); });
}

QStringList HistoryStore::models() const
{
    return modelTitles().keys();
}

QMap<QString, QString> HistoryStore::modelTitles() const
{
    return withQueries<QMap<QString, QString>>([&](const HistoryQueries &queries) { return queries.modelTitles(); });
}

QStringList HistoryStore::providers() const
{
    return withQueries<QStringList>([&](const HistoryQueries &queries) { return queries.providers(); });
}
