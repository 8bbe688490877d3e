#include "zoompanmodel.h"

#include <algorithm>

ZoomPanModel::ZoomPanModel(double minZoom, double maxZoom)
    : m_minZoom(minZoom)
    , m_maxZoom(maxZoom)
{
}

QRectF ZoomPanModel::fittedRect(const QSizeF &content, const QRectF &area)
{
    const QSizeF fitted = content.scaled(area.size(), Qt::KeepAspectRatio);
    return QRectF(area.center() - QPointF(fitted.width() / 2, fitted.height() / 2), fitted);
}

QRect ZoomPanModel::fittedRect(const QSize &content, const QRect &area)
{
    const QSize fitted = content.scaled(area.size(), Qt::KeepAspectRatio);
    return QRect(area.topLeft() + QPoint((area.width() - fitted.width()) / 2, (area.height() - fitted.height()) / 2),
                 fitted);
}

void ZoomPanModel::setContentSize(const QSize &size)
{
    m_content = size.isValid() ? size : QSize(0, 0);
    clampCenter();
}

void ZoomPanModel::setView(const QRectF &viewRect, qreal devicePixelRatio)
{
    m_view = viewRect;
    m_dpr = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
}

double ZoomPanModel::fitZoom() const
{
    if (m_content.isEmpty() || m_view.isEmpty())
        return 1.0;
    const QRectF avail = m_view.adjusted(m_fitMargin, m_fitMargin, -m_fitMargin, -m_fitMargin);
    const double sx = std::max(1, int(avail.width())) / double(m_content.width());
    const double sy = std::max(1, int(avail.height())) / double(m_content.height());
    return std::clamp(std::min(sx, sy) * m_dpr, m_minZoom, m_maxZoom);
}

void ZoomPanModel::fit()
{
    m_fit = true;
    m_zoom = fitZoom();
    m_center = QPointF(m_content.width() / 2.0, m_content.height() / 2.0);
}

void ZoomPanModel::setZoom(double zoom)
{
    zoomAround(zoom, m_view.center(), m_view);
}

void ZoomPanModel::zoomAround(double zoom, const QPointF &viewPos)
{
    zoomAround(zoom, viewPos, m_view);
}

void ZoomPanModel::zoomAround(double zoom, const QPointF &viewPos, const QRectF &pane)
{
    const QPointF anchor = mapToImage(viewPos, pane);
    m_fit = false;
    m_zoom = std::clamp(zoom, m_minZoom, m_maxZoom);
    m_center = anchor - (viewPos - pane.center()) / scale();
    clampCenter();
}

void ZoomPanModel::panBy(const QPointF &viewDelta)
{
    m_fit = false;
    m_center -= viewDelta / scale();
    clampCenter();
}

void ZoomPanModel::setCenter(const QPointF &center)
{
    m_fit = false;
    m_center = center;
    clampCenter();
}

QRectF ZoomPanModel::imageRect(const QRectF &pane) const
{
    return QRectF(pane.center() - m_center * scale(), QSizeF(m_content) * scale());
}

QPointF ZoomPanModel::mapToImage(const QPointF &viewPos, const QRectF &pane) const
{
    return m_center + (viewPos - pane.center()) / scale();
}

QPointF ZoomPanModel::mapFromImage(const QPointF &imagePos, const QRectF &pane) const
{
    return pane.center() + (imagePos - m_center) * scale();
}

void ZoomPanModel::clampCenter()
{
    m_center.setX(std::clamp(m_center.x(), 0.0, qreal(std::max(0, m_content.width()))));
    m_center.setY(std::clamp(m_center.y(), 0.0, qreal(std::max(0, m_content.height()))));
}
