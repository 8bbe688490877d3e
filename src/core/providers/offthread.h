#pragma once

#include "base/workpool.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

// One piece of work on the thread pool whose result is handed back on the owner's thread: the
// decoding and re-encoding of images, which takes too long for the GUI thread. stop() drops a
// result still to come (the work itself runs to its end and is thrown away).
class OffThreadTask
{
public:
    OffThreadTask() = default;
    ~OffThreadTask() { stop(); }
    OffThreadTask(const OffThreadTask &) = delete;
    OffThreadTask &operator=(const OffThreadTask &) = delete;

    // Runs `work()` on the thread pool, then `done(result)` in `owner`'s thread unless stop() was
    // called or the owner was deleted first. One task at a time: a running one is dropped.
    template<typename Work, typename Done>
    void run(QObject *owner, Work work, Done done)
    {
        stop();
        using Result = std::invoke_result_t<Work>;
        auto *watcher = new QFutureWatcher<Result>(owner);
        m_watcher = watcher;
        QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [this, watcher, done]() {
            if (m_watcher == watcher)
                m_watcher = nullptr;
            watcher->deleteLater();
            done(watcher->result());
        });
        watcher->setFuture(WorkPool::run(std::move(work)));
    }

    bool isRunning() const { return !m_watcher.isNull(); }

    void stop()
    {
        if (QFutureWatcherBase *watcher = m_watcher.data()) {
            m_watcher = nullptr;
            QObject::disconnect(watcher, nullptr, nullptr, nullptr);
            watcher->deleteLater();
        }
    }

private:
    QPointer<QFutureWatcherBase> m_watcher;
};
