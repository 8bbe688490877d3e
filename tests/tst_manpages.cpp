// The programs' --help and --version answer with no display at all (no DISPLAY, no
// WAYLAND_DISPLAY, no QT_QPA_PLATFORM), and the man pages the build makes from them
// (cmake/ManPages.cmake) carry every option --help lists, the version, the extra sections and
// the release date, compressed without a timestamp.

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a built program the way a headless machine would.
Run runHeadless(const QString &program, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LANG"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run run;
    run.finished = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit;
    if (!run.finished)
        process.kill();
    run.exitCode = process.exitCode();
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

QString programPath(const QString &name)
{
    return QStringLiteral(REIMAGINE_BIN_DIR "/") + name;
}

QString manPagePath(const QString &name)
{
    return QStringLiteral(REIMAGINE_MAN_DIR "/") + name + QStringLiteral(".1");
}

// The man page's text with roff's escapes for '-' and fonts taken out.
QString plainRoff(const QString &roff)
{
    QString text = roff;
    text.replace(QLatin1String("\\-"), QLatin1String("-"));
    static const QRegularExpression fonts(QStringLiteral("\\\\f[BIRP]|\\\\[,/]"));
    text.remove(fonts);
    return text;
}

// Every option --help lists: "--name" words, and "-h".
QStringList optionsIn(const QString &help)
{
    QStringList options;
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])(--[a-z][a-z-]*|-h)\\b"));
    for (QRegularExpressionMatchIterator it = option.globalMatch(help); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!options.contains(name))
            options.append(name);
    }
    return options;
}

} // namespace

class TestManPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpWithoutDisplay_data() { addPrograms(); }
    void helpWithoutDisplay();
    void versionWithoutDisplay_data() { addPrograms(); }
    void versionWithoutDisplay();
    void manPage_data() { addPrograms(); }
    void manPage();
    void compressedWithoutTimestamp_data() { addPrograms(); }
    void compressedWithoutTimestamp();

private:
    static void addPrograms();
};

void TestManPages::addPrograms()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("sections");   // besides NAME, SYNOPSIS, DESCRIPTION, OPTIONS

    if (REIMAGINE_WITH_GUI) { // a -DREIMAGINE_BUILD_GUI=OFF build has the CLI only
        QTest::newRow("reimagine-studio")
            << QStringLiteral("reimagine-studio")
            << QStringList{QStringLiteral("ENVIRONMENT"), QStringLiteral("FILES"), QStringLiteral("\"SEE ALSO\"")};
    }
    QTest::newRow("reimagine-cli")
        << QStringLiteral("reimagine-cli")
        << QStringList{QStringLiteral("EXAMPLES"), QStringLiteral("ENVIRONMENT"), QStringLiteral("FILES"),
                       QStringLiteral("\"SEE ALSO\"")};
}

void TestManPages::helpWithoutDisplay()
{
    QFETCH(QString, program);
    QVERIFY2(QFileInfo::exists(programPath(program)), qPrintable(programPath(program)));
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const Run run = runHeadless(programPath(program), {flag});
        QVERIFY2(run.finished, qPrintable(flag));
        QVERIFY2(run.exitCode == 0, qPrintable(flag + QLatin1Char(' ') + run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));   // no platform plugin was even tried
        QVERIFY2(run.out.startsWith(QLatin1String("Usage: ")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("--version")));
        // Fits a terminal (and the man page's layout).
        for (const QString &line : run.out.split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= 80, qPrintable(line));
    }
}

void TestManPages::versionWithoutDisplay()
{
    QFETCH(QString, program);
    QVERIFY2(QFileInfo::exists(programPath(program)), qPrintable(programPath(program)));
    const Run run = runHeadless(programPath(program), {QStringLiteral("--version")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, program + QStringLiteral(" " REIMAGINE_VERSION "\n"));
}

void TestManPages::manPage()
{
    QFETCH(QString, program);
    QFETCH(QStringList, sections);
    QVERIFY2(QFileInfo::exists(programPath(program)), qPrintable(programPath(program)));
    QVERIFY2(!QStringLiteral(REIMAGINE_MAN_DIR).isEmpty(),
             "no man pages in this build: help2man is missing (scripts/setup.sh installs it)");

    QFile file(manPagePath(program));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString roff = QString::fromUtf8(file.readAll());
    const QString text = plainRoff(roff);

    // .TH NAME 1 "<month of the release>" "<program> <version>" "User Commands"
    const QDate released = QDate::fromString(QStringLiteral(REIMAGINE_RELEASE_DATE), Qt::ISODate);
    QVERIFY(released.isValid());
    const QString th = QStringLiteral(".TH %1 \"1\" \"%2\" \"%3 " REIMAGINE_VERSION "\" \"User Commands\"")
                           .arg(program.toUpper(), QLocale::c().toString(released, QStringLiteral("MMMM yyyy")),
                                program);
    QVERIFY2(roff.contains(th), qPrintable(roff.left(300)));
    QVERIFY(roff.contains(QLatin1String(".SH NAME\n") + program + QLatin1String(" \\- ")));

    for (const QString &section : QStringList{QStringLiteral("SYNOPSIS"), QStringLiteral("DESCRIPTION"),
                                              QStringLiteral("OPTIONS")} + sections)
        QVERIFY2(roff.contains(QLatin1String("\n.SH ") + section + QLatin1Char('\n')), qPrintable(section));

    // Every option of --help is in the page.
    const Run help = runHeadless(programPath(program), {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QStringList options = optionsIn(help.out);
    QVERIFY2(options.size() >= 5, qPrintable(options.join(u' ')));
    for (const QString &option : options)
        QVERIFY2(text.contains(option), qPrintable(program + QLatin1String(": ") + option));

    // The key variables are documented, and no key value ever is.
    QVERIFY(text.contains(QLatin1String("FAL_KEY")));
    QVERIFY(text.contains(QLatin1String("REIMAGINE_FREEPIK_URL")));
}

// gzip -9n: lintian wants compressed pages, and a timestamp in the header would make each build
// of the package differ.
void TestManPages::compressedWithoutTimestamp()
{
    QFETCH(QString, program);
    QVERIFY2(QFileInfo::exists(programPath(program)), qPrintable(programPath(program)));
    QVERIFY2(!QStringLiteral(REIMAGINE_MAN_DIR).isEmpty(),
             "no man pages in this build: help2man is missing (scripts/setup.sh installs it)");
    QFile gz(manPagePath(program) + QStringLiteral(".gz"));
    QVERIFY2(gz.open(QIODevice::ReadOnly), qPrintable(gz.fileName()));
    const QByteArray header = gz.read(10);
    QCOMPARE(header.size(), 10);
    QCOMPARE(header.left(3), QByteArray("\x1f\x8b\x08"));   // gzip, deflate
    QCOMPARE(header.at(3) & 0x08, 0);                       // FNAME: no file name stored
    QCOMPARE(header.mid(4, 4), QByteArray(4, '\0'));        // MTIME: none
    QCOMPARE(static_cast<unsigned char>(header.at(8)), 2);  // XFL: maximum compression
}

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
