#pragma once

#include "cleanupsettings.h"
#include "sketchstrokes.h"

#include <QImage>
#include <QList>
#include <QPointF>
#include <QSize>

#include <optional>

// Cleans up a sketch, typically a phone photo of a paper sketch, with OpenCV's imgproc:
//  1. perspective: the quadrilateral of CleanupSettings::corners is warped to an upright
//     rectangle whose sides are the quadrilateral's longer opposite sides (the source is first
//     reduced with area averaging so thin lines survive the warp);
//  2. shading: Even divides by the paper's brightness (a max filter that removes the lines, then
//     a blur, estimated at a quarter of the size), Threshold is an adaptive mean threshold
//     followed by a 3 x 3 median that removes lone specks;
//  3. line weight: erosion (bolder) or dilation (thinner) of the dark lines with an elliptic
//     kernel, one step per unit and 1024 px of the long side;
//  4. trim: the bounding box of the ink (pixels darker than InkLevel) plus the padding;
//  5. invert, then the corrections (SketchStrokes::paint, in inverted colours).
// The result is 8-bit grey, at most maxSide on its long side. Pure functions: safe on any thread.
class SketchCleanup
{
public:
    static constexpr int DefaultMaxSide = 2048;   // what ImagePreparer uploads at most
    static constexpr int InkLevel = 160;          // darker than this (of 255) counts as ink for trim

    struct Options
    {
        int maxSide = DefaultMaxSide;
    };

    // `strokes` (corrections in the coordinates of the cleaned image) are painted last.
    static QImage apply(const QImage &source, const CleanupSettings &settings,
                        const QList<SketchStroke> &strokes, const Options &options);
    static QImage apply(const QImage &source, const CleanupSettings &settings);

    // The size the warp produces from a source of `source` size with `corners` (fractions) before
    // the maxSide limit: the longer of each pair of opposite sides.
    static QSize warpedSize(const QSize &source, const QList<QPointF> &corners);

    // Finds a sheet of paper in a photo: the largest convex quadrilateral, covering at least a
    // fifth of the image, of the bright region (Otsu) or of the edges. Corners as fractions, in
    // the order top-left, top-right, bottom-right, bottom-left; nothing when no page is found.
    static std::optional<QList<QPointF>> detectPage(const QImage &photo);

    // Puts four points into the order top-left, top-right, bottom-right, bottom-left.
    static QList<QPointF> orderCorners(const QList<QPointF> &points);
};
