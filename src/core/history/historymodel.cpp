#include "historymodel.h"

#include "imaging/imageloader.h"
#include "base/workpool.h"

#include <QFile>
#include <QFutureWatcher>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

#include <algorithm>
#include <limits>
#include <QtConcurrent/QtConcurrentRun>

namespace {

const QString &pngMime()
{
    static const QString mime = QStringLiteral("image/png");
    return mime;
}

const QString &imageMime()
{
    static const QString mime = QStringLiteral("application/x-qt-image");
    return mime;
}

const QString &uriListMime()
{
    static const QString mime = QStringLiteral("text/uri-list");
    return mime;
}

constexpr qint64 MaxDragFileBytes = 64LL * 1024 * 1024;

// Result files for a drag or the clipboard: the URLs at once, the bytes and pixels only when a
// target asks for them (so a drag never blocks on decoding).
class HistoryMimeData final : public QMimeData
{
public:
    explicit HistoryMimeData(const QStringList &files)
        : m_file(files.value(0))
    {
        QList<QUrl> urls;
        for (const QString &file : files)
            urls.append(QUrl::fromLocalFile(file));
        setUrls(urls);
    }

    QStringList formats() const override
    {
        QStringList result = QMimeData::formats();
        if (!m_file.isEmpty()) {
            result.append(pngMime());
            result.append(imageMime());
        }
        return result;
    }

    bool hasFormat(const QString &mimeType) const override { return formats().contains(mimeType); }

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override
    {
        if (!m_file.isEmpty() && mimeType == pngMime()) {
            QFile file(m_file);
            if (file.size() <= MaxDragFileBytes && file.open(QIODevice::ReadOnly))
                return file.readAll(); // byte for byte: the metadata chunks travel along
            return {};
        }
        if (!m_file.isEmpty() && mimeType == imageMime()) {
            const ImageLoader::Result loaded = ImageLoader::loadFile(m_file);
            return loaded.ok() ? QVariant(loaded.image) : QVariant();
        }
        return QMimeData::retrieveData(mimeType, type);
    }

private:
    QString m_file;
};

bool sameContent(const HistoryEntry &a, const HistoryEntry &b)
{
    return a.rating == b.rating && a.favourite == b.favourite && a.structureScore == b.structureScore
        && a.status == b.status
        && a.outputPaths == b.outputPaths && a.thumbPaths == b.thumbPaths
        && a.modelTitle == b.modelTitle;
}

} // namespace

HistoryModel::HistoryModel(HistoryStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_decoder(new QThreadPool(this))
    , m_thumbnails(128 * 1024) // KiB: about 500 thumbnails of 256 px
{
    m_decoder->setMaxThreadCount(1);
    if (m_store) {
        connect(m_store, &HistoryStore::changed, this, &HistoryModel::refresh);
        query(Busy::Reset, HistoryPageKey(), qMin(PageSize, capacity()));
    }
}

void HistoryModel::setThumbnailSide(int side, qreal devicePixelRatio)
{
    if (side == m_thumbnailSide && qFuzzyCompare(devicePixelRatio, m_thumbnailRatio))
        return;
    m_thumbnailSide = side;
    m_thumbnailRatio = devicePixelRatio;
    m_thumbnails.clear(); // decoded again at the new size as rows are drawn
    m_failed.clear();
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1), {Qt::DecorationRole});
}

int HistoryModel::capacity() const
{
    return m_filter.limit > 0 ? m_filter.limit : std::numeric_limits<int>::max();
}

void HistoryModel::query(Busy kind, const HistoryPageKey &after, int count)
{
    if (!m_store)
        return;
    m_busy = kind;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<HistoryPage>(this);
    connect(watcher, &QFutureWatcher<HistoryPage>::finished, this, [this, watcher, kind, generation]() {
        watcher->deleteLater();
        if (generation != m_generation || watcher->future().resultCount() == 0)
            return; // a newer filter's query is under way, or the store went away
        const HistoryPage page = watcher->result();
        m_busy = Busy::No;
        switch (kind) {
        case Busy::Reset:
            applyReset(page);
            break;
        case Busy::Refresh:
            applyRefresh(page);
            break;
        case Busy::More:
            applyMore(page);
            break;
        case Busy::No:
            break;
        }
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
        }
        Q_EMIT loaded();
    });
    HistoryStore *store = m_store.data();
    watcher->setFuture(store->inBackground(
        [store, filter = m_filter, after, count]() { return store->findPage(filter, after, count); }));
}

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    ++m_generation; // whatever was under way answers for the old filter
    m_refreshAgain = false;
    m_busy = Busy::No;
    query(Busy::Reset, HistoryPageKey(), qMin(PageSize, capacity()));
}

