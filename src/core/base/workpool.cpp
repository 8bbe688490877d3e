#include "workpool.h"

#include <QThread>
#include <QThreadPool>

namespace {

struct Pool : QThreadPool
{
    Pool()
    {
        setObjectName(QStringLiteral("WorkPool"));
        setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    }
};

Q_GLOBAL_STATIC(Pool, pool)

} // namespace

namespace WorkPool {

QThreadPool *instance()
{
    return pool();
}

} // namespace WorkPool
