#include "structuresettings.h"

#include "settingsjson.h"

namespace {

using SettingsJson::fail;

const QString KeyCleanupEnabled = QStringLiteral("cleanup_enabled");
const QString KeyCleanup = QStringLiteral("cleanup");
const QString KeyMap = QStringLiteral("map");
const QString KeyCannyLow = QStringLiteral("canny_low");
const QString KeyCannyHigh = QStringLiteral("canny_high");
const QString KeySendMap = QStringLiteral("send_map");

} // namespace

QString StructureSettings::mapName(MapKind kind)
{
    return kind == MapKind::LineArt ? QStringLiteral("lineart") : QStringLiteral("canny");
}

std::optional<StructureSettings::MapKind> StructureSettings::mapFromName(const QString &name)
{
    if (name.compare(QLatin1String("canny"), Qt::CaseInsensitive) == 0)
        return MapKind::Canny;
    if (name.compare(QLatin1String("lineart"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("line-art"), Qt::CaseInsensitive) == 0)
        return MapKind::LineArt;
    return std::nullopt;
}

bool StructureSettings::parseCanny(const QString &text, int *low, int *high, QString *error)
{
    const QStringList parts = text.split(u',');
    bool okLow = false;
    bool okHigh = false;
    const int l = parts.size() == 2 ? parts.at(0).trimmed().toInt(&okLow) : -1;
    const int h = parts.size() == 2 ? parts.at(1).trimmed().toInt(&okHigh) : -1;
    if (!okLow || !okHigh || l < 0 || h > 255 || l >= h)
        return fail(error, tr("the Canny thresholds are LOW,HIGH with 0 <= LOW < HIGH <= 255, got '%1'.")
                               .arg(text));
    *low = l;
    *high = h;
    return true;
}

QJsonObject StructureSettings::toJson() const
{
    return QJsonObject{
        {KeyCleanupEnabled, cleanupEnabled},
        {KeyCleanup, cleanup.toJson()},
        {KeyMap, mapName(map)},
        {KeyCannyLow, cannyLow},
        {KeyCannyHigh, cannyHigh},
        {KeySendMap, sendMap},
    };
}

std::optional<StructureSettings> StructureSettings::fromJson(const QJsonObject &json, QString *error)
{
    StructureSettings s;
    if (!SettingsJson::readBool(json, KeyCleanupEnabled, &s.cleanupEnabled, error))
        return std::nullopt;
    if (json.contains(KeyCleanup)) {
        const std::optional<CleanupSettings> cleanup = CleanupSettings::fromJson(json.value(KeyCleanup).toObject(), error);
        if (!cleanup)
            return std::nullopt;
        s.cleanup = *cleanup;
    }
    if (!SettingsJson::readNamed(json, KeyMap, mapFromName, &s.map, error, tr("map must be canny or lineart.")))
        return std::nullopt;
    if (json.contains(KeyCannyLow) || json.contains(KeyCannyHigh)) {
        const int low = json.value(KeyCannyLow).toInt(s.cannyLow);
        const int high = json.value(KeyCannyHigh).toInt(s.cannyHigh);
        if (!parseCanny(QStringLiteral("%1,%2").arg(low).arg(high), &s.cannyLow, &s.cannyHigh, error))
            return std::nullopt;
    }
    if (!SettingsJson::readBool(json, KeySendMap, &s.sendMap, error))
        return std::nullopt;
    return s;
}

bool StructureSettings::operator==(const StructureSettings &other) const
{
    return cleanupEnabled == other.cleanupEnabled && cleanup == other.cleanup && map == other.map
        && cannyLow == other.cannyLow && cannyHigh == other.cannyHigh && sendMap == other.sendMap;
}
