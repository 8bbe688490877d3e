#include "historystore.h"

#include "base/logging.h"

#include "imaging/imageloader.h"
#include "imaging/resultwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonDocument>
#include <QPainter>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <functional>

namespace {

const QString &driverName()
{
    static const QString name = QStringLiteral("QSQLITE");
    return name;
}

// Column order of every runs SELECT; rowFromQuery() reads them by these positions.
const QLatin1String kRunColumns(
    "r.id, r.created, r.model_id, r.model_title, r.provider, r.endpoint, r.prompt, "
    "r.negative_prompt, r.inputs_json, r.seed, r.cost_usd, r.elapsed_ms, r.request_id, r.status, "
    "r.error, r.rating, r.favourite, r.sketch_path, r.width, r.height, r.structure_score, r.structure_json");
constexpr int kRunColumnCount = 22;

bool isKnownStatus(const QString &status)
{
    return status == QLatin1String("done") || status == QLatin1String("failed")
        || status == QLatin1String("cancelled");
}

// Fixed-width UTC text ("2024-05-01T10:00:00.000Z"): sorts and compares as text.
QString isoUtc(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

// SQLite stores a null QString as NULL; the text columns are NOT NULL.
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
    return text.isEmpty() ? HistoryStore::tr("unknown database error") : text;
}

bool execSql(QSqlDatabase &db, const QString &sql, QString *error)
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
    return execSql(db, QStringLiteral("PRAGMA foreign_keys = ON"), error)
        && execSql(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), error);
}

// The normalised text both search paths match against: " word word … ".
QString searchBody(const QString &prompt, const QString &negativePrompt)
{
    const QStringList words = HistoryStore::searchTerms(prompt + QLatin1Char('\n') + negativePrompt);
    return QLatin1Char(' ') + words.join(QLatin1Char(' ')) + QLatin1Char(' ');
}

void removeFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (!path.isEmpty())
            QFile::remove(path);
    }
}

// The v1 schema. Later versions append their own list; applied in order inside a transaction.
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

} // namespace

// The connection for the calling thread: the store's own on the thread that opened it, a
// short-lived one (closed and removed at the end of the call) on any other thread.
class HistoryConnection
{
    Q_DISABLE_COPY_MOVE(HistoryConnection)

public:
    explicit HistoryConnection(const HistoryStore &store)
    {
        if (!store.m_open)
            return;
        if (QThread::currentThread() == store.m_ownerThread) {
            m_db = QSqlDatabase::database(store.m_connectionName, false);
            return;
        }
        m_temporaryName = store.m_connectionName + QLatin1Char('-')
            + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_db = QSqlDatabase::addDatabase(driverName(), m_temporaryName);
        QString ignored;
        openConnection(m_db, store.databasePath(), &ignored);
    }

    ~HistoryConnection()
    {
        if (m_temporaryName.isEmpty())
            return;
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_temporaryName);
    }

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }

private:
    QSqlDatabase m_db;
    QString m_temporaryName;
};

namespace {

HistoryEntry rowFromQuery(const QSqlQuery &query)
{
    HistoryEntry entry;
    entry.id = query.value(0).toString();
    entry.created = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    entry.modelId = query.value(2).toString();
    entry.modelTitle = query.value(3).toString();
    entry.provider = query.value(4).toString();
    entry.endpoint = query.value(5).toString();
    entry.prompt = query.value(6).toString();
    entry.negativePrompt = query.value(7).toString();
    entry.inputs = QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object();
    if (!query.value(9).isNull())
        entry.seed = query.value(9).toLongLong();
    if (!query.value(10).isNull())
        entry.costUsd = query.value(10).toDouble();
    entry.elapsedMs = query.value(11).toLongLong();
    entry.requestId = query.value(12).toString();
    entry.status = query.value(13).toString();
    entry.error = query.value(14).toString();
    entry.rating = query.value(15).toInt();
    entry.favourite = query.value(16).toInt() != 0;
    entry.sketchPath = query.value(17).toString();
    const QSize size(query.value(18).toInt(), query.value(19).toInt());
    if (!size.isEmpty())
        entry.size = size;
    if (!query.value(20).isNull())
        entry.structureScore = query.value(20).toDouble();
    entry.structure = QJsonDocument::fromJson(query.value(21).toString().toUtf8()).object();
    return entry;
}

// The output columns that follow the run's: index, file, thumbnail, score.
void appendOutput(HistoryEntry &entry, const QSqlQuery &query, const std::function<QString(const QString &)> &absolute)
{
    entry.outputPaths.append(absolute(query.value(kRunColumnCount + 1).toString()));
    entry.thumbPaths.append(absolute(query.value(kRunColumnCount + 2).toString()));
    const QVariant score = query.value(kRunColumnCount + 3);
    entry.outputScores.append(score.isNull() ? -1.0 : score.toDouble());
}

} // namespace

