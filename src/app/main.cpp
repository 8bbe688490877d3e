// reimagine-studio: the desktop app. Translations, the command line, the model catalog and the
// main window; nothing else lives here.

#include "commandline.h"
#include "mainwindow.h"

#include "base/stallwatchdog.h"

#include "base/memorytuning.h"
#include "base/workpool.h"
#include "schema/modelcatalog.h"
#include "secrets/keychainsecretstore.h"
#include "session/studiosession.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
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

// Qt's own strings (qtbase) and the app's (compiled in under :/i18n), for the system locale.
// English plural forms ("1 model", "3 models") go in first, so the locale's catalogue wins
// where it has the string and English reads right where it has not (or the locale is English).
struct Translations
{
    Translations()
    {
        if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        if (english.load(QStringLiteral(":/i18n/reimagine-studio_en.qm")))
            QCoreApplication::installTranslator(&english);
        if (QLocale().language() != QLocale::English
            && app.load(QLocale(), QStringLiteral("reimagine-studio"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(&app);
    }
    QTranslator qt;
    QTranslator english;
    QTranslator app;
};

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
    MemoryTuning::returnLargeBuffersToSystem();
    // Decoding, scoring and thumbnails yield the CPU to the window (docs/PERFORMANCE.md).
    WorkPool::setBackgroundNice(WorkPool::kWindowBackgroundNice);
    QApplication::setOrganizationName(QStringLiteral("Reimagine Studio"));
    QApplication::setApplicationName(QStringLiteral("reimagine-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Reimagine Studio"));
    QApplication::setApplicationVersion(QStringLiteral(REIMAGINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.reimagine_studio.ReimagineStudio"));

    // --help and --version need no window system: answer them without one (help2man and
    // headless systems call them).
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (CommandLine::wantsTextOnly(arguments)) {
        QCoreApplication app(argc, argv);
        const Translations translations;
        CommandLine().process(app);   // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    // REIMAGINE_STALL_WATCHDOG=1: log every GUI-thread stall over 16 ms and the longest at exit.
    StallWatchdog::fromEnvironment();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/reimagine-studio.svg")));
    chooseStyle();
    const Translations translations;
    CommandLine commandLine;
    commandLine.process(app);

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
    if (const int failed = commandLine.applyTo(window, catalog))
        return failed;
    window.show();

    const QString screenshot = commandLine.screenshotFile();
    if (!screenshot.isEmpty()) {
        // Let the first paint (and the off-thread image decode) finish, then grab and quit.
        QTimer::singleShot(750, &window, [&window, screenshot]() {
            const bool saved = window.grab().save(screenshot);
            if (!saved)
                printError(QApplication::translate("main", "Cannot save the screenshot to %1.").arg(screenshot));
            QApplication::exit(saved ? 0 : 1);
        });
    }

    return QApplication::exec();
}
