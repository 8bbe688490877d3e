#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

// How well a result kept a sketch's structure: an edge F-score with a distance tolerance.
//
// Both images are brought to the result's aspect at WorkingSide pixels on the long side: the
// sketch either stretched onto the result (what the before/after view shows) or cropped to the
// result's aspect around its centre (what a model does that fills a different aspect); the fit
// that scores higher counts. Edges come from the same Canny on both (contrast stretched, a
// Gaussian blur so textures count less than outlines, thresholds 40/100). With the distance
// transform of each edge map, precision is the share of result edges within Tolerance of a
// sketch edge, recall the share of sketch edges within Tolerance of a result edge, and the
// score is their harmonic mean, 0 (nothing kept) to 1 (every line kept, nothing added).
// Tolerance: 1 % of the working image's diagonal, about 6 px of 512 x 384 (after the
// Berkeley boundary benchmark's 0.75 %, a little looser because a model redraws lines).
// Pure function: call it on a worker thread.
class StructureScore
{
    Q_DECLARE_TR_FUNCTIONS(StructureScore)

public:
    enum class Fit { Stretch, Crop };

    static constexpr int WorkingSide = 512;
    static constexpr double Tolerance = 0.01;   // of the working diagonal
    static constexpr int CannyLow = 40;
    static constexpr int CannyHigh = 100;

    bool valid = false;         // false when the sketch has no edges or an image is missing
    double fscore = 0.0;
    double precision = 0.0;
    double recall = 0.0;
    Fit fit = Fit::Stretch;

    static StructureScore compute(const QImage &sketch, const QImage &result);

    // The working size for a result of `size`: its aspect, WorkingSide on the long side.
    static QSize workingSize(const QSize &size);
    // The part of a sketch of `sketch` size that `fit` lays onto a result of `result` size.
    static QRect sourceRect(const QSize &sketch, const QSize &result, Fit fit);

    // "0.82"; an empty string when not valid.
    QString text() const;
    // For tooltips: what the number means and its parts.
    QString explanation() const;
    static QString fitName(Fit fit);
};
