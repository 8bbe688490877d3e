#include <QCoreApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "imaging/imageloader.h"
#include "imaging/imagepreparer.h"
#include "providers/inputpreparer.h"

// InputPreparer: load → prepare → encode of one input image, off the GUI thread.
class TestInputPreparer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void wrappings_data();
    void wrappings();
    void downscaledToTheLimit();
    void missingFileSaysWhy();
    void signalFromTheWorker();
    void stopDropsTheResult();
    void newPreparationReplacesTheOld();

private:
    QString writeSketch(const QString &name, int width, int height);
    // Lets every worker end and delivers what they posted: a dropped result would show up now.
    static void settleWorkers();

    QTemporaryDir m_dir;
    QString m_sketch;
};

void TestInputPreparer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sketch = writeSketch(QStringLiteral("sketch.png"), 300, 180);
}

QString TestInputPreparer::writeSketch(const QString &name, int width, int height)
{
    QImage sketch(width, height, QImage::Format_ARGB32);
    sketch.fill(Qt::white);
    for (int x = 10; x < width - 10; ++x)
        sketch.setPixel(x, height / 2, qRgba(0, 0, 0, 255));
    const QString path = m_dir.filePath(name);
    if (!sketch.save(path, "PNG"))
        return {};
    return path;
}

void TestInputPreparer::settleWorkers()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

void TestInputPreparer::wrappings_data()
{
    QTest::addColumn<InputPreparer::Wrapping>("wrapping");
    QTest::newRow("none") << InputPreparer::Wrapping::None;
    QTest::newRow("data URI") << InputPreparer::Wrapping::DataUri;
    QTest::newRow("raw base64") << InputPreparer::Wrapping::RawBase64;
}

void TestInputPreparer::wrappings()
{
    QFETCH(InputPreparer::Wrapping, wrapping);
    const PreparedInput input = InputPreparer::prepareFile(m_sketch, 2048, wrapping);
    QVERIFY2(input.ok(), qPrintable(input.error));
    QCOMPARE(input.size, QSize(300, 180));
    QCOMPARE(input.mimeType, ImagePreparer::sniffMimeType(input.bytes));
    QVERIFY(ImageLoader::loadData(input.bytes).ok());
    switch (wrapping) {
    case InputPreparer::Wrapping::None:
        QVERIFY(input.encoded.isEmpty());
        break;
    case InputPreparer::Wrapping::DataUri:
        QCOMPARE(input.encoded, ImagePreparer::toDataUri(input.bytes, input.mimeType));
        QVERIFY(input.encoded.startsWith("data:image/"));
        break;
    case InputPreparer::Wrapping::RawBase64:
        QCOMPARE(input.encoded, ImagePreparer::toRawBase64(input.bytes));
        QCOMPARE(QByteArray::fromBase64(input.encoded), input.bytes);
        break;
    }
}

void TestInputPreparer::downscaledToTheLimit()
{
    const PreparedInput input = InputPreparer::prepareFile(m_sketch, 100, InputPreparer::Wrapping::None);
    QVERIFY2(input.ok(), qPrintable(input.error));
    QCOMPARE(input.size, QSize(100, 60));
    QCOMPARE(ImageLoader::loadData(input.bytes).size, QSize(100, 60));
}

void TestInputPreparer::missingFileSaysWhy()
{
    const PreparedInput input = InputPreparer::prepareFile(m_dir.filePath(QStringLiteral("nope.png")), 2048,
                                                           InputPreparer::Wrapping::DataUri);
    QVERIFY(!input.ok());
    QVERIFY(!input.error.isEmpty());
    QVERIFY(input.bytes.isEmpty());
    QVERIFY(input.encoded.isEmpty());
}

void TestInputPreparer::signalFromTheWorker()
{
    InputPreparer preparer;
    QSignalSpy prepared(&preparer, &InputPreparer::prepared);
    preparer.prepare(m_sketch, 2048, InputPreparer::Wrapping::RawBase64);
    QVERIFY(preparer.isBusy());
    QCOMPARE(prepared.count(), 0);   // never synchronously
    QVERIFY(prepared.wait(10000));
    QVERIFY(!preparer.isBusy());
    const PreparedInput input = prepared.first().first().value<PreparedInput>();
    QVERIFY2(input.ok(), qPrintable(input.error));
    QCOMPARE(input.encoded, ImagePreparer::toRawBase64(input.bytes));

    preparer.prepare(m_dir.filePath(QStringLiteral("missing.png")), 2048, InputPreparer::Wrapping::None);
    QVERIFY(prepared.wait(10000));
    QVERIFY(!prepared.at(1).first().value<PreparedInput>().ok());
}

void TestInputPreparer::stopDropsTheResult()
{
    InputPreparer preparer;
    QSignalSpy prepared(&preparer, &InputPreparer::prepared);
    preparer.prepare(m_sketch, 2048, InputPreparer::Wrapping::None);
    preparer.stop();
    QVERIFY(!preparer.isBusy());
    settleWorkers();
    QCOMPARE(prepared.count(), 0);
}

void TestInputPreparer::newPreparationReplacesTheOld()
{
    const QString other = writeSketch(QStringLiteral("other.png"), 50, 40);
    QVERIFY(!other.isEmpty());
    InputPreparer preparer;
    QSignalSpy prepared(&preparer, &InputPreparer::prepared);
    preparer.prepare(m_sketch, 2048, InputPreparer::Wrapping::None);
    preparer.prepare(other, 2048, InputPreparer::Wrapping::None);
    QVERIFY(prepared.wait(10000));
    settleWorkers();
    QCOMPARE(prepared.count(), 1);
    QCOMPARE(prepared.first().first().value<PreparedInput>().size, QSize(50, 40));
}

QTEST_GUILESS_MAIN(TestInputPreparer)
#include "tst_inputpreparer.moc"
