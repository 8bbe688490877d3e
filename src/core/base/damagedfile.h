#pragma once

#include <QDateTime>
#include <QString>

// Moving a damaged file out of the way so the program can start without it, keeping its bytes
// for whoever wants to look at them (or repair it). Used for the history database, job journal
// entries and preset files; see docs/TESTING.md ("Damaged files").
namespace DamagedFile {

// "<path>.corrupt-<yyyyMMdd-HHmmss>" (local time of `when`), with "-2", "-3" … appended while
// that name is taken.
QString besideName(const QString &path, const QDateTime &when = QDateTime::currentDateTime());

// Moves `path` into `folder` (created when missing) under its own file name, or
// "<base>-2.<suffix>", "<base>-3.<suffix>" … when that is taken. Returns the new path; empty
// when the file could not be moved (`error` says why).
QString moveInto(const QString &path, const QString &folder, QString *error = nullptr);

} // namespace DamagedFile