GenerationInfo HistoryEntry::generationInfo() const
{
    GenerationInfo info;
    info.provider = provider;
    info.model = modelId;
    info.endpoint = endpoint;
    info.requestId = requestId;
    info.seed = seed;
    info.costUsd = costUsd;
    info.elapsedMs = elapsedMs;
    info.created = created;
    info.inputs = inputs;
    return info;
}

HistoryStore::HistoryStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(QDir::cleanPath(directory))
    , m_connectionName(QStringLiteral("reimagine-history-")
                       + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryStore::~HistoryStore()
{
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
    return QDir(m_directory).filePath(QStringLiteral("history.sqlite"));
}

QString HistoryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1String("/reimagine-studio");
}

QStringList HistoryStore::searchTerms(const QString &text)
{
    // Compatibility decomposition splits accents (and ligatures) off their letters.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QStringList terms;
    QString word;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            word.append(c.toCaseFolded());
            continue;
        }
        if (!word.isEmpty()) {
            terms.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        terms.append(word);
    return terms;
}

bool HistoryStore::open(QString *error)
{
    if (m_open)
        return true;
    QString message;
    const QString nativePath = QDir::toNativeSeparators(databasePath());
    if (!QSqlDatabase::isDriverAvailable(driverName())) {
        message = tr("The Qt SQLite driver (QSQLITE) is not installed, so the run history cannot "
                     "be kept.");
    } else if (!QDir().mkpath(m_directory)) {
        message = tr("Cannot create the history folder %1.")
                      .arg(QDir::toNativeSeparators(m_directory));
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
        } else if (!execSql(db, QStringLiteral("PRAGMA journal_mode = WAL"), &detail)) {
            message = tr("Cannot switch the run history %1 to WAL mode: %2").arg(nativePath, detail);
        } else if (!migrate(db, &detail) || !prepareSearch(db, &detail)) {
            message = tr("Cannot prepare the run history %1: %2").arg(nativePath, detail);
        } else {
            ok = true;
        }
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

bool HistoryStore::migrate(QSqlDatabase &db, QString *error)
{
    if (!execSql(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"),
                 error))
        return false;
    int version = 0;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"))) {
            *error = errorText(query.lastError());
            return false;
        }
        if (query.next())
            version = query.value(0).toInt();
    }
    if (version > SchemaVersion) {
        *error = tr("it was written by a newer version of Reimagine Studio (schema %1, this "
                    "version reads up to %2).")
                     .arg(version)
                     .arg(SchemaVersion);
        return false;
    }
    const QList<QStringList> migrations = {migrationV1(), migrationV2()};
    for (int next = version + 1; next <= SchemaVersion; ++next) {
        if (!db.transaction()) {
            *error = errorText(db.lastError());
            return false;
        }
        bool ok = true;
        for (const QString &statement : migrations.at(next - 1)) {
            if (!execSql(db, statement, error)) {
                ok = false;
                break;
            }
        }
        if (ok)
            ok = execSql(db, QStringLiteral("DELETE FROM schema_version"), error);
        if (ok) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
            query.addBindValue(next);
            ok = execPrepared(query, error);
        }
        if (!ok || !db.commit()) {
            if (ok)
                *error = errorText(db.lastError());
            db.rollback();
            return false;
        }
    }
    return true;
}

