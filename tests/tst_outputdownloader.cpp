#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include "fakeproviderserver.h"
#include "net/apirequest.h"
#include "providers/outputdownloader.h"

using Error = ApiResult::Error;

// OutputDownloader against the fake server's CDN (127.0.0.2), its answers scripted with faults.
class TestOutputDownloader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void downloadsInTurn();
    void inlineImages();
    void notAnImageStops();
    void undecodableImage();
    void unreadableDataUri();
    void failedDownloadStops();
    void stopDropsDownload();
    void stopDropsDecode();
    void restartForgetsEarlierImages();
    void checkReportsSizeAndType();

private:
    OutputDownloader *makeDownloader();
    QUrl cdn(const QString &path) const { return QUrl(m_server.cdnUrl().toString() + path); }
    void respondImage(const QString &path, const QByteArray &bytes);
    // Lets every decode worker end and delivers what they posted: a result that was dropped
    // would show up now.
    static void settleWorkers();

    FakeProviderServer m_server;
    QNetworkAccessManager m_manager;
    int m_sent = 0;       // requests the downloader had sent
    int m_answered = 0;   // answers handed to the downloader
};

void TestOutputDownloader::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestOutputDownloader::init()
{
    m_server.clearFaults();
    m_server.clearRequests();
    m_sent = 0;
    m_answered = 0;
}

OutputDownloader *TestOutputDownloader::makeDownloader()
{
    // The send a run gives it: its tracked request, reduced to an ApiRequest owned by the test.
    auto send = [this](const ApiRequestSpec &spec, std::function<void(const ApiResult &)> handler) {
        auto *request = new ApiRequest(&m_manager, spec, this);
        ++m_sent;
        connect(request, &ApiRequest::finished, this, [this, request, handler](const ApiResult &result) {
            request->deleteLater();
            ++m_answered;
            handler(result);
        });
        request->start();
    };
    ApiRequestSpec spec = OutputDownloader::imageDownloadSpec(
        QStringLiteral("the test CDN"), ApiErrorParser::Dialect::Generic, 10000, RetryPolicy::none());
    spec.what = QStringLiteral("image download");
    OutputDownloader::Wording wording;
    wording.notAnImage = [](qsizetype bytes) { return QStringLiteral("not an image: %1 bytes").arg(bytes); };
    wording.unreadable = [](const QString &why) { return QStringLiteral("unreadable: %1").arg(why); };
    wording.unreadableDataUri = QStringLiteral("bad data URI");
    auto *downloader = new OutputDownloader(send, spec, wording, this);
    return downloader;
}

void TestOutputDownloader::respondImage(const QString &path, const QByteArray &bytes)
{
    m_server.addFault(FakeFault::respond("GET", path, 200, bytes,
                                         {{QByteArrayLiteral("content-type"), QByteArrayLiteral("application/octet-stream")}}));
}

void TestOutputDownloader::settleWorkers()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

void TestOutputDownloader::downloadsInTurn()
{
    const QByteArray png = FakeProviderServer::makePng(QStringLiteral("one"), 40, 30);
    const QByteArray jpeg = FakeProviderServer::makeJpeg(QStringLiteral("two"), 20, 10);
    respondImage(QStringLiteral("/out/one.png"), png);
    respondImage(QStringLiteral("/out/two"), jpeg);
    OutputDownloader *downloader = makeDownloader();
    QSignalSpy finished(downloader, &OutputDownloader::finished);
    QSignalSpy failed(downloader, &OutputDownloader::failed);
    downloader->start({OutputSource::download(cdn(QStringLiteral("/out/one.png"))),
                       OutputSource::download(cdn(QStringLiteral("/out/two")))});
    QVERIFY(downloader->isActive());
    QVERIFY(finished.wait(10000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!downloader->isActive());
    const auto images = finished.first().first().value<QList<OutputImage>>();
    QCOMPARE(images.size(), 2);
    QCOMPARE(images.at(0).bytes, png);
    QCOMPARE(images.at(0).mimeType, QByteArray("image/png"));
    QCOMPARE(images.at(0).size, QSize(40, 30));
    QCOMPARE(images.at(0).sourceUrl, cdn(QStringLiteral("/out/one.png")));
    QCOMPARE(images.at(1).mimeType, QByteArray("image/jpeg"));   // sniffed, not the Content-Type
    QCOMPARE(images.at(1).size, QSize(20, 10));

    // One after the other, in order, never with a key.
    const QList<RecordedRequest> requests = m_server.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).path, QStringLiteral("/out/one.png"));
    QCOMPARE(requests.at(1).path, QStringLiteral("/out/two"));
    for (const RecordedRequest &request : requests)
        QVERIFY(!request.hasHeader("authorization"));
}

void TestOutputDownloader::inlineImages()
{
    const QByteArray png = FakeProviderServer::makePng(QStringLiteral("inline"), 8, 6);
    const QString dataUri = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    respondImage(QStringLiteral("/out/middle.png"), FakeProviderServer::makePng(QStringLiteral("m"), 5, 5));
    OutputDownloader *downloader = makeDownloader();
    QSignalSpy finished(downloader, &OutputDownloader::finished);
    downloader->start({OutputSource::inlineBytes(png),
                       OutputSource::download(cdn(QStringLiteral("/out/middle.png"))),
                       OutputSource::inlineDataUri(dataUri)});
    QVERIFY(finished.wait(10000));
    const auto images = finished.first().first().value<QList<OutputImage>>();
    QCOMPARE(images.size(), 3);
    QCOMPARE(images.at(0).bytes, png);
    QVERIFY(images.at(0).sourceUrl.isEmpty());
    QCOMPARE(images.at(1).size, QSize(5, 5));
    QCOMPARE(images.at(2).bytes, png);
    QCOMPARE(images.at(2).size, QSize(8, 6));
    QVERIFY(images.at(2).sourceUrl.isEmpty());
    QCOMPARE(m_server.requests().size(), 1);
}

