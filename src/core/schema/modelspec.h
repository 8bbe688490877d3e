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
    std::optional<double> priceUsd; // per output image at the default values; unset when unknown
    // A price that depends on a field ("rendering_speed": TURBO 0.03, BALANCED 0.06 ...):
    // the field and the price per image for each of its values. Empty: priceUsd for all.
    QString priceField;
    QHash<QString, double> priceByValue;
    QString source;      // ":/models/x.json" for bundled models, a file path for imported ones

    QList<ParameterSpec> fields; // display order
    QHash<QString, QString> roles; // role -> field name
    // Inputs a run needs to make sense although the provider would accept it without them: each
    // group lists fields of which at least one must be set (Bria: a canny or a depth image).
    // Catalog files give them as "needs": [["canny_image_url", "depth_image_url"]].
    QList<QStringList> needs;
    QStringList warnings;          // what the parser could not map exactly

    const ParameterSpec *field(const QString &name) const;
    const ParameterSpec *fieldForRole(const QString &role) const;
    QStringList fieldNames() const;

    // The price of one image with `values` (priceByValue for the value of priceField, else
    // priceUsd); unset when unknown.
    std::optional<double> pricePerImage(const QJsonObject &values) const;
    // How many images a run with `values` makes (the num_images role, else 1).
    int imageCount(const QJsonObject &values) const;
    // The estimated cost of a run with `values`: price per image times image count; unset when
    // the price is unknown.
    std::optional<double> estimatedCost(const QJsonObject &values) const;
    // The lowest and highest price per image (equal for a fixed price); unset when unknown.
    std::optional<std::pair<double, double>> priceRange() const;

    QJsonObject toJson() const; // the CLI `schema` output
    QJsonObject summaryJson() const; // the CLI `models --json` entry

    // The default values of every field that has one, as the provider expects them.
    QJsonObject defaultValues() const;

    // Roles a model can map: the portable intent of a compare run or preset.
    static QStringList knownRoles();
};