void HistoryModel::applyReset(const HistoryPage &page)
{
    beginResetModel();
    m_entries = page.entries;
    m_last = page.last;
    m_more = page.more && m_entries.size() < capacity();
    m_loading.clear();
    endResetModel();
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && m_busy == Busy::No && !m_refreshAgain;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Pages grow with the rows loaded (up to MaxPageSize): each insertion makes a view lay out
    // every row again, so a long scroll should cause few of them.
    const qint64 page = std::clamp<qint64>(qint64(m_entries.size()) / 2, PageSize, MaxPageSize);
    query(Busy::More, m_last, qMin<qint64>(page, qint64(capacity()) - m_entries.size()));
}

void HistoryModel::applyMore(const HistoryPage &page)
{
    // Keyset paging: the page starts after the last loaded row. A change that raced the page
    // is reconciled by the refresh that follows (m_refreshAgain).
    QList<HistoryEntry> fresh = page.entries;
    if (page.last.valid)
        m_last = page.last;
    const qsizetype room = qMax<qsizetype>(0, capacity() - m_entries.size());
    if (fresh.size() > room)
        fresh.resize(room);
    if (!fresh.isEmpty()) {
        const int first = int(m_entries.size());
        beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
        m_entries.append(fresh);
        endInsertRows();
    }
    m_more = page.more && m_entries.size() < capacity();
}

void HistoryModel::refresh()
{
    if (!m_store)
        return;
    if (m_busy != Busy::No) {
        m_refreshAgain = true; // after the answer under way
        return;
    }
    // The rows loaded so far read again, with room for new ones (every run when all were loaded).
    const int count = m_more ? int(qMin<qint64>(capacity(), qint64(m_entries.size()) + PageSize)) : capacity();
    query(Busy::Refresh, HistoryPageKey(), count);
}

void HistoryModel::applyRefresh(const HistoryPage &page)
{
    const QList<HistoryEntry> &fresh = page.entries;
    m_last = page.last;
    m_more = page.more && fresh.size() < capacity();
    QSet<QString> freshIds;
    freshIds.reserve(fresh.size());
    for (const HistoryEntry &e : fresh)
        freshIds.insert(e.id);

    // 1. Rows that are gone, in contiguous blocks from the end.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (freshIds.contains(m_entries.at(row).id))
            continue;
        const int last = row;
        while (row > 0 && !freshIds.contains(m_entries.at(row - 1).id))
            --row;
        beginRemoveRows(QModelIndex(), row, last);
        for (int i = row; i <= last; ++i) {
            for (const QString &thumb : m_entries.at(i).thumbPaths)
                m_thumbnails.remove(thumb);
        }
        m_entries.remove(row, last - row + 1);
        endRemoveRows();
    }

    // 2. New rows: the remaining old rows keep their order (the sort key never changes), so
    // the new ones slot in between them.
    QSet<QString> oldIds;
    oldIds.reserve(m_entries.size());
    for (const HistoryEntry &e : std::as_const(m_entries))
        oldIds.insert(e.id);
    int row = 0;
    bool consistent = true;
    for (int i = 0; i < fresh.size() && consistent;) {
        if (row < m_entries.size() && m_entries.at(row).id == fresh.at(i).id) {
            ++row;
            ++i;
            continue;
        }
        if (oldIds.contains(fresh.at(i).id)) {
            consistent = false;
            break;
        }
        const int start = i;
        while (i < fresh.size() && !oldIds.contains(fresh.at(i).id))
            ++i;
        const int count = i - start;
        beginInsertRows(QModelIndex(), row, row + count - 1);
        for (int k = 0; k < count; ++k)
            m_entries.insert(row + k, fresh.at(start + k));
        endInsertRows();
        row += count;
    }
    if (!consistent || m_entries.size() != fresh.size()) {
        beginResetModel();
        m_entries = fresh;
        m_loading.clear();
        endResetModel();
        return;
    }

    // 3. Rows whose rating, favourite flag or files changed.
    for (int r = 0; r < m_entries.size(); ++r) {
        if (sameContent(m_entries.at(r), fresh.at(r)))
            continue;
        m_entries[r] = fresh.at(r);
        const QModelIndex changedIndex = index(r);
        Q_EMIT dataChanged(changedIndex, changedIndex);
    }
}

