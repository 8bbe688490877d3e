#pragma once

#include <QSize>
#include <QString>

struct OutputImage;

// The history's thumbnails: JPEG, at most Size px on the long side, transparency on white.
namespace HistoryThumbnail {

constexpr int Size = 256;

// Writes the thumbnail of `image` (atomically) to `path` and sets `*originalSize` to the image's
// own size. False with a message when the image cannot be read, is too large, or the file
// cannot be written. Safe from any thread.
bool write(const OutputImage &image, const QString &path, QSize *originalSize, QString *error);

} // namespace HistoryThumbnail
