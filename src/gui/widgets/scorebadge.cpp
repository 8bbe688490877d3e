#include "scorebadge.h"

#include <QFontMetrics>
#include <QPainter>

namespace ScoreBadge {

QColor colour(double score)
{
    if (score >= 0.7)
        return QColor(0x1e, 0x8e, 0x4e);
    if (score >= 0.4)
        return QColor(0xb7, 0x7a, 0x00);
    return QColor(0xc5, 0x22, 0x1f);
}

QRectF paint(QPainter &painter, const QPointF &topLeft, const QString &text, double score, const QFont &font)
{
    const QFontMetrics metrics(font);
    const QRectF pill(topLeft, QSizeF(metrics.horizontalAdvance(text) + 12, metrics.height() + 4));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    QColor back = colour(score);
    back.setAlphaF(0.92f);
    painter.setBrush(back);
    painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(pill, Qt::AlignCenter, text);
    painter.restore();
    return pill;
}

} // namespace ScoreBadge
