#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The entry points shared by the libFuzzer targets (tests/fuzz/fuzztarget.cpp, built with
// -DREIMAGINE_FUZZ=ON and Clang) and the regression replay test (tst_fuzzregressions, built with
// the normal compiler). Each entry feeds arbitrary bytes to one parser of the app and checks the
// invariants that must hold for every input (round trips, bounds). A broken invariant is
// returned as a sentence; a crash, a sanitizer report or a hang is a finding by itself.
namespace FuzzEntries
{
// "schemaparser", "parametervalidator", "falanswer", "sseparser", "segmindanswer",
// "freepikanswer", "pngmetadata", "preset", "jobjournal", "imageloader".
QStringList targets();

// Runs one input through `target`. Empty when every invariant held; otherwise what broke.
QString run(const QString &target, const QByteArray &data);
} // namespace FuzzEntries
