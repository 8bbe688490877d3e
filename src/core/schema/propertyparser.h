#pragma once

#include "parameterspec.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Converts one property's JSON schema into a ParameterSpec: $ref and allOf resolved against the
// document, anyOf/oneOf nullable wrappers and the ImageSize-or-preset union, draft-4 and
// draft-6 exclusive bounds, lengths and item counts, enums with labels (integral for integer
// fields), image hints, lists and nested objects. Whatever it does not know becomes a Json field
// and a warning: a field is never dropped.
class PropertyParser
{
public:
    // $refs resolve against `root`; what cannot be mapped is appended to *warnings.
    PropertyParser(const QJsonObject &root, QStringList *warnings);

    ParameterSpec parse(const QString &name, const QJsonObject &schema, bool required) const;

private:
    // anyOf / oneOf. A nullable wrapper leaves the member's schema in *schema and returns false;
    // true when the union decided the whole field (ImageSize-or-preset, or raw JSON).
    bool parseUnion(ParameterSpec *spec, QJsonObject *schema) const;
    void parseImageSizeUnion(ParameterSpec *spec, const QJsonObject &sizeSchema,
                             const QJsonObject &presets) const;
    // Title, description, default, bounds, lengths, pattern, role.
    static void readKeywords(ParameterSpec *spec, const QJsonObject &schema);
    // The JSON type; ["string", "null"] also makes the field nullable. Guessed from enum or
    // properties when missing.
    static QString typeOf(ParameterSpec *spec, const QJsonObject &schema);
    static void fillEnum(ParameterSpec *spec, const QJsonObject &schema, bool integral);

    void parseString(ParameterSpec *spec, const QJsonObject &schema) const;
    void parseNumber(ParameterSpec *spec, const QJsonObject &schema, bool integral) const;
    void parseArray(ParameterSpec *spec, const QJsonObject &schema) const;
    void parseObject(ParameterSpec *spec, const QJsonObject &schema) const;
    void makeJson(ParameterSpec *spec, const QString &warning) const;

    QJsonObject m_root;
    QStringList *m_warnings;
};
