#pragma once

#include <QImage>
#include <QSize>

namespace SmoothScale {

// `image` smoothly reduced to `size` (area averaging, OpenCV's INTER_AREA), as RGB32 or, with
// alpha, ARGB32_Premultiplied. Unlike QImage::scaled() it does not use Qt's image thread pool,
// which the GUI thread waits on while it paints: a worker can shrink a huge image without
// stalling the GUI. Enlarging uses linear interpolation.
QImage scaled(const QImage &image, const QSize &size);

} // namespace SmoothScale
