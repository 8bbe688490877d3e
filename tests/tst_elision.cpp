// Text that does not fit is elided, never cut mid-letter: the drop zone's title (the
// placeholder loses its end, a file name its middle so the extension stays), the text of a
// combo box (history filters, form choices in German and French) and of a caption.

#include "widgets/elidingcombobox.h"
#include "widgets/elidinglabel.h"
#include "widgets/imagedropzone.h"

#include <QLabel>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>

class TestElision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titleElidesToItsWidth();
    void comboBoxTextElides();
    void captionElides();
};

void TestElision::titleElidesToItsWidth()
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

void TestElision::comboBoxTextElides()
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

void TestElision::captionElides()
{
    const QString text = QStringLiteral("photo of my sketch.jpg — 2000 × 1500 px · JPEG");
    ElidingLabel caption(nullptr, Qt::ElideMiddle);
    caption.setText(text);
    caption.resize(150, 24);
    QCOMPARE(caption.text(), text); // the whole text stays the label's
    const QString shown = caption.fontMetrics().elidedText(text, Qt::ElideMiddle, 150);
    QVERIFY(shown.startsWith(QLatin1String("photo")) && shown.endsWith(QLatin1String("JPEG")));
    QLabel reference;
    reference.setText(shown);
    reference.resize(150, 24);
    QCOMPARE(caption.grab().toImage(), reference.grab().toImage());

    QLabel clipped;
    clipped.setText(text);
    clipped.resize(150, 24);
    QVERIFY(caption.grab().toImage() != clipped.grab().toImage());
    QVERIFY(caption.minimumSizeHint().width() < 50); // never what keeps a row from shrinking
}

QTEST_MAIN(TestElision)
#include "tst_elision.moc"
