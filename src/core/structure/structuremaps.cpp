#include "structuremaps.h"

#include "cvimage.h"
#include "base/logging.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

QImage StructureMaps::canny(const QImage &image, int low, int high)
{
    if (image.isNull())
        return QImage();
    try {
        cv::Mat gray = CvImage::toGray(image);
        cv::GaussianBlur(gray, gray, cv::Size(5, 5), 0);
        cv::Mat edges;
        cv::Canny(gray, edges, std::clamp(low, 0, 255), std::clamp(high, 1, 255), 3, true);
        return CvImage::fromGray(edges);
    } catch (const cv::Exception &e) {
        qCWarning(lcStructure, "Canny failed: %s", e.what());
        return QImage();
    }
}

QImage StructureMaps::lineArt(const QImage &image)
{
    if (image.isNull())
        return QImage();
    try {
        cv::Mat gray = CvImage::toGray(image);
        const int longSide = std::max(gray.cols, gray.rows);
        const int block = std::max(3, int(std::lround(longSide / 40.0)) | 1);
        cv::Mat lines;
        cv::adaptiveThreshold(gray, lines, 255, cv::ADAPTIVE_THRESH_GAUSSIAN_C, cv::THRESH_BINARY_INV, block, 10);
        cv::morphologyEx(lines, lines, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2, 2)));
        return CvImage::fromGray(lines);
    } catch (const cv::Exception &e) {
        qCWarning(lcStructure, "Line art failed: %s", e.what());
        return QImage();
    }
}

QImage StructureMaps::compute(const QImage &image, const StructureSettings &settings)
{
    return settings.map == StructureSettings::MapKind::LineArt
        ? lineArt(image)
        : canny(image, settings.cannyLow, settings.cannyHigh);
}

QImage StructureMaps::overlay(const QImage &map, const QSize &target, const QColor &colour,
                              const QRect &source)
{
    if (map.isNull() || target.isEmpty())
        return QImage();
    try {
        cv::Mat lines = CvImage::toGray(map);
        const QRect part = source.isNull() ? QRect() : source & QRect(QPoint(0, 0), map.size());
        if (!part.isEmpty() && part.size() != map.size())
            lines = lines(cv::Rect(part.x(), part.y(), part.width(), part.height())).clone();
        if (lines.cols != target.width() || lines.rows != target.height()) {
            const bool shrink = target.width() < lines.cols;
            cv::resize(lines, lines, cv::Size(target.width(), target.height()), 0, 0,
                       shrink ? cv::INTER_AREA : cv::INTER_LINEAR);
        }
        // Anything touched by a line stays a line after scaling.
        cv::threshold(lines, lines, 24, 255, cv::THRESH_BINARY);
        const int radius = int(std::lround(std::max(target.width(), target.height()) / 900.0));
        if (radius > 0) {
            cv::dilate(lines, lines,
                       cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * radius + 1, 2 * radius + 1)));
        }
        // RGBA8888 is R, G, B, A in memory on every machine; opaque colour needs no premultiplying.
        QImage out(target, QImage::Format_RGBA8888_Premultiplied);
        out.fill(Qt::transparent);
        cv::Mat view(out.height(), out.width(), CV_8UC4, out.bits(), static_cast<size_t>(out.bytesPerLine()));
        view.setTo(cv::Scalar(colour.red(), colour.green(), colour.blue(), 255), lines);
        return out;
    } catch (const cv::Exception &e) {
        qCWarning(lcStructure, "Overlay failed: %s", e.what());
        return QImage();
    }
}
