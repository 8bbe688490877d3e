#pragma once

#include "model/jobtypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class Job;
class QThread;
class QThreadPool;

// A crash-safe record of every job: one small JSON file per job in <data>/jobs/, replaced
// atomically (QSaveFile) whenever the job's state or provider handle changes. A job is written
// before its paid request is sent ("submit_started") and again as soon as the provider answers
// with its handle, so after a crash an unfinished job is resumed from its handle and never
// submitted twice.
class JobJournal
{
    Q_DECLARE_TR_FUNCTIONS(JobJournal)

public:
    static constexpr int kFormatVersion = 1;

    struct Entry
    {
        QString jobId;
        QString modelId;
        QString provider;
        QJsonObject values;
        JobState state = JobState::Preparing;
        bool submitStarted = false;
        ProviderHandle handle;
        QJsonObject context;
        QDateTime created;
        QDateTime updated;
        QString message;
        // The run's outcome without image bytes, once there is one (Saving and terminal states):
        // a result being saved names its files here as soon as they are written.
        std::optional<JobOutcome> outcome;

        QJsonObject toJson() const;
        static std::optional<Entry> fromJson(const QJsonObject &object);
    };

    explicit JobJournal(const QString &directory);
    ~JobJournal(); // waits for the queued writes

    // From now on, Atomic writes and removals made on the calling thread (the GUI's) are queued
    // to a writer thread of the journal and done there in order, so the calling thread never
    // waits for the disk; they report success at once (a failure is logged). A Flushed write,
    // and any write or removal from another thread, first waits for the queued ones: the order
    // of the writes of a job is kept. read() sees queued writes and removals; all(),
    // unfinished() and moveAsideUnreadable() wait for them.
    void writeInBackground();
    // Waits until every queued write is on the disk (in the system's cache for Atomic ones).
    void waitForWrites() const;
    // Tests: called on the writer thread before each queued write or removal.
    void setBeforeQueuedWrite(std::function<void()> hook) { m_beforeQueuedWrite = std::move(hook); }

    QString directory() const { return m_directory; }

    // How far a write goes before it returns. Every write replaces the entry atomically (a
    // killed process leaves the old or the new entry, never a mix).
    enum class Durability
    {
        // Also on the disk before returning (file and folder flushed with fsync): survives a
        // power cut. For the entry that says a billed request is about to be sent: after a
        // power cut it must never read as "not submitted" (that job would be paid twice).
        Flushed,
        // Replaced atomically, flushed by the system later. State changes, handles, output
        // URLs: losing one to a power cut loses progress, never money (the flushed
        // submit_started entry, or one written after it, is what a restart finds).
        Atomic,
    };

    // Writes the job's current state. Returns false (and a message) when the disk refuses.
    bool record(const Job &job, QString *error = nullptr, Durability durability = Durability::Flushed);
    // Writes `entry` Flushed, then calls `done`. After writeInBackground() (from the thread that
    // queues writes) the write is queued like the others, behind those queued before it, and
    // `done` runs on the queueing thread once the entry is on the disk: that thread never waits
    // for an fsync. Otherwise the entry is written here and `done` runs before this returns. A
    // failed write is logged; `done` is called either way (a disk that refuses the journal does
    // not stop the work, as record() did not).
    void writeFlushedThen(const Entry &entry, std::function<void()> done);
    bool write(const Entry &entry, QString *error = nullptr, Durability durability = Durability::Flushed);
    std::optional<Entry> read(const QString &jobId) const;
    QList<Entry> unfinished() const;
    QList<Entry> all() const;
    bool remove(const QString &jobId);
    // Moves every entry that cannot be read (not JSON, not a journal entry, a missing or unsafe
    // id, over 4 MiB) into <dir>/corrupt/, so it is reported once instead of being skipped at
    // every start; an entry of a newer format version is left for the app that wrote it.
    // Returns one message per file, naming it and where it went. Entries are replaced
    // atomically, so an entry another process is writing is never taken for a damaged one.
    QStringList moveAsideUnreadable();
    QString corruptDirectory() const; // <dir>/corrupt

    static Entry entryFor(const Job &job);
    static QString defaultDirectory(); // <XDG data>/reimagine-studio/jobs

private:
    // write() and remove() on the calling thread.
    bool writeNow(const Entry &entry, QString *error, Durability durability);
    bool removeNow(const QString &jobId);
    // Queues `entry` (std::nullopt: removal) for the writer thread; false when writes are not
    // queued from this thread.
    bool enqueue(const QString &jobId, const std::optional<Entry> &entry);

    struct Pending
    {
        std::optional<Entry> entry; // std::nullopt: the entry is to be removed
        quint64 serial = 0;
    };
    std::unique_ptr<QThreadPool> m_writer;  // one thread; null until writeInBackground()
    QThread *m_queueingThread = nullptr;
    mutable QMutex m_mutex;                  // guards m_pending and m_serial
    QHash<QString, Pending> m_pending;       // job id -> its newest queued write
    quint64 m_serial = 0;
    std::function<void()> m_beforeQueuedWrite;
    std::unique_ptr<QObject> m_callbacks;    // lives on the queueing thread: writeFlushedThen()'s

    QString pathFor(const QString &jobId) const;
    // The entry in the file at `path`; without one, `why` says what is wrong with it and
    // `newer` whether it comes from a newer format version.
    static std::optional<Entry> readFile(const QString &path, QString *why = nullptr, bool *newer = nullptr);
    QString m_directory;
};
