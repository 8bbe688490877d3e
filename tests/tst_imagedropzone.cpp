// Text that does not fit is elided, never cut mid-letter: the drop zone's title (the
// placeholder loses its end, a file name its middle so the extension stays) and the text of a
// combo box (history filters, form choices in German and French).

#include "widgets/elidingcombobox.h"
#include "widgets/imagedropzone.h"

#include <QLabel>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>

class TestImageDropZone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titleElidesToItsWidth();
    void comboBoxTextElides();
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

void TestImageDropZone::comboBoxTextElides()
{
    const QString text = QStringLiteral("Beliebiger Zeitraum");
    ElidingComboBox eliding;
    eliding.addItem(text);
    eliding.setFixedWidth(100);
    QComboBox clipping;
    clipping.addItem(text);
    clipping.setFixedWidth(100);
    QVERIFY(eliding.grab().toImage() != clipping.grab().toImage());

    // It draws what a combo box holding the elided text draws.
    QStyleOptionComboBox option;
    option.initFrom(&eliding);
    option.rect = eliding.rect();
    const QRect room = eliding.style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, &eliding);
    const QString shown = eliding.fontMetrics().elidedText(text, Qt::ElideRight, room.width());
    QVERIFY(shown.endsWith(QChar(0x2026)));
    QComboBox reference;
    reference.addItem(shown);
    reference.setFixedWidth(100);
    QCOMPARE(eliding.grab().toImage(), reference.grab().toImage());

    // With room, the whole text.
    eliding.setFixedWidth(400);
    clipping.setFixedWidth(400);
    QCOMPARE(eliding.grab().toImage(), clipping.grab().toImage());
}

QTEST_MAIN(TestImageDropZone)
#include "tst_imagedropzone.moc"
