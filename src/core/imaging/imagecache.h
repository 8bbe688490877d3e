#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>

#include <functional>

class QThreadPool;

// Decodes image files off the GUI thread and keeps the most recently used ones, up to a byte
// budget, so a long session holds a bounded number of decoded results and reloads older ones
// from their files when they are shown again. An image can be asked for at full size or with
// its longest side bounded (thumbnails, compare cells), decoded straight to that size.
class ImageCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageCache)

public:
    using Callback = std::function<void(const QImage &image, const QString &error)>;

    static constexpr qint64 kDefaultBudgetBytes = 128LL * 1024 * 1024; // eight 2048x2048 results

    explicit ImageCache(qint64 budgetBytes = kDefaultBudgetBytes, QObject *parent = nullptr);
    ~ImageCache() override;

    // The decoded image when it is cached (a null image otherwise). `longestSide` 0: full size.
    QImage cached(const QString &path, int longestSide = 0) const;
    // Calls `callback` (guarded by `context`) with the image: at once when it is cached, else
    // after it was decoded on a worker thread. A file that cannot be read gives a null image
    // and a message.
    void load(const QString &path, int longestSide, QObject *context, Callback callback);

    qint64 budgetBytes() const { return m_budget; }
    qint64 usedBytes() const { return m_used; }
    int count() const { return static_cast<int>(m_order.size()); }
    void clear();

private:
    struct Key
    {
        QString path;
        int side = 0;
        bool operator==(const Key &other) const { return path == other.path && side == other.side; }
    };
    friend size_t qHash(const Key &key, size_t seed) { return qHashMulti(seed, key.path, key.side); }

    void insert(const Key &key, const QImage &image);
    void touch(const Key &key);

    qint64 m_budget;
    qint64 m_used = 0;
    QHash<Key, QImage> m_images;
    QList<Key> m_order;                      // least recently used first
    QHash<Key, QList<QPair<QPointer<QObject>, Callback>>> m_waiting;
    QThreadPool *m_pool = nullptr;
};
