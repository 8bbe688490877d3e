// HistoryStore: noticing the commits of other processes (reimagine-cli, a second window of the
// app). Kept apart from historystore.cpp, which owns the schema and this process's writes.
#include "historystore.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace {
constexpr int SettleMs = 250; // a run's commit touches the files several times
} // namespace

void HistoryStore::followOtherWriters()
{
    if (!m_open || m_otherWriters || QThread::currentThread() != m_ownerThread)
        return;
    m_otherWriters = new QFileSystemWatcher(this);
    m_otherWritersSettle = new QTimer(this);
    m_otherWritersSettle->setSingleShot(true);
    m_otherWritersSettle->setInterval(SettleMs);
    // data_version is read on the database thread (its own connection), never on this one.
    inBackground([this] {
        m_dataVersion = dataVersion();
        return true;
    });

    // In WAL mode a commit writes the -wal file; a checkpoint writes the database. The folder
    // is watched too, for a -wal file that a writer creates after this.
    const QString db = databasePath();
    const auto watchFiles = [this, db] {
        for (const QString &path : {db, QString(db + QLatin1String("-wal"))}) {
            if (QFileInfo::exists(path) && !m_otherWriters->files().contains(path))
                m_otherWriters->addPath(path);
        }
    };
    watchFiles();
    m_otherWriters->addPath(QFileInfo(db).absolutePath());
    connect(m_otherWriters, &QFileSystemWatcher::fileChanged, m_otherWritersSettle, qOverload<>(&QTimer::start));
    connect(m_otherWriters, &QFileSystemWatcher::directoryChanged, this, [this, watchFiles] {
        watchFiles();
        m_otherWritersSettle->start();
    });
    connect(m_otherWritersSettle, &QTimer::timeout, this, [this, watchFiles] {
        watchFiles(); // a replaced file drops out of the watch
        // data_version changes only for commits made through other connections.
        inBackground([this] {
            const qint64 version = dataVersion();
            if (version == m_dataVersion)
                return false;
            m_dataVersion = version;
            Q_EMIT changed();
            Q_EMIT committedElsewhere();
            return true;
        });
    });
}

