#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// Reading the optional keys of the structure settings' JSON (CleanupSettings,
// StructureSettings): a key that is absent keeps the value there is, a key with a wrong value
// is refused with a message naming it.
namespace SettingsJson {

// Sets *error (when given) to `message`; returns false, so a reader can `return fail(...)`.
bool fail(QString *error, const QString &message);

// json[key] into *out when present: a whole number from `low` to `high`.
bool readInt(const QJsonObject &json, const QString &key, int low, int high, int *out, QString *error);

// json[key] into *out when present: true or false.
bool readBool(const QJsonObject &json, const QString &key, bool *out, QString *error);

// json[key] into *out when present: a name `fromName` knows (it returns std::optional<T>);
// another is refused with `message`.
template <typename T, typename FromName>
bool readNamed(const QJsonObject &json, const QString &key, FromName fromName, T *out,
               QString *error, const QString &message)
{
    if (!json.contains(key))
        return true;
    const std::optional<T> value = fromName(json.value(key).toString());
    if (!value)
        return fail(error, message);
    *out = *value;
    return true;
}

} // namespace SettingsJson
