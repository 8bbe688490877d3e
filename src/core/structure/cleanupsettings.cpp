#include "cleanupsettings.h"

#include "settingsjson.h"

#include <QJsonArray>
#include <QStringList>

#include <cmath>

namespace {

using SettingsJson::fail;
using SettingsJson::readBool;
using SettingsJson::readInt;

const QString KeyCorners = QStringLiteral("corners");
const QString KeyShading = QStringLiteral("shading");
const QString KeyShadingSize = QStringLiteral("shading_size");
const QString KeyThresholdOffset = QStringLiteral("threshold_offset");
const QString KeyLineWeight = QStringLiteral("line_weight");
const QString KeyInvert = QStringLiteral("invert");
const QString KeyTrim = QStringLiteral("trim_margins");
const QString KeyTrimPadding = QStringLiteral("trim_padding");

bool fuzzyEqual(const QPointF &a, const QPointF &b)
{
    return std::abs(a.x() - b.x()) < 1e-6 && std::abs(a.y() - b.y()) < 1e-6;
}

bool validCorners(const QList<QPointF> &corners)
{
    if (corners.size() != 4)
        return false;
    for (const QPointF &p : corners) {
        if (!(p.x() >= -0.5 && p.x() <= 1.5 && p.y() >= -0.5 && p.y() <= 1.5))
            return false;
    }
    return true;
}

} // namespace

bool CleanupSettings::isIdentity() const
{
    return !hasCorners() && shading == Shading::Off && lineWeight == 0 && !invert && !trimMargins;
}

CleanupSettings CleanupSettings::none()
{
    CleanupSettings settings;
    settings.shading = Shading::Off;
    return settings;
}

CleanupSettings CleanupSettings::photo()
{
    CleanupSettings settings;
    settings.shading = Shading::Even;
    settings.trimMargins = true;
    return settings;
}

QString CleanupSettings::shadingName(Shading shading)
{
    switch (shading) {
    case Shading::Off:
        return QStringLiteral("off");
    case Shading::Even:
        return QStringLiteral("even");
    case Shading::Threshold:
        return QStringLiteral("threshold");
    }
    return QStringLiteral("off");
}

