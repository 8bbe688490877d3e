#include "focusring.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QPushButton>

namespace {
constexpr int RingWidth = 2;
constexpr char RingProperty[] = "reimagineFocusRing";
QPointer<FocusRing> ring;
bool installed = false;
} // namespace

FocusRing::FocusRing()
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
}

void FocusRing::install()
{
    if (installed || !qApp)
        return;
    installed = true;
    QObject::connect(qApp, &QApplication::focusChanged, qApp, [](QWidget *, QWidget *now) {
        if (!wantsRing(now)) {
            if (ring)
                ring->follow(nullptr);
            return;
        }
        // The ring lives inside its widget (so it moves, clips and is grabbed with it) and
        // goes with it when that widget is deleted.
        if (!ring)
            ring = new FocusRing;
        ring->follow(now);
    });
}

void FocusRing::setFocusRing(QWidget *widget)
{
    widget->setProperty(RingProperty, true);
}

bool FocusRing::wantsRing(const QWidget *widget)
{
    if (!widget || widget->isWindow() || (widget->window()->windowFlags() & Qt::Popup) == Qt::Popup)
        return false;
    if (widget->property(RingProperty).toBool())
        return true;
    if (const auto *button = qobject_cast<const QPushButton *>(widget))
        return button->isDefault();
    return qobject_cast<const QAbstractScrollArea *>(widget) != nullptr;
}

void FocusRing::follow(QWidget *widget)
{
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = widget;
    if (!widget) {
        hide();
        return;
    }
    setParent(widget);
    widget->installEventFilter(this);
    fit();
    show();
    raise();
}

void FocusRing::fit()
{
    const QRect area = m_target->rect();
    setGeometry(area);
    setMask(QRegion(area).subtracted(QRegion(area.adjusted(RingWidth, RingWidth, -RingWidth, -RingWidth))));
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target) {
        if (event->type() == QEvent::Resize)
            fit();
        else if (event->type() == QEvent::ChildAdded)
            raise(); // stays above a page or cell added later
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent *)
{
    if (!m_target || !m_target->hasFocus() || !window()->testAttribute(Qt::WA_KeyboardFocusChange))
        return;
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Highlight));
}