bool HistoryStore::prepareSearch(QSqlDatabase &db, QString *error)
{
    m_fts = false;
    if (m_ftsAllowed) {
        QSqlQuery probe(db);
        if (probe.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)"))) {
            probe.exec(QStringLiteral("DROP TABLE temp.fts5_probe"));
            m_fts = true;
        }
    }
    if (!m_fts) {
        // Writes in LIKE mode do not maintain the index; drop it so that a later FTS session
        // rebuilds it. Fails harmlessly when this SQLite has no FTS5 module at all.
        QSqlQuery drop(db);
        drop.exec(QStringLiteral("DROP TABLE IF EXISTS runs_fts"));
        return true;
    }
    if (!execSql(db, QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS runs_fts USING fts5(run_id UNINDEXED, body)"),
                 error))
        return false;
    // Rebuild when the index and the runs disagree (runs written by a session without FTS5).
    QSqlQuery count(db);
    if (!count.exec(QStringLiteral("SELECT (SELECT count(*) FROM runs), (SELECT count(*) FROM runs_fts)"))
        || !count.next()) {
        *error = errorText(count.lastError());
        return false;
    }
    if (count.value(0).toLongLong() == count.value(1).toLongLong())
        return true;
    count.finish();
    if (!db.transaction()) {
        *error = errorText(db.lastError());
        return false;
    }
    const bool ok = execSql(db, QStringLiteral("DELETE FROM runs_fts"), error)
        && execSql(db, QStringLiteral("INSERT INTO runs_fts (run_id, body) SELECT id, search_text FROM runs"), error);
    if (!ok || !db.commit()) {
        if (ok)
            *error = errorText(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

QString HistoryStore::relativePath(const QString &absolute) const
{
    if (absolute.isEmpty())
        return {};
    const QString relative = QDir(m_directory).relativeFilePath(absolute);
    return relative.startsWith(QLatin1String("..")) ? absolute : relative;
}

QString HistoryStore::absolutePath(const QString &stored) const
{
    if (stored.isEmpty() || QDir::isAbsolutePath(stored))
        return stored;
    return QDir(m_directory).filePath(stored);
}

bool HistoryStore::writeThumbnail(const OutputImage &image, const QString &path, QSize *size,
                                  QString *error) const
{
    const ImageLimits limits;
    QBuffer buffer;
    buffer.setData(image.bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize original = reader.size();
    if (!original.isValid()) {
        *error = tr("The result image cannot be read: %1").arg(reader.errorString());
        return false;
    }
    if (qint64(original.width()) * original.height() > limits.maxPixels
        || original.width() > limits.maxSide || original.height() > limits.maxSide) {
        *error = tr("The result image is too large for a thumbnail (%1×%2).")
                     .arg(original.width())
                     .arg(original.height());
        return false;
    }
    *size = original;
    // Decoding straight to the small size is much cheaper for JPEG and WebP.
    if (original.width() > ThumbnailSize || original.height() > ThumbnailSize)
        reader.setScaledSize(original.scaled(ThumbnailSize, ThumbnailSize, Qt::KeepAspectRatio));
    QImage thumbnail = reader.read();
    if (thumbnail.isNull()) {
        *error = tr("The result image cannot be decoded: %1").arg(reader.errorString());
        return false;
    }
    if (thumbnail.width() > ThumbnailSize || thumbnail.height() > ThumbnailSize)
        thumbnail = thumbnail.scaled(ThumbnailSize, ThumbnailSize, Qt::KeepAspectRatio,
                                     Qt::SmoothTransformation);
    if (thumbnail.hasAlphaChannel()) {
        // JPEG has no alpha: show transparency on white, as most viewers do.
        QImage opaque(thumbnail.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        QPainter painter(&opaque);
        painter.drawImage(0, 0, thumbnail);
        painter.end();
        thumbnail = opaque;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QImageWriter writer(&file, "jpeg");
    writer.setQuality(85);
    if (!writer.write(thumbnail.convertToFormat(QImage::Format_RGB32)) || !file.commit()) {
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path),
                          writer.error() != QImageWriter::UnknownError ? writer.errorString()
                                                                       : file.errorString());
        return false;
    }
    return true;
}

std::optional<HistoryEntry> HistoryStore::addRun(const GenerationInfo &info, const QString &modelTitle,
                                                 const QList<OutputImage> &outputs,
                                                 const QString &status, const QString &error,
                                                 const QString &sketchPath, QString *errorOut)
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
        for (const OutputImage &output : std::as_const(kept)) {
            if (!output.filePath.isEmpty()) {
                QFile::remove(output.filePath);
                QFile::remove(thumbnailPathFor(output.filePath));
            }
        }
        return std::nullopt;
    }
    for (const OutputImage &output : std::as_const(kept))
        entry.outputPaths.append(output.filePath);
    if (!kept.isEmpty())
        entry.size = kept.constFirst().size;
    const std::optional<HistoryEntry> recorded = recordRun(entry, errorOut);
    if (!recorded) {
        removeFiles(entry.outputPaths);
        for (const QString &path : std::as_const(entry.outputPaths))
            QFile::remove(thumbnailPathFor(path));
    }
    return recorded;
}

QString HistoryStore::thumbnailPathFor(const QString &resultPath) const
{
    return QDir(m_directory).filePath(QStringLiteral("thumbs/") + QFileInfo(resultPath).completeBaseName()
                                      + QLatin1String(".jpg"));
}

bool HistoryStore::writeResultFiles(const QString &runId, const GenerationInfo &info, QList<OutputImage> *outputs,
                                    QString *errorOut) const
{
    QString ignored;
    QString &message = errorOut ? *errorOut : ignored;
    const QDateTime created = info.created.isValid() ? info.created : QDateTime::currentDateTimeUtc();
    const QDateTime local = created.toLocalTime();
    const QString resultsDir = QDir(m_directory).filePath(
        QStringLiteral("results/%1/%2").arg(local.toString(QStringLiteral("yyyy")),
                                            local.toString(QStringLiteral("MM"))));
    const QString thumbsDir = QDir(m_directory).filePath(QStringLiteral("thumbs"));
    if (!QDir().mkpath(resultsDir) || !QDir().mkpath(thumbsDir)) {
        message = tr("Cannot create the history folders in %1.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    for (int i = 0; i < outputs->size(); ++i) {
        OutputImage &output = (*outputs)[i];
        const QString stem = QStringLiteral("%1-%2").arg(runId).arg(i + 1);
        const QString path = QDir(resultsDir).filePath(stem + QLatin1String(".png"));
        if (!ResultWriter::write(output, info, path, &message))
            return false;
        output.filePath = path;

        // A result is paid for: keep it even when no thumbnail can be made of it.
        QSize decodedSize;
        QString thumbError;
        if (!writeThumbnail(output, thumbnailPathFor(path), &decodedSize, &thumbError))
            qCWarning(lcHistory, "no thumbnail for %s: %s", qUtf8Printable(path), qUtf8Printable(thumbError));
        if (!output.size.isValid() || output.size.isEmpty())
            output.size = decodedSize;
    }
    return true;
}

std::optional<HistoryEntry> HistoryStore::recordRun(const HistoryEntry &given, QString *errorOut)
{
    QString ignored;
    QString &message = errorOut ? *errorOut : ignored;
    if (!m_open) {
        message = tr("The run history is not open.");
        return std::nullopt;
    }
    if (!isKnownStatus(given.status)) {
        message = tr("Unknown run status \"%1\".").arg(given.status);
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
    entry.thumbPaths.clear();
    for (const QString &path : std::as_const(entry.outputPaths)) {
        const QString thumb = thumbnailPathFor(path);
        entry.thumbPaths.append(QFileInfo::exists(thumb) ? thumb : QString());
    }

    HistoryConnection connection(*this);
    QSqlDatabase &db = connection.db();
    if (!connection.isOpen() || !db.transaction()) {
        message = tr("Cannot write to the run history: %1").arg(errorText(db.lastError()));
        return std::nullopt;
    }
    QString detail;
    bool ok = true;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO runs (id, created, model_id, model_title, provider, endpoint, prompt, "
            "negative_prompt, inputs_json, seed, cost_usd, elapsed_ms, request_id, status, error, "
            "rating, favourite, sketch_path, width, height, search_text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
        query.addBindValue(entry.status);
        query.addBindValue(nonNull(entry.error));
        query.addBindValue(0);
        query.addBindValue(0);
        query.addBindValue(nonNull(entry.sketchPath));
        query.addBindValue(entry.size.isValid() ? entry.size.width() : 0);
        query.addBindValue(entry.size.isValid() ? entry.size.height() : 0);
        query.addBindValue(searchBody(entry.prompt, entry.negativePrompt));
        ok = execPrepared(query, &detail);
    }
    for (int i = 0; ok && i < entry.outputPaths.size(); ++i) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO outputs (run_id, idx, file_path, thumb_path) VALUES (?, ?, ?, ?)"));
        query.addBindValue(entry.id);
        query.addBindValue(i);
        query.addBindValue(relativePath(entry.outputPaths.at(i)));
        query.addBindValue(nonNull(relativePath(entry.thumbPaths.at(i))));
        ok = execPrepared(query, &detail);
    }
    if (ok && m_fts) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO runs_fts (run_id, body) VALUES (?, ?)"));
        query.addBindValue(entry.id);
        query.addBindValue(searchBody(entry.prompt, entry.negativePrompt));
        ok = execPrepared(query, &detail);
    }
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

QList<HistoryEntry> HistoryStore::find(const HistoryFilter &filter) const
{
    QList<HistoryEntry> entries;
    HistoryConnection connection(*this);
    if (!connection.isOpen())
        return entries;

    QStringList conditions;
    QVariantList values;
    const QStringList terms = searchTerms(filter.text);
    if (!terms.isEmpty()) {
        if (m_fts) {
            // Every word as a quoted prefix phrase: FTS5 operators in the text stay literal.
            QStringList phrases;
            for (const QString &term : terms)
                phrases.append(QLatin1Char('"') + term + QLatin1String("\"*"));
            conditions.append(QStringLiteral("id IN (SELECT run_id FROM runs_fts WHERE runs_fts MATCH ?)"));
            values.append(phrases.join(QLatin1Char(' ')));
        } else {
            // Terms hold only letters and digits, so they carry no LIKE wildcards.
            for (const QString &term : terms) {
                conditions.append(QStringLiteral("search_text LIKE ?"));
                values.append(QString(QLatin1String("% ") + term + QLatin1Char('%')));
            }
        }
    }
    if (!filter.modelId.isEmpty()) {
        conditions.append(QStringLiteral("model_id = ?"));
        values.append(filter.modelId);
    }
    if (!filter.provider.isEmpty()) {
        conditions.append(QStringLiteral("provider = ?"));
        values.append(filter.provider);
    }
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("created >= ?"));
        values.append(isoUtc(filter.from.startOfDay()));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("created < ?"));
        values.append(isoUtc(filter.to.addDays(1).startOfDay()));
    }
    if (filter.favouritesOnly)
        conditions.append(QStringLiteral("favourite = 1"));
    if (filter.status == HistoryFilter::Status::Results)
        conditions.append(QStringLiteral("status = 'done'"));
    else if (filter.status == HistoryFilter::Status::Problems)
        conditions.append(QStringLiteral("status IN ('failed', 'cancelled')"));

    const QString where = conditions.isEmpty()
        ? QString()
        : QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
    // Newest first, or best structure score first (unscored runs last, newest first).
    const bool byScore = filter.sort == HistoryFilter::Sort::StructureScore;
    const QLatin1String innerOrder = byScore
        ? QLatin1String(" ORDER BY structure_score IS NULL, structure_score DESC, created DESC, rowid DESC")
        : QLatin1String(" ORDER BY created DESC, rowid DESC");
    const QLatin1String outerOrder = byScore
        ? QLatin1String(" ORDER BY r.structure_score IS NULL, r.structure_score DESC, r.created DESC, r.rid DESC, o.idx")
        : QLatin1String(" ORDER BY r.created DESC, r.rid DESC, o.idx");
    const QString sql = QLatin1String("SELECT ") + kRunColumns
        + QLatin1String(", o.idx, o.file_path, o.thumb_path, o.structure_score FROM (SELECT rowid AS rid, * FROM runs")
        + where + innerOrder + QLatin1String(" LIMIT ?) AS r LEFT JOIN outputs AS o ON o.run_id = r.id") + outerOrder;
    QSqlQuery query(connection.db());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcHistory, "cannot prepare the search: %s", qUtf8Printable(errorText(query.lastError())));
        return entries;
    }
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(filter.limit > 0 ? filter.limit : -1);
    if (!query.exec()) {
        qCWarning(lcHistory, "search failed: %s", qUtf8Printable(errorText(query.lastError())));
        return entries;
    }
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (entries.isEmpty() || entries.constLast().id != id)
            entries.append(rowFromQuery(query));
        if (!query.value(kRunColumnCount).isNull())
            appendOutput(entries.last(), query, [this](const QString &p) { return absolutePath(p); });
    }
    return entries;
}

