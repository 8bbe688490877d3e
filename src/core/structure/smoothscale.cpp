#include "smoothscale.h"

#include <opencv2/imgproc.hpp>

namespace SmoothScale {

QImage scaled(const QImage &image, const QSize &size)
{
    if (image.isNull() || size.isEmpty())
        return QImage();
    const QImage::Format format =
        image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
    const QImage source = image.format() == format ? image : image.convertToFormat(format);
    // Four bytes a pixel either way; premultiplied colours average correctly.
    const cv::Mat from(source.height(), source.width(), CV_8UC4, const_cast<uchar *>(source.constBits()),
                       static_cast<size_t>(source.bytesPerLine()));
    QImage result(size, format);
    if (result.isNull())
        return QImage();
    cv::Mat to(result.height(), result.width(), CV_8UC4, result.bits(), static_cast<size_t>(result.bytesPerLine()));
    const bool shrinking = size.width() <= source.width() && size.height() <= source.height();
    cv::resize(from, to, to.size(), 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
    return result;
}

} // namespace SmoothScale
