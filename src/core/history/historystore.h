#pragma once

#include "imaging/pngmetadata.h"
#include "model/jobtypes.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;
class QThread;

// One finished run as the history keeps it.
struct HistoryEntry
{
    QString id;                  // UUID without braces
    QDateTime created;           // UTC
    QString modelId;             // "fal:bria/reimagine/3.2"
    QString modelTitle;          // "Bria Reimagine 3.2"
    QString provider;
    QString endpoint;
    QString prompt;
    QString negativePrompt;
    QJsonObject inputs;          // every input value as sent
    std::optional<qint64> seed;
    std::optional<double> costUsd;
    qint64 elapsedMs = 0;
    QString requestId;
    QString status;              // "done", "failed", "cancelled"
    QString error;
    int rating = 0;              // 0 (none) ... 5
    bool favourite = false;
    QString sketchPath;
    QSize size;                  // of the first output; invalid when there is none
    QStringList outputPaths;     // PNG files with the generation metadata embedded
    QStringList thumbPaths;      // JPEG thumbnails, same order
    // How well the results kept the sketch's structure (StructureScore, 0-1): per output (same
    // order, -1 when not scored) and of the best one; unset until scored.
    QList<double> outputScores;
    std::optional<double> structureScore;
    QJsonObject structure;       // the StructureSettings of the run (clean-up, map), or empty

    bool isValid() const { return !id.isEmpty(); }
    // What PngMetadata embeds for this run (for "Copy Parameters" and "Save As…").
    GenerationInfo generationInfo() const;
};
Q_DECLARE_METATYPE(HistoryEntry)

struct HistoryFilter
{
    QString text;                // words matched as prefixes in prompt and negative prompt
    QString modelId;             // empty: any
    QString provider;            // empty: any
    QDate from, to;              // local calendar days, inclusive; invalid: open-ended
    bool favouritesOnly = false;
    // Results: runs that made images; Problems: failed and cancelled ones.
    enum class Status { All, Results, Problems };
    Status status = Status::All;
    int limit = 500;             // <= 0: no limit
    enum class Sort { Newest, StructureScore };
    Sort sort = Sort::Newest;    // StructureScore: best first, unscored runs last (newest first)

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && modelId.isEmpty() && provider.isEmpty() && !from.isValid()
            && !to.isValid() && !favouritesOnly && status == Status::All;
    }
};

// The run history: an SQLite database `<dir>/history.sqlite` (WAL) plus the result images
// `<dir>/results/<yyyy>/<mm>/<run id>-<n>.png` (PNG with metadata) and their thumbnails
// `<dir>/thumbs/<run id>-<n>.jpg` (256 px long side).
//
// Threads: use a store from one thread at a time. The thread that called open() uses the
// store's own connection; a call from any other thread (a QtConcurrent worker running addRun())
// opens a short-lived connection of its own for that call, because Qt SQL connections must not
// cross threads. changed() is then emitted from that thread (queued to receivers elsewhere).
//
// Search: an FTS5 table over prompt and negative prompt when SQLite has FTS5, otherwise LIKE
// over a normalised copy of the same text. Both match every word of the query as a word prefix,
// ignoring case and accents; punctuation only separates words.
class HistoryStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    static constexpr int SchemaVersion = 2;
    static constexpr int ThumbnailSize = 256;

    explicit HistoryStore(const QString &directory, QObject *parent = nullptr);
    ~HistoryStore() override;

    QString directory() const { return m_directory; }
    QString databasePath() const;

    // Before open(): false forces the LIKE fallback even when FTS5 is available (tests).
    void setFullTextSearchAllowed(bool allowed) { m_ftsAllowed = allowed; }
    // After open(): whether searches use FTS5.
    bool usesFullTextSearch() const { return m_fts; }

    // Creates the directory and the database, migrates old schemas. False with a message when
    // the file is not a database, is damaged, or comes from a newer version of the app.
    bool open(QString *error);
    bool isOpen() const { return m_open; }

    // Stores a finished run under a new id: writeResultFiles(), then recordRun(). On failure
    // nothing is kept. `status`: "done", "failed" or "cancelled". `info.created` defaults to now.
    std::optional<HistoryEntry> addRun(const GenerationInfo &info, const QString &modelTitle,
                                       const QList<OutputImage> &outputs, const QString &status,
                                       const QString &error, const QString &sketchPath,
                                       QString *errorOut);

    // Writes the images of run `runId` (atomically) as `<dir>/results/<yyyy>/<mm>/<runId>-<n>.png`
    // with `info` embedded, plus their thumbnails; sets each output's filePath (and its size when
    // unknown). Writing the same run again replaces its files. Safe from any thread.
    bool writeResultFiles(const QString &runId, const GenerationInfo &info, QList<OutputImage> *outputs,
                          QString *error) const;
    // Inserts `entry` (id, status and outputPaths set; prompt and thumbnails are derived) in one
    // transaction. A run with the same id that is already recorded is returned unchanged, so
    // recording again after a crash never makes a second row.
    std::optional<HistoryEntry> recordRun(const HistoryEntry &entry, QString *error);

    QList<HistoryEntry> find(const HistoryFilter &filter) const; // newest first
    std::optional<HistoryEntry> entry(const QString &id) const;

    bool setRating(const QString &id, int rating);   // 0 ... 5
    bool setFavourite(const QString &id, bool favourite);
    // Structure scores of a run's outputs (in order; a negative value: not scored); the run's
    // score becomes the best of them. Call from the thread that opened the store.
    bool setStructureScores(const QString &id, const QList<double> &outputScores);
    // The StructureSettings JSON of a run (clean-up and map). Same thread rule.
    bool setStructure(const QString &id, const QJsonObject &structure);
    bool remove(const QString &id);                  // deletes the result files too

    double totalCost(const QDateTime &since) const;  // every run created at or after `since`
    QHash<QString, double> lastCharges() const;      // model id -> its newest charged run's cost
    QStringList models() const;                      // distinct model ids, sorted
    QMap<QString, QString> modelTitles() const;      // model id -> latest title
    QStringList providers() const;                   // distinct providers, sorted

    static QString defaultDirectory(); // <XDG data>/reimagine-studio

    // The words a search text matches (case-folded, accents removed); public for tests.
    static QStringList searchTerms(const QString &text);

Q_SIGNALS:
    void changed();

private:
    friend class HistoryConnection;

    bool migrate(QSqlDatabase &db, QString *error);
    bool prepareSearch(QSqlDatabase &db, QString *error);
    QString relativePath(const QString &absolute) const;
    QString thumbnailPathFor(const QString &resultPath) const;
    QString absolutePath(const QString &stored) const;
    bool writeThumbnail(const OutputImage &image, const QString &path, QSize *size,
                        QString *error) const;

    QString m_directory;
    QString m_connectionName;
    QThread *m_ownerThread = nullptr;   // the QThread that called open()
    bool m_open = false;
    bool m_ftsAllowed = true;
    bool m_fts = false;
};