std::optional<HistoryEntry> HistoryStore::entry(const QString &id) const
{
    HistoryConnection connection(*this);
    if (!connection.isOpen())
        return std::nullopt;
    QSqlQuery query(connection.db());
    query.setForwardOnly(true);
    query.prepare(QLatin1String("SELECT ") + kRunColumns
                  + QLatin1String(", o.idx, o.file_path, o.thumb_path, o.structure_score FROM runs AS r"
                                  " LEFT JOIN outputs AS o ON o.run_id = r.id"
                                  " WHERE r.id = ? ORDER BY o.idx"));
    query.addBindValue(id);
    if (!query.exec())
        return std::nullopt;
    std::optional<HistoryEntry> result;
    while (query.next()) {
        if (!result)
            result = rowFromQuery(query);
        if (!query.value(kRunColumnCount).isNull())
            appendOutput(*result, query, [this](const QString &p) { return absolutePath(p); });
    }
    return result;
}

bool HistoryStore::setRating(const QString &id, int rating)
{
    if (rating < 0 || rating > 5)
        return false;
    bool updated = false;
    {
        HistoryConnection connection(*this);
        if (!connection.isOpen())
            return false;
        QSqlQuery query(connection.db());
        query.prepare(QStringLiteral("UPDATE runs SET rating = ? WHERE id = ?"));
        query.addBindValue(rating);
        query.addBindValue(id);
        updated = query.exec() && query.numRowsAffected() > 0;
    }
    if (updated)
        Q_EMIT changed();
    return updated;
}

