#include "structurescore.h"

#include "cvimage.h"
#include "base/logging.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace {

cv::Mat edgesOf(const cv::Mat &gray)
{
    cv::Mat work;
    cv::normalize(gray, work, 0, 255, cv::NORM_MINMAX);
    cv::GaussianBlur(work, work, cv::Size(5, 5), 1.2);
    cv::Mat edges;
    cv::Canny(work, edges, StructureScore::CannyLow, StructureScore::CannyHigh, 3, true);
    return edges;
}

// Distance of every pixel to the nearest edge pixel.
cv::Mat distanceTo(const cv::Mat &edges)
{
    cv::Mat background;
    cv::threshold(edges, background, 0, 255, cv::THRESH_BINARY_INV);
    cv::Mat distance;
    cv::distanceTransform(background, distance, cv::DIST_L2, cv::DIST_MASK_PRECISE);
    return distance;
}

// Share of `edges` pixels whose distance in `distance` is within `tolerance`; -1 without edges.
double matched(const cv::Mat &edges, const cv::Mat &distance, double tolerance)
{
    cv::Mat near;
    cv::threshold(distance, near, tolerance, 255, cv::THRESH_BINARY_INV);
    near.convertTo(near, CV_8U);
    const int total = cv::countNonZero(edges);
    if (total == 0)
        return -1.0;
    cv::Mat hits;
    cv::bitwise_and(edges, near, hits);
    return double(cv::countNonZero(hits)) / total;
}

} // namespace

QSize StructureScore::workingSize(const QSize &size)
{
    if (size.isEmpty())
        return QSize();
    const double scale = double(WorkingSide) / std::max(size.width(), size.height());
    return QSize(std::max(1, int(std::lround(size.width() * scale))),
                 std::max(1, int(std::lround(size.height() * scale))));
}

QRect StructureScore::sourceRect(const QSize &sketch, const QSize &result, Fit fit)
{
    if (sketch.isEmpty() || result.isEmpty() || fit == Fit::Stretch)
        return QRect(QPoint(0, 0), sketch);
    const double resultAspect = double(result.width()) / result.height();
    const double sketchAspect = double(sketch.width()) / sketch.height();
    if (sketchAspect > resultAspect) { // the sketch is wider: crop its sides
        const int w = std::max(1, int(std::lround(sketch.height() * resultAspect)));
        return QRect((sketch.width() - w) / 2, 0, w, sketch.height());
    }
    const int h = std::max(1, int(std::lround(sketch.width() / resultAspect)));
    return QRect(0, (sketch.height() - h) / 2, sketch.width(), h);
}

StructureScore StructureScore::compute(const QImage &sketch, const QImage &result)
{
    StructureScore best;
    if (sketch.isNull() || result.isNull())
        return best;
    try {
        const QSize working = workingSize(result.size());
        const cv::Size size(working.width(), working.height());
        cv::Mat resultGray;
        cv::resize(CvImage::toGray(result), resultGray, size, 0, 0, cv::INTER_AREA);
        const cv::Mat resultEdges = edgesOf(resultGray);
        const cv::Mat resultDistance = distanceTo(resultEdges);
        const double tolerance = std::max(2.0, Tolerance * std::hypot(size.width, size.height));
        const cv::Mat sketchGray = CvImage::toGray(sketch);

        for (Fit fit : {Fit::Stretch, Fit::Crop}) {
            const QRect r = sourceRect(sketch.size(), result.size(), fit);
            if (fit == Fit::Crop && r.size() == sketch.size())
                continue; // same aspect: cropping changes nothing
            cv::Mat fitted;
            cv::resize(sketchGray(cv::Rect(r.x(), r.y(), r.width(), r.height())), fitted, size, 0, 0,
                       cv::INTER_AREA);
            const cv::Mat sketchEdges = edgesOf(fitted);
            const double recall = matched(sketchEdges, resultDistance, tolerance);
            if (recall < 0)
                continue; // no sketch edges: nothing to keep
            double precision = matched(resultEdges, distanceTo(sketchEdges), tolerance);
            precision = std::max(0.0, precision);
            StructureScore score;
            score.valid = true;
            score.precision = precision;
            score.recall = recall;
            score.fscore = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
            score.fit = fit;
            if (!best.valid || score.fscore > best.fscore)
                best = score;
        }
    } catch (const cv::Exception &e) {
        qCWarning(lcStructure, "Structure score failed: %s", e.what());
        return StructureScore();
    }
    return best;
}

QString StructureScore::text() const
{
    return valid ? QString::number(fscore, 'f', 2) : QString();
}

QString StructureScore::fitName(Fit fit)
{
    return fit == Fit::Crop ? QStringLiteral("crop") : QStringLiteral("stretch");
}

QString StructureScore::explanation() const
{
    const QString what = tr("Structure score: how well the result kept the sketch's lines, from 0 (none "
                            "kept) to 1 (every line kept, nothing added). It is the F-score of the two "
                            "images' edges, counting an edge as kept when the other image has one "
                            "within 1 % of the image diagonal.");
    if (!valid)
        return what;
    return what + QLatin1Char('\n')
        + tr("Kept lines (recall): %1 %. Result edges on sketch lines (precision): %2 %. Sketch %3 "
             "onto the result.")
              .arg(qRound(recall * 100))
              .arg(qRound(precision * 100))
              .arg(fit == Fit::Crop ? tr("cropped") : tr("stretched"));
}
