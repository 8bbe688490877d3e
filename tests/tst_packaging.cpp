// Checks the Linux desktop integration files in packaging/linux: they pass the freedesktop
// validators, agree with each other on the app id, the icons exist in their stated sizes, and the
// CMake install rules put everything where desktops look for it. The version sources agree, the
// Debian changelog and copyright are well-formed, and the installed binaries are hardened and
// carry no RUNPATH.

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString AppId = QStringLiteral("io.github.reimagine_studio.ReimagineStudio");

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(REIMAGINE_SOURCE_DIR)).filePath(relative);
}

QString desktopFilePath()
{
    return sourcePath(QStringLiteral("packaging/linux/") + AppId + QStringLiteral(".desktop"));
}

QString metainfoPath()
{
    return sourcePath(QStringLiteral("packaging/linux/") + AppId + QStringLiteral(".metainfo.xml"));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Key=value pairs of the [Desktop Entry] group (enough for the checks here).
QHash<QString, QString> desktopEntry(const QByteArray &contents)
{
    QHash<QString, QString> entries;
    bool inGroup = false;
    for (const QByteArray &rawLine : contents.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inGroup = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (!inGroup || line.startsWith(QLatin1Char('#')) || eq <= 0)
            continue;
        entries.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return entries;
}

struct ProcessResult
{
    bool started = false;
    int exitCode = -1;
    QString output;
};

ProcessResult run(const QString &program, const QStringList &arguments)
{
    ProcessResult result;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        return result;
    result.started = true;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

QString findToolOrEmpty(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void desktopFileValidates();
    void brokenDesktopFileFails_data();
    void brokenDesktopFileFails();
    void metainfoValidates();
    void brokenMetainfoFails_data();
    void brokenMetainfoFails();
    void desktopFileContents();
    void metainfoMatchesDesktopFile();
    void hicolorIcons_data();
    void hicolorIcons();
    void scalableIcon();
    void installRules();
    void changelogHasThisVersion();
    void debianChangelog();
    void debianCopyright();
    void installedTree();
    void installedBinariesHardened_data();
    void installedBinariesHardened();

private:
    // The whole project installed once into m_prefix (all components), as the package has it.
    bool installAll();
    QTemporaryDir m_prefix;
    bool m_installed = false;
};

void TestPackaging::desktopFileValidates()
{
    const QString tool = findToolOrEmpty(QStringLiteral("desktop-file-validate"));
    QVERIFY2(!tool.isEmpty(), "desktop-file-validate is missing: apt-get install desktop-file-utils "
                              "(scripts/setup.sh installs it)");
    const ProcessResult r = run(tool, {desktopFilePath()});
    QVERIFY(r.started);
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY2(r.output.trimmed().isEmpty(), qPrintable(r.output));   // not even hints
}

void TestPackaging::brokenDesktopFileFails_data()
{
    QTest::addColumn<QByteArray>("remove");   // a line to drop
    QTest::addColumn<QByteArray>("add");      // a line to add

    QTest::newRow("missing Type") << QByteArray("Type=Application") << QByteArray();
    QTest::newRow("missing Name") << QByteArray("Name=Reimagine Studio") << QByteArray();
    QTest::newRow("unregistered category")
        << QByteArray("Categories=Graphics;2DGraphics;RasterGraphics;Qt;")
        << QByteArray("Categories=Graphics;NoSuchCategory;");
    QTest::newRow("unknown key") << QByteArray() << QByteArray("Colour=blue");
}

// Proves the validator run above can fail at all.
void TestPackaging::brokenDesktopFileFails()
{
    QFETCH(QByteArray, remove);
    QFETCH(QByteArray, add);
    const QString tool = findToolOrEmpty(QStringLiteral("desktop-file-validate"));
    QVERIFY2(!tool.isEmpty(), "desktop-file-validate is missing: apt-get install desktop-file-utils "
                              "(scripts/setup.sh installs it)");

    const QByteArray original = readAll(desktopFilePath());
    QVERIFY(!original.isEmpty());
    QByteArrayList lines = original.split('\n');
    if (!remove.isEmpty()) {
        QVERIFY2(lines.removeAll(remove) == 1, remove.constData());
    }
    if (!add.isEmpty())
        lines.insert(2, add);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString broken = dir.filePath(AppId + QStringLiteral(".desktop"));
    QVERIFY(writeAll(broken, lines.join('\n')));
    const ProcessResult r = run(tool, {broken});
    QVERIFY(r.started);
    QVERIFY2(r.exitCode != 0, qPrintable(r.output));
    QVERIFY(r.output.contains(QLatin1String("error")));
}

void TestPackaging::metainfoValidates()
{
    const QString tool = findToolOrEmpty(QStringLiteral("appstreamcli"));
    QVERIFY2(!tool.isEmpty(), "appstreamcli is missing: apt-get install appstream (scripts/setup.sh installs it)");
    const ProcessResult r = run(tool, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                       metainfoPath()});
    QVERIFY(r.started);
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));

    // Pedantic: the only remark allowed is the upper-case letters of the (reverse-DNS) app id.
    const ProcessResult pedantic = run(tool, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                              QStringLiteral("--pedantic"), metainfoPath()});
    QVERIFY2(pedantic.exitCode == 0, qPrintable(pedantic.output));
    for (const QString &line : pedantic.output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("P:")) || line.startsWith(QLatin1String("I:"))
            || line.startsWith(QLatin1String("W:")) || line.startsWith(QLatin1String("E:"))) {
            QVERIFY2(line.contains(QLatin1String("cid-contains-uppercase-letter")), qPrintable(line));
        }
    }
}