bool HistoryStore::setFavourite(const QString &id, bool favourite)
{
    bool updated = false;
    {
        HistoryConnection connection(*this);
        if (!connection.isOpen())
            return false;
        QSqlQuery query(connection.db());
        query.prepare(QStringLiteral("UPDATE runs SET favourite = ? WHERE id = ?"));
        query.addBindValue(favourite ? 1 : 0);
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
        HistoryConnection connection(*this);
        QSqlDatabase &db = connection.db();
        if (!connection.isOpen() || !db.transaction())
            return false;
        bool ok = true;
        QStringList statements = {QStringLiteral("DELETE FROM outputs WHERE run_id = ?"),
                                  QStringLiteral("DELETE FROM runs WHERE id = ?")};
        if (m_fts)
            statements.append(QStringLiteral("DELETE FROM runs_fts WHERE run_id = ?"));
        for (const QString &statement : std::as_const(statements)) {
            QSqlQuery query(db);
            query.prepare(statement);
            query.addBindValue(id);
            if (!query.exec()) {
                ok = false;
                break;
            }
        }
        if (!ok || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    // The rows are gone; now the files (only the history's own: never the user's sketch).
    removeFiles(existing->outputPaths);
    removeFiles(existing->thumbPaths);
    const QDir root(m_directory);
    for (const QString &path : existing->outputPaths) {
        QDir dir = QFileInfo(path).dir();
        // results/<yyyy>/<mm>, then results/<yyyy>, when they became empty.
        for (int level = 0; level < 2 && dir.absolutePath().startsWith(root.absolutePath()); ++level) {
            const QString name = dir.dirName();
            if (!dir.cdUp() || !dir.rmdir(name))
                break;
        }
    }
    Q_EMIT changed();
    return true;
}

double HistoryStore::totalCost(const QDateTime &since) const
{
    HistoryConnection connection(*this);
    if (!connection.isOpen())
        return 0.0;
    QSqlQuery query(connection.db());
    query.prepare(QStringLiteral("SELECT COALESCE(SUM(cost_usd), 0) FROM runs WHERE created >= ?"));
    query.addBindValue(isoUtc(since.isValid() ? since : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)));
    if (!query.exec() || !query.next())
        return 0.0;
    return query.value(0).toDouble();
}

QHash<QString, double> HistoryStore::lastCharges() const
{
    QHash<QString, double> charges;
    HistoryConnection connection(*this);
    if (!connection.isOpen())
        return charges;
    QSqlQuery query(connection.db());
    query.setForwardOnly(true);
    // Oldest first: each model's newest charge is the one that stays.
    if (!query.exec(QStringLiteral("SELECT model_id, cost_usd FROM runs WHERE cost_usd IS NOT NULL "
                                   "AND cost_usd > 0 ORDER BY created")))
        return charges;
    while (query.next())
        charges.insert(query.value(0).toString(), query.value(1).toDouble());
    return charges;
}

QStringList HistoryStore::models() const
{
    return modelTitles().keys();
}

QMap<QString, QString> HistoryStore::modelTitles() const
{
    QMap<QString, QString> titles;
    HistoryConnection connection(*this);
    if (!connection.isOpen())
        return titles;
    QSqlQuery query(connection.db());
    query.setForwardOnly(true);
    // SQLite takes the bare column model_title from the row that holds MAX(created).
    if (!query.exec(QStringLiteral("SELECT model_id, model_title, MAX(created) FROM runs "
                                   "WHERE model_id <> '' GROUP BY model_id")))
        return titles;
    while (query.next())
        titles.insert(query.value(0).toString(), query.value(1).toString());
    return titles;
}

QStringList HistoryStore::providers() const
{
    QStringList result;
    HistoryConnection connection(*this);
    if (!connection.isOpen())
        return result;
    QSqlQuery query(connection.db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT provider FROM runs WHERE provider <> '' ORDER BY provider")))
        return result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}
