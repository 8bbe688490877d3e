#include "syntheticsketch.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QRandomGenerator>
#include <QTransform>

#include <cmath>

namespace SyntheticSketch {

namespace {

// The drawing's shapes in a 1 x 1 box, shared by drawing() and rendered().
QRectF wall() { return QRectF(0.30, 0.42, 0.36, 0.40); }
QPolygonF roof() { return QPolygonF({QPointF(0.26, 0.44), QPointF(0.48, 0.18), QPointF(0.70, 0.44)}); }
QRectF door() { return QRectF(0.52, 0.58, 0.09, 0.24); }
QRectF window() { return QRectF(0.36, 0.50, 0.10, 0.10); }
QRectF sun() { return QRectF(0.10, 0.08, 0.12, 0.16); }

QTransform unitTo(const QSize &size)
{
    return QTransform::fromScale(size.width(), size.height());
}

} // namespace

QImage drawing(const QSize &size, double lineWidth)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::black, std::max(1.0, lineWidth * std::max(size.width(), size.height())), Qt::SolidLine,
                  Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    const QTransform t = unitTo(size);
    p.drawRect(t.mapRect(wall()));
    p.drawPolygon(t.map(roof()));
    p.drawRect(t.mapRect(door()));
    p.drawRect(t.mapRect(window()));
    p.drawLine(t.map(QLineF(0.41, 0.50, 0.41, 0.60)));
    p.drawEllipse(t.mapRect(sun()));
    p.drawLine(t.map(QLineF(0.05, 0.82, 0.95, 0.82)));             // ground
    p.drawLine(t.map(QLineF(0.565, 0.82, 0.50, 0.97)));            // path
    p.drawLine(t.map(QLineF(0.595, 0.82, 0.70, 0.97)));
    return image;
}

Photo phonePhoto(const QImage &drawingImage, const QSize &photoSize, double degrees)
{
    // The page: the drawing under light that falls off towards the bottom right.
    QImage page = drawingImage.convertToFormat(QImage::Format_RGB32);
    {
        QPainter p(&page);
        QLinearGradient light(0, 0, page.width(), page.height());
        light.setColorAt(0.0, QColor(255, 255, 255));
        light.setColorAt(1.0, QColor(190, 185, 175));
        p.setCompositionMode(QPainter::CompositionMode_Multiply);
        p.fillRect(page.rect(), light);
        // A soft shadow of the phone across the lower part.
        QRadialGradient shadow(QPointF(page.width() * 0.75, page.height() * 1.05), page.width() * 0.45);
        shadow.setColorAt(0.0, QColor(150, 150, 150));
        shadow.setColorAt(1.0, QColor(255, 255, 255));
        p.fillRect(page.rect(), shadow);
    }

    // Where the page lands: a rectangle of 70 % of the photo, rotated, then pulled into
    // perspective (the top edge further away, so shorter).
    const QPointF centre(photoSize.width() / 2.0, photoSize.height() / 2.0);
    const double w = photoSize.width() * 0.70;
    const double h = w * page.height() / page.width();
    QPolygonF quad({QPointF(-w / 2 + w * 0.06, -h / 2), QPointF(w / 2 - w * 0.04, -h / 2 + h * 0.02),
                    QPointF(w / 2, h / 2), QPointF(-w / 2, h / 2)});
    quad = QTransform().translate(centre.x(), centre.y()).rotate(degrees).map(quad);

    QImage photo(photoSize, QImage::Format_RGB32);
    photo.fill(QColor(58, 52, 48)); // a dark desk
    {
        QPainter p(&photo);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setRenderHint(QPainter::Antialiasing);
        const QPolygonF pageCorners({QPointF(0, 0), QPointF(page.width(), 0), QPointF(page.width(), page.height()),
                                     QPointF(0, page.height())});
        QTransform toQuad;
        if (!QTransform::quadToQuad(pageCorners, quad, toQuad))
            qFatal("SyntheticSketch: no transform onto the page quad");
        p.setTransform(toQuad);
        p.drawImage(0, 0, page);
    }
    // Sensor noise.
    QRandomGenerator rng(20240601);
    for (int y = 0; y < photo.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
        for (int x = 0; x < photo.width(); ++x) {
            const int n = int(rng.bounded(13)) - 6;
            const QRgb c = line[x];
            line[x] = qRgb(qBound(0, qRed(c) + n, 255), qBound(0, qGreen(c) + n, 255), qBound(0, qBlue(c) + n, 255));
        }
    }
    Photo result;
    result.image = photo;
    for (const QPointF &corner : quad.mid(0, 4))
        result.corners.append(QPointF(corner.x() / photoSize.width(), corner.y() / photoSize.height()));
    return result;
}

QImage rendered(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QTransform t = unitTo(size);
    QLinearGradient sky(0, 0, 0, size.height() * 0.82);
    sky.setColorAt(0, QColor(120, 170, 230));
    sky.setColorAt(1, QColor(200, 225, 245));
    p.fillRect(image.rect(), sky);
    p.fillRect(t.mapRect(QRectF(0, 0.82, 1, 0.18)), QColor(90, 140, 70));        // grass
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(235, 200, 60));
    p.drawEllipse(t.mapRect(sun()));
    p.setBrush(QColor(205, 170, 130));
    p.drawRect(t.mapRect(wall()));
    p.setBrush(QColor(150, 60, 50));
    p.drawPolygon(t.map(roof()));
    p.setBrush(QColor(90, 60, 40));
    p.drawRect(t.mapRect(door()));
    p.setBrush(QColor(170, 210, 235));
    p.drawRect(t.mapRect(window()));
    p.setBrush(QColor(180, 170, 150));
    p.drawPolygon(t.map(QPolygonF({QPointF(0.565, 0.82), QPointF(0.595, 0.82), QPointF(0.70, 0.97),
                                   QPointF(0.50, 0.97)})));
    p.end();
    // A fine texture, as renders have.
    QRandomGenerator rng(7);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int n = int(rng.bounded(17)) - 8;
            const QRgb c = line[x];
            line[x] = qRgb(qBound(0, qRed(c) + n, 255), qBound(0, qGreen(c) + n, 255), qBound(0, qBlue(c) + n, 255));
        }
    }
    return image;
}

QImage shifted(const QImage &image, double fraction)
{
    QImage out(image.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.drawImage(QPointF(image.width() * fraction, image.height() * fraction), image);
    return out;
}

QImage unrelated(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(240, 236, 228));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QRandomGenerator rng(99);
    for (int i = 0; i < 14; ++i) {
        const double r = size.width() * (0.03 + rng.bounded(0.08));
        const QPointF c(rng.bounded(size.width()), rng.bounded(size.height()));
        p.setPen(QPen(QColor::fromHsv(int(rng.bounded(360)), 160, 150), size.width() * 0.006));
        p.setBrush(QColor::fromHsv(int(rng.bounded(360)), 90, 230));
        p.drawEllipse(c, r, r * (0.6 + rng.bounded(0.8)));
    }
    return image;
}

} // namespace SyntheticSketch
