#pragma once

#include "historyentry.h"
#include "historyschema.h"
#include "historysearch.h"
#include "historythumbnail.h"
#include "resultarchive.h"

#include "imaging/pngmetadata.h"
#include "model/jobtypes.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

class HistoryConnection;
class QFileSystemWatcher;
class QSqlDatabase;
class QThread;
class QTimer;

// The run history: an SQLite database `<dir>/history.sqlite` (WAL) plus the result images
// `<dir>/results/<yyyy>/<mm>/<run id>-<n>.png` (PNG with metadata) and their thumbnails
// `<dir>/thumbs/<run id>-<n>.jpg` (256 px long side).
//
// Threads: use a store from one thread at a time. The thread that called open() uses the
// store's own connection; the store's database thread (inBackground()) has a connection of its
// own that it keeps; a call from any other thread (a QtConcurrent worker running addRun())
// opens a short-lived connection of its own for that call, because Qt SQL connections must not
// cross threads. changed() is then emitted from that thread (queued to receivers elsewhere).
// The GUI runs its reads and writes through inBackground(), so the GUI thread never waits for
// SQLite (a query over a long history, or the fsync of a commit).
//
// Search: see HistorySearch. The store composes its parts: HistorySchema (tables and
// migrations), HistorySearch (FTS5 or LIKE), HistoryQueries (the reads), ResultArchive (result
// files and thumbnails); it keeps the connections, the writes and changed().
class HistoryStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    static constexpr int SchemaVersion = HistorySchema::Version;
    static constexpr int ThumbnailSize = HistoryThumbnail::Size;

    explicit HistoryStore(const QString &directory, QObject *parent = nullptr);
    ~HistoryStore() override;

    QString directory() const { return m_archive.directory(); }
    QString databasePath() const;

    // Before open(): false forces the LIKE fallback even when FTS5 is available (tests).
    void setFullTextSearchAllowed(bool allowed) { m_ftsAllowed = allowed; }
    // After open(): whether searches use FTS5.
    bool usesFullTextSearch() const { return m_search.usesFullText(); }

    // Creates the directory and the database, migrates old schemas. False with a message when
    // the file is not a database, is damaged, or comes from a newer version of the app.
    bool open(QString *error);
    // open(); when the database file is damaged (not an SQLite database, or one SQLite finds
    // malformed) it is moved aside with its -wal and -shm files, as
    // "history.sqlite.corrupt-<yyyyMMdd-HHmmss>" (DamagedFile::besideName), and a new, empty
    // history is started: `notice` then names both files. A history from a newer version of the
    // app, or one that cannot be opened for another reason (permissions, locked), is left where
    // it is and refused as by open().
    bool openMovingDamagedAside(QString *error, QString *notice);
    bool isOpen() const { return m_open; }

    // After open(), from the thread that opened it: emits changed() also when another process
    // (reimagine-cli, a second app) commits runs, so a batch run at night shows up in an open
    // window. Watches the database files and compares SQLite's data_version; debounced.
    void followOtherWriters();

    // Stores a finished run under a new id: writeResultFiles(), then recordRun(). On failure
    // nothing is kept. `info.created` defaults to now.
    std::optional<HistoryEntry> addRun(const GenerationInfo &info, const QString &modelTitle,
                                       const QList<OutputImage> &outputs, RunStatus status,
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
    // At most `count` runs that match `filter` (its limit is not used), in its order, after
    // `after` (from the first run when it is not valid).
    HistoryPage findPage(const HistoryFilter &filter, const HistoryPageKey &after, int count) const;
    std::optional<HistoryEntry> entry(const QString &id) const;

    bool setRating(const QString &id, int rating);   // 0 ... 5
    bool setFavourite(const QString &id, bool favourite);
    // Structure scores of a run's outputs (in order; a negative value: not scored); the run's
    // score becomes the best of them. Call from the thread that opened the store.
    bool setStructureScores(const QString &id, const QList<double> &outputScores);
    // The StructureSettings JSON of a run (clean-up and map). Same thread rule.
    bool setStructure(const QString &id, const QJsonObject &structure);
    bool remove(const QString &id);                  // deletes the result files too

    // Replaces the tags of every run in `ids` by `tags` (cleaned: trimmed, no repeats).
    bool setTags(const QStringList &ids, const QStringList &tags, QString *error = nullptr);
    QStringList tags() const;                        // every tag in use, sorted
    // Puts run `id` into comparison `compareId` when it is in none yet (a rerun of a run of its
    // own starts a comparison with it). False when the run is unknown or already compared.
    bool joinCompare(const QString &id, const QString &compareId);

    // Blind A/B: records a judgement of two runs; judging the same pair again replaces it.
    bool addVote(const RunVote &vote, QString *error = nullptr);
    // Forgets the judgement of the two runs (in either order); false when there was none.
    bool removeVote(const QString &runA, const QString &runB);
    // See HistoryQueries::votes() and modelStats().
    QList<RunVote> votes(const QString &tag = QString(), const QString &compareId = QString()) const;
    QList<ModelRunStats> modelStats(const QString &tag = QString()) const;
    static QStringList cleanTags(const QStringList &tags);

    // Every run created at or after `since`, less the runs in `excluding` (ids).
    double totalCost(const QDateTime &since, const QStringList &excluding = {}) const;
    QHash<QString, double> lastCharges() const;      // model id -> its newest charged run's cost
    QStringList models() const;                      // distinct model ids, sorted
    QMap<QString, QString> modelTitles() const;      // model id -> latest title
    QStringList providers() const;                   // distinct providers, sorted

    static QString defaultDirectory(); // <XDG data>/reimagine-studio

    // Runs `task()` on the store's database thread (started on first use, one per store), where
    // the store's calls use that thread's own connection; the future gets task's result. Tasks
    // run one at a time, in the order they were given. While the store is being destroyed, tasks
    // that have not started are dropped (their futures are cancelled).
    template <typename Task>
    auto inBackground(Task task) -> QFuture<std::invoke_result_t<Task>>;
    // The database thread, or nullptr before the first inBackground().
    QThread *databaseThread() const { return m_workerThread; }
    // How many times a read or write of this store ran on the application's main thread after
    // open() (for tests: the GUI must leave this at zero).
    int mainThreadQueries() const { return m_mainThreadQueries.load(); }

    // The words a search text matches (case-folded, accents removed); public for tests.
    static QStringList searchTerms(const QString &text) { return HistorySearch::terms(text); }

Q_SIGNALS:
    void changed();
    // After followOtherWriters(): a commit through another connection (another process, or a
    // worker of this one) was noticed; changed() comes with it.
    void committedElsewhere();

private:
    void post(std::function<void()> task);
    void stopDatabaseThread();
    // open(); `damaged` tells whether a failure came from a damaged database file.
    bool openOnce(QString *error, bool *damaged);
    // The connection for the calling thread (see "Threads" above); not open while the store is not.
    HistoryConnection connection() const;
    // `read(HistoryQueries)` over the calling thread's connection; Result() when it is not open.
    template <typename Result, typename Read>
    Result withQueries(const Read &read) const;
    // Runs `sql` ("UPDATE runs SET <column> = ? WHERE id = ?") on any thread's connection;
    // emits changed() when the run exists.
    bool updateRun(const QString &sql, const QVariant &value, const QString &id);
    bool insertRun(QSqlDatabase &db, const HistoryEntry &entry, QString *error) const;
    static bool insertTags(QSqlDatabase &db, const QString &id, const QStringList &tags, QString *error);

    ResultArchive m_archive;
    HistorySearch m_search;
    QString m_connectionName;
    QThread *m_ownerThread = nullptr;   // the QThread that called open()
    bool m_open = false;
    QFileSystemWatcher *m_otherWriters = nullptr;
    QTimer *m_otherWritersSettle = nullptr;
    qint64 m_dataVersion = -1;
    qint64 dataVersion() const;
    bool m_ftsAllowed = true;
    QThread *m_workerThread = nullptr;  // the database thread (inBackground)
    QObject *m_workerContext = nullptr; // lives in m_workerThread: tasks are queued to it
    QString m_workerConnectionName;
    std::shared_ptr<std::atomic_bool> m_stopping = std::make_shared<std::atomic_bool>(false);
    mutable std::atomic_int m_mainThreadQueries{0};
};

template <typename Task>
auto HistoryStore::inBackground(Task task) -> QFuture<std::invoke_result_t<Task>>
{
    using Result = std::invoke_result_t<Task>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    post([promise, task = std::move(task)]() mutable {
        promise->addResult(task());
        promise->finish();
    });
    return future;
}
