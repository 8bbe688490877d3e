// BeforeAfterView: the overlay over the result and the name of the "before" layer.
#include "beforeafterview.h"

#include <QLabel>
#include <QPainter>

#include <algorithm>

void BeforeAfterView::setOverlay(const QImage &overlay)
{
    m_overlay = Layer();
    m_overlay.image = overlay;
    if (!overlay.isNull())
        m_overlay.pixmap = QPixmap::fromImage(overlay);
    update();
}

void BeforeAfterView::setOverlayOpacity(double opacity)
{
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (qFuzzyCompare(opacity, m_overlayOpacity))
        return;
    m_overlayOpacity = opacity;
    update();
}

void BeforeAfterView::setStructure(const QImage &map)
{
    m_structure = Layer();
    m_structure.image = map;
    if (!map.isNull())
        m_structure.pixmap = QPixmap::fromImage(map);
    if (m_blendBeforeLabel)
        m_blendBeforeLabel->setText(beforeLabel());
    update();
}

void BeforeAfterView::setOtherResult(const QImage &image, const QString &label)
{
    m_otherResult = Layer();
    m_otherResult.image = image;
    if (!image.isNull())
        m_otherResult.pixmap = QPixmap::fromImage(image);
    m_otherResultLabel = label;
    if (m_blendBeforeLabel)
        m_blendBeforeLabel->setText(beforeLabel());
    update();
}

void BeforeAfterView::setBeforeLayer(BeforeLayer layer)
{
    m_beforeLayer = layer;
    if (m_blendBeforeLabel)
        m_blendBeforeLabel->setText(beforeLabel());
    update();
}

BeforeAfterView::Layer &BeforeAfterView::shownBefore() const
{
    if (m_beforeLayer == BeforeLayer::OtherResult && !m_otherResult.image.isNull())
        return m_otherResult;
    return m_beforeLayer == BeforeLayer::Structure && !m_structure.image.isNull() ? m_structure : m_before;
}

bool BeforeAfterView::hasBefore() const
{
    return !shownBefore().image.isNull();
}

QString BeforeAfterView::beforeLabel() const
{
    const Layer &shown = shownBefore();
    if (&shown == &m_otherResult)
        return m_otherResultLabel;
    return &shown == &m_structure ? tr("Structure") : tr("Sketch");
}

void BeforeAfterView::paintResult(QPainter &painter, const Viewport &vp, const QRectF &target,
                                  const QRectF &clip) const
{
    paintLayer(painter, vp, m_after, target, clip);
    if (m_overlay.pixmap.isNull() || m_overlayOpacity <= 0.0)
        return;
    const qreal opacity = painter.opacity();
    painter.setOpacity(opacity * m_overlayOpacity);
    paintLayer(painter, vp, m_overlay, target, clip);
    painter.setOpacity(opacity);
}
