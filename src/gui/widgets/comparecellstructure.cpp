// CompareCell and CompareCellImage: the structure score pill and the sketch-line overlay.
#include "comparecell.h"

#include <QLocale>
#include <QPainter>

namespace {

// Green when the lines were kept, amber when partly, red when mostly lost.
QColor scoreColour(double score)
{
    if (score >= 0.7)
        return QColor(0x1e, 0x8e, 0x4e);
    if (score >= 0.4)
        return QColor(0xb7, 0x7a, 0x00);
    return QColor(0xc5, 0x22, 0x1f);
}

} // namespace

void CompareCell::setStructureScore(std::optional<double> score, const QString &explanation)
{
    m_structureScore = score;
    m_imageArea->setScoreText(score ? tr("Structure %1").arg(QLocale().toString(*score, 'f', 2)) : QString(),
                              score ? scoreColour(*score) : QColor());
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

void CompareCellImage::setScoreText(const QString &text, const QColor &colour)
{
    m_scoreText = text;
    m_scoreColour = colour;
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
    if (m_scoreText.isEmpty())
        return;
    QFont f = font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.85);
    f.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(f);
    const QRectF pill(target.left() + 6, target.top() + 6, metrics.horizontalAdvance(m_scoreText) + 14,
                      metrics.height() + 6);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    QColor back = m_scoreColour;
    back.setAlphaF(0.92f);
    painter.setBrush(back);
    painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter.setFont(f);
    painter.setPen(Qt::white);
    painter.drawText(pill, Qt::AlignCenter, m_scoreText);
    painter.restore();
}
