// BeforeAfterView: painting the layers, the divider, the captions and notes.
#include "beforeafterview.h"

#include "beforeafterview_p.h"

#include "base/workpool.h"
#include "structure/smoothscale.h"

#include <QFutureWatcher>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

using namespace BeforeAfterStyle;

namespace {

// Text on a plate: the captions and notes over the images.
void paintLabel(QPainter &painter, const QPalette &palette, const QRectF &r, qreal radius, qreal plateAlpha,
                const QFont &font, const QString &text, int flags)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    paintPlate(painter, palette, r, radius, plateAlpha, 0.15);
    painter.setFont(font);
    painter.setPen(palette.color(QPalette::WindowText));
    painter.drawText(r, flags, text);
    painter.restore();
}

} // namespace

QSize BeforeAfterView::sizeHint() const
{
    return QSize(640, 480);
}

QSize BeforeAfterView::minimumSizeHint() const
{
    return QSize(160, 120);
}

void BeforeAfterView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_rescaleOnWorker = true;
    paintView(painter, viewport());
    m_rescaleOnWorker = false;
}

void BeforeAfterView::requestRescale(Layer &layer, const QSize &device) const
{
    layer.wantedSize = device;
    if (layer.rescaling)
        return; // the newest wanted size is made when the running copy is done
    layer.rescaling = true;
    const QImage source = layer.image;
    Layer *target = &layer;
    auto *self = const_cast<BeforeAfterView *>(this);
    auto *watcher = new QFutureWatcher<QImage>(self);
    connect(watcher, &QFutureWatcher<QImage>::finished, self, [self, watcher, target, source, device] {
        watcher->deleteLater();
        target->rescaling = false;
        // Kept when the layer still shows that image at that size; either way the next paint
        // asks again for what the screen needs then (zoomed on meanwhile, another image).
        if (target->image.cacheKey() == source.cacheKey() && target->wantedSize == device) {
            target->scaled = QPixmap::fromImage(watcher->result());
            target->scaledSize = device;
        }
        self->update();
    });
    watcher->setFuture(WorkPool::run([source, device] {
        // OpenCV's area averaging, in the screen's format (making the pixmap is then a copy):
        // QImage::scaled() would split the work over Qt's image pool, which a paint on the GUI
        // thread waits for.
        return SmoothScale::scaled(source, device);
    }));
}

QImage BeforeAfterView::renderToImage(const QSize &size) const
{
    if (size.isEmpty())
        return QImage();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    // Render with copies of the layers so the widget's own caches stay valid.
    const Layer savedBefore = m_before;
    const Layer savedAfter = m_after;
    {
        QPainter painter(&image);
        paintView(painter, viewportFor(size, 1.0));
    }
    m_before = savedBefore;
    m_after = savedAfter;
    return image;
}

