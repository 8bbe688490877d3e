#pragma once

#include "modelspec.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

// All models the app knows: the bundled ones (resources/models/*.json, compiled in as :/models/)
// and the fal OpenAPI documents the user imported (copied into <data dir>/models/).
class ModelCatalog : public QObject
{
    Q_OBJECT

public:
    // `userModelDir` empty: bundled models only.
    explicit ModelCatalog(const QString &userModelDir = QString(), QObject *parent = nullptr);

    // Loads bundled and user models. Problems (a corrupt user file) are collected in errors();
    // a bad file never stops the others from loading.
    void reload();

    const QList<ModelSpec> &models() const { return m_models; }
    const ModelSpec *model(const QString &id) const;
    QStringList ids() const;
    QStringList errors() const { return m_errors; }

    // Parses a fal OpenAPI (or catalog) file, stores a copy in the user model dir and adds it.
    // Returns the new model's id, or an empty string and a message in `error`.
    QString importFile(const QString &path, QString *error);

    // The default user model dir: <XDG data>/reimagine-studio/models.
    static QString defaultUserModelDir();

Q_SIGNALS:
    void modelsChanged();

private:
    void addModel(const ModelSpec &spec);

    QString m_userModelDir;
    QList<ModelSpec> m_models;
    QStringList m_errors;
};
