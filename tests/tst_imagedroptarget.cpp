// ImageDropTarget: the one drag-and-drop path of the window, the sketch canvas and the image
// fields. Files, links and typed paths are taken in order; dropped pixels become a PNG in the
// cache (or are refused where a field takes files only); plain words are refused; the highlight
// follows the drag.

#include "widgets/imagedroptarget.h"

#include "testenvironment.h"

#include <QCoreApplication>
#include <QDropEvent>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <QWidget>

#include <memory>

class TestImageDropTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void filesAndLinksInOrder();
    void pixelsBecomeAPng();
    void pixelsRefusedWhereOnlyFilesCount();
    void wordsAreNotAnImage();
    void highlightFollowsTheDrag();

private:
    QString makeImage(const QString &name) const;
    // Sends a drag entering `widget` and then dropping `mime` on it; returns whether each was accepted.
    static std::pair<bool, bool> dragAndDrop(QWidget *widget, const QMimeData *mime);

    std::unique_ptr<TestEnvironment> m_env;
};

void TestImageDropTarget::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    qputenv("HOME", m_env->path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("tst_imagedroptarget"));
}

QString TestImageDropTarget::makeImage(const QString &name) const
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QString path = m_env->path(name);
    return image.save(path) ? path : QString();
}

std::pair<bool, bool> TestImageDropTarget::dragAndDrop(QWidget *widget, const QMimeData *mime)
{
    const QPointF pos(5, 5);
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QCoreApplication::sendEvent(widget, &enter);
    QDropEvent drop(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    drop.ignore();
    QCoreApplication::sendEvent(widget, &drop);
    return {enter.isAccepted(), drop.isAccepted()};
}

void TestImageDropTarget::filesAndLinksInOrder()
{
    QWidget widget;
    auto *target = new ImageDropTarget(&widget, ImageDropTarget::Pixels::Accepted);
    QVERIFY(widget.acceptDrops());
    QSignalSpy dropped(target, &ImageDropTarget::dropped);
    const QString first = makeImage(QStringLiteral("first.png"));
    const QString second = makeImage(QStringLiteral("second.png"));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(first), QUrl(QStringLiteral("https://example.com/chair.png")),
                  QUrl(QStringLiteral("ftp://example.com/no.png")), QUrl::fromLocalFile(second)});
    QCOMPARE(dragAndDrop(&widget, &mime), std::make_pair(true, true));
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.at(0).at(0).toStringList(),
             QStringList({first, QStringLiteral("https://example.com/chair.png"), second}));

    // A path typed as text counts too.
    QMimeData text;
    text.setText(second);
    QCOMPARE(dragAndDrop(&widget, &text), std::make_pair(true, true));
    QCOMPARE(dropped.count(), 2);
    QCOMPARE(dropped.at(1).at(0).toStringList(), QStringList({second}));
}

void TestImageDropTarget::pixelsBecomeAPng()
{
    QWidget widget;
    auto *target = new ImageDropTarget(&widget, ImageDropTarget::Pixels::Accepted);
    QSignalSpy dropped(target, &ImageDropTarget::dropped);
    QSignalSpy failed(target, &ImageDropTarget::dropFailed);
    QImage pixels(64, 48, QImage::Format_RGB32);
    pixels.fill(Qt::red);
    QMimeData mime;
    mime.setImageData(pixels);
    QCOMPARE(dragAndDrop(&widget, &mime), std::make_pair(true, true));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(dropped.count(), 1);
    const QStringList sources = dropped.at(0).at(0).toStringList();
    QCOMPARE(sources.size(), 1);
    QVERIFY(sources.first().endsWith(QLatin1String(".png")));
    QImageReader stored(sources.first());
    QCOMPARE(stored.format(), QByteArray("png"));
    QCOMPARE(stored.size(), QSize(64, 48));
}

void TestImageDropTarget::pixelsRefusedWhereOnlyFilesCount()
{
    QWidget widget;
    auto *target = new ImageDropTarget(&widget, ImageDropTarget::Pixels::Refused);
    QSignalSpy dropped(target, &ImageDropTarget::dropped);
    QImage pixels(8, 8, QImage::Format_RGB32);
    pixels.fill(Qt::blue);
    QMimeData mime;
    mime.setImageData(pixels);
    QCOMPARE(dragAndDrop(&widget, &mime), std::make_pair(false, false));
    QCOMPARE(dropped.count(), 0);

    QMimeData file;
    file.setUrls({QUrl::fromLocalFile(makeImage(QStringLiteral("field.png")))});
    QCOMPARE(dragAndDrop(&widget, &file), std::make_pair(true, true));
    QCOMPARE(dropped.count(), 1);
}

void TestImageDropTarget::wordsAreNotAnImage()
{
    // Plain words are not an image: refused, so the drag can go on to another widget.
    QWidget widget;
    auto *target = new ImageDropTarget(&widget, ImageDropTarget::Pixels::Accepted);
    QSignalSpy dropped(target, &ImageDropTarget::dropped);
    QMimeData words;
    words.setText(QStringLiteral("a red armchair"));
    QCOMPARE(dragAndDrop(&widget, &words), std::make_pair(false, false));
    QCOMPARE(dropped.count(), 0);
    QVERIFY(!target->isActive());
}

void TestImageDropTarget::highlightFollowsTheDrag()
{
    QWidget widget;
    auto *target = new ImageDropTarget(&widget, ImageDropTarget::Pixels::Accepted);
    QSignalSpy active(target, &ImageDropTarget::activeChanged);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(makeImage(QStringLiteral("drag.png")))});
    QDragEnterEvent enter(QPoint(3, 3), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&widget, &enter);
    QVERIFY(target->isActive());
    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(&widget, &leave);
    QVERIFY(!target->isActive());
    QCOMPARE(active.count(), 2);
    QCOMPARE(active.at(0).at(0).toBool(), true);
    QCOMPARE(active.at(1).at(0).toBool(), false);
}

QTEST_MAIN(TestImageDropTarget)
#include "tst_imagedroptarget.moc"
