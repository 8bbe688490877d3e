// AppIcons: every icon compiled into the resources renders to visible pixels. The icons are
// SVGs, drawn by Qt's SVG icon engine and image plugin (libqt6svg6 on Debian); without them
// QIcon gives empty pixmaps and every button and menu entry is blank, so this test fails
// wherever that plugin is missing.

#include "widgets/appicons.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QPixmap>
#include <QTest>

namespace {

// Pixels that are not fully transparent.
int visiblePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                ++count;
        }
    }
    return count;
}

QStringList bundledIconNames()
{
    QStringList names;
    const QFileInfoList files = QDir(QStringLiteral(":/icons")).entryInfoList({QStringLiteral("*.svg")}, QDir::Files);
    for (const QFileInfo &file : files)
        names.append(file.completeBaseName());
    return names;
}

} // namespace

class TestAppIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void svgSupportIsLoaded();
    void everyBundledIconRenders_data();
    void everyBundledIconRenders();
    void appIconRendersLarge();
};

void TestAppIcons::svgSupportIsLoaded()
{
    QVERIFY2(QImageReader::supportedImageFormats().contains("svg"),
             "Qt has no SVG image plugin (Debian: libqt6svg6); every icon would be blank");
}

void TestAppIcons::everyBundledIconRenders_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = bundledIconNames();
    // The UI's stroke set (src/gui/widgets/CMakeLists.txt) and the app icon.
    QVERIFY(names.size() >= 12);
    QVERIFY(names.contains(QStringLiteral("reimagine-studio")));
    QVERIFY(names.contains(QStringLiteral("folder-open")));
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestAppIcons::everyBundledIconRenders()
{
    QFETCH(QString, name);
    const QIcon icon = AppIcons::icon(name);
    QVERIFY(!icon.isNull());
    // Bundled, not borrowed from the desktop's theme.
    QVERIFY2(icon.name().isEmpty(), qPrintable(icon.name()));
    for (const int size : {16, 24, 32}) {
        const QPixmap pixmap = icon.pixmap(QSize(size, size));
        QVERIFY2(!pixmap.isNull(), qPrintable(QStringLiteral("%1 at %2 px").arg(name).arg(size)));
        const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(image.size(), QSize(size, size));
        // A stroke icon covers a good share of its square, but never all of it.
        const int visible = visiblePixels(image);
        QVERIFY2(visible >= size * size / 20, qPrintable(QStringLiteral("%1: %2 visible pixels").arg(name).arg(visible)));
        QVERIFY2(visible < size * size, qPrintable(name));
    }
}

// The window icon: drawn from the SVG at any size, not only at the PNG sizes of the package.
void TestAppIcons::appIconRendersLarge()
{
    const QIcon icon(QStringLiteral(":/icons/reimagine-studio.svg"));
    const QImage image = icon.pixmap(QSize(512, 512)).toImage().convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(image.size(), QSize(512, 512));
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);          // transparent corner
    QCOMPARE(qAlpha(image.pixel(256, 256)), 255);    // opaque middle
}

QTEST_MAIN(TestAppIcons)
#include "tst_appicons.moc"
