#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

// How a sketch is cleaned up before it is sent (SketchCleanup applies it). A value type that
// travels with a run, its history entry and presets as JSON, and is written on the command line
// as a spec (see fromSpec). Every size is relative to the image, so the same settings give the
// same look at any resolution.
struct CleanupSettings
{
    Q_DECLARE_TR_FUNCTIONS(CleanupSettings)

public:
    enum class Shading
    {
        Off,        // keep the grey levels
        Even,       // divide by the paper's brightness: shadows and gradients go, pencil stays grey
        Threshold,  // adaptive threshold: pure black lines on pure white
    };

    static constexpr int MinShadingSize = 1;
    static constexpr int MaxShadingSize = 20;
    static constexpr int MaxThresholdOffset = 50;
    static constexpr int MaxLineWeight = 3;
    static constexpr int MaxTrimPadding = 20;

    // The page's corners in the source image as fractions of its width and height, in the order
    // top-left, top-right, bottom-right, bottom-left. Empty: the whole image, not warped.
    QList<QPointF> corners;
    Shading shading = Shading::Even;
    int shadingSize = 4;        // % of the long side: the neighbourhood paper brightness is read from
    int thresholdOffset = 12;   // Threshold: how much darker than its surroundings ink is (0-50)
    int lineWeight = 0;         // -3 (thinner) ... +3 (bolder)
    bool invert = false;        // light lines on a dark ground
    bool trimMargins = false;   // crop to the drawing plus trimPadding
    int trimPadding = 4;        // % of the long side

    bool hasCorners() const { return corners.size() == 4; }
    // True when applying the settings would change nothing but the size.
    bool isIdentity() const;

    // Settings that change nothing.
    static CleanupSettings none();
    // Sensible settings for a phone photo of a paper sketch: even shading, trimmed margins.
    static CleanupSettings photo();

    QJsonObject toJson() const;
    // Missing keys keep their defaults; wrong types and out-of-range values are refused.
    static std::optional<CleanupSettings> fromJson(const QJsonObject &json, QString *error = nullptr);

    // The command-line form: comma-separated items, e.g.
    //   "photo", "shading=even,size=6,weight=1,trim", "shading=threshold,offset=15,invert",
    //   "corners=0.1:0.05/0.92:0.1/0.95:0.9/0.05:0.95" (TL/TR/BR/BL as x:y fractions).
    // Items: photo, shading=off|even|threshold, size=1-20, offset=0-50, weight=-3..3, invert,
    // trim, padding=0-20, corners=....
    static std::optional<CleanupSettings> fromSpec(const QString &spec, QString *error = nullptr);
    QString toSpec() const;

    static QString shadingName(Shading shading);
    static std::optional<Shading> shadingFromName(const QString &name);

    bool operator==(const CleanupSettings &other) const;
    bool operator!=(const CleanupSettings &other) const { return !(*this == other); }
};
