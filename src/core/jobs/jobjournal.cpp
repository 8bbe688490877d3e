#include "jobjournal.h"

#include "job.h"

#include "base/atomicfile.h"
#include "base/damagedfile.h"
#include "base/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>
#include <QThreadPool>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

constexpr qint64 kMaxEntryBytes = 4 * 1024 * 1024;

bool isSafeId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(id).hasMatch();
}

} // namespace

QJsonObject JobJournal::Entry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), kFormatVersion);
    o.insert(QStringLiteral("id"), jobId);
    o.insert(QStringLiteral("model"), modelId);
    o.insert(QStringLiteral("provider"), provider);
    o.insert(QStringLiteral("values"), values);
    o.insert(QStringLiteral("state"), jobStateName(state));
    o.insert(QStringLiteral("submit_started"), submitStarted);
    o.insert(QStringLiteral("handle"), handle.toJson());
    if (!context.isEmpty())
        o.insert(QStringLiteral("context"), context);
    o.insert(QStringLiteral("created"), created.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("updated"), updated.toString(Qt::ISODateWithMs));
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    if (outcome)
        o.insert(QStringLiteral("outcome"), outcome->toJson());
    return o;
}

std::optional<JobJournal::Entry> JobJournal::Entry::fromJson(const QJsonObject &o)
{
    if (o.value(QLatin1String("version")).toInt() != kFormatVersion)
        return std::nullopt;
    const std::optional<JobState> state = jobStateFromName(o.value(QLatin1String("state")).toString());
    if (!state)
        return std::nullopt;
    Entry e;
    e.jobId = o.value(QLatin1String("id")).toString();
    e.modelId = o.value(QLatin1String("model")).toString();
    e.provider = o.value(QLatin1String("provider")).toString();
    e.values = o.value(QLatin1String("values")).toObject();
    e.state = *state;
    e.submitStarted = o.value(QLatin1String("submit_started")).toBool();
    e.handle = ProviderHandle::fromJson(o.value(QLatin1String("handle")).toObject());
    e.context = o.value(QLatin1String("context")).toObject();
    e.created = QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
    e.updated = QDateTime::fromString(o.value(QLatin1String("updated")).toString(), Qt::ISODateWithMs);
    e.message = o.value(QLatin1String("message")).toString();
    if (o.value(QLatin1String("outcome")).isObject())
        e.outcome = JobOutcome::fromJson(o.value(QLatin1String("outcome")).toObject());
    if (!isSafeId(e.jobId) || e.modelId.isEmpty())
        return std::nullopt;
    return e;
}

JobJournal::JobJournal(const QString &directory)
    : m_directory(directory)
{
}

JobJournal::~JobJournal()
{
    waitForWrites();
    m_callbacks.reset(); // callbacks not yet delivered are dropped with it
}

void JobJournal::writeInBackground()
{
    if (m_writer)
        return;
    m_writer = std::make_unique<QThreadPool>();
    m_writer->setMaxThreadCount(1); // one at a time, in the order they were queued
    m_writer->setObjectName(QStringLiteral("job journal"));
    m_queueingThread = QThread::currentThread();
    m_callbacks = std::make_unique<QObject>();
}

void JobJournal::writeFlushedThen(const Entry &entry, std::function<void()> done)
{
    if (!m_writer || QThread::currentThread() != m_queueingThread || !isSafeId(entry.jobId)) {
        QString error;
        if (!write(entry, &error, Durability::Flushed))
            qCWarning(lcJobs, "%s", qUtf8Printable(error));
        done();
        return;
    }
    quint64 serial = 0;
    {
        QMutexLocker lock(&m_mutex);
        serial = ++m_serial;
        m_pending.insert(entry.jobId, Pending{entry, serial}); // read() sees it at once
    }
    QObject *callbacks = m_callbacks.get();
    m_writer->start([this, entry, serial, callbacks, done = std::move(done)] {
        if (m_beforeQueuedWrite)
            m_beforeQueuedWrite();
        // Written even when a newer write of the job is queued behind it: that one may not be
        // flushed, and `done` promises this entry is on the disk.
        QString error;
        if (!writeNow(entry, &error, Durability::Flushed))
            qCWarning(lcJobs, "%s", qUtf8Printable(error));
        {
            QMutexLocker lock(&m_mutex);
            const auto it = m_pending.constFind(entry.jobId);
            if (it != m_pending.constEnd() && it->serial == serial)
                m_pending.erase(it);
        }
        // The journal waits for its writes before it destroys `callbacks`.
        QMetaObject::invokeMethod(callbacks, done, Qt::QueuedConnection);
    });
}

void JobJournal::waitForWrites() const
{
    if (m_writer)
        m_writer->waitForDone();
}

bool JobJournal::enqueue(const QString &jobId, const std::optional<Entry> &entry)
{
    if (!m_writer || QThread::currentThread() != m_queueingThread)
        return false;
    quint64 serial = 0;
    {
        QMutexLocker lock(&m_mutex);
        serial = ++m_serial;
        m_pending.insert(jobId, Pending{entry, serial});
    }
    m_writer->start([this, jobId, serial] {
        std::optional<Entry> queued;
        {
            QMutexLocker lock(&m_mutex);
            const auto it = m_pending.constFind(jobId);
            if (it == m_pending.constEnd() || it->serial != serial)
                return; // a newer write of the job is queued: it writes
            queued = it->entry;
        }
        if (m_beforeQueuedWrite)
            m_beforeQueuedWrite();
        QString error;
        if (queued && !writeNow(*queued, &error, Durability::Atomic))
            qCWarning(lcJobs, "%s", qUtf8Printable(error));
        else if (!queued)
            removeNow(jobId);
        QMutexLocker lock(&m_mutex);
        const auto it = m_pending.constFind(jobId);
        if (it != m_pending.constEnd() && it->serial == serial)
            m_pending.erase(it);
    });
    return true;
}

