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
#include <QPainter>
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
    void drawnIconsAreCrispWhenScaled();
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

void TestAppIcons::drawnIconsAreCrispWhenScaled()
{
    // A status dot on a 200 % screen is drawn at 24 px, not a 12 px one stretched.
    const QIcon dot = AppIcons::drawn(12, [](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::black);
        p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    });
    QCOMPARE(dot.availableSizes(), (QList<QSize>{{12, 12}, {18, 18}, {24, 24}, {36, 36}}));
    const QImage large = dot.pixmap(QSize(24, 24)).toImage();
    QCOMPARE(large.size(), QSize(24, 24));
    // The same drawing, scaled: the dot fills the middle and leaves the 3 px border clear.
    QCOMPARE(QColor(large.pixel(12, 12)).rgb() & 0xffffff, 0u);
    QCOMPARE(qAlpha(large.pixel(12, 12)), 255);
    QCOMPARE(qAlpha(large.pixel(1, 12)), 0);
}

QTEST_MAIN(TestAppIcons)
#include "tst_appicons.moc"
