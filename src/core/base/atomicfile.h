#pragma once

#include <QByteArray>
#include <QString>

// Replaces a file atomically (a temporary file in the same folder, then rename(2)) without
// fsync: a reader sees the old or the new file, never half of one, and a killed process leaves
// no half file; after a power cut the new file may be empty or missing. For files whose loss
// costs nothing but work (journal progress, thumbnails); QSaveFile (fsync, then rename) for the
// rest.
namespace AtomicFile {

bool replace(const QString &path, const QByteArray &bytes, QString *error);

} // namespace AtomicFile
