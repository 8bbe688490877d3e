// Checks the Linux desktop integration files in packaging/linux: they pass the freedesktop
// validators, agree with each other on the app id, the icons exist in their stated sizes, and the
// CMake install rules put everything where desktops look for it.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QProcess>
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
};

void TestPackaging::desktopFileValidates()
{
    const QString tool = findToolOrEmpty(QStringLiteral("desktop-file-validate"));
    if (tool.isEmpty())
        QSKIP("desktop-file-validate is not installed (apt-get install desktop-file-utils)");
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
    if (tool.isEmpty())
        QSKIP("desktop-file-validate is not installed (apt-get install desktop-file-utils)");

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
    if (tool.isEmpty())
        QSKIP("appstreamcli is not installed (apt-get install appstream)");
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
    if (tool.isEmpty())
        QSKIP("appstreamcli is not installed (apt-get install appstream)");

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
    QVERIFY(releases.contains(QStringLiteral("0.1.0@2026-11-23")));
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
    if (cmake.isEmpty())
        QSKIP("cmake is not in PATH");
    const QString buildDir = QDir::cleanPath(QStringLiteral(REIMAGINE_BIN_DIR "/.."));
    if (!QFileInfo::exists(buildDir + QStringLiteral("/cmake_install.cmake")))
        QSKIP("not run from a CMake build tree");

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

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