void TestPackaging::brokenMetainfoFails_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");

    QTest::newRow("no id") << QByteArray("<id>io.github.reimagine_studio.ReimagineStudio</id>")
                           << QByteArray();
    QTest::newRow("bad metadata license") << QByteArray("<metadata_license>CC0-1.0</metadata_license>")
                                          << QByteArray("<metadata_license>Proprietary</metadata_license>");
    QTest::newRow("not well-formed") << QByteArray("</component>") << QByteArray("</componen>");
}

void TestPackaging::brokenMetainfoFails()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    const QString tool = findToolOrEmpty(QStringLiteral("appstreamcli"));
    QVERIFY2(!tool.isEmpty(), "appstreamcli is missing: apt-get install appstream (scripts/setup.sh installs it)");

    QByteArray contents = readAll(metainfoPath());
    QVERIFY(contents.contains(from));
    contents.replace(from, to);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString broken = dir.filePath(AppId + QStringLiteral(".metainfo.xml"));
    QVERIFY(writeAll(broken, contents));
    const ProcessResult r = run(tool, {QStringLiteral("validate"), QStringLiteral("--no-net"), broken});
    QVERIFY(r.started);
    QVERIFY2(r.exitCode != 0, qPrintable(r.output));
}

void TestPackaging::desktopFileContents()
{
    const QHash<QString, QString> entry = desktopEntry(readAll(desktopFilePath()));
    QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(entry.value(QStringLiteral("Name")), QStringLiteral("Reimagine Studio"));
    QCOMPARE(entry.value(QStringLiteral("Icon")), AppId);
    QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("reimagine-studio %F"));
    QCOMPARE(entry.value(QStringLiteral("StartupWMClass")), QStringLiteral("reimagine-studio"));
    const QStringList mimeTypes = entry.value(QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QCOMPARE(mimeTypes, (QStringList{QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
                                     QStringLiteral("image/webp")}));
    QVERIFY(entry.value(QStringLiteral("Categories")).startsWith(QLatin1String("Graphics;")));
    QVERIFY(!entry.value(QStringLiteral("Name[de]")).isEmpty());
    QVERIFY(!entry.value(QStringLiteral("Comment[de]")).isEmpty());
    QVERIFY(!entry.value(QStringLiteral("Keywords")).isEmpty());
}

void TestPackaging::metainfoMatchesDesktopFile()
{
    QFile file(metainfoPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString id;
    QString launchable;
    QString componentType;
    QStringList binaries;
    QStringList releases;
    QStringList screenshots;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("component")) {
            componentType = xml.attributes().value(QLatin1String("type")).toString();
        } else if (name == QLatin1String("id")) {
            id = xml.readElementText();
        } else if (name == QLatin1String("launchable")) {
            launchable = xml.readElementText();
        } else if (name == QLatin1String("binary")) {
            binaries.append(xml.readElementText());
        } else if (name == QLatin1String("release")) {
            releases.append(xml.attributes().value(QLatin1String("version")).toString()
                            + QLatin1Char('@') + xml.attributes().value(QLatin1String("date")).toString());
        } else if (name == QLatin1String("image")) {
            screenshots.append(xml.readElementText());
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(componentType, QStringLiteral("desktop-application"));
    QCOMPARE(id, AppId);
    QCOMPARE(id, QFileInfo(desktopFilePath()).completeBaseName());
    QCOMPARE(launchable, QFileInfo(desktopFilePath()).fileName());
    QCOMPARE(binaries, (QStringList{QStringLiteral("reimagine-studio"), QStringLiteral("reimagine-cli")}));
    // The newest release is this build's version (project(VERSION)), dated like CHANGELOG.md.
    QVERIFY(!releases.isEmpty());
    QCOMPARE(releases.first(), QStringLiteral(REIMAGINE_VERSION "@" REIMAGINE_RELEASE_DATE));
    QCOMPARE(screenshots.size(), 1);
    QVERIFY(screenshots.first().startsWith(QLatin1String("https://raw.githubusercontent.com/reimagine-studio/")));
    // The Exec binary is one of the provided binaries.
    const QString exec = desktopEntry(readAll(desktopFilePath())).value(QStringLiteral("Exec"));
    QVERIFY(binaries.contains(exec.section(QLatin1Char(' '), 0, 0)));
}

void TestPackaging::hicolorIcons_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 32, 48, 64, 128, 256})
        QTest::addRow("%dx%d", size, size) << size;
}

