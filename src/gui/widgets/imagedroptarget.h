#pragma once

#include <QObject>
#include <QStringList>

class QDropEvent;
class QWidget;

// Drag and drop of images onto a widget, the same everywhere (the window, the sketch canvas, the
// image fields): accepts what ImageMime can turn into a source (files, http(s) links, a path or
// link typed as text) and, when `acceptsPixels`, raw pixels (stored as a PNG in the cache).
// Installed as an event filter on `widget`, which it makes accept drops; the widget draws its
// own highlight while isActive().
class ImageDropTarget final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDropTarget)

public:
    enum class Pixels
    {
        Accepted,
        Refused,
    };

    ImageDropTarget(QWidget *widget, Pixels pixels);

    // A drag that this target would take is over the widget.
    bool isActive() const { return m_active; }

Q_SIGNALS:
    // The dropped sources, in order (one stored PNG for dropped pixels).
    void dropped(const QStringList &sources);
    // Dropped pixels could not be stored; `message` says why.
    void dropFailed(const QString &message);
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool accepts(const QDropEvent *event) const;
    void drop(QDropEvent *event);
    void setActive(bool active);

    QWidget *m_widget;
    Pixels m_pixels;
    bool m_active = false;
};
