#include "imageview.h"

#include <QPainter>

ImageView::ImageView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ImageView::setImage(const QImage &image)
{
    m_pixmap = QPixmap::fromImage(image);
    update();
}

void ImageView::setFillView(bool fill)
{
    m_fill = fill;
    update();
}

void ImageView::clear()
{
    m_pixmap = QPixmap();
    update();
}

QRect ImageView::imageRect() const
{
    if (m_pixmap.isNull())
        return QRect();
    const qreal dpr = devicePixelRatioF();
    const QSizeF natural = QSizeF(m_pixmap.size()) / dpr;
    QSizeF target = natural;
    if (m_fill || natural.width() > width() || natural.height() > height())
        target = natural.scaled(QSizeF(size()), Qt::KeepAspectRatio);
    const QSize s = target.toSize();
    return QRect(QPoint((width() - s.width()) / 2, (height() - s.height()) / 2), s);
}

QSize ImageView::sizeHint() const
{
    return QSize(480, 360);
}

QSize ImageView::minimumSizeHint() const
{
    return QSize(120, 90);
}

void ImageView::paintEvent(QPaintEvent *)
{
    if (m_pixmap.isNull())
        return;
    QPainter painter(this);
    const QRect target = imageRect();

    // Checkerboard for transparency.
    const int cell = 8;
    const QColor light(0xf4, 0xf4, 0xf4);
    const QColor dark(0xe2, 0xe2, 0xe2);
    painter.save();
    painter.setClipRect(target);
    for (int y = target.top(); y <= target.bottom(); y += cell) {
        for (int x = target.left(); x <= target.right(); x += cell) {
            const bool odd = (((x - target.left()) / cell) + ((y - target.top()) / cell)) % 2;
            painter.fillRect(QRect(x, y, cell, cell), odd ? dark : light);
        }
    }
    painter.restore();

    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawPixmap(target, m_pixmap);
    QColor frame = palette().color(QPalette::Shadow);
    frame.setAlphaF(0.35);
    painter.setPen(frame);
    painter.drawRect(target.adjusted(0, 0, -1, -1));
}
