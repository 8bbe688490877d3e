#pragma once

// Deterministic crash points for the crash-safety tests: when the environment variable
// REIMAGINE_CRASH_AT names a point, the process kills itself there with SIGKILL, exactly as a
// `kill -9` at that moment would. Without the variable nothing happens.
//   outputs-written   the result files are written, the journal does not name them yet
//   journal-noted     the journal names the files, the history has no row yet
//   history-written   the history has the row, the journal entry is still there
namespace CrashPoint {
void hit(const char *name);
}
