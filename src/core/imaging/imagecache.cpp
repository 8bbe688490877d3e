#include "imagecache.h"

#include "imageloader.h"

#include "base/workpool.h"

#include <QFutureWatcher>
#include <QImageReader>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// In the format a window's pixmaps use (RGB32, or premultiplied ARGB32 with alpha), converted
// here on the worker: QPixmap::fromImage on the GUI thread is then a copy, not a conversion
// (Qt splits a conversion over the global thread pool and waits for it, which stalled the
// window while that pool was busy decoding).
QImage forDisplay(const QImage &image)
{
    if (image.isNull())
        return image;
    const QImage::Format format = image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
    return image.format() == format ? image : image.convertToFormat(format);
}

struct Decoded
{
    QImage image;
    QString error;
};

Decoded decode(const QString &path, int longestSide)
{
    Decoded decoded;
    if (longestSide <= 0) {
        const ImageLoader::Result result = ImageLoader::loadFile(path);
        decoded.image = forDisplay(result.image);
        decoded.error = result.error;
        return decoded;
    }
    const ImageLoader::Result probe = ImageLoader::probeFile(path);
    if (!probe.ok()) {
        decoded.error = probe.error;
        return decoded;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (size.isValid() && (size.width() > longestSide || size.height() > longestSide))
        reader.setScaledSize(size.scaled(longestSide, longestSide, Qt::KeepAspectRatio));
    decoded.image = reader.read();
    if (decoded.image.isNull())
        decoded.error = reader.errorString();
    decoded.image = forDisplay(decoded.image);
    return decoded;
}

qint64 bytesOf(const QImage &image)
{
    return image.sizeInBytes();
}

} // namespace

ImageCache::ImageCache(qint64 budgetBytes, QObject *parent)
    : QObject(parent)
    , m_budget(budgetBytes)
    , m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(2);
}

ImageCache::~ImageCache()
{
    m_pool->waitForDone();
}

QImage ImageCache::cached(const QString &path, int longestSide) const
{
    return m_images.value(Key{path, qMax(0, longestSide)});
}

void ImageCache::load(const QString &path, int longestSide, QObject *context, Callback callback)
{
    const Key key{path, qMax(0, longestSide)};
    const auto it = m_images.constFind(key);
    if (it != m_images.constEnd()) {
        const QImage image = *it;
        touch(key);
        callback(image, QString());
        return;
    }
    const bool started = m_waiting.contains(key);
    m_waiting[key].append({QPointer<QObject>(context), std::move(callback)});
    if (started)
        return;
    auto *watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher, key] {
        watcher->deleteLater();
        const Decoded decoded = watcher->result();
        if (!decoded.image.isNull())
            insert(key, decoded.image);
        const QList<QPair<QPointer<QObject>, Callback>> waiting = m_waiting.take(key);
        for (const auto &entry : waiting) {
            if (entry.first) // the asker may be gone meanwhile
                entry.second(decoded.image, decoded.error);
        }
    });
    watcher->setFuture(WorkPool::run(m_pool, decode, path, key.side));
}

void ImageCache::insert(const Key &key, const QImage &image)
{
    const qint64 bytes = bytesOf(image);
    if (bytes > m_budget)
        return; // larger than the whole budget: handed out, never kept
    if (m_images.contains(key)) {
        touch(key);
        return;
    }
    while (m_used + bytes > m_budget && !m_order.isEmpty()) {
        const Key oldest = m_order.takeFirst();
        m_used -= bytesOf(m_images.take(oldest));
    }
    m_images.insert(key, image);
    m_order.append(key);
    m_used += bytes;
}

void ImageCache::touch(const Key &key)
{
    const qsizetype index = m_order.indexOf(key);
    if (index >= 0)
        m_order.move(index, m_order.size() - 1);
}

void ImageCache::clear()
{
    m_images.clear();
    m_order.clear();
    m_used = 0;
}
