#pragma once

#include "structuresettings.h"

#include <QColor>
#include <QImage>
#include <QRect>
#include <QSize>

// The structure maps a model follows, computed locally with OpenCV so a designer sees them (and,
// where a model accepts one, sends exactly that map). Maps are 8-bit grey with white structure
// on black, the convention of canny and line-art control images. Pure functions: any thread.
class StructureMaps
{
public:
    // Canny edges (a 5 x 5 Gaussian first, L2 gradient) with the two hysteresis thresholds.
    static QImage canny(const QImage &image, int low, int high);
    // The drawn lines themselves: an adaptive threshold of dark lines on light paper, lone specks
    // removed; lines keep the width they were drawn with.
    static QImage lineArt(const QImage &image);
    // The map `settings` asks for, made from `image` (usually the cleaned sketch).
    static QImage compute(const QImage &image, const StructureSettings &settings);

    // A map laid over a result: `colour` where the map has structure, transparent elsewhere, at
    // `target` size, lines widened a little on big targets so they stay visible when the result
    // is shown scaled down. `source` is the part of the map that covers the result (all of it
    // when null; see StructureScore::sourceRect). RGBA8888_Premultiplied.
    static QImage overlay(const QImage &map, const QSize &target, const QColor &colour,
                          const QRect &source = QRect());
};
