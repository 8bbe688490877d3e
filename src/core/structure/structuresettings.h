#pragma once

#include "cleanupsettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// Everything a designer chose about the structure of a run: the clean-up (and whether it is on),
// which structure map is made locally and how, and whether that map itself is sent to models
// that accept one with their own preprocessing switched off. Stored with history entries
// (HistoryEntry::structure) and presets as JSON.
struct StructureSettings
{
    Q_DECLARE_TR_FUNCTIONS(StructureSettings)

public:
    enum class MapKind
    {
        Canny,     // OpenCV Canny edges with two thresholds
        LineArt,   // the drawn lines themselves (adaptive threshold), as thick as they are drawn
    };

    static constexpr int DefaultCannyLow = 60;
    static constexpr int DefaultCannyHigh = 160;

    bool cleanupEnabled = false;
    CleanupSettings cleanup;
    MapKind map = MapKind::Canny;
    int cannyLow = DefaultCannyLow;     // 0-255, below high
    int cannyHigh = DefaultCannyHigh;   // 1-255
    bool sendMap = false;

    // The clean-up that applies: `cleanup` when enabled, otherwise nothing.
    CleanupSettings effectiveCleanup() const { return cleanupEnabled ? cleanup : CleanupSettings::none(); }

    QJsonObject toJson() const;
    static std::optional<StructureSettings> fromJson(const QJsonObject &json, QString *error = nullptr);

    // "LOW,HIGH" as on the command line (--canny 50,150).
    static bool parseCanny(const QString &text, int *low, int *high, QString *error = nullptr);

    static QString mapName(MapKind kind);
    static std::optional<MapKind> mapFromName(const QString &name);

    bool operator==(const StructureSettings &other) const;
    bool operator!=(const StructureSettings &other) const { return !(*this == other); }
};
