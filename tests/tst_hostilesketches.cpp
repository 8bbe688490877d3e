// Every kind of image a designer has, end to end through reimagine-cli and the fake fal server:
// a file either reaches fal upright, in RGB and complete, or is refused with a message naming
// the problem before a single request is sent.

#include "fakeproviderserver.h"
#include "testenvironment.h"
#include "testimages.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace TestImages;

namespace
{
bool near(QRgb a, QRgb b, int tolerance)
{
    return qAbs(qRed(a) - qRed(b)) <= tolerance && qAbs(qGreen(a) - qGreen(b)) <= tolerance
           && qAbs(qBlue(a) - qBlue(b)) <= tolerance;
}

// Points (as fractions of the width and height) and the colour each must have.
struct Probe
{
    double x;
    double y;
    QRgb colour;
};
} // namespace

Q_DECLARE_METATYPE(QList<Probe>)

class TestHostileSketches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();

private:
    int runCli(const QString &sketch, QByteArray *stderrText);

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<FakeProviderServer> m_server;
};

void TestHostileSketches::init()
{
    m_env = std::make_unique<TestEnvironment>();
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_server->setKeys(QStringLiteral("fal-test-key"), QString(), QString());
    m_server->setFalScript({QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")});
}

void TestHostileSketches::cleanup()
{
    m_server.reset();
    m_env.reset();
}

int TestHostileSketches::runCli(const QString &sketch, QByteArray *stderrText)
{
    QProcess cli;
    QProcessEnvironment env = m_env->processEnvironment();
    for (const auto &pair : m_server->environment())
        env.insert(QString::fromUtf8(pair.first), QString::fromUtf8(pair.second));
    env.insert(QStringLiteral("REIMAGINE_POLL_INTERVAL_MS"), QStringLiteral("20"));
    cli.setProcessEnvironment(env);
    QSignalSpy finished(&cli, &QProcess::finished);
    cli.start(QStringLiteral(REIMAGINE_BIN_DIR "/reimagine-cli"),
              {QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("fal:bria/reimagine/3.2"),
               QStringLiteral("--image"), sketch, QStringLiteral("--prompt"), QStringLiteral("a chair"),
               QStringLiteral("--output"), m_env->path(QStringLiteral("result.png"))});
    if (!finished.wait(120000)) {
        cli.kill();
        cli.waitForFinished(5000);
        return -1;
    }
    *stderrText = cli.readAllStandardError();
    return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -2;
}

void TestHostileSketches::accepted_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("uploadedSize");
    QTest::addColumn<QList<Probe>>("probes");

    const QRgb red = qRgb(255, 0, 0);
    const QRgb green = qRgb(0, 255, 0);
    const QRgb blue = qRgb(0, 0, 255);
    const QRgb white = qRgb(255, 255, 255);
    // Stored 80 x 60 with red top-left; EXIF 6 means "turn 90° clockwise to view".
    QTest::newRow("phone photo with EXIF orientation")
        << withExifOrientation(encode(quadrants(80, 60), "jpeg", 95), 6) << QStringLiteral("IMG_0001.JPG")
        << QSize(60, 80)
        << QList<Probe>{{0.25, 0.25, blue}, {0.75, 0.25, red}, {0.25, 0.75, white}, {0.75, 0.75, green}};
    QTest::newRow("CMYK print file")
        << cmykJpeg(QSize(40, 40), [](int x, int) { return x < 20 ? QList<int>{255, 0, 0, 0} : QList<int>{0, 255, 255, 0}; }, false)
        << QStringLiteral("print.jpg") << QSize(40, 40)
        << QList<Probe>{{0.25, 0.5, qRgb(0, 255, 255)}, {0.75, 0.5, red}};
    QTest::newRow("YCCK print file")
        << cmykJpeg(QSize(40, 40), [](int, int y) { return y < 20 ? QList<int>{0, 0, 0, 255} : QList<int>{0, 0, 0, 0}; }, true)
        << QStringLiteral("print-ycck.jpg") << QSize(40, 40)
        << QList<Probe>{{0.5, 0.25, qRgb(0, 0, 0)}, {0.5, 0.75, white}};
    QTest::newRow("lines on a transparent layer") << [] {
        QImage layer(64, 64, QImage::Format_ARGB32);
        layer.fill(qRgba(0, 0, 0, 0));
        for (int x = 0; x < 64; ++x)
            layer.setPixel(x, 32, qRgba(0, 0, 0, 255));
        return encode(layer, "png");
    }() << QStringLiteral("layer.png") << QSize(64, 64)
        << QList<Probe>{{0.5, 0.1, white}, {0.5, 32.5 / 64, qRgb(0, 0, 0)}, {0.5, 0.9, white}};
    QTest::newRow("16-bit PNG") << encode(quadrants(50, 40, QImage::Format_RGBA64), "png")
                                << QStringLiteral("deep.png") << QSize(50, 40)
                                << QList<Probe>{{0.25, 0.25, red}, {0.75, 0.75, white}};
    QTest::newRow("palette PNG") << encode(quadrants(50, 40, QImage::Format_Indexed8), "png")
                                 << QStringLiteral("palette.png") << QSize(50, 40)
                                 << QList<Probe>{{0.75, 0.25, green}, {0.25, 0.75, blue}};
    QTest::newRow("WebP called .png") << encode(quadrants(50, 40), "webp", 100)
                                      << QStringLiteral("actually-webp.png") << QSize(50, 40)
                                      << QList<Probe>{{0.25, 0.25, red}};
    QTest::newRow("animated GIF, 3000 frames") << gif(QSize(16, 16), 3000) << QStringLiteral("loop.gif")
                                               << QSize(16, 16) << QList<Probe>{{0.5, 0.5, qRgb(0, 0, 0)}};
    QTest::newRow("SVG drawing") << svg(200, 100) << QStringLiteral("sketch.svg") << QSize(2048, 1024)
                                 << QList<Probe>{{0.05, 0.1, red}, {0.9, 0.2, white}};
    QTest::newRow("PNG with a zTXt bomb")
        << insertBeforeIdat(encode(quadrants(50, 40), "png"), zTxtBomb(64LL * 1024 * 1024))
        << QStringLiteral("bomb.png") << QSize(50, 40) << QList<Probe>{{0.25, 0.25, red}};
}

void TestHostileSketches::accepted()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, name);
    QFETCH(QSize, uploadedSize);
    QFETCH(QList<Probe>, probes);

    const QString path = m_env->path(name);
    QFile sketch(path);
    QVERIFY(sketch.open(QIODevice::WriteOnly));
    sketch.write(file);
    sketch.close();

    QByteArray errors;
    QCOMPARE(runCli(path, &errors), 0);
    const QStringList stored = m_server->storedFiles();
    QCOMPARE(stored.size(), 1);
    const QByteArray uploaded = m_server->storedFile(stored.first());
    // A JPEG (a photo, a print file) stays JPEG; everything else is sent as PNG.
    const bool jpeg = file.startsWith("\xff\xd8\xff");
    QVERIFY(uploaded.startsWith(jpeg ? QByteArray("\xff\xd8\xff") : QByteArray("\x89PNG")));
    const QImage image = QImage::fromData(uploaded, jpeg ? "JPEG" : "PNG");
    QCOMPARE(image.size(), uploadedSize);
    QVERIFY(!image.hasAlphaChannel());   // the model gets RGB
    for (const Probe &probe : probes) {
        const QPoint point(static_cast<int>(probe.x * image.width()),
                           static_cast<int>(probe.y * image.height()));
        QVERIFY2(near(image.pixel(point), probe.colour, 24),
                 qPrintable(QStringLiteral("%1,%2 is %3").arg(point.x()).arg(point.y())
                                .arg(image.pixel(point), 8, 16)));
    }
}

