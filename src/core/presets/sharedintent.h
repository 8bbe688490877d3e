#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QSize>
#include <QString>

#include <optional>

struct ModelSpec;

// What the designer wants, whichever model or mode shows it: one prompt, negative prompt, seed
// (and whether it is locked), strength and aspect for the model form and for Compare alike. It
// is read from and written to a model's values through the model's roles, so switching model or
// entering and leaving Compare keeps it. Fields a model has no role for stay per model.
class SharedIntent
{
    Q_DECLARE_TR_FUNCTIONS(SharedIntent)

public:
    QString prompt;
    // Unset: each model keeps its own default (Bria's long default list is not Ideogram's).
    std::optional<QString> negativePrompt;
    // Unset: the provider picks (a model whose seed has no default shows "Random").
    std::optional<qint64> seed;
    // Locked: every run uses `seed`; unlocked: each run gets a new random seed.
    bool seedLocked = false;
    // 0–1 over each model's own range of its strength field; unset: the model's default.
    std::optional<double> strength;
    // "W:H" the designer chose; empty: match the sketch (the nearest value each model offers).
    QString aspect;

    // Reads what `model`'s role fields hold in `values`; what the model has no role for is kept
    // from `previous`. A negative prompt equal to the model's default counts as unset.
    static SharedIntent fromValues(const ModelSpec &model, const QJsonObject &values,
                                   const SharedIntent &previous);
    static SharedIntent fromValues(const ModelSpec &model, const QJsonObject &values);
    // Writes the intent into `values` for `model` through its roles; `sketchRatio` ("W:H" of the
    // sketch, empty when none) decides the aspect when the designer chose none.
    QJsonObject applyTo(const ModelSpec &model, QJsonObject values, const QString &sketchRatio) const;
    // The intent StudioSession::compare takes (prompt, negative_prompt, seed, strength, aspect).
    QJsonObject toCompareIntent(const QString &sketchRatio) const;

    // "W:H" of an image size, reduced ("4000x3000" -> "4:3"); empty for an invalid size.
    static QString ratioText(const QSize &size);
    // "W:H" of an image file as a designer sees it (turned as its EXIF orientation says), read
    // from the header only; empty when it is not a readable image.
    static QString ratioOfImageFile(const QString &path);
    // "W:H" named by a model's aspect value ("landscape_16_9" -> "16:9", "square_hd" -> "1:1").
    static QString ratioOfValue(const QString &value);

    QJsonObject toJson() const;
    static SharedIntent fromJson(const QJsonObject &object);

    bool operator==(const SharedIntent &other) const;
    bool operator!=(const SharedIntent &other) const { return !(*this == other); }
};
