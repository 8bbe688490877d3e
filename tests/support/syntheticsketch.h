#pragma once

#include <QImage>
#include <QList>
#include <QPointF>
#include <QSize>

// Generated test images for the structure code: a line drawing, a phone photo of it on paper
// (shaded, rotated and seen in perspective on a dark desk), a plausible model result that keeps
// its structure, and an unrelated picture. Deterministic for the same arguments.
namespace SyntheticSketch {

// Black lines on white: a house with a roof, a door and a window, a sun and a path.
QImage drawing(const QSize &size = QSize(1024, 768), double lineWidth = 0.006);

struct Photo
{
    QImage image;
    QList<QPointF> corners;   // the page's corners in the photo, as fractions (TL, TR, BR, BL)
};
// The drawing printed on a page lit from the top left (a quarter darker at the far corner),
// rotated by `degrees`, in perspective, on a darker desk, with sensor noise.
Photo phonePhoto(const QImage &drawing, const QSize &photoSize = QSize(2000, 1500), double degrees = 8.0);

// What a model that kept the structure might return: the shapes filled with colours and a
// texture, outlines only as colour changes (no black lines).
QImage rendered(const QSize &size = QSize(1024, 768));
// The drawing moved right and down by `fraction` of its size (white fills the gap).
QImage shifted(const QImage &image, double fraction);
// A picture with other shapes in other places.
QImage unrelated(const QSize &size = QSize(1024, 768));

} // namespace SyntheticSketch
