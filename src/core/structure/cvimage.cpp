#include "cvimage.h"

#include "imaging/imagepreparer.h"

#include <opencv2/imgproc.hpp>

#include <cstring>

namespace CvImage {

cv::Mat toGray(const QImage &image)
{
    if (image.isNull())
        return cv::Mat();
    if (image.format() == QImage::Format_Grayscale8) {
        const cv::Mat view(image.height(), image.width(), CV_8UC1, const_cast<uchar *>(image.constBits()),
                           static_cast<size_t>(image.bytesPerLine()));
        return view.clone();
    }
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    // RGB32 (0xffRRGGBB) is B, G, R, X in memory here: no conversion needed (photos decode so).
    if (image.format() == QImage::Format_RGB32) {
        const cv::Mat view(image.height(), image.width(), CV_8UC4, const_cast<uchar *>(image.constBits()),
                           static_cast<size_t>(image.bytesPerLine()));
        cv::Mat gray;
        cv::cvtColor(view, gray, cv::COLOR_BGRA2GRAY);
        return gray;
    }
#endif
    // RGBX8888 is R, G, B, X in memory on every machine.
    const QImage flat = image.hasAlphaChannel() ? ImagePreparer::flattenOnWhite(image) : image;
    const QImage rgb = flat.convertToFormat(QImage::Format_RGBX8888);
    const cv::Mat view(rgb.height(), rgb.width(), CV_8UC4, const_cast<uchar *>(rgb.constBits()),
                       static_cast<size_t>(rgb.bytesPerLine()));
    cv::Mat gray;
    cv::cvtColor(view, gray, cv::COLOR_RGBA2GRAY);
    return gray;
}

QImage fromGray(const cv::Mat &gray)
{
    if (gray.empty() || gray.type() != CV_8UC1)
        return QImage();
    QImage out(gray.cols, gray.rows, QImage::Format_Grayscale8);
    if (out.isNull())
        return out;
    for (int y = 0; y < gray.rows; ++y)
        std::memcpy(out.scanLine(y), gray.ptr(y), static_cast<size_t>(gray.cols));
    return out;
}

} // namespace CvImage
