#include "historyitemdelegate.h"

#include "historypanel.h"

#include "widgets/scorebadge.h"

#include "history/historymodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace {
constexpr int ThumbSide = 112; // the square a thumbnail is fitted into
constexpr int CellPadding = 4; // 8 px between neighbouring thumbnails
const QChar BlackStar(0x2605);
} // namespace

QSize HistoryItemDelegate::cellSize(const QFontMetrics &metrics)
{
    return {ThumbSide + 2 * CellPadding, ThumbSide + 3 * CellPadding + 2 * metrics.height()};
}

int HistoryItemDelegate::thumbnailSide()
{
    return ThumbSide;
}

QSize HistoryItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return cellSize(option.fontMetrics);
}

void HistoryItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Selection and hover background only: the content is drawn below.
    QStyleOptionViewItem background(opt);
    background.text.clear();
    background.icon = QIcon();
    background.features &= ~QStyleOptionViewItem::HasDecoration;
    background.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect cell = opt.rect.adjusted(CellPadding, CellPadding, -CellPadding, -CellPadding);
    const QRect thumbRect(cell.left() + (cell.width() - ThumbSide) / 2, cell.top(), ThumbSide, ThumbSide);

    const QImage image = index.data(Qt::DecorationRole).value<QImage>();
    if (!image.isNull()) {
        // The model hands thumbnails scaled to the cell already (drawn 1:1); others are fitted.
        QRect target(QPoint(), image.deviceIndependentSize().toSize().scaled(thumbRect.size(), Qt::KeepAspectRatio));
        target.moveCenter(thumbRect.center());
        painter->drawImage(target, image);
    } else {
        QColor fill = opt.palette.color(QPalette::Text);
        fill.setAlphaF(0.08f);
        painter->fillRect(thumbRect, fill);
        const auto status = index.data(HistoryModel::StatusRole).value<RunStatus>();
        QString label;
        if (status == RunStatus::Failed)
            label = HistoryPanel::tr("Failed");
        else if (status == RunStatus::Cancelled)
            label = HistoryPanel::tr("Cancelled");
        if (!label.isEmpty()) {
            painter->setPen(opt.palette.color(QPalette::PlaceholderText));
            painter->drawText(thumbRect, Qt::AlignCenter, label);
        }
    }

    if (index.data(HistoryModel::FavouriteRole).toBool()) {
        const int side = opt.fontMetrics.height() + 4;
        const QRect badge(thumbRect.right() - side - 2, thumbRect.top() + 2, side, side);
        QColor back = opt.palette.color(QPalette::Base);
        back.setAlphaF(0.85f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(back);
        painter->drawEllipse(badge);
        painter->setPen(QColor(0xE8, 0xA3, 0x17));
        painter->drawText(badge, Qt::AlignCenter, QString(BlackStar));
    }

    // How well the result kept the sketch's lines, bottom left.
    if (const QVariant score = index.data(HistoryModel::StructureScoreRole); score.isValid()) {
        ScoreBadge::paint(*painter, QPointF(thumbRect.left() + 3, thumbRect.bottom() - opt.fontMetrics.height() - 6),
                          QLocale().toString(score.toDouble(), 'f', 2), score.toDouble(), opt.font);
    }

    // The caption: the prompt, then model and seed. Selected, it sits on the highlight of the
    // view's current state, so it stays readable when the view loses focus.
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QRect textRect(cell.left(), thumbRect.bottom() + 1 + CellPadding, cell.width(),
                         opt.fontMetrics.height());
    const QRect detailRect = textRect.translated(0, opt.fontMetrics.height());
    if (selected)
        painter->fillRect(textRect.united(detailRect), opt.palette.color(group, QPalette::Highlight));
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    painter->setPen(text);
    painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, textRect.width()));
    QColor muted = text;
    muted.setAlphaF(selected ? 0.85f : 0.65f);
    painter->setPen(muted);
    // The seed stays whole; a long model name gives way.
    const QVariant seed = index.data(HistoryModel::SeedRole);
    const QString tail = seed.isValid() ? QStringLiteral(" · %1").arg(seed.toLongLong()) : QString();
    const int room = qMax(0, detailRect.width() - opt.fontMetrics.horizontalAdvance(tail));
    painter->drawText(detailRect, Qt::AlignHCenter | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(index.data(HistoryModel::ModelRole).toString(), Qt::ElideRight, room)
                          + tail);
    painter->restore();
}