void BeforeAfterView::paintView(QPainter &painter, const Viewport &vp) const
{
    const QRect all(QPoint(0, 0), vp.size);
    painter.fillRect(all, palette().color(QPalette::Base));

    const QSize content = contentSize();
    if (content.isEmpty()) {
        QFont f = font();
        if (f.pointSizeF() > 0)
            f.setPointSizeF(f.pointSizeF() * 1.15);
        painter.setFont(f);
        painter.setPen(mutedText(palette()));
        painter.drawText(all.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Nothing to compare yet"));
        return;
    }

    // Snap the image origin to device pixels so edges and the divider stay crisp.
    auto snapped = [&](const QRectF &r) {
        return QRectF(std::round(r.left() * vp.dpr) / vp.dpr, std::round(r.top() * vp.dpr) / vp.dpr,
                      r.width(), r.height());
    };

    const bool both = hasBefore() && hasAfter();
    QColor frame = palette().color(QPalette::Shadow);
    frame.setAlphaF(0.35);

    for (int pane = 0; pane < vp.paneCount; ++pane) {
        const QRectF paneRectF(vp.panes[pane]);
        const QRectF target = snapped(imageRectIn(vp, pane));
        const QRectF visible = target & paneRectF;
        painter.save();
        painter.setClipRect(paneRectF);
        paintBackdrop(painter, visible);

        if (!both) {
            if (hasAfter())
                paintResult(painter, vp, target, visible);
            else
                paintLayer(painter, vp, shownBefore(), target, visible);
        } else if (m_mode == Mode::SideBySide) {
            if (pane == 0)
                paintLayer(painter, vp, shownBefore(), target, visible);
            else
                paintResult(painter, vp, target, visible);
        } else if (m_mode == Mode::Blend) {
            paintLayer(painter, vp, shownBefore(), target, visible);
            painter.setOpacity(m_blend);
            paintLayer(painter, vp, m_after, target, visible);
            painter.setOpacity(m_overlayOpacity);
            paintLayer(painter, vp, m_overlay, target, visible);
            painter.setOpacity(1.0);
        } else if (m_mode == Mode::OnionSkin) {
            paintResult(painter, vp, target, visible);
            painter.setOpacity(OnionOpacity);
            painter.setCompositionMode(QPainter::CompositionMode_Multiply);
            paintLayer(painter, vp, shownBefore(), target, visible);
            painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
            painter.setOpacity(1.0);
        } else if (m_mode == Mode::Difference) {
            paintLayer(painter, vp, shownBefore(), target, visible);
            painter.setCompositionMode(QPainter::CompositionMode_Difference);
            paintLayer(painter, vp, m_after, target, visible);
            painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
        } else { // Wipe
            const qreal x = visible.isEmpty()
                                ? -1
                                : std::round((visible.left() + m_wipe * visible.width()) * vp.dpr) / vp.dpr;
            if (x >= 0) {
                const QRectF left(visible.topLeft(), QPointF(x, visible.bottom()));
                const QRectF right(QPointF(x, visible.top()), visible.bottomRight());
                paintLayer(painter, vp, shownBefore(), target, left);
                paintResult(painter, vp, target, right);
            }
        }

        painter.setClipRect(paneRectF);
        painter.setPen(frame);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5));

        // Labels and notes.
        if (!visible.isEmpty()) {
            const QRectF tagArea = visible.adjusted(TagInset, TagInset, -TagInset, -TagInset);
            if (!hasAfter()) {
                paintTag(painter, beforeLabel(), tagArea, Qt::AlignLeft | Qt::AlignTop);
                paintNote(painter, tr("Generate to compare with the result"), visible);
            } else if (!hasBefore()) {
                paintTag(painter, tr("Result"), tagArea, Qt::AlignLeft | Qt::AlignTop);
            } else if (m_mode == Mode::SideBySide) {
                paintTag(painter, pane == 0 ? beforeLabel() : tr("Result"), tagArea,
                         Qt::AlignLeft | Qt::AlignTop);
            } else if (m_mode == Mode::Blend) {
                paintTag(painter, tr("Result %1 %").arg(qRound(m_blend * 100)), tagArea,
                         Qt::AlignLeft | Qt::AlignTop);
            } else if (m_mode == Mode::OnionSkin) {
                paintTag(painter, tr("%1 over the result").arg(beforeLabel()), tagArea, Qt::AlignLeft | Qt::AlignTop);
            } else if (m_mode == Mode::Difference) {
                paintTag(painter, tr("Difference: bright where they differ"), tagArea, Qt::AlignLeft | Qt::AlignTop);
            } else {
                paintTag(painter, beforeLabel(), tagArea, Qt::AlignLeft | Qt::AlignTop);
                paintTag(painter, tr("Result"), tagArea, Qt::AlignRight | Qt::AlignTop);
                const qreal x = std::round((visible.left() + m_wipe * visible.width()) * vp.dpr) / vp.dpr;
                paintDivider(painter, x, visible);
            }
        }
        painter.restore();
    }
}

void BeforeAfterView::paintLayer(QPainter &painter, const Viewport &vp, Layer &layer,
                                 const QRectF &areaTarget, const QRectF &clip) const
{
    if (layer.pixmap.isNull() || areaTarget.isEmpty())
        return;
    const QSize imageSize = layer.image.size();
    // Never stretched: a 4:3 sketch under a 1:1 result keeps its shape, centred in the result's
    // frame (the centres line up, the rest of the frame shows what lies below).
    QRectF target = areaTarget;
    const double imageAspect = imageSize.width() / double(std::max(1, imageSize.height()));
    const double areaAspect = areaTarget.width() / areaTarget.height();
    if (std::abs(imageAspect / areaAspect - 1.0) > 0.005)
        target = ZoomPanModel::fittedRect(QSizeF(imageSize), areaTarget);
    const QRectF visible = target & clip;
    if (visible.isEmpty())
        return;

    const QSize device(std::max(1, qRound(target.width() * vp.dpr)),
                       std::max(1, qRound(target.height() * vp.dpr)));
    const bool downscale = device.width() < imageSize.width() || device.height() < imageSize.height();

    painter.save();
    painter.setClipRect(clip, Qt::IntersectClip);
    if (downscale && qint64(device.width()) * device.height() <= MaxCachedPixels) {
        // One smooth rescale per zoom level; every frame after that is a plain blit.
        if (layer.scaledSize != device && m_rescaleOnWorker
            && qint64(imageSize.width()) * imageSize.height() > kRescaleOnWorkerPixels) {
            requestRescale(layer, device);
            if (!layer.scaled.isNull()) {
                // Until the new copy is there: the last one, stretched (a blit of a screen-sized
                // pixmap, however large the image).
                painter.setRenderHint(QPainter::SmoothPixmapTransform);
                painter.drawPixmap(target, layer.scaled, QRectF(layer.scaled.rect()));
                painter.restore();
                return;
            }
            // No copy yet: the visible part of the full image, as when magnified.
            const double sx = imageSize.width() / target.width();
            const double sy = imageSize.height() / target.height();
            const QRectF source((visible.left() - target.left()) * sx, (visible.top() - target.top()) * sy,
                                visible.width() * sx, visible.height() * sy);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawPixmap(visible, layer.pixmap, source);
            painter.restore();
            return;
        }
        if (layer.scaledSize != device) {
            layer.scaled = QPixmap::fromImage(layer.image.scaled(device, Qt::IgnoreAspectRatio,
                                                                 Qt::SmoothTransformation));
            layer.scaledSize = device;
        }
        layer.scaled.setDevicePixelRatio(vp.dpr);
        painter.drawPixmap(target.topLeft(), layer.scaled);
    } else {
        // Magnified (or 1:1): transform only the visible part of the source.
        const double sx = imageSize.width() / target.width();
        const double sy = imageSize.height() / target.height();
        const QRectF source((visible.left() - target.left()) * sx, (visible.top() - target.top()) * sy,
                            visible.width() * sx, visible.height() * sy);
        const double deviceScale = vp.dpr / std::max(sx, sy);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, deviceScale < 4.0);
        painter.drawPixmap(visible, layer.pixmap, source);
    }
    painter.restore();
}

