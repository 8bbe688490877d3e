#pragma once

#include <QPixmap>
#include <QWidget>

// Shows one image scaled to fit (never up-scaled beyond 100 % unless setFillView()), centred, over a subtle
// checkerboard so transparent sketches stay readable.
class ImageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageView)

public:
    explicit ImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    void clear();
    // Fill the view also when the image is smaller (side-by-side judging wants both results as
    // large as the space allows); off by default.
    void setFillView(bool fill);
    bool hasImage() const { return !m_pixmap.isNull(); }
    // Where the image is drawn in widget coordinates.
    QRect imageRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QPixmap m_pixmap;
    bool m_fill = false;
};
