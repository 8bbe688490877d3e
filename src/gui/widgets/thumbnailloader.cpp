#include "thumbnailloader.h"
#include "base/workpool.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

void ThumbnailLoader::load(const QString &path, int maxSide, QObject *context, Callback callback)
{
    auto *watcher = new QFutureWatcher<ImageLoader::Result>(context);
    QObject::connect(watcher, &QFutureWatcher<ImageLoader::Result>::finished, context,
                     [watcher, callback = std::move(callback)]() {
                         callback(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(WorkPool::run([path, maxSide]() {
        ImageLoader::Result result = ImageLoader::loadFile(path);
        if (result.ok() && maxSide > 0
            && (result.image.width() > maxSide || result.image.height() > maxSide)) {
            result.image = result.image.scaled(maxSide, maxSide, Qt::KeepAspectRatio,
                                               Qt::SmoothTransformation);
        }
        return result;
    }));
}