HistoryEntry HistoryModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : HistoryEntry();
}

int HistoryModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString HistoryModel::shortPrompt(const HistoryEntry &entry)
{
    QString text = entry.prompt.simplified();
    if (text.isEmpty())
        text = entry.modelTitle.isEmpty() ? entry.modelId : entry.modelTitle;
    if (text.size() > ShortPromptLength)
        text = text.left(ShortPromptLength - 1).trimmed() + QChar(0x2026);
    return text;
}

QString HistoryModel::toolTip(const HistoryEntry &entry) const
{
    const QLocale locale;
    QStringList lines;
    const QString model = entry.modelTitle.isEmpty() ? entry.modelId : entry.modelTitle;
    lines.append(entry.provider.isEmpty() ? model : tr("%1 · %2").arg(model, entry.provider));
    lines.append(entry.seed ? tr("Seed: %1").arg(*entry.seed) : tr("Seed: unknown"));
    lines.append(entry.costUsd ? tr("Cost: $%1").arg(locale.toString(*entry.costUsd, 'f', 3))
                               : tr("Cost: unknown"));
    lines.append(locale.toString(entry.created.toLocalTime(), QLocale::ShortFormat));
    if (entry.structureScore)
        lines.append(tr("Structure score: %1 (how well the result kept the sketch's lines, 0-1)")
                         .arg(locale.toString(*entry.structureScore, 'f', 2)));
    if (entry.rating > 0)
        lines.append(tr("Rating: %1").arg(QString(entry.rating, QChar(0x2605))
                                          + QString(5 - entry.rating, QChar(0x2606))));
    switch (entry.status) {
    case RunStatus::Done:
        break;
    case RunStatus::Failed:
        lines.append(entry.error.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(entry.error));
        break;
    case RunStatus::Cancelled:
        lines.append(tr("Cancelled"));
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant HistoryModel::thumbnail(const QModelIndex &index, const HistoryEntry &entry) const
{
    const QString path = entry.thumbPaths.value(0);
    if (path.isEmpty())
        return {};
    if (const QImage *image = m_thumbnails.object(path))
        return *image;
    if (m_failed.contains(path))
        return {};
    const auto loading = m_loading.find(path);
    if (loading != m_loading.end()) {
        if (!loading->contains(index))
            loading->append(QPersistentModelIndex(index));
        return {};
    }
    m_loading.insert(path, {QPersistentModelIndex(index)});
    auto *self = const_cast<HistoryModel *>(this);
    auto *watcher = new QFutureWatcher<QImage>(self);
    connect(watcher, &QFutureWatcher<QImage>::finished, self, [self, watcher, path]() {
        self->thumbnailLoaded(path, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(WorkPool::run(m_decoder, [path, side = m_thumbnailSide, ratio = m_thumbnailRatio]() {
        ImageLimits limits;
        limits.maxFileBytes = 8LL * 1024 * 1024;
        limits.maxPixels = 4LL * 1024 * 1024;
        QImage image = ImageLoader::loadFile(path, limits).image;
        const int pixels = qRound(side * ratio);
        if (!image.isNull() && pixels > 0 && (image.width() > pixels || image.height() > pixels)) {
            image = image.scaled(pixels, pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            image.setDevicePixelRatio(ratio);
        }
        return image;
    }));
    return {};
}

void HistoryModel::thumbnailLoaded(const QString &path, const QImage &image)
{
    const QList<QPersistentModelIndex> rows = m_loading.take(path);
    if (image.isNull()) {
        m_failed.insert(path);
        return;
    }
    m_thumbnails.insert(path, new QImage(image), qMax<int>(1, int(image.sizeInBytes() / 1024)));
    // The rows that asked; other rows with the same thumbnail find it in the cache when drawn.
    for (const QPersistentModelIndex &row : rows) {
        if (row.isValid() && m_entries.value(row.row()).thumbPaths.value(0) == path)
            Q_EMIT dataChanged(row, row, {Qt::DecorationRole});
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return shortPrompt(e);
    case Qt::DecorationRole:
        return thumbnail(index, e);
    case Qt::ToolTipRole:
        return toolTip(e);
    case IdRole:
        return e.id;
    case ModelRole:
        return e.modelTitle.isEmpty() ? e.modelId : e.modelTitle;
    case ModelIdRole:
        return e.modelId;
    case ProviderRole:
        return e.provider;
    case SeedRole:
        return e.seed ? QVariant(*e.seed) : QVariant();
    case CostRole:
        return e.costUsd ? QVariant(*e.costUsd) : QVariant();
    case CreatedRole:
        return e.created;
    case RatingRole:
        return e.rating;
    case FavouriteRole:
        return e.favourite;
    case OutputPathRole:
        return e.outputPaths.value(0);
    case OutputPathsRole:
        return e.outputPaths;
    case ThumbnailPathRole:
        return e.thumbPaths.value(0);
    case PromptRole:
        return e.prompt;
    case NegativePromptRole:
        return e.negativePrompt;
    case InputsRole:
        return QVariant::fromValue(e.inputs);
    case StatusRole:
        return QVariant::fromValue(e.status);
    case ErrorRole:
        return e.error;
    case SizeRole:
        return e.size;
    case StructureScoreRole:
        return e.structureScore ? QVariant(*e.structureScore) : QVariant();
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("id"));
    names.insert(ModelRole, QByteArrayLiteral("model"));
    names.insert(ModelIdRole, QByteArrayLiteral("modelId"));
    names.insert(ProviderRole, QByteArrayLiteral("provider"));
    names.insert(SeedRole, QByteArrayLiteral("seed"));
    names.insert(CostRole, QByteArrayLiteral("cost"));
    names.insert(CreatedRole, QByteArrayLiteral("created"));
    names.insert(RatingRole, QByteArrayLiteral("rating"));
    names.insert(FavouriteRole, QByteArrayLiteral("favourite"));
    names.insert(OutputPathRole, QByteArrayLiteral("outputPath"));
    names.insert(OutputPathsRole, QByteArrayLiteral("outputPaths"));
    names.insert(ThumbnailPathRole, QByteArrayLiteral("thumbnailPath"));
    names.insert(PromptRole, QByteArrayLiteral("prompt"));
    names.insert(NegativePromptRole, QByteArrayLiteral("negativePrompt"));
    names.insert(InputsRole, QByteArrayLiteral("inputs"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(ErrorRole, QByteArrayLiteral("error"));
    names.insert(SizeRole, QByteArrayLiteral("size"));
    names.insert(StructureScoreRole, QByteArrayLiteral("structureScore"));
    return names;
}

Qt::ItemFlags HistoryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractListModel::flags(index);
    if (index.isValid() && index.row() < m_entries.size()
        && !m_entries.at(index.row()).outputPaths.isEmpty())
        result |= Qt::ItemIsDragEnabled;
    return result;
}

QStringList HistoryModel::mimeTypes() const
{
    return {uriListMime(), pngMime(), imageMime()};
}

QMimeData *HistoryModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList files;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
            continue;
        for (const QString &path : m_entries.at(index.row()).outputPaths) {
            if (!files.contains(path))
                files.append(path);
        }
    }
    if (files.isEmpty())
        return nullptr;
    return new HistoryMimeData(files);
}

Qt::DropActions HistoryModel::supportedDragActions() const
{
    return Qt::CopyAction;
}
