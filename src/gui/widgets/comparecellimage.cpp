// CompareCellImage: the result fitted into the cell (cached per size), the placeholder, the
// structure score pill and the sketch-line overlay.
#include "comparecell.h"

#include "comparecell_p.h"
#include "scorebadge.h"
#include "zoompanmodel.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

using namespace CompareCellStyle;

CompareCellImage::CompareCellImage(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CompareCellImage::setImage(const QImage &image)
{
    m_image = image;
    m_scaled = QPixmap();
    m_overlay = QImage(); // overlay and score belonged to the previous image
    m_overlayScaled = QPixmap();
    m_score.reset();
    setCursor(image.isNull() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    update();
}

void CompareCellImage::setFailed(bool failed)
{
    m_failed = failed;
    update();
}

QRect CompareCellImage::imageRect() const
{
    if (m_image.isNull())
        return QRect();
    return ZoomPanModel::fittedRect(m_image.size(), rect());
}

void CompareCellImage::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF well = QRectF(rect());
    QPainterPath clip;
    clip.addRoundedRect(well, Radius - 2, Radius - 2);
    p.setClipPath(clip);

    QColor fill = palette().color(QPalette::AlternateBase);
    if (m_failed) {
        QColor tint = errorColor(palette());
        tint.setAlphaF(0.08);
        p.fillRect(well, fill);
        fill = tint;
    }
    p.fillRect(well, fill);

    if (m_image.isNull())
        return;
    const QRect target = imageRect();
    const qreal dpr = devicePixelRatioF();
    const QSize device = (QSizeF(target.size()) * dpr).toSize();
    if (m_scaled.isNull() || m_scaled.size() != device) {
        m_scaled = QPixmap::fromImage(m_image.scaled(device, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        m_scaled.setDevicePixelRatio(dpr);
    }
    p.drawPixmap(target.topLeft(), m_scaled);
    paintStructure(p, target);
}

void CompareCellImage::mouseDoubleClickEvent(QMouseEvent *event)
{
    // Accepted either way: a double-click on a cell never falls through to the grid.
    if (event->button() == Qt::LeftButton && !m_image.isNull())
        Q_EMIT doubleClicked();
    event->accept();
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
