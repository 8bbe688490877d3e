#pragma once

#include "historystore.h"

#include <QAbstractListModel>
#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

// The runs that match a HistoryFilter, newest first, for the History panel. Every query runs on
// the store's database thread (HistoryStore::inBackground), never on the GUI thread: answers
// arrive later and are applied then (loaded() tells when; isLoading() while one is awaited).
// Rows come in pages (canFetchMore()/fetchMore(): views ask for the next page as they scroll to
// the end): PageSize first, then half the rows loaded so far, at most MaxPageSize, up to the
// filter's limit (<= 0: every run). setFilter() keeps the
// old rows until the new first page arrives, then resets the model. Follows the store: on
// HistoryStore::changed() the rows loaded so far are read again and only the differences are
// applied (rows inserted, removed or changed), so views keep their selection and scroll position.
// Thumbnails (Qt::DecorationRole) are decoded off the GUI thread on first use and cached; the
// role is empty until the image is ready, then dataChanged() is emitted for the row.
// Drags carry the result files as URLs (text/uri-list), the PNG bytes with their metadata
// (image/png) and the decoded image, all read only when a drop target asks for them.
class HistoryModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ModelRole,        // model title (falls back to the model id)
        ModelIdRole,
        ProviderRole,
        SeedRole,         // qint64, or invalid when unknown
        CostRole,         // double in USD, or invalid when unknown
        CreatedRole,      // QDateTime, UTC
        RatingRole,       // int 0 ... 5
        FavouriteRole,    // bool
        OutputPathRole,   // first result file, empty when the run has none
        OutputPathsRole,  // QStringList
        ThumbnailPathRole,
        PromptRole,       // the full prompt
        NegativePromptRole,
        InputsRole,       // QJsonObject
        StatusRole,       // RunStatus
        ErrorRole,
        SizeRole,         // QSize of the first result
        StructureScoreRole, // double 0-1 (the best result's StructureScore), or invalid
    };
    Q_ENUM(Role)

    static constexpr int ShortPromptLength = 60;

    static constexpr int PageSize = 200;      // the first page, and the least a page holds
    static constexpr int MaxPageSize = 5000;

    explicit HistoryModel(HistoryStore *store, QObject *parent = nullptr);

    HistoryFilter filter() const { return m_filter; }
    void setFilter(const HistoryFilter &filter); // resets the model when the answer arrives
    // Whether an answer of the database thread is awaited.
    bool isLoading() const { return m_busy != Busy::No || m_refreshAgain; }

    // Thumbnails are scaled on the decoding thread to fit a square of `side` device-independent
    // pixels at `devicePixelRatio` (the view draws them 1:1); 0: as stored.
    void setThumbnailSide(int side, qreal devicePixelRatio = 1.0);

    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;

    HistoryEntry entry(int row) const;
    HistoryEntry entry(const QModelIndex &index) const { return entry(index.row()); }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    // One line for a grid cell: the prompt simplified and cut to ShortPromptLength.
    static QString shortPrompt(const HistoryEntry &entry);

public Q_SLOTS:
    void refresh(); // runs the query again and applies the differences

Q_SIGNALS:
    // An answer of the database thread was applied (a new filter's first page, a refresh, a page).
    void loaded();

private:
    enum class Busy { No, Reset, Refresh, More };
    // Runs findPage() on the database thread; `apply` gets the answer unless a newer filter came.
    void query(Busy kind, const HistoryPageKey &after, int count);
    void applyReset(const HistoryPage &page);
    void applyRefresh(const HistoryPage &page);
    void applyMore(const HistoryPage &page);
    int capacity() const; // how many rows the filter's limit allows
    QVariant thumbnail(const QModelIndex &index, const HistoryEntry &entry) const;
    QString toolTip(const HistoryEntry &entry) const;
    void thumbnailLoaded(const QString &path, const QImage &image);

    QPointer<HistoryStore> m_store;
    HistoryFilter m_filter;
    QList<HistoryEntry> m_entries;
    HistoryPageKey m_last;            // of the last loaded row
    bool m_more = false;              // the database may hold more rows after m_last
    Busy m_busy = Busy::No;           // one query at a time
    bool m_refreshAgain = false;      // the store changed while a query ran
    quint64 m_generation = 0;         // answers of an older filter are dropped
    int m_thumbnailSide = 0;
    qreal m_thumbnailRatio = 1.0;
    // Decodes thumbnails, one at a time: the GUI thread keeps a core of its own on a small machine.
    QThreadPool *m_decoder = nullptr;
    mutable QCache<QString, QImage> m_thumbnails;  // thumb path -> image, cost in KiB
    // Thumbnails being decoded -> the rows that asked for them.
    mutable QHash<QString, QList<QPersistentModelIndex>> m_loading;
    QSet<QString> m_failed;
};
