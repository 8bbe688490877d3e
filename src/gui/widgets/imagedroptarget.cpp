#include "imagedroptarget.h"

#include "imagemime.h"

#include <QDropEvent>
#include <QImage>
#include <QMimeData>
#include <QWidget>

ImageDropTarget::ImageDropTarget(QWidget *widget, Pixels pixels)
    : QObject(widget)
    , m_widget(widget)
    , m_pixels(pixels)
{
    widget->setAcceptDrops(true);
    widget->installEventFilter(this);
}

bool ImageDropTarget::accepts(const QDropEvent *event) const
{
    const QMimeData *mime = event->mimeData();
    return ImageMime::hasSource(mime) || (m_pixels == Pixels::Accepted && ImageMime::hasImageData(mime));
}

bool ImageDropTarget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_widget)
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        if (!accepts(drag))
            return false;
        drag->acceptProposedAction();
        setActive(true);
        return true;
    }
    case QEvent::DragLeave:
        setActive(false);
        return false;
    case QEvent::Drop: {
        auto *dropEvent = static_cast<QDropEvent *>(event);
        setActive(false);
        if (!accepts(dropEvent))
            return false;
        drop(dropEvent);
        return true;
    }
    default:
        return false;
    }
}

void ImageDropTarget::drop(QDropEvent *event)
{
    event->acceptProposedAction();
    const QStringList sources = ImageMime::sourcesFromMime(event->mimeData());
    if (!sources.isEmpty()) {
        Q_EMIT dropped(sources);
        return;
    }
    QString error;
    const QString path = ImageMime::storePastedImage(qvariant_cast<QImage>(event->mimeData()->imageData()), &error);
    if (path.isEmpty())
        Q_EMIT dropFailed(error);
    else
        Q_EMIT dropped({path});
}

void ImageDropTarget::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged(active);
}
