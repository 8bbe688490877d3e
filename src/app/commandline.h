#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class MainWindow;
class ModelCatalog;

// The desktop app's command line, defined once: the options --help lists (and the man page,
// which help2man makes from --help at build time) are the ones the start-up applies.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();

    // True when `arguments` (argv, program name first) ask only for text: --help, --help-all
    // or --version. Needs no application object, so main() can answer these with a
    // QCoreApplication and no display.
    static bool wantsTextOnly(const QStringList &arguments);

    // Parses the application's arguments. Prints the help, the version or the error and ends
    // the process for those (QCommandLineParser::process).
    void process(const QCoreApplication &app);

    // Applies --size, --model, --prompt, --expand-advanced, the sketch (--sketch, the
    // positional argument or --sample) and --compare to the window. Returns 0, or the exit code
    // after printing what is wrong.
    int applyTo(MainWindow &window, const ModelCatalog &catalog) const;

    // --screenshot: the file to save a picture of the window to once it is shown (empty: none).
    QString screenshotFile() const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_screenshot;
    QCommandLineOption m_size;
    QCommandLineOption m_model;
    QCommandLineOption m_sketch;
    QCommandLineOption m_sample;
    QCommandLineOption m_expandAdvanced;
    QCommandLineOption m_dark;
    QCommandLineOption m_prompt;
    QCommandLineOption m_compare;
};