void TestOutputDownloader::notAnImageStops()
{
    respondImage(QStringLiteral("/out/text"), QByteArrayLiteral("hello"));
    OutputDownloader *downloader = makeDownloader();
    QSignalSpy finished(downloader, &OutputDownloader::finished);
    QSignalSpy failed(downloader, &OutputDownloader::failed);
    downloader->start({OutputSource::download(cdn(QStringLiteral("/out/text"))),
                       OutputSource::download(cdn(QStringLiteral("/out/never")))});
    QVERIFY(failed.wait(10000));
    const ApiResult result = failed.first().first().value<ApiResult>();
    QCOMPARE(result.error, Error::Protocol);
    QCOMPARE(result.message, QStringLiteral("not an image: 5 bytes"));
    QCOMPARE(finished.count(), 0);
    // The rejection came synchronously from the answer: nothing else was sent.
    QCOMPARE(m_sent, 1);
    QVERIFY(m_server.requestsTo(QStringLiteral("/out/never")).isEmpty());
}

void TestOutputDownloader::undecodableImage()
{
    // A PNG signature with nothing readable behind it: sniffed as an image, refused by the decoder.
    QByteArray broken = FakeProviderServer::makePng(QStringLiteral("broken"));
    broken.truncate(24);
    OutputDownloader *downloader = makeDownloader();
    QSignalSpy failed(downloader, &OutputDownloader::failed);
    QSignalSpy finished(downloader, &OutputDownloader::finished);
    downloader->start({OutputSource::inlineBytes(broken)});
    QVERIFY(failed.wait(10000));
    const ApiResult result = failed.first().first().value<ApiResult>();
    QCOMPARE(result.error, Error::Protocol);
    QVERIFY2(result.message.startsWith(QLatin1String("unreadable: ")), qPrintable(result.message));
    QCOMPARE(finished.count(), 0);
}

void TestOutputDownloader::unreadableDataUri()
{
    OutputDownloader *downloader = makeDownloader();
    QSignalSpy failed(downloader, &OutputDownloader::failed);
    downloader->start({OutputSource::inlineDataUri(QStringLiteral("data:image/png;base64,@@@"))});
    // Refused at once, before any worker or request.
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<ApiResult>().message, QStringLiteral("bad data URI"));
    QCOMPARE(m_sent, 0);
}

void TestOutputDownloader::failedDownloadStops()
{
    m_server.addFault(FakeFault::respond("GET", QStringLiteral("/out/gone"), 404, QByteArrayLiteral("{}")));
    OutputDownloader *downloader = makeDownloader();
    QSignalSpy failed(downloader, &OutputDownloader::failed);
    QSignalSpy finished(downloader, &OutputDownloader::finished);
    downloader->start({OutputSource::download(cdn(QStringLiteral("/out/gone"))),
                       OutputSource::download(cdn(QStringLiteral("/out/never")))});
    QVERIFY(failed.wait(10000));
    const ApiResult result = failed.first().first().value<ApiResult>();
    QCOMPARE(result.httpStatus, 404);   // the request's own result, for the run to word
    QVERIFY(!result.ok());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(m_sent, 1);
}

void TestOutputDownloader::stopDropsDownload()
{
    respondImage(QStringLiteral("/out/late.png"), FakeProviderServer::makePng(QStringLiteral("late")));
    OutputDownloader *downloader = makeDownloader();
    QSignalSpy finished(downloader, &OutputDownloader::finished);
    QSignalSpy failed(downloader, &OutputDownloader::failed);
    downloader->start({OutputSource::download(cdn(QStringLiteral("/out/late.png")))});
    downloader->stop();
    QVERIFY(!downloader->isActive());
    // The answer still arrives (the request belongs to the run); the downloader ignores it.
    QTRY_COMPARE_WITH_TIMEOUT(m_answered, 1, 10000);
    settleWorkers();
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.count(), 0);
}

void TestOutputDownloader::stopDropsDecode()
{
    OutputDownloader *downloader = makeDownloader();
    QSignalSpy finished(downloader, &OutputDownloader::finished);
    QSignalSpy failed(downloader, &OutputDownloader::failed);
    downloader->start({OutputSource::inlineBytes(FakeProviderServer::makePng(QStringLiteral("d"), 400, 300))});
    downloader->stop();
    settleWorkers();
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.count(), 0);
}

void TestOutputDownloader::restartForgetsEarlierImages()
{
    OutputDownloader *downloader = makeDownloader();
    QSignalSpy finished(downloader, &OutputDownloader::finished);
    downloader->start({OutputSource::inlineBytes(FakeProviderServer::makePng(QStringLiteral("a"), 3, 3))});
    QVERIFY(finished.wait(10000));
    downloader->start({OutputSource::inlineBytes(FakeProviderServer::makePng(QStringLiteral("b"), 7, 7))});
    QVERIFY(finished.wait(10000));
    const auto images = finished.at(1).first().value<QList<OutputImage>>();
    QCOMPARE(images.size(), 1);
    QCOMPARE(images.first().size, QSize(7, 7));
}

void TestOutputDownloader::checkReportsSizeAndType()
{
    QString error;
    const OutputImage image = OutputDownloader::check(FakeProviderServer::makeJpeg(QStringLiteral("c"), 12, 9), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(image.mimeType, QByteArray("image/jpeg"));
    QCOMPARE(image.size, QSize(12, 9));
    OutputDownloader::check(QByteArrayLiteral("nothing"), &error);
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestOutputDownloader)
#include "tst_outputdownloader.moc"
