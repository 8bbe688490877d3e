#pragma once

#include "parameterspec.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A model in the catalog: where it runs and what it takes.
struct ModelSpec
{
    QString id;          // "fal:bria/reimagine/3.2": provider prefix + endpoint
    QString provider;    // "fal", "segmind", "freepik"
    QString endpoint;    // provider-specific: fal endpoint id, Segmind slug, Freepik path
    QString title;       // "Bria Reimagine 3.2"
    QString description;
    std::optional<double> priceUsd; // per output image; unset when unknown
    QString source;      // ":/models/x.json" for bundled models, a file path for imported ones

    QList<ParameterSpec> fields; // display order
    QHash<QString, QString> roles; // role -> field name
    QStringList warnings;          // what the parser could not map exactly

    const ParameterSpec *field(const QString &name) const;
    const ParameterSpec *fieldForRole(const QString &role) const;
    QStringList fieldNames() const;

    // Estimated cost of one run producing `images` outputs; unset when the price is unknown.
    std::optional<double> estimatedCost(int images = 1) const;

    QJsonObject toJson() const; // the CLI `schema` output
    QJsonObject summaryJson() const; // the CLI `models --json` entry

    // The default values of every field that has one, as the provider expects them.
    QJsonObject defaultValues() const;

    // Roles a model can map: the portable intent of a compare run or preset.
    static QStringList knownRoles();
};
