// CompareCell and CompareCellImage: the structure score pill and the sketch-line overlay.
#include "comparecell.h"

#include "scorebadge.h"

#include <QLocale>
#include <QPainter>

void CompareCell::setStructureScore(std::optional<double> score, const QString &explanation)
{
    m_imageArea->setScore(score, score ? tr("Structure %1").arg(QLocale().toString(*score, 'f', 2)) : QString());
    m_imageArea->setToolTip(score ? tr("Double-click to open in the before/after view") + QLatin1Char('\n') + explanation
                                  : tr("Double-click to open in the before/after view"));
}

void CompareCell::setOverlay(const QImage &overlay, double opacity)
{
    m_imageArea->setOverlay(overlay, opacity);
}

QImage CompareCell::overlay() const
{
    return m_imageArea->overlay();
}

std::optional<double> CompareCell::structureScore() const
{
    return m_imageArea->score();
}

void CompareCellImage::setScore(std::optional<double> score, const QString &text)
{
    m_score = score;
    m_scoreText = text;
    update();
}

void CompareCellImage::setOverlay(const QImage &overlay, double opacity)
{
    if (overlay.cacheKey() != m_overlay.cacheKey())
        m_overlayScaled = QPixmap();
    m_overlay = overlay;
    m_overlayOpacity = opacity;
    update();
}

void CompareCellImage::paintStructure(QPainter &painter, const QRect &target)
{
    if (!m_overlay.isNull()) {
        const qreal dpr = devicePixelRatioF();
        const QSize device = (QSizeF(target.size()) * dpr).toSize();
        if (m_overlayScaled.isNull() || m_overlayScaled.size() != device) {
            m_overlayScaled = QPixmap::fromImage(
                m_overlay.scaled(device, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
            m_overlayScaled.setDevicePixelRatio(dpr);
        }
        painter.save();
        painter.setOpacity(m_overlayOpacity);
        painter.drawPixmap(target.topLeft(), m_overlayScaled);
        painter.restore();
    }
    if (!m_score)
        return;
    QFont f = font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.85);
    f.setWeight(QFont::DemiBold);
    ScoreBadge::paint(painter, QPointF(target.left() + 6, target.top() + 6), m_scoreText, *m_score, f);
}
