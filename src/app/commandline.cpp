#include "commandline.h"

#include "forms/schemaform.h"
#include "mainwindow.h"
#include "panels/comparesetup.h"

#include "schema/modelcatalog.h"
#include "widgets/themecolors.h"

#include <QApplication>
#include <QDir>
#include <QRegularExpression>

#include <cstdio>

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "reimagine-studio: %s\n", qPrintable(message));
}

} // namespace

CommandLine::CommandLine()
    : m_screenshot(QStringLiteral("screenshot"),
                   tr("Save a picture of the window to <file> once it is shown, then quit."),
                   QStringLiteral("file"))
    , m_size(QStringLiteral("size"), tr("Window size, e.g. 1280x800."), QStringLiteral("WxH"))
    , m_model(QStringLiteral("model"), tr("Select the model <id> at start."), QStringLiteral("id"))
    , m_sketch(QStringLiteral("sketch"), tr("Load <file> as the sketch at start."), QStringLiteral("file"))
    , m_sample(QStringLiteral("sample"), tr("Load the bundled sample sketch at start."))
    , m_expandAdvanced(QStringLiteral("expand-advanced"),
                       tr("Open the Advanced section of the form (for screenshots)."))
    , m_dark(QStringLiteral("dark"), tr("Use a dark palette instead of the system's (for screenshots)."))
    , m_prompt(QStringLiteral("prompt"), tr("Start with <text> as the prompt."), QStringLiteral("text"))
    , m_compare(QStringLiteral("compare"),
                tr("Start in compare mode with the models <ids> (comma-separated)."), QStringLiteral("ids"))
{
    m_parser.setApplicationDescription(
        tr("Turn rough sketches into finished images with cloud reimagine models."));
    // X11-style single-dash options (-sample) read as long options; there are no short ones to
    // combine besides -h and -v.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_screenshot, m_size, m_model, m_sketch, m_sample, m_expandAdvanced, m_dark, m_prompt,
                         m_compare});
    m_parser.addPositionalArgument(QStringLiteral("sketch"), tr("A sketch to open."), QStringLiteral("[sketch]"));
}

bool CommandLine::wantsTextOnly(const QStringList &arguments)
{
    CommandLine commandLine;
    // Unknown options are not an answer here: they may be Qt's own (-platform, -style), which
    // only QApplication takes out of the arguments.
    commandLine.m_parser.parse(arguments);
    const QCommandLineParser &p = commandLine.m_parser;
    return p.isSet(QStringLiteral("help")) || p.isSet(QStringLiteral("help-all"))
        || p.isSet(QStringLiteral("version"));
}

void CommandLine::process(const QCoreApplication &app)
{
    m_parser.process(app);
}

QString CommandLine::screenshotFile() const
{
    return m_parser.value(m_screenshot);
}

int CommandLine::applyTo(MainWindow &window, const ModelCatalog &catalog) const
{
    if (m_parser.isSet(m_size)) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
        const QRegularExpressionMatch m = sizePattern.match(m_parser.value(m_size));
        if (!m.hasMatch()) {
            printError(tr("--size expects WIDTHxHEIGHT, e.g. 1280x800."));
            return 2;
        }
        window.resize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    if (m_parser.isSet(m_model) && !window.selectModel(m_parser.value(m_model))) {
        printError(tr("Unknown model: %1").arg(m_parser.value(m_model)));
        return 2;
    }
    if (m_parser.isSet(m_prompt))
        window.setPrompt(m_parser.value(m_prompt));
    if (m_parser.isSet(m_dark))
        QApplication::setPalette(ThemeColors::darkPalette());
    if (m_parser.isSet(m_expandAdvanced))
        window.expandAdvancedFields();

    QString sketch = m_parser.value(m_sketch);
    if (sketch.isEmpty() && !m_parser.positionalArguments().isEmpty())
        sketch = m_parser.positionalArguments().constFirst();
    if (!sketch.isEmpty())
        window.loadSketch(QDir::current().absoluteFilePath(sketch));
    else if (m_parser.isSet(m_sample))
        window.loadSampleSketch();

    if (m_parser.isSet(m_compare)) {
        QStringList ids;
        for (const QString &id : m_parser.value(m_compare).split(u',', Qt::SkipEmptyParts)) {
            if (!catalog.model(id.trimmed())) {
                printError(tr("Unknown model: %1").arg(id));
                return 2;
            }
            ids.append(id.trimmed());
        }
        window.compareModels(ids);
    }
    return 0;
}