void TestPackaging::hicolorIcons()
{
    QFETCH(int, size);
    const QString dir = QStringLiteral("%1x%1").arg(size);
    const QString path = sourcePath(QStringLiteral("packaging/linux/icons/hicolor/") + dir
                                    + QStringLiteral("/apps/") + AppId + QStringLiteral(".png"));
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    QCOMPARE(reader.size(), QSize(size, size));
    const QImage image = reader.read();
    QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
    QVERIFY(image.hasAlphaChannel());
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);                     // transparent corner
    QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);     // opaque middle
}

void TestPackaging::scalableIcon()
{
    const QByteArray svg = readAll(sourcePath(QStringLiteral("resources/icons/reimagine-studio.svg")));
    QVERIFY(!svg.isEmpty());
    QXmlStreamReader xml(svg);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), QLatin1String("svg"));
    QCOMPARE(xml.attributes().value(QLatin1String("viewBox")), QLatin1String("0 0 256 256"));
    // QtSvg renders SVG Tiny: no clip paths, masks or filters.
    QVERIFY(!svg.contains("clipPath") && !svg.contains("<mask") && !svg.contains("<filter"));
}

// Installs only the "desktop" component into a temporary prefix and checks the layout; then lets
// appstreamcli check the installed tree the way distributions do.
void TestPackaging::installRules()
{
    const QString cmake = findToolOrEmpty(QStringLiteral("cmake"));
    QVERIFY2(!cmake.isEmpty(), "cmake is not in PATH");
    const QString buildDir = QDir::cleanPath(QStringLiteral(REIMAGINE_BIN_DIR "/.."));
    QVERIFY2(QFileInfo::exists(buildDir + QStringLiteral("/cmake_install.cmake")), "not run from a CMake build tree");

    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    const ProcessResult r = run(cmake, {QStringLiteral("--install"), buildDir, QStringLiteral("--component"),
                                        QStringLiteral("desktop"), QStringLiteral("--prefix"), prefix.path()});
    QVERIFY(r.started);
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));

    QStringList expected{
        QStringLiteral("share/applications/") + AppId + QStringLiteral(".desktop"),
        QStringLiteral("share/metainfo/") + AppId + QStringLiteral(".metainfo.xml"),
        QStringLiteral("share/icons/hicolor/scalable/apps/") + AppId + QStringLiteral(".svg"),
    };
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        expected.append(QStringLiteral("share/icons/hicolor/%1x%1/apps/").arg(size) + AppId
                        + QStringLiteral(".png"));
    }
    for (const QString &file : std::as_const(expected))
        QVERIFY2(QFileInfo::exists(prefix.filePath(file)), qPrintable(file));

    const QString appstreamcli = findToolOrEmpty(QStringLiteral("appstreamcli"));
    if (appstreamcli.isEmpty())
        return;
    const ProcessResult tree = run(appstreamcli, {QStringLiteral("validate-tree"), QStringLiteral("--no-net"),
                                                  prefix.path()});
    QVERIFY2(tree.exitCode == 0, qPrintable(tree.output));
}

// CHANGELOG.md dates each version; its newest release heading is this build's version.
void TestPackaging::changelogHasThisVersion()
{
    const QString changelog = QString::fromUtf8(readAll(sourcePath(QStringLiteral("CHANGELOG.md"))));
    static const QRegularExpression heading(QStringLiteral("^## \\[(\\d+\\.\\d+\\.\\d+)\\] - (\\d{4}-\\d{2}-\\d{2})$"),
                                            QRegularExpression::MultilineOption);
    const QRegularExpressionMatch newest = heading.match(changelog);
    QVERIFY2(newest.hasMatch(), "CHANGELOG.md has no '## [x.y.z] - YYYY-MM-DD' heading");
    QCOMPARE(newest.captured(1), QStringLiteral(REIMAGINE_VERSION));
    QCOMPARE(newest.captured(2), QStringLiteral(REIMAGINE_RELEASE_DATE));
}

