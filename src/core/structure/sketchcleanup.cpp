#include "sketchcleanup.h"

#include "cvimage.h"
#include "sketchstrokes.h"
#include "base/logging.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace {

int odd(int value)
{
    return std::max(3, value | 1);
}

double distance(const QPointF &a, const QPointF &b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

cv::Mat resizedToFit(const cv::Mat &gray, int maxSide)
{
    const int longSide = std::max(gray.cols, gray.rows);
    if (maxSide <= 0 || longSide <= maxSide)
        return gray;
    const double scale = double(maxSide) / longSide;
    cv::Mat out;
    cv::resize(gray, out, cv::Size(std::max(1, int(std::lround(gray.cols * scale))),
                                   std::max(1, int(std::lround(gray.rows * scale)))),
               0, 0, cv::INTER_AREA);
    return out;
}

cv::Mat warp(const cv::Mat &gray, const QList<QPointF> &corners, int maxSide)
{
    const QSize natural = SketchCleanup::warpedSize(QSize(gray.cols, gray.rows), corners);
    if (natural.isEmpty())
        return gray;
    const int longSide = std::max(natural.width(), natural.height());
    const double scale = maxSide > 0 && longSide > maxSide ? double(maxSide) / longSide : 1.0;

    // Area-average first when the page shrinks, so the warp itself runs near 1:1 and thin lines
    // do not break up into dots.
    cv::Mat source = gray;
    double sourceScale = 1.0;
    if (scale < 0.9) {
        sourceScale = scale;
        cv::resize(gray, source, cv::Size(), scale, scale, cv::INTER_AREA);
    }
    std::vector<cv::Point2f> from;
    for (const QPointF &p : corners)
        from.emplace_back(float(p.x() * gray.cols * sourceScale), float(p.y() * gray.rows * sourceScale));
    const int w = std::max(1, int(std::lround(natural.width() * scale)));
    const int h = std::max(1, int(std::lround(natural.height() * scale)));
    const std::vector<cv::Point2f> to{{0, 0}, {float(w), 0}, {float(w), float(h)}, {0, float(h)}};
    const cv::Mat transform = cv::getPerspectiveTransform(from, to);
    cv::Mat out;
    // Outside the photo is paper (white), not black: it must not read as ink.
    cv::warpPerspective(source, out, transform, cv::Size(w, h), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return out;
}

void evenOut(cv::Mat &gray, int sizePercent)
{
    // The paper's brightness: at a quarter of the size, a max filter wider than any line removes
    // the lines, a blur smooths the blocks; back to full size, then divide.
    cv::Mat small;
    cv::resize(gray, small, cv::Size(std::max(1, gray.cols / 4), std::max(1, gray.rows / 4)), 0, 0,
               cv::INTER_AREA);
    const int longSide = std::max(small.cols, small.rows);
    const int k = odd(int(std::lround(longSide * sizePercent / 100.0)));
    cv::Mat background;
    cv::dilate(small, background, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(k, k)));
    cv::GaussianBlur(background, background, cv::Size(odd(k), odd(k)), 0);
    cv::resize(background, background, gray.size(), 0, 0, cv::INTER_LINEAR);
    cv::max(background, 1, background);
    cv::divide(gray, background, gray, 255.0);
    // Stretch so the darkest ink is black (the 0.5th percentile, ignoring single pixels).
    int histogram[256] = {};
    for (int y = 0; y < gray.rows; ++y) {
        const uchar *row = gray.ptr(y);
        for (int x = 0; x < gray.cols; ++x)
            ++histogram[row[x]];
    }
    const long long total = static_cast<long long>(gray.rows) * gray.cols;
    long long seen = 0;
    int black = 0;
    while (black < 200 && (seen += histogram[black]) < total / 200)
        ++black;
    if (black > 0) {
        const double gain = 255.0 / (255 - black);
        gray.convertTo(gray, CV_8U, gain, -black * gain);
    }
}

void threshold(cv::Mat &gray, int sizePercent, int offset)
{
    const int longSide = std::max(gray.cols, gray.rows);
    const int block = odd(int(std::lround(longSide * sizePercent / 100.0)));
    // The mean (a box filter) costs the same for any block size; a Gaussian of 80 px does not.
    cv::adaptiveThreshold(gray, gray, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY, block, offset);
    cv::medianBlur(gray, gray, 3);
}

void lineWeight(cv::Mat &gray, int weight)
{
    if (weight == 0)
        return;
    const int longSide = std::max(gray.cols, gray.rows);
    const int radius = std::abs(weight) * std::max(1, int(std::lround(longSide / 1024.0)));
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * radius + 1, 2 * radius + 1));
    // Lines are dark: eroding (a min filter) widens them, dilating thins them.
    if (weight > 0)
        cv::erode(gray, gray, kernel);
    else
        cv::dilate(gray, gray, kernel);
}

void trim(cv::Mat &gray, int paddingPercent)
{
    cv::Mat ink;
    cv::threshold(gray, ink, SketchCleanup::InkLevel, 255, cv::THRESH_BINARY_INV);
    // Lone specks (dust, noise) do not hold the margins open.
    cv::morphologyEx(ink, ink, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    std::vector<cv::Point> points;
    cv::findNonZero(ink, points);
    if (points.empty())
        return;
    const cv::Rect box = cv::boundingRect(points);
    const int pad = int(std::lround(std::max(gray.cols, gray.rows) * paddingPercent / 100.0));
    const cv::Rect padded = cv::Rect(box.x - pad, box.y - pad, box.width + 2 * pad, box.height + 2 * pad)
        & cv::Rect(0, 0, gray.cols, gray.rows);
    gray = gray(padded).clone();
}

} // namespace

