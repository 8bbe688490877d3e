#pragma once

// Deterministic crash points for the crash-safety tests: when the environment variable
// REIMAGINE_CRASH_AT names a point, the process kills itself there with SIGKILL, exactly as a
// `kill -9` at that moment would. Without the variable nothing happens. `point#N` waits for the
// N-th time the process passes the point (a batch killed after some of its jobs got there).
// In the order a run
// passes them (tests/tst_cli_run.cpp drives each one; docs/TESTING.md lists what each proves):
//   input-prepared         the sketch is prepared for sending; nothing has been sent yet
//   input-uploaded         the sketch is uploaded (fal storage, Segmind upload-asset); the job is
//                          not submitted yet
//   provider-queued        submitted, the journal holds the request id, fal says IN_QUEUE
//   provider-running       the journal holds the request or task id, the provider says it runs
//   output-downloading     an output's download has arrived and is neither checked nor kept
//   output-half-written    half of a result file is written to its temporary file (QSaveFile),
//                          not committed under its name
//   outputs-written        the result files are written, the journal does not name them yet
//   journal-noted          the journal names the files, the history has no row yet
//   history-half-written   the history row is inserted in a transaction that is not committed
//   history-written        the history has the row, the journal entry is still there
namespace CrashPoint {
void hit(const char *name);
}
