#include "aspectratioicon.h"

#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QRegularExpression>

QSize AspectRatioIcon::ratioOf(const QString &value)
{
    const QString v = value.toLower();
    if (v.startsWith(QLatin1String("square")))
        return QSize(1, 1);
    static const QRegularExpression numbers(QStringLiteral("(\\d+)\\s*[:_x/]\\s*(\\d+)$"));
    const QRegularExpressionMatch m = numbers.match(v);
    if (!m.hasMatch())
        return QSize();
    int w = m.captured(1).toInt();
    int h = m.captured(2).toInt();
    if (w <= 0 || h <= 0)
        return QSize();
    // fal presets name the orientation and then the ratio the long way round ("portrait_4_3").
    if ((v.startsWith(QLatin1String("portrait")) && w > h)
        || (v.startsWith(QLatin1String("landscape")) && w < h))
        std::swap(w, h);
    return QSize(w, h);
}

bool AspectRatioIcon::appliesTo(const QString &fieldName, const QString &role)
{
    return role == QLatin1String("aspect_ratio") || fieldName.contains(QLatin1String("aspect"))
        || fieldName.contains(QLatin1String("image_size"));
}

QIcon AspectRatioIcon::icon(const QString &value, const QPalette &palette)
{
    const QSize ratio = ratioOf(value);
    if (!ratio.isValid())
        return QIcon();
    QIcon icon;
    for (const int side : {16, 32}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal box = side - side / 8.0;
        QSizeF shape(ratio);
        shape.scale(box, box, Qt::KeepAspectRatio);
        shape = shape.expandedTo(QSizeF(side / 4.0, side / 4.0));
        const QRectF r((side - shape.width()) / 2, (side - shape.height()) / 2, shape.width(),
                       shape.height());
        QColor stroke = palette.color(QPalette::Text);
        stroke.setAlphaF(0.7);
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlphaF(0.18);
        painter.setPen(QPen(stroke, side / 16.0));
        painter.setBrush(fill);
        painter.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), side / 16.0, side / 16.0);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
