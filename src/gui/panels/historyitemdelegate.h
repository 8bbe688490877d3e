#pragma once

#include <QStyledItemDelegate>

// A cell of the history grid: the thumbnail (or the run's state when there is none), one line of
// prompt, one of model and seed, a star in the corner for favourites and the structure score.
class HistoryItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QSize cellSize(const QFontMetrics &metrics);
    static int thumbnailSide(); // the square a thumbnail is fitted into, in device-independent pixels
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
