// reimagine-studio: the desktop app. QApplication, translations, the model catalog and the main
// window; nothing else lives here.

#include "forms/schemaform.h"
#include "mainwindow.h"
#include "panels/comparesetup.h"

#include "schema/modelcatalog.h"
#include "secrets/keychainsecretstore.h"
#include "session/studiosession.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "reimagine-studio: %s\n", qPrintable(message));
}

// Fusion only when the platform brings no style of its own (offscreen, minimal, bare X11).
void chooseStyle()
{
    const QStringList platformStyles = QStyleFactory::keys();
    const QString current = QApplication::style() ? QApplication::style()->name() : QString();
    const bool onlyGeneric = current.isEmpty() || current.compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0;
    if (onlyGeneric && platformStyles.contains(QStringLiteral("Fusion"), Qt::CaseInsensitive))
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setOrganizationName(QStringLiteral("Reimagine Studio"));
    QApplication::setApplicationName(QStringLiteral("reimagine-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Reimagine Studio"));
    QApplication::setApplicationVersion(QStringLiteral(REIMAGINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.reimagine_studio.ReimagineStudio"));

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/reimagine-studio.svg")));
    chooseStyle();

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("reimagine-studio"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Turn rough sketches into finished images with cloud reimagine models."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to <file> once it is shown, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"), QApplication::translate("main", "Window size, e.g. 1280x800."),
        QStringLiteral("WxH"));
    const QCommandLineOption modelOption(
        QStringLiteral("model"), QApplication::translate("main", "Select the model <id> at start."),
        QStringLiteral("id"));
    const QCommandLineOption sketchOption(
        QStringLiteral("sketch"), QApplication::translate("main", "Load <file> as the sketch at start."),
        QStringLiteral("file"));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"), QApplication::translate("main", "Load the bundled sample sketch at start."));
    const QCommandLineOption advancedOption(
        QStringLiteral("expand-advanced"),
        QApplication::translate("main", "Open the Advanced section of the form (for screenshots)."));
    const QCommandLineOption promptOption(
        QStringLiteral("prompt"), QApplication::translate("main", "Start with <text> as the prompt."),
        QStringLiteral("text"));
    const QCommandLineOption compareOption(
        QStringLiteral("compare"),
        QApplication::translate("main", "Start in compare mode with the models <ids> (comma-separated)."),
        QStringLiteral("ids"));
    parser.addOptions({screenshotOption, sizeOption, modelOption, sketchOption, sampleOption,
                       advancedOption, promptOption, compareOption});
    parser.addPositionalArgument(QStringLiteral("sketch"),
                                 QApplication::translate("main", "A sketch to open."),
                                 QStringLiteral("[sketch]"));
    parser.process(app);

    ModelCatalog catalog(ModelCatalog::defaultUserModelDir());
    catalog.reload();
    for (const QString &error : catalog.errors())
        printError(error);

    // Keys: the environment, else the OS keychain, else this session only.
    KeychainSecretStore keychain;
    MemorySecretStore sessionKeys;
    StudioSession session(&catalog, &keychain, &sessionKeys);
    for (const QString &warning : session.startupWarnings())
        printError(warning);
    MainWindow window(&catalog, &session);

    if (parser.isSet(sizeOption)) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
        const QRegularExpressionMatch m = sizePattern.match(parser.value(sizeOption));
        if (!m.hasMatch()) {
            printError(QApplication::translate("main", "--size expects WIDTHxHEIGHT, e.g. 1280x800."));
            return 2;
        }
        window.resize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    if (parser.isSet(modelOption) && !window.selectModel(parser.value(modelOption))) {
        printError(QApplication::translate("main", "Unknown model: %1").arg(parser.value(modelOption)));
        return 2;
    }
    if (parser.isSet(promptOption)) {
        if (const ParameterSpec *prompt = window.form()->model().fieldForRole(QStringLiteral("prompt")))
            window.form()->setFieldValue(prompt->name, parser.value(promptOption));
    }
    if (parser.isSet(advancedOption))
        window.form()->setAdvancedExpanded(true);

    QString sketch = parser.value(sketchOption);
    if (sketch.isEmpty() && !parser.positionalArguments().isEmpty())
        sketch = parser.positionalArguments().constFirst();
    if (!sketch.isEmpty())
        window.loadSketch(QDir::current().absoluteFilePath(sketch));
    else if (parser.isSet(sampleOption))
        window.loadSampleSketch();

    if (parser.isSet(compareOption)) {
        const QStringList ids = parser.value(compareOption).split(u',', Qt::SkipEmptyParts);
        for (const QString &id : ids) {
            if (!catalog.model(id.trimmed())) {
                printError(QApplication::translate("main", "Unknown model: %1").arg(id));
                return 2;
            }
        }
        window.setCompareMode(true);
        QStringList trimmed;
        for (const QString &id : ids)
            trimmed.append(id.trimmed());
        window.compareSetup()->setSelectedModelIds(trimmed);
        if (parser.isSet(promptOption))
            window.compareSetup()->setPrompt(parser.value(promptOption));
    }

    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        // Let the first paint (and the off-thread image decode) finish, then grab and quit.
        QTimer::singleShot(750, &window, [&window, file]() {
            const bool saved = window.grab().save(file);
            if (!saved)
                printError(QApplication::translate("main", "Cannot save the screenshot to %1.").arg(file));
            QApplication::exit(saved ? 0 : 1);
        });
    }

    return QApplication::exec();
}
