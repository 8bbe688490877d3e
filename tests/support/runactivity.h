#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include "net/apirequest.h"

// Whether `run` (a ProviderRun, or anything that owns requests and timers as children) can
// still do something by itself: a deterministic "nothing more will happen" instead of waiting
// a while for it. First every worker of the thread pool ends and what it posted is delivered
// (a result that was not dropped is handled now); then the run can act only through a request
// under way or a running timer.
inline bool canStillAct(const QObject *run)
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    const QList<ApiRequest *> requests = run->findChildren<ApiRequest *>();
    for (const ApiRequest *request : requests) {
        if (request->isRunning())
            return true;
    }
    const QList<QTimer *> timers = run->findChildren<QTimer *>();
    for (const QTimer *timer : timers) {
        if (timer->isActive())
            return true;
    }
    return false;
}