QString JobJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1String("/reimagine-studio/jobs");
}

QString JobJournal::pathFor(const QString &jobId) const
{
    return QDir(m_directory).filePath(jobId + QLatin1String(".json"));
}

JobJournal::Entry JobJournal::entryFor(const Job &job)
{
    const FinishedRun run = job.snapshot();
    Entry e;
    e.jobId = run.jobId;
    e.modelId = run.model.id;
    e.provider = run.model.provider;
    e.values = run.values;
    e.state = run.state;
    e.submitStarted = job.submitStarted();
    e.handle = run.handle;
    e.context = run.context;
    e.created = run.created;
    e.updated = QDateTime::currentDateTimeUtc();
    if (isTerminal(run.state))
        e.message = run.outcome.message;
    if (isTerminal(run.state) || run.state == JobState::Saving)
        e.outcome = run.outcome;
    return e;
}

bool JobJournal::record(const Job &job, QString *error, Durability durability)
{
    return write(entryFor(job), error, durability);
}

namespace {

// fsync(2) of a folder, so a rename in it survives a power cut.
void flushFolder(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

bool JobJournal::write(const Entry &entry, QString *error, Durability durability)
{
    if (!isSafeId(entry.jobId)) {
        if (error)
            *error = tr("Invalid job id '%1'.").arg(entry.jobId);
        return false;
    }
    if (durability == Durability::Atomic && enqueue(entry.jobId, entry))
        return true;
    waitForWrites(); // the queued writes go first
    return writeNow(entry, error, durability);
}

bool JobJournal::writeNow(const Entry &entry, QString *error, Durability durability)
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("Cannot create the job journal folder %1.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    const QByteArray bytes = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Indented);
    if (durability == Durability::Atomic) {
        QString why;
        if (AtomicFile::replace(pathFor(entry.jobId), bytes, &why))
            return true;
        if (error)
            *error = tr("Cannot write the job journal: %1").arg(why);
        return false;
    }
    QSaveFile file(pathFor(entry.jobId));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write the job journal: %1").arg(file.errorString());
        return false;
    }
    file.write(bytes);
    if (!file.commit()) {   // fsync of the file, then rename
        if (error)
            *error = tr("Cannot write the job journal: %1").arg(file.errorString());
        return false;
    }
    flushFolder(m_directory);   // the rename itself
    return true;
}

std::optional<JobJournal::Entry> JobJournal::read(const QString &jobId) const
{
    if (!isSafeId(jobId))
        return std::nullopt;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_pending.constFind(jobId);
        if (it != m_pending.constEnd())
            return it->entry;
    }
    return readFile(pathFor(jobId));
}

std::optional<JobJournal::Entry> JobJournal::readFile(const QString &path, QString *why, bool *newer)
{
    if (newer)
        *newer = false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (why)
            *why = file.errorString();
        return std::nullopt;
    }
    if (file.size() > kMaxEntryBytes) {
        if (why)
            *why = tr("it is larger than a journal entry can be");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (why)
            *why = tr("it is not valid JSON");
        return std::nullopt;
    }
    std::optional<Entry> entry = Entry::fromJson(doc.object());
    if (!entry) {
        if (newer)
            *newer = doc.object().value(QLatin1String("version")).toInt() > kFormatVersion;
        if (why)
            *why = tr("it is not a job journal entry this version of the app can read");
    }
    return entry;
}

QString JobJournal::corruptDirectory() const
{
    return QDir(m_directory).filePath(QStringLiteral("corrupt"));
}

QStringList JobJournal::moveAsideUnreadable()
{
    waitForWrites();
    QStringList messages;
    const QDir dir(m_directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(name);
        QString why;
        bool newer = false;
        if (readFile(path, &why, &newer) || newer || !QFileInfo(path).isReadable())
            continue;
        QString error;
        const QString moved = DamagedFile::moveInto(path, corruptDirectory(), &error);
        if (moved.isEmpty()) {
            messages.append(tr("The job journal entry %1 cannot be read (%2) and could not be moved "
                               "aside: %3")
                                .arg(QDir::toNativeSeparators(path), why, error));
        } else {
            messages.append(tr("The job journal entry %1 could not be read (%2), so it was moved to %3.")
                                .arg(QDir::toNativeSeparators(path), why, QDir::toNativeSeparators(moved)));
        }
    }
    return messages;
}

QList<JobJournal::Entry> JobJournal::all() const
{
    waitForWrites();
    QList<Entry> entries;
    const QDir dir(m_directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Time | QDir::Reversed)) {
        if (std::optional<Entry> e = read(name.chopped(5)))
            entries.append(*e);
    }
    return entries;
}

QList<JobJournal::Entry> JobJournal::unfinished() const
{
    QList<Entry> entries;
    for (const Entry &e : all()) {
        if (!isTerminal(e.state))
            entries.append(e);
    }
    return entries;
}

bool JobJournal::remove(const QString &jobId)
{
    if (!isSafeId(jobId))
        return false;
    if (enqueue(jobId, std::nullopt))
        return true;
    waitForWrites();
    return removeNow(jobId);
}

bool JobJournal::removeNow(const QString &jobId)
{
    return QFile::remove(pathFor(jobId));
}