// The generated Debian changelog: this version with the Debian revision, signed on the release
// date with the right weekday, entry lines within 80 columns, compressed without a timestamp.
void TestPackaging::debianChangelog()
{
    const QString docDir = QStringLiteral(REIMAGINE_DOC_BUILD_DIR);
    QVERIFY2(QFileInfo::exists(docDir), qPrintable(docDir));
    const QStringList lines = QString::fromUtf8(readAll(docDir + QStringLiteral("/changelog.Debian"))).split(u'\n');
    QVERIFY(lines.size() >= 6);
    QCOMPARE(lines.first(), QStringLiteral("reimagine-studio (" REIMAGINE_DEBIAN_VERSION ") bookworm; urgency=medium"));
    QVERIFY(QStringLiteral(REIMAGINE_DEBIAN_VERSION).startsWith(QStringLiteral(REIMAGINE_VERSION "-")));
    QString trailer;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String(" -- ")))
            trailer = line;   // the signature: maintainer and date, as long as they are
        else
            QVERIFY2(line.size() <= 80, qPrintable(line));
    }
    const QDate released = QDate::fromString(QStringLiteral(REIMAGINE_RELEASE_DATE), Qt::ISODate);
    const QString date = QLocale::c().toString(released, QStringLiteral("ddd, dd MMM yyyy")) + QStringLiteral(" 00:00:00 +0000");
    static const QRegularExpression signature(QStringLiteral("^ -- [^<>]+ <[^@<>\\s]+@[^@<>\\s]+\\.[a-z]+>  (.+)$"));
    const QRegularExpressionMatch m = signature.match(trailer);
    QVERIFY2(m.hasMatch(), qPrintable(trailer));
    QCOMPARE(m.captured(1), date);
    QVERIFY2(!trailer.contains(QLatin1String(".invalid>")), qPrintable(trailer));

    for (const QString &gz : {QStringLiteral("changelog.Debian.gz"), QStringLiteral("changelog.gz")}) {
        QFile file(docDir + u'/' + gz);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(gz));
        const QByteArray header = file.read(10);
        QCOMPARE(header.left(2), QByteArray("\x1f\x8b"));
        QCOMPARE(header.mid(4, 4), QByteArray(4, '\0'));   // no timestamp
    }
}

// DEP-5 (machine-readable) copyright: every Files paragraph has a licence that is spelled out
// in a stand-alone License paragraph.
void TestPackaging::debianCopyright()
{
    const QString text = QString::fromUtf8(readAll(sourcePath(QStringLiteral("packaging/debian/copyright"))));
    QVERIFY(text.startsWith(QLatin1String("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n")));
    QStringList used;
    QStringList defined;
    for (const QString &paragraph : text.split(QStringLiteral("\n\n"))) {
        const QStringList lines = paragraph.split(u'\n');
        const auto field = [&lines](const QString &name) {
            for (const QString &line : lines) {
                if (line.startsWith(name + QLatin1String(": ")))
                    return line.mid(name.size() + 2).trimmed();
            }
            return QString();
        };
        if (!field(QStringLiteral("Files")).isEmpty()) {
            QVERIFY2(!field(QStringLiteral("Copyright")).isEmpty(), qPrintable(paragraph));
            used.append(field(QStringLiteral("License")));
        } else if (paragraph.startsWith(QLatin1String("License: "))) {
            QVERIFY2(lines.size() > 3, qPrintable(paragraph));   // the text, not only the name
            defined.append(field(QStringLiteral("License")));
        }
    }
    QVERIFY(used.contains(QStringLiteral("GPL-3+")));
    for (const QString &license : std::as_const(used))
        QVERIFY2(defined.contains(license), qPrintable(license));
}

bool TestPackaging::installAll()
{
    if (m_installed)
        return true;
    const QString buildDir = QDir::cleanPath(QStringLiteral(REIMAGINE_BIN_DIR "/.."));
    const ProcessResult r = run(findToolOrEmpty(QStringLiteral("cmake")),
                                {QStringLiteral("--install"), buildDir, QStringLiteral("--prefix"), m_prefix.path()});
    m_installed = r.exitCode == 0;
    if (!m_installed)
        qWarning("%s", qPrintable(r.output));
    return m_installed;
}

