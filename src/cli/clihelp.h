#pragma once

#include <QCoreApplication>
#include <QString>

// The text of `reimagine-cli --help`. help2man turns it into the man page at build time, so
// its layout follows the GNU conventions help2man reads: "Usage:" and "or:" lines, a
// description, then "Commands:", "Exit status:", "Options:" blocks of indented two-column
// entries.
class CliHelp final
{
    Q_DECLARE_TR_FUNCTIONS(CliHelp)

public:
    static QString text();

private:
    CliHelp() = delete;
};