void TestHostileSketches::refused_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");

    const QByteArray jpeg = encode(noise(300, 200), "jpeg", 90);
    QTest::newRow("half a JPEG") << jpeg.left(jpeg.size() / 2) << QStringLiteral("cut.jpg")
                                 << QStringLiteral("cut.jpg is incomplete");
    const QByteArray png = encode(noise(300, 200), "png");
    QTest::newRow("half a PNG") << png.left(png.size() / 2) << QStringLiteral("cut.png")
                                << QStringLiteral("cut.png is incomplete");
    QTest::newRow("12000 x 12000 PNG") << pngWithHeaderSize(12000, 12000) << QStringLiteral("huge.png")
                                       << QStringLiteral("huge.png is too large: 12000 × 12000 pixels");
    QTest::newRow("SVG pulling in a local file")
        << svg(100, 100, "<image href=\"/home/me/secret.png\" width=\"10\" height=\"10\"/>")
        << QStringLiteral("sneaky.svg") << QStringLiteral("sneaky.svg refers to an outside file");
    QTest::newRow("text called .png") << QByteArray("hello") << QStringLiteral("notes.png")
                                      << QStringLiteral("notes.png is not an image");
}

void TestHostileSketches::refused()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, name);
    QFETCH(QString, message);

    const QString path = m_env->path(name);
    QFile sketch(path);
    QVERIFY(sketch.open(QIODevice::WriteOnly));
    sketch.write(file);
    sketch.close();

    QByteArray errors;
    QCOMPARE(runCli(path, &errors), 2);   // invalid input: nothing was sent
    QVERIFY2(QString::fromUtf8(errors).contains(message), errors.constData());
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestHostileSketches)
#include "tst_hostilesketches.moc"
