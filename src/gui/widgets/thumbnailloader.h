#pragma once

#include "imaging/imageloader.h"

#include <QObject>
#include <QString>

#include <functional>

// Decodes an image file off the GUI thread (ImageLoader limits apply) and hands the result back
// on the GUI thread. The callback is dropped when `context` is destroyed first.
class ThumbnailLoader final
{
public:
    using Callback = std::function<void(const ImageLoader::Result &result)>;

    // `maxSide` > 0: the image is scaled down (in the worker) to fit a square of that size.
    static void load(const QString &path, int maxSide, QObject *context, Callback callback);

private:
    ThumbnailLoader() = delete;
};
