#include "activityindicator.h"

#include <QPainter>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace {
constexpr qreal Pi = 3.14159265358979323846;
} // namespace

ActivityIndicator::ActivityIndicator(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    setFixedSize(120, 24);
    m_timer->setInterval(60);
    QObject::connect(m_timer, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + 30) % 360;
        update();
    });
}

void ActivityIndicator::setProgress(bool active, int progress)
{
    m_progress = progress;
    if (active && progress < 0 && !m_timer->isActive())
        m_timer->start();
    else if ((!active || progress >= 0) && m_timer->isActive())
        m_timer->stop();
    setVisible(active);
    update();
}

bool ActivityIndicator::isSpinning() const
{
    return m_timer->isActive();
}

void ActivityIndicator::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor accent = palette().color(QPalette::Highlight);
    if (m_progress >= 0) {
        QColor track = palette().color(QPalette::Text);
        track.setAlphaF(0.12);
        const QRectF bar(0, height() / 2.0 - 2, width(), 4);
        p.setPen(Qt::NoPen);
        p.setBrush(track);
        p.drawRoundedRect(bar, 2, 2);
        p.setBrush(accent);
        p.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * std::min(100, m_progress) / 100.0,
                                 bar.height()),
                          2, 2);
        return;
    }
    // Twelve fading ticks rotating around the centre.
    const QPointF c = QRectF(rect()).center();
    for (int i = 0; i < 12; ++i) {
        QColor tick = accent;
        tick.setAlphaF(0.15 + 0.85 * (i / 11.0));
        p.setPen(QPen(tick, 2, Qt::SolidLine, Qt::RoundCap));
        const qreal a = (m_angle + i * 30) * Pi / 180.0;
        p.drawLine(c + QPointF(5 * std::cos(a), 5 * std::sin(a)),
                   c + QPointF(9 * std::cos(a), 9 * std::sin(a)));
    }
}

void ActivityIndicator::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void ActivityIndicator::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_progress < 0)
        m_timer->start();
}