// What the package holds, as CPack takes it from `cmake --install`.
void TestPackaging::installedTree()
{
    QVERIFY2(!findToolOrEmpty(QStringLiteral("cmake")).isEmpty(), "cmake is not in PATH");
    QVERIFY(installAll());
    QStringList expected{QStringLiteral("bin/reimagine-studio"), QStringLiteral("bin/reimagine-cli"),
                         QStringLiteral("share/doc/reimagine-studio/copyright"),
                         QStringLiteral("share/doc/reimagine-studio/changelog.gz"),
                         QStringLiteral("share/doc/reimagine-studio/changelog.Debian.gz"),
                         QStringLiteral("share/applications/") + AppId + QStringLiteral(".desktop")};
    if (!QStringLiteral(REIMAGINE_MAN_DIR).isEmpty()) {
        expected << QStringLiteral("share/man/man1/reimagine-studio.1.gz")
                 << QStringLiteral("share/man/man1/reimagine-cli.1.gz");
    }
    for (const QString &file : std::as_const(expected))
        QVERIFY2(QFileInfo::exists(m_prefix.filePath(file)), qPrintable(file));
    // Nothing for tests or development (the fake server, static libraries, headers).
    QVERIFY(!QFileInfo::exists(m_prefix.filePath(QStringLiteral("bin/reimagine-fake-server"))));
    QVERIFY(!QFileInfo::exists(m_prefix.filePath(QStringLiteral("lib"))));
    QVERIFY(!QFileInfo::exists(m_prefix.filePath(QStringLiteral("include"))));
}

void TestPackaging::installedBinariesHardened_data()
{
    QTest::addColumn<QString>("binary");
    QTest::addColumn<bool>("callsFortifiable");   // uses libc calls _FORTIFY_SOURCE replaces
    QTest::newRow("reimagine-studio") << QStringLiteral("bin/reimagine-studio") << true;   // fprintf
    // Its few libc calls (read/write of one byte) are provably in bounds: nothing to fortify.
    QTest::newRow("reimagine-cli") << QStringLiteral("bin/reimagine-cli") << false;
}

// No RUNPATH (every library is the system's), and Debian's hardening: PIE, full RELRO
// (BIND_NOW), stack protector, fortified libc calls. What lintian's hardening checks read.
void TestPackaging::installedBinariesHardened()
{
    QFETCH(QString, binary);
    QFETCH(bool, callsFortifiable);
    const QString readelf = findToolOrEmpty(QStringLiteral("readelf"));
    QVERIFY2(!readelf.isEmpty(), "readelf is missing: apt-get install binutils");
    QVERIFY2(!findToolOrEmpty(QStringLiteral("cmake")).isEmpty(), "cmake is not in PATH");
    QVERIFY(installAll());
    const QString file = m_prefix.filePath(binary);

    const ProcessResult dynamic = run(readelf, {QStringLiteral("-dW"), file});
    QCOMPARE(dynamic.exitCode, 0);
    QVERIFY2(!dynamic.output.contains(QLatin1String("RUNPATH")) && !dynamic.output.contains(QLatin1String("(RPATH)")),
             qPrintable(dynamic.output));
    if (!REIMAGINE_HARDENING)
        QSKIP("built with -DREIMAGINE_HARDENING=OFF");
    QVERIFY2(dynamic.output.contains(QLatin1String("BIND_NOW")), qPrintable(dynamic.output));
    QVERIFY2(dynamic.output.contains(QLatin1String("PIE")), qPrintable(dynamic.output));
    const ProcessResult segments = run(readelf, {QStringLiteral("-lW"), file});
    QVERIFY(segments.output.contains(QLatin1String("GNU_RELRO")));
    const ProcessResult symbols = run(readelf, {QStringLiteral("--dyn-syms"), QStringLiteral("-W"), file});
    QVERIFY(symbols.output.contains(QLatin1String("__stack_chk_fail")));
    if (callsFortifiable && QByteArrayLiteral(REIMAGINE_BUILD_TYPE) != "Debug") {
        static const QRegularExpression fortified(QStringLiteral("\\b__\\w+_chk\\b"));
        QStringList chk;
        for (QRegularExpressionMatchIterator it = fortified.globalMatch(symbols.output); it.hasNext();)
            chk.append(it.next().captured(0));
        chk.removeAll(QStringLiteral("__stack_chk_fail"));
        QVERIFY2(!chk.isEmpty(), "no fortified (_FORTIFY_SOURCE) libc calls");
    }
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