void BeforeAfterView::paintBackdrop(QPainter &painter, const QRectF &rect) const
{
    const bool alpha = (hasBefore() && m_before.image.hasAlphaChannel())
                       || (hasAfter() && m_after.image.hasAlphaChannel());
    if (!alpha || rect.isEmpty())
        return;
    // Checkerboard so transparent areas read as transparent.
    QPixmap tile(16, 16);
    tile.fill(QColor(0xf4, 0xf4, 0xf4));
    {
        QPainter p(&tile);
        p.fillRect(0, 0, 8, 8, QColor(0xe2, 0xe2, 0xe2));
        p.fillRect(8, 8, 8, 8, QColor(0xe2, 0xe2, 0xe2));
    }
    painter.fillRect(rect, QBrush(tile));
}

void BeforeAfterView::paintDivider(QPainter &painter, qreal x, const QRectF &visible) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // The divider is white on a soft shadow so it reads on light and dark images alike.
    const QColor shadow(0, 0, 0, 70);
    painter.setPen(Qt::NoPen);
    painter.setBrush(shadow);
    painter.drawRect(QRectF(x - 2, visible.top(), 4, visible.height()));
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(x - 1, visible.top(), 2, visible.height()));

    const QPointF c(x, visible.center().y());
    painter.setBrush(QColor(0, 0, 0, 50));
    painter.drawEllipse(c + QPointF(0, 1.5), GripRadius + 1.5, GripRadius + 1.5);
    painter.setBrush(Qt::white);
    painter.setPen(QPen(QColor(0, 0, 0, 40), 1));
    painter.drawEllipse(c, GripRadius, GripRadius);

    // Two chevrons: ‹ ›
    QPen chevron(QColor(0x37, 0x41, 0x51), 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(chevron);
    painter.setBrush(Qt::NoBrush);
    const qreal a = 4;
    painter.drawPolyline(QPolygonF({c + QPointF(-3, -a), c + QPointF(-3 - a, 0), c + QPointF(-3, a)}));
    painter.drawPolyline(QPolygonF({c + QPointF(3, -a), c + QPointF(3 + a, 0), c + QPointF(3, a)}));
    painter.restore();
}

void BeforeAfterView::paintTag(QPainter &painter, const QString &text, const QRectF &area,
                               Qt::Alignment corner) const
{
    const QFont f = smallFont(font(), true);
    const QFontMetricsF fm(f);
    const QSizeF size(fm.horizontalAdvance(text) + 16, fm.height() + 8);
    if (size.width() > area.width() || size.height() > area.height())
        return;
    QPointF topLeft = area.topLeft();
    if (corner & Qt::AlignRight)
        topLeft.setX(area.right() - size.width());
    if (corner & Qt::AlignBottom)
        topLeft.setY(area.bottom() - size.height());
    const QRectF r(topLeft, size);

    paintLabel(painter, palette(), r, 6, 0.88, f, text, Qt::AlignCenter);
}

void BeforeAfterView::paintNote(QPainter &painter, const QString &text, const QRectF &area) const
{
    const QFont f = smallFont(font(), false);
    const QFontMetricsF fm(f);
    const qreal maxWidth = area.width() - 32;
    if (maxWidth < 48)
        return;
    const QRectF textRect = fm.boundingRect(QRectF(0, 0, maxWidth, 1000),
                                            Qt::AlignCenter | Qt::TextWordWrap, text);
    const QSizeF size(textRect.width() + 24, textRect.height() + 12);
    if (size.height() > area.height() - 32)
        return;
    const QRectF r(area.center().x() - size.width() / 2, area.bottom() - 16 - size.height(),
                   size.width(), size.height());

    paintLabel(painter, palette(), r, r.height() / 2, 0.9, f, text, Qt::AlignCenter | Qt::TextWordWrap);
}