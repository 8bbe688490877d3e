#include "settingsjson.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

namespace SettingsJson {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool readInt(const QJsonObject &json, const QString &key, int low, int high, int *out, QString *error)
{
    if (!json.contains(key))
        return true;
    const QJsonValue value = json.value(key);
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(number) != number || number < low || number > high) {
        return fail(error, QCoreApplication::translate("SettingsJson", "%1 must be a whole number from %2 to %3.")
                               .arg(key).arg(low).arg(high));
    }
    *out = static_cast<int>(number);
    return true;
}

bool readBool(const QJsonObject &json, const QString &key, bool *out, QString *error)
{
    if (!json.contains(key))
        return true;
    if (!json.value(key).isBool())
        return fail(error, QCoreApplication::translate("SettingsJson", "%1 must be true or false.").arg(key));
    *out = json.value(key).toBool();
    return true;
}

} // namespace SettingsJson
