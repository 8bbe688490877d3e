// The drop zone's title fits its width: the placeholder loses its end, a file name its middle
// (so the extension stays), and both come back whole when there is room.

#include "widgets/imagedropzone.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

class TestImageDropZone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titleElidesToItsWidth();
};

void TestImageDropZone::titleElidesToItsWidth()
{
    ImageDropZone zone;
    zone.setPlaceholderText(QStringLiteral("Drop an image here"));
    zone.resize(600, 80);
    zone.show();
    QVERIFY(QTest::qWaitForWindowExposed(&zone));
    auto *title = zone.findChild<QLabel *>(QStringLiteral("title"));
    QVERIFY(title);
    QTRY_COMPARE(title->text(), QStringLiteral("Drop an image here"));

    zone.resize(230, 80);
    QTRY_VERIFY2(title->text().endsWith(QChar(0x2026)), qPrintable(title->text()));
    QVERIFY(title->text().startsWith(QLatin1String("Drop")));
    QVERIFY(title->fontMetrics().horizontalAdvance(title->text()) <= title->width());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a-very-long-sketch-name-from-the-client-final-v3.png"));
    QImage(8, 8, QImage::Format_RGB32).save(path);
    zone.setSource(path);
    QTRY_VERIFY2(title->text().contains(QChar(0x2026)), qPrintable(title->text()));
    QVERIFY(title->text().endsWith(QLatin1String(".png")));
    QVERIFY(title->fontMetrics().horizontalAdvance(title->text()) <= title->width());

    zone.resize(700, 80);
    QTRY_COMPARE(title->text(), QStringLiteral("a-very-long-sketch-name-from-the-client-final-v3.png"));
}

QTEST_MAIN(TestImageDropZone)
#include "tst_imagedropzone.moc"