QSize SketchCleanup::warpedSize(const QSize &source, const QList<QPointF> &corners)
{
    if (corners.size() != 4 || source.isEmpty())
        return QSize();
    QList<QPointF> px;
    for (const QPointF &p : corners)
        px.append(QPointF(p.x() * source.width(), p.y() * source.height()));
    const double width = std::max(distance(px[0], px[1]), distance(px[3], px[2]));
    const double height = std::max(distance(px[0], px[3]), distance(px[1], px[2]));
    return QSize(int(std::lround(width)), int(std::lround(height)));
}

QImage SketchCleanup::apply(const QImage &source, const CleanupSettings &settings)
{
    return apply(source, settings, {}, Options());
}

QImage SketchCleanup::apply(const QImage &source, const CleanupSettings &settings,
                            const QList<SketchStroke> &strokes, const Options &options)
{
    if (source.isNull())
        return QImage();
    try {
        cv::Mat gray = CvImage::toGray(source);
        gray = settings.hasCorners() ? warp(gray, settings.corners, options.maxSide)
                                     : resizedToFit(gray, options.maxSide);
        if (settings.shading == CleanupSettings::Shading::Even)
            evenOut(gray, settings.shadingSize);
        else if (settings.shading == CleanupSettings::Shading::Threshold)
            threshold(gray, settings.shadingSize, settings.thresholdOffset);
        lineWeight(gray, settings.lineWeight);
        if (settings.trimMargins)
            trim(gray, settings.trimPadding);
        if (settings.invert)
            cv::bitwise_not(gray, gray);
        QImage out = CvImage::fromGray(gray);
        SketchStrokes::paint(&out, strokes, settings.invert);
        return out;
    } catch (const cv::Exception &e) {
        qCWarning(lcStructure, "Clean-up failed: %s", e.what());
        return QImage();
    }
}

QList<QPointF> SketchCleanup::orderCorners(const QList<QPointF> &points)
{
    if (points.size() != 4)
        return points;
    // Top-left has the smallest x + y, bottom-right the largest; top-right the largest x - y,
    // bottom-left the smallest.
    QList<QPointF> ordered(4);
    auto bySum = [](const QPointF &a, const QPointF &b) { return a.x() + a.y() < b.x() + b.y(); };
    auto byDiff = [](const QPointF &a, const QPointF &b) { return a.x() - a.y() < b.x() - b.y(); };
    ordered[0] = *std::min_element(points.begin(), points.end(), bySum);
    ordered[2] = *std::max_element(points.begin(), points.end(), bySum);
    ordered[1] = *std::max_element(points.begin(), points.end(), byDiff);
    ordered[3] = *std::min_element(points.begin(), points.end(), byDiff);
    return ordered;
}

std::optional<QList<QPointF>> SketchCleanup::detectPage(const QImage &photo)
{
    if (photo.isNull())
        return std::nullopt;
    try {
        const cv::Mat gray = resizedToFit(CvImage::toGray(photo), 800);
        cv::Mat blurred;
        cv::GaussianBlur(gray, blurred, cv::Size(5, 5), 0);
        const double area = double(gray.cols) * gray.rows;
        cv::Scalar mean;
        cv::Scalar deviation;
        cv::meanStdDev(blurred, mean, deviation);
        if (deviation[0] < 8.0)
            return std::nullopt; // a flat picture: nothing stands out as a page

        auto bestQuad = [&](const cv::Mat &mask) -> std::optional<std::vector<cv::Point>> {
            std::vector<std::vector<cv::Point>> contours;
            cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
            std::optional<std::vector<cv::Point>> best;
            double bestArea = area / 5.0;
            for (const std::vector<cv::Point> &contour : contours) {
                std::vector<cv::Point> hull;
                cv::convexHull(contour, hull);
                std::vector<cv::Point> quad;
                cv::approxPolyDP(hull, quad, 0.02 * cv::arcLength(hull, true), true);
                const double quadArea = std::abs(cv::contourArea(quad));
                if (quad.size() == 4 && cv::isContourConvex(quad) && quadArea > bestArea
                    && quadArea < area * 0.97) { // the whole frame is not a page
                    best = quad;
                    bestArea = quadArea;
                }
            }
            return best;
        };

        // Paper is brighter than what it lies on: Otsu separates it; the edges are the fallback.
        cv::Mat bright;
        cv::threshold(blurred, bright, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
        cv::morphologyEx(bright, bright, cv::MORPH_CLOSE,
                         cv::getStructuringElement(cv::MORPH_RECT, cv::Size(9, 9)));
        std::optional<std::vector<cv::Point>> quad = bestQuad(bright);
        if (!quad) {
            cv::Mat edges;
            cv::Canny(blurred, edges, 50, 150);
            cv::dilate(edges, edges, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5)));
            quad = bestQuad(edges);
        }
        if (!quad)
            return std::nullopt;
        QList<QPointF> corners;
        for (const cv::Point &p : *quad)
            corners.append(QPointF(double(p.x) / gray.cols, double(p.y) / gray.rows));
        return orderCorners(corners);
    } catch (const cv::Exception &e) {
        qCWarning(lcStructure, "Page detection failed: %s", e.what());
        return std::nullopt;
    }
}
