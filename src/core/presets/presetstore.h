#pragma once

#include "preset.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

// The user's presets: a folder of preset files (format v1, docs/PRESETS.md), one per preset, named
// after the sanitized preset name ("Watercolour product shot.json"). Files are written with
// QSaveFile. A damaged file in the folder (not JSON, not a preset, invalid values) is moved into
// the folder's corrupt/ subfolder and reported by errors(), naming where it went; a file that
// cannot be opened or comes from a newer version is skipped, left in place and reported.
// The preset's identity is its "name" inside the file, not the file name.
class PresetStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetStore)

public:
    struct Entry
    {
        Preset preset;
        QString filePath;
        QStringList notes; // what was ignored when the file was read (image fields ...)
    };

    // `directory` is created on the first write. Empty: defaultDirectory().
    explicit PresetStore(const QString &directory = QString(), QObject *parent = nullptr);

    // <XDG data>/reimagine-studio/presets
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // With a catalog, presets never carry image fields: they are dropped when a file is read,
    // saved or imported (Preset::dropFileFields). Not owned.
    void setCatalog(const ModelCatalog *catalog);

    // Re-reads the folder (emits changed()). The store also re-reads after each of its own writes.
    void reload();

    // Sorted by name (case-insensitive), each with the path of its file.
    QList<Entry> list() const { return m_entries; }
    QStringList names() const;
    bool contains(const QString &name) const;
    std::optional<Preset> preset(const QString &name) const;
    QString filePath(const QString &name) const;
    // What was ignored when the preset's file was read (empty for most presets).
    QStringList notes(const QString &name) const;
    // "<file name>: <reason>" for every file of the folder that was skipped by the last read,
    // after the files this store moved aside ("<file name>: <reason> It was moved to <path>.").
    QStringList errors() const { return m_errors; }
    QString corruptDirectory() const; // <directory>/corrupt

    // Writes `preset` (its name is trimmed). An existing preset of that name is overwritten:
    // ask the user first. Refuses an empty name.
    bool save(const Preset &preset, QString *error = nullptr);
    // Renames a preset (its file follows the new name). Refuses an empty name or one in use.
    bool rename(const QString &oldName, const QString &newName, QString *error = nullptr);
    bool remove(const QString &name, QString *error = nullptr);
    // Copies a preset file into the store after validating it; nothing is written when it is not
    // a valid preset. A file without a name is named after the file; a clash gets " (2)", " (3)"…
    // Returns the imported preset (with the name it got).
    std::optional<Preset> importFile(const QString &path, QString *error = nullptr,
                                     QStringList *notes = nullptr);
    // Writes the preset `name` to `path` (any folder).
    bool exportTo(const QString &name, const QString &path, QString *error = nullptr) const;

    // A file name stem for `name`: no path separators, no "..", no characters that Windows or
    // macOS refuse, no control characters, at most 100 characters; never empty.
    static QString sanitizedFileName(const QString &name);
    // `name`, or `name (2)`, `name (3)`… whichever is not in the store yet.
    QString uniqueName(const QString &name) const;

Q_SIGNALS:
    void changed();

private:
    int indexOf(const QString &name) const;
    QString freeFilePath(const QString &name, const QString &allowedExisting = QString()) const;
    bool ensureDirectory(QString *error) const;
    static bool writePreset(const Preset &preset, const QString &path, QString *error);
    // Whether a file Preset::load refused is damaged (rather than unreadable or newer).
    static bool isDamaged(const QString &path);

    QString m_directory;
    const ModelCatalog *m_catalog = nullptr;
    QList<Entry> m_entries;
    QStringList m_errors;
    QStringList m_movedAside; // kept for the store's life: said until the app ends
};
