// One libFuzzer target; REIMAGINE_FUZZ_TARGET names the entry of FuzzEntries it runs.
// Built only with -DREIMAGINE_FUZZ=ON (Clang); scripts/fuzz.sh runs every target.

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "fuzzentries.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Image plugins and translations look for an application object.
    static QCoreApplication app(*argc, *argv);
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    const QString problem = FuzzEntries::run(QStringLiteral(REIMAGINE_FUZZ_TARGET), input);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "invariant broken in %s: %s\n", REIMAGINE_FUZZ_TARGET,
                     qPrintable(problem));
        std::abort();
    }
    return 0;
}