std::optional<CleanupSettings::Shading> CleanupSettings::shadingFromName(const QString &name)
{
    for (Shading s : {Shading::Off, Shading::Even, Shading::Threshold}) {
        if (name.compare(shadingName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QJsonObject CleanupSettings::toJson() const
{
    QJsonObject json{
        {KeyShading, shadingName(shading)},
        {KeyShadingSize, shadingSize},
        {KeyThresholdOffset, thresholdOffset},
        {KeyLineWeight, lineWeight},
        {KeyInvert, invert},
        {KeyTrim, trimMargins},
        {KeyTrimPadding, trimPadding},
    };
    if (hasCorners()) {
        QJsonArray points;
        for (const QPointF &p : corners)
            points.append(QJsonArray{p.x(), p.y()});
        json.insert(KeyCorners, points);
    }
    return json;
}

std::optional<CleanupSettings> CleanupSettings::fromJson(const QJsonObject &json, QString *error)
{
    CleanupSettings s;
    if (!SettingsJson::readNamed(json, KeyShading, shadingFromName, &s.shading, error,
                                 tr("shading must be off, even or threshold."))
        || !readInt(json, KeyShadingSize, MinShadingSize, MaxShadingSize, &s.shadingSize, error)
        || !readInt(json, KeyThresholdOffset, 0, MaxThresholdOffset, &s.thresholdOffset, error)
        || !readInt(json, KeyLineWeight, -MaxLineWeight, MaxLineWeight, &s.lineWeight, error)
        || !readBool(json, KeyInvert, &s.invert, error) || !readBool(json, KeyTrim, &s.trimMargins, error)
        || !readInt(json, KeyTrimPadding, 0, MaxTrimPadding, &s.trimPadding, error))
        return std::nullopt;
    if (json.contains(KeyCorners)) {
        const QJsonArray points = json.value(KeyCorners).toArray();
        for (const QJsonValue &point : points) {
            const QJsonArray xy = point.toArray();
            if (xy.size() != 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
                break;
            s.corners.append(QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
        }
        if (!validCorners(s.corners)) {
            fail(error, tr("corners must be four [x, y] pairs of fractions of the image size."));
            return std::nullopt;
        }
    }
    return s;
}

std::optional<CleanupSettings> CleanupSettings::fromSpec(const QString &spec, QString *error)
{
    CleanupSettings s = none();
    const QStringList items = spec.split(u',', Qt::SkipEmptyParts);
    if (items.isEmpty()) {
        fail(error, tr("the clean-up spec is empty."));
        return std::nullopt;
    }
    auto number = [&](const QString &key, const QString &text, int low, int high, int *out) {
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < low || value > high)
            return fail(error, tr("%1 takes a whole number from %2 to %3, got '%4'.")
                                   .arg(key).arg(low).arg(high).arg(text));
        *out = value;
        return true;
    };
    for (const QString &rawItem : items) {
        const QString item = rawItem.trimmed();
        const QString key = item.section(u'=', 0, 0).trimmed().toLower();
        const QString value = item.section(u'=', 1).trimmed();
        bool ok = true;
        if (key == QLatin1String("photo") && value.isEmpty()) {
            s = photo();
        } else if (key == QLatin1String("invert") && value.isEmpty()) {
            s.invert = true;
        } else if (key == QLatin1String("trim") && value.isEmpty()) {
            s.trimMargins = true;
        } else if (key == QLatin1String("shading")) {
            const std::optional<Shading> shading = shadingFromName(value);
            if (!shading)
                ok = fail(error, tr("shading takes off, even or threshold, got '%1'.").arg(value));
            else
                s.shading = *shading;
        } else if (key == QLatin1String("size")) {
            ok = number(key, value, MinShadingSize, MaxShadingSize, &s.shadingSize);
        } else if (key == QLatin1String("offset")) {
            ok = number(key, value, 0, MaxThresholdOffset, &s.thresholdOffset);
        } else if (key == QLatin1String("weight")) {
            ok = number(key, value, -MaxLineWeight, MaxLineWeight, &s.lineWeight);
        } else if (key == QLatin1String("padding")) {
            ok = number(key, value, 0, MaxTrimPadding, &s.trimPadding);
        } else if (key == QLatin1String("corners")) {
            QList<QPointF> corners;
            for (const QString &pair : value.split(u'/')) {
                const QStringList xy = pair.split(u':');
                bool okX = false;
                bool okY = false;
                if (xy.size() == 2)
                    corners.append(QPointF(xy.at(0).toDouble(&okX), xy.at(1).toDouble(&okY)));
                if (!okX || !okY)
                    break;
            }
            if (!validCorners(corners))
                ok = fail(error, tr("corners takes four x:y fractions separated by '/', in the order "
                                    "top-left/top-right/bottom-right/bottom-left, got '%1'.")
                                     .arg(value));
            else
                s.corners = corners;
        } else {
            ok = fail(error, tr("unknown clean-up item '%1' (known: photo, shading=off|even|threshold, "
                                "size=N, offset=N, weight=N, invert, trim, padding=N, corners=...).")
                                 .arg(item));
        }
        if (!ok)
            return std::nullopt;
    }
    return s;
}

QString CleanupSettings::toSpec() const
{
    QStringList items{QStringLiteral("shading=") + shadingName(shading)};
    if (shading != Shading::Off)
        items.append(QStringLiteral("size=%1").arg(shadingSize));
    if (shading == Shading::Threshold)
        items.append(QStringLiteral("offset=%1").arg(thresholdOffset));
    if (lineWeight != 0)
        items.append(QStringLiteral("weight=%1").arg(lineWeight));
    if (invert)
        items.append(QStringLiteral("invert"));
    if (trimMargins)
        items.append(QStringLiteral("trim,padding=%1").arg(trimPadding));
    if (hasCorners()) {
        QStringList pairs;
        for (const QPointF &p : corners)
            pairs.append(QStringLiteral("%1:%2").arg(p.x(), 0, 'g', 6).arg(p.y(), 0, 'g', 6));
        items.append(QStringLiteral("corners=") + pairs.join(u'/'));
    }
    return items.join(u',');
}

bool CleanupSettings::operator==(const CleanupSettings &other) const
{
    if (corners.size() != other.corners.size())
        return false;
    for (int i = 0; i < corners.size(); ++i) {
        if (!fuzzyEqual(corners.at(i), other.corners.at(i)))
            return false;
    }
    return shading == other.shading && shadingSize == other.shadingSize
        && thresholdOffset == other.thresholdOffset && lineWeight == other.lineWeight && invert == other.invert
        && trimMargins == other.trimMargins && trimPadding == other.trimPadding;
}
