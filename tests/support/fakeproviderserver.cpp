#include "fakeproviderserver.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <limits>
#include <memory>

namespace
{
constexpr qint64 kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kMaxRequestBodyBytes = 256LL * 1024 * 1024;
constexpr qint64 kEndlessHardCapBytes = 512LL * 1024 * 1024;
constexpr qint64 kStreamHardCapMs = 60 * 1000;
constexpr qint64 kEndlessChunkBytes = 64 * 1024;
constexpr qint64 kMaxPendingWriteBytes = 1024 * 1024;
constexpr int kMaxSseEvents = 500;

const QHostAddress kApiAddress(QStringLiteral("127.0.0.1"));
const QHostAddress kCdnAddress(QStringLiteral("127.0.0.2"));

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject falDetail(const QString &message)
{
    return QJsonObject{{QStringLiteral("detail"), message}};
}

QJsonObject missingField(const QString &field, const QString &message, const QString &type)
{
    return QJsonObject{{QStringLiteral("loc"), QJsonArray{QStringLiteral("body"), field}},
                       {QStringLiteral("msg"), message},
                       {QStringLiteral("type"), type}};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isTerminal(const QString &state)
{
    return state == QLatin1String("COMPLETED") || state.startsWith(QLatin1String("ERROR"));
}
} // namespace

// ---------------------------------------------------------------------------------------------
// FakeFault

FakeFault FakeFault::respond(const QByteArray &method, const QString &path, int status,
                             const QByteArray &body, const QHash<QByteArray, QByteArray> &headers,
                             int times)
{
    FakeFault fault = make(Kind::Respond, method, path, times);
    fault.status = status;
    fault.body = body;
    fault.headers = headers;
    return fault;
}

FakeFault FakeFault::lostAnswer(Kind kind, const QByteArray &method, const QString &path, int status, int times)
{
    FakeFault fault = make(kind, method, path, times);
    fault.status = status;
    fault.afterWork = true;
    return fault;
}

FakeFault FakeFault::slowDrip(const QByteArray &method, const QString &path, int bytes, int pauseMs,
                              int times)
{
    FakeFault fault = make(Kind::SlowDrip, method, path, times);
    fault.dripBytes = bytes;
    fault.dripPauseMs = pauseMs;
    return fault;
}

FakeFault FakeFault::make(Kind kind, const QByteArray &method, const QString &path, int times)
{
    FakeFault fault;
    fault.kind = kind;
    fault.method = method;
    fault.pathContains = path;
    fault.times = times;
    return fault;
}

FakeFault FakeFault::redirect(const QByteArray &method, const QString &path, const QUrl &location,
                              int status, int times)
{
    FakeFault fault = make(Kind::Redirect, method, path, times);
    fault.location = location;
    fault.status = status;
    return fault;
}

// ---------------------------------------------------------------------------------------------
// Set-up

FakeProviderServer::FakeProviderServer(QObject *parent)
    : QObject(parent)
    , m_falScript({QStringLiteral("IN_QUEUE:2"), QStringLiteral("IN_QUEUE:1"),
                   QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")})
{
    m_falRequired.insert(QStringLiteral("bria/reimagine/3.2"), {QStringLiteral("prompt")});
    m_falRequired.insert(QStringLiteral("fal-ai/ideogram/v3/remix"),
                         {QStringLiteral("prompt"), QStringLiteral("image_url")});
    m_falRequired.insert(QStringLiteral("fal-ai/bria/reimagine"), {QStringLiteral("prompt")});
    m_clock.start();
}

qint64 FakeProviderServer::clockUs() const
{
    return m_clock.nsecsElapsed() / 1000;
}

QList<FakeProviderServer::FalJobStats> FakeProviderServer::falJobStats() const
{
    QList<const FalJob *> jobs;
    for (const FalJob &job : m_falJobs)
        jobs.append(&job);
    std::sort(jobs.begin(), jobs.end(), [](const FalJob *a, const FalJob *b) { return a->order < b->order; });
    QList<FalJobStats> stats;
    for (const FalJob *job : std::as_const(jobs)) {
        FalJobStats entry;
        entry.requestId = job->id;
        entry.tag = job->tag;
        entry.runTimeMs = job->runTimeMs;
        entry.submittedUs = job->submittedUs;
        entry.completedUs = job->completedUs;
        entry.resultRequestedUs = job->resultRequestedUs;
        entry.statusPolls = job->statusPolls;
        entry.streamOpens = job->streamOpens;
        entry.resultRequests = job->resultRequests;
        stats.append(entry);
    }
    return stats;
}

QByteArray FakeProviderServer::statsJson() const
{
    QJsonArray jobs;
    for (const FalJobStats &job : falJobStats()) {
        jobs.append(QJsonObject{
            {QStringLiteral("request_id"), job.requestId},
            {QStringLiteral("tag"), job.tag},
            {QStringLiteral("run_time_ms"), job.runTimeMs},
            {QStringLiteral("submitted_us"), job.submittedUs},
            {QStringLiteral("completed_us"), job.completedUs},
            {QStringLiteral("result_requested_us"), job.resultRequestedUs},
            {QStringLiteral("status_polls"), job.statusPolls},
            {QStringLiteral("stream_opens"), job.streamOpens},
            {QStringLiteral("result_requests"), job.resultRequests},
        });
    }
    return toJson(QJsonObject{{QStringLiteral("clock_us"), clockUs()},
                              {QStringLiteral("requests"), static_cast<qint64>(m_requests.size())},
                              {QStringLiteral("fal_jobs"), jobs}});
}

FakeProviderServer::~FakeProviderServer()
{
    stop();
}

bool FakeProviderServer::start(quint16 port, quint16 cdnPort)
{
    stop();
    m_apiServer = new QTcpServer(this);
    m_cdnServer = new QTcpServer(this);
    if (!m_apiServer->listen(kApiAddress, port)) {
        m_error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2")
                      .arg(port)
                      .arg(m_apiServer->errorString());
        stop();
        return false;
    }
    if (!m_cdnServer->listen(kCdnAddress, cdnPort)) {
        m_error = QStringLiteral("cannot listen on 127.0.0.2:%1: %2")
                      .arg(cdnPort)
                      .arg(m_cdnServer->errorString());
        stop();
        return false;
    }
    for (QTcpServer *server : {m_apiServer, m_cdnServer}) {
        connect(server, &QTcpServer::newConnection, this,
                [this, server]() { onNewConnection(server); });
    }
    return true;
}

void FakeProviderServer::stop()
{
    for (QTcpServer *server : {m_apiServer, m_cdnServer}) {
        if (!server)
            continue;
        server->close();
        const auto sockets = server->findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets) {
            socket->disconnect(this);
            socket->abort();
        }
        delete server;   // deletes the sockets, their timers and pending single-shots
    }
    m_apiServer = nullptr;
    m_cdnServer = nullptr;
    m_buffers.clear();
    m_falStreams.clear();
}

quint16 FakeProviderServer::port() const
{
    return m_apiServer ? m_apiServer->serverPort() : 0;
}

quint16 FakeProviderServer::cdnPort() const
{
    return m_cdnServer ? m_cdnServer->serverPort() : 0;
}

QUrl FakeProviderServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(kApiAddress.toString());
    url.setPort(port());
    return url;
}

static QUrl withPath(QUrl url, const QString &path)
{
    url.setPath(path);
    return url;
}

QUrl FakeProviderServer::falQueueUrl() const { return withPath(baseUrl(), QStringLiteral("/fal-queue")); }
QUrl FakeProviderServer::falRestUrl() const { return withPath(baseUrl(), QStringLiteral("/fal-rest")); }
QUrl FakeProviderServer::segmindUrl() const { return withPath(baseUrl(), QStringLiteral("/segmind")); }
QUrl FakeProviderServer::segmindUploadUrl() const
{
    return withPath(baseUrl(), QStringLiteral("/segmind-upload"));
}
QUrl FakeProviderServer::freepikUrl() const { return withPath(baseUrl(), QStringLiteral("/freepik")); }

QUrl FakeProviderServer::cdnUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(kCdnAddress.toString());
    url.setPort(cdnPort());
    return url;
}

QList<QPair<QByteArray, QByteArray>> FakeProviderServer::environment() const
{
    auto key = [this](const QString &value) {
        return value.isEmpty() || m_acceptAnyKey ? QByteArrayLiteral("any-key") : value.toUtf8();
    };
    return {
        {QByteArrayLiteral("REIMAGINE_FAL_QUEUE_URL"), falQueueUrl().toEncoded()},
        {QByteArrayLiteral("REIMAGINE_FAL_REST_URL"), falRestUrl().toEncoded()},
        {QByteArrayLiteral("REIMAGINE_SEGMIND_URL"), segmindUrl().toEncoded()},
        {QByteArrayLiteral("REIMAGINE_SEGMIND_UPLOAD_URL"), segmindUploadUrl().toEncoded()},
        {QByteArrayLiteral("REIMAGINE_FREEPIK_URL"), freepikUrl().toEncoded()},
        {QByteArrayLiteral("FAL_KEY"), key(m_falKey)},
        {QByteArrayLiteral("SEGMIND_API_KEY"), key(m_segmindKey)},
        {QByteArrayLiteral("FREEPIK_API_KEY"), key(m_freepikKey)},
    };
}

void FakeProviderServer::setKeys(const QString &fal, const QString &segmind, const QString &freepik)
{
    m_falKey = fal;
    m_segmindKey = segmind;
    m_freepikKey = freepik;
}

void FakeProviderServer::setAcceptAnyKey(bool any)
{
    m_acceptAnyKey = any;
}

void FakeProviderServer::setFalScript(const QStringList &states)
{
    m_falScript = states.isEmpty() ? QStringList{QStringLiteral("COMPLETED")} : states;
}

void FakeProviderServer::setFalRequiredFields(const QString &endpointId, const QStringList &fields)
{
    m_falRequired.insert(endpointId, fields);
}

void FakeProviderServer::addFault(const FakeFault &fault)
{
    m_faults.append(fault);
}

void FakeProviderServer::clearFaults()
{
    m_faults.clear();
}

QList<RecordedRequest> FakeProviderServer::requestsTo(const QString &pathContains) const
{
    QList<RecordedRequest> result;
    for (const RecordedRequest &request : m_requests) {
        if (request.path.contains(pathContains))
            result.append(request);
    }
    return result;
}

int FakeProviderServer::openConnections() const
{
    int count = 0;
    for (QTcpServer *server : {m_apiServer, m_cdnServer}) {
        if (!server)
            continue;
        const auto sockets = server->findChildren<QTcpSocket *>();
        for (const QTcpSocket *socket : sockets) {
            if (socket->state() == QAbstractSocket::ConnectedState)
                ++count;
        }
    }
    return count;
}

// ---------------------------------------------------------------------------------------------
// Images

static QImage makeImage(const QString &seed, int width, int height)
{
    const size_t hash = qHash(seed);
    const int r0 = static_cast<int>(hash & 0xff);
    const int g0 = static_cast<int>((hash >> 8) & 0xff);
    const int b0 = static_cast<int>((hash >> 16) & 0xff);
    QImage image(std::max(1, width), std::max(1, height), QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            line[x] = qRgb((r0 + x * 255 / image.width()) % 256,
                           (g0 + y * 255 / image.height()) % 256, b0);
        }
    }
    return image;
}

void FakeProviderServer::setResultImage(const QString &provider, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        m_resultImages.remove(provider);
    else
        m_resultImages.insert(provider, bytes);
}

QByteArray FakeProviderServer::makePng(const QString &seed, int width, int height)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    makeImage(seed, width, height).save(&buffer, "PNG");
    return data;
}

QByteArray FakeProviderServer::makeJpeg(const QString &seed, int width, int height)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    makeImage(seed, width, height).save(&buffer, "JPEG", 90);
    return data;
}

// ---------------------------------------------------------------------------------------------
// HTTP plumbing

QByteArray FakeProviderServer::reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 202: return QByteArrayLiteral("Accepted");
    case 204: return QByteArrayLiteral("No Content");
    case 301: return QByteArrayLiteral("Moved Permanently");
    case 302: return QByteArrayLiteral("Found");
    case 303: return QByteArrayLiteral("See Other");
    case 307: return QByteArrayLiteral("Temporary Redirect");
    case 308: return QByteArrayLiteral("Permanent Redirect");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 402: return QByteArrayLiteral("Payment Required");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 406: return QByteArrayLiteral("Not Acceptable");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 411: return QByteArrayLiteral("Length Required");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 422: return QByteArrayLiteral("Unprocessable Entity");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    default: return QByteArrayLiteral("Status");
    }
}

QByteArray FakeProviderServer::statusLine(int status)
{
    return QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' + reasonPhrase(status)
           + QByteArrayLiteral("\r\n");
}

void FakeProviderServer::respond(QTcpSocket *socket, int status, const QByteArray &body,
                                 const QByteArray &contentType,
                                 const QHash<QByteArray, QByteArray> &headers)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QVariant lostKind = socket->property("lostAnswerKind");
    if (lostKind.isValid() && status >= 200 && status < 300) {
        // The work is done; the answer is lost on its way back.
        socket->setProperty("lostAnswerKind", QVariant());
        switch (static_cast<FakeFault::Kind>(lostKind.toInt())) {
        case FakeFault::Kind::CloseImmediately:
            socket->abort();
            return;
        case FakeFault::Kind::ResetMidBody:
            socket->write(statusLine(status) + QByteArrayLiteral("Content-Type: ") + contentType
                          + QByteArrayLiteral("\r\nContent-Length: ") + QByteArray::number(body.size() + 100000)
                          + QByteArrayLiteral("\r\nConnection: close\r\n\r\n") + body.left(body.size() / 2));
            socket->flush();
            socket->abort();
            return;
        default:
            respond(socket, socket->property("lostAnswerStatus").toInt(),
                    socket->property("lostAnswerBody").toByteArray(), QByteArrayLiteral("text/html"));
            return;
        }
    }
    QByteArray head = statusLine(status);
    bool hasContentType = false;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        const QByteArray name = it.key().toLower();
        if (name == "content-length" || name == "connection")
            continue;
        if (name == "content-type")
            hasContentType = true;
        head += it.key() + QByteArrayLiteral(": ") + it.value() + QByteArrayLiteral("\r\n");
    }
    if (!hasContentType && !contentType.isEmpty())
        head += QByteArrayLiteral("Content-Type: ") + contentType + QByteArrayLiteral("\r\n");
    head += QByteArrayLiteral("Content-Length: ") + QByteArray::number(body.size())
            + QByteArrayLiteral("\r\nConnection: close\r\n\r\n");
    const QVariant dripBytes = socket->property("dripBytes");
    if (dripBytes.isValid()) {
        socket->setProperty("dripBytes", QVariant());
        writeSlowly(socket, head + body, dripBytes.toInt(), socket->property("dripPauseMs").toInt());
        return;
    }
    socket->write(head);
    socket->write(body);
    const int lingerMs = socket->property("lingerMs").toInt();
    if (lingerMs > 0) {   // the client closes, having read the answer; else the server does
        QTimer::singleShot(lingerMs, socket, [socket]() { socket->disconnectFromHost(); });
        return;
    }
    socket->disconnectFromHost();   // after the pending bytes are written
}

void FakeProviderServer::respondJson(QTcpSocket *socket, int status, const QByteArray &json,
                                     const QHash<QByteArray, QByteArray> &headers)
{
    respond(socket, status, json, QByteArrayLiteral("application/json"), headers);
}

void FakeProviderServer::onNewConnection(QTcpServer *server)
{
    while (server->hasPendingConnections()) {
        QTcpSocket *socket = server->nextPendingConnection();   // a child of server
        socket->setProperty("lingerMs", m_lingerMs);
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket]() {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeProviderServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end()) {   // the request was already read: ignore the rest
        socket->readAll();
        return;
    }
    QByteArray &buffer = it.value();
    buffer += socket->readAll();

    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > kMaxHeaderBytes) {
            m_buffers.erase(it);
            respondJson(socket, 431, toJson(falDetail(QStringLiteral("headers too large"))));
        }
        return;
    }

    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        m_buffers.erase(it);
        respondJson(socket, 400, toJson(falDetail(QStringLiteral("malformed request line"))));
        return;
    }

    RecordedRequest request;
    request.method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype queryStart = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(queryStart < 0 ? target : target.left(queryStart));
    request.query = queryStart < 0 ? QString() : QString::fromUtf8(target.mid(queryStart + 1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (request.headers.contains(name))
            request.headers[name] += QByteArrayLiteral(", ") + value;
        else
            request.headers.insert(name, value);
    }

    if (request.header("transfer-encoding").toLower().contains("chunked")) {
        m_buffers.erase(it);
        respondJson(socket, 411, toJson(falDetail(QStringLiteral("chunked bodies unsupported"))));
        return;
    }
    bool ok = true;
    const QByteArray lengthValue = request.header("content-length");
    const qint64 contentLength = lengthValue.isEmpty() ? 0 : lengthValue.toLongLong(&ok);
    if (!ok || contentLength < 0 || contentLength > kMaxRequestBodyBytes) {
        m_buffers.erase(it);
        respondJson(socket, 413, toJson(falDetail(QStringLiteral("body too large"))));
        return;
    }
    const qint64 bodyStart = headerEnd + 4;
    if (buffer.size() - bodyStart < contentLength)
        return;   // wait for the rest

    request.body = buffer.mid(bodyStart, contentLength);
    request.host = QString::fromLatin1(request.header("host"));
    request.localAddress = socket->localAddress();
    request.time = QDateTime::currentDateTimeUtc();
    m_buffers.erase(it);

    // Submits are counted on arrival, whatever the answer will be.
    QString submitTo;
    if (request.method == "POST" && request.localAddress == kApiAddress) {
        if (request.path.startsWith(QLatin1String("/fal-queue/"))
            && !request.path.contains(QLatin1String("/requests/")))
            submitTo = QStringLiteral("fal");
        else if (request.path.startsWith(QLatin1String("/segmind/v1/")))
            submitTo = QStringLiteral("segmind");
        else if (request.path.startsWith(QLatin1String("/freepik/v1/ai/")))
            submitTo = QStringLiteral("freepik");
    }
    request.jobTag = tagFor(request, !submitTo.isEmpty());
    if (!submitTo.isEmpty())
        countSubmit(submitTo, request.jobTag);

    m_requests.append(request);
    Q_EMIT requestReceived(request);
    dispatch(socket, request, false);
}

void FakeProviderServer::countSubmit(const QString &provider, const QString &tag)
{
    m_submitCounts[provider] += 1;
    if (!tag.isEmpty())
        m_submitsByTag[tag] += 1;
}

void FakeProviderServer::countBilled(const QString &provider, const QString &tag,
                                     const QString &providerJobId)
{
    m_billedCounts[provider] += 1;
    if (tag.isEmpty())
        return;
    m_billedByTag[tag] += 1;
    m_tagsByJobId.insert(providerJobId, tag);
}

QString FakeProviderServer::tagFor(const RecordedRequest &request, bool submit) const
{
    if (submit) {
        if (m_tagPattern.pattern().isEmpty())
            return QString();
        return m_tagPattern.match(QString::fromUtf8(request.body)).captured(0);
    }
    for (auto it = m_tagsByJobId.cbegin(); it != m_tagsByJobId.cend(); ++it) {
        if (request.path.contains(it.key()))
            return it.value();
    }
    return QString();
}

void FakeProviderServer::writeSlowly(QTcpSocket *socket, const QByteArray &bytes, int chunkBytes,
                                     int pauseMs)
{
    const qsizetype chunk = std::max(1, chunkBytes);
    auto offset = std::make_shared<qsizetype>(chunk);
    socket->write(bytes.left(chunk));
    auto *timer = new QTimer(socket);   // dies with the socket
    connect(timer, &QTimer::timeout, socket, [socket, timer, bytes, offset, chunk]() {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        if (*offset >= bytes.size()) {
            timer->stop();
            socket->disconnectFromHost();   // after the pending bytes are written
            return;
        }
        socket->write(bytes.mid(*offset, chunk));
        *offset += chunk;
    });
    timer->start(std::max(1, pauseMs));
}

void FakeProviderServer::dispatch(QTcpSocket *socket, const RecordedRequest &request,
                                  bool skipFaults)
{
    if (!skipFaults && applyFault(socket, request))
        return;
    route(socket, request);
}

bool FakeProviderServer::applyFault(QTcpSocket *socket, const RecordedRequest &request)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        FakeFault &candidate = m_faults[i];
        if (!candidate.method.isEmpty() && candidate.method.toUpper() != request.method)
            continue;
        if (!candidate.pathContains.isEmpty() && !request.path.contains(candidate.pathContains))
            continue;
        if (!candidate.jobTag.isEmpty() && candidate.jobTag != request.jobTag)
            continue;
        const FakeFault fault = candidate;
        if (candidate.times > 0 && --candidate.times == 0)
            m_faults.removeAt(i);
        if (fault.kind == FakeFault::Kind::SlowDrip) {
            // The answer respond() writes goes out slowly (see there).
            socket->setProperty("dripBytes", fault.dripBytes);
            socket->setProperty("dripPauseMs", fault.dripPauseMs);
            route(socket, request);
            return true;
        }
        if (fault.afterWork) {
            // The answer respond() writes is replaced (see there): the work happens first.
            socket->setProperty("lostAnswerKind", static_cast<int>(fault.kind));
            socket->setProperty("lostAnswerStatus", fault.status > 0 ? fault.status : 502);
            socket->setProperty("lostAnswerBody", fault.body);
            route(socket, request);
            return true;
        }
        if (fault.kind == FakeFault::Kind::Delay) {
            QTimer::singleShot(std::max(0, fault.delayMs), socket,
                               [this, socket, request]() { dispatch(socket, request, true); });
        } else if (fault.delayMs > 0) {
            QTimer::singleShot(fault.delayMs, socket,
                               [this, socket, request, fault]() { runFault(socket, request, fault); });
        } else {
            runFault(socket, request, fault);
        }
        return true;
    }
    return false;
}

void FakeProviderServer::runFault(QTcpSocket *socket, const RecordedRequest &request,
                                  const FakeFault &fault)
{
    Q_UNUSED(request)
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    switch (fault.kind) {
    case FakeFault::Kind::Respond: {
        QByteArray contentType = QByteArrayLiteral("application/json");
        respond(socket, fault.status > 0 ? fault.status : 500, fault.body, contentType, fault.headers);
        break;
    }
    case FakeFault::Kind::ResetMidBody: {
        QByteArray head = statusLine(200);
        head += QByteArrayLiteral("Content-Type: application/json\r\nContent-Length: 100000\r\n"
                                  "Connection: close\r\n\r\n");
        socket->write(head + QByteArray(1000, 'x'));
        auto dropWhenSent = [socket]() {
            if (socket->bytesToWrite() == 0)
                socket->abort();
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, dropWhenSent);
        QTimer::singleShot(200, socket, [socket]() { socket->abort(); });   // in any case
        break;
    }
    case FakeFault::Kind::Stall:
        break;   // the client's timeout (or the server's stop()) ends it
    case FakeFault::Kind::MalformedJson:
        respondJson(socket, fault.status > 0 ? fault.status : 200,
                    fault.body.isEmpty() ? QByteArrayLiteral("{\"request_id\": \"abc\", \"status\": ")
                                         : fault.body,
                    fault.headers);
        break;
    case FakeFault::Kind::EndlessBody:
        streamEndless(socket, fault.announcedLength);
        break;
    case FakeFault::Kind::Redirect: {
        QHash<QByteArray, QByteArray> headers = fault.headers;
        headers.insert(QByteArrayLiteral("Location"), fault.location.toEncoded());
        respond(socket, fault.status > 0 ? fault.status : 302, fault.body,
                QByteArrayLiteral("text/plain"), headers);
        break;
    }
    case FakeFault::Kind::CloseImmediately:
        socket->disconnectFromHost();
        break;
    case FakeFault::Kind::Delay:
    case FakeFault::Kind::SlowDrip:
        break;   // handled in applyFault
    }
}

void FakeProviderServer::streamEndless(QTcpSocket *socket, qint64 announcedLength)
{
    QByteArray head = statusLine(200) + QByteArrayLiteral("Content-Type: application/json\r\n");
    if (announcedLength >= 0)
        head += QByteArrayLiteral("Content-Length: ") + QByteArray::number(announcedLength)
                + QByteArrayLiteral("\r\n");
    head += QByteArrayLiteral("Connection: close\r\n\r\n[");
    connect(socket, &QTcpSocket::bytesWritten, this,
            [this](qint64 bytes) { m_endlessBytesSent += bytes; });
    socket->write(head);

    auto *timer = new QTimer(socket);   // dies with the socket
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    auto written = std::make_shared<qint64>(0);
    const QByteArray chunk(kEndlessChunkBytes, '7');
    connect(timer, &QTimer::timeout, socket, [socket, timer, elapsed, written, chunk]() {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        if (*written >= kEndlessHardCapBytes || elapsed->elapsed() >= kStreamHardCapMs) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        // Keep at most ~1 MiB queued in the socket: the server's memory stays flat too.
        while (socket->bytesToWrite() < kMaxPendingWriteBytes && *written < kEndlessHardCapBytes) {
            socket->write(chunk);
            *written += chunk.size();
        }
    });
    timer->start(1);
}

bool FakeProviderServer::checkKey(const QByteArray &presented, const QString &expected) const
{
    if (presented.isEmpty())
        return false;
    if (m_acceptAnyKey || expected.isEmpty())
        return true;
    return presented == expected.toUtf8();
}

// ---------------------------------------------------------------------------------------------
// Routing

void FakeProviderServer::route(QTcpSocket *socket, const RecordedRequest &request)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;

    if (request.path == QLatin1String("/echo")) {
        const QJsonObject echo{
            {QStringLiteral("method"), QString::fromLatin1(request.method)},
            {QStringLiteral("path"), request.path},
            {QStringLiteral("query"), request.query},
            {QStringLiteral("host"), request.host},
            {QStringLiteral("authorization"), request.hasHeader("authorization")},
            {QStringLiteral("body_size"), request.body.size()},
        };
        respondJson(socket, 200, toJson(echo));
        return;
    }
    if (request.path == QLatin1String("/fake/stats") && request.localAddress == kApiAddress
        && request.method == "GET") {
        respondJson(socket, 200, statsJson());
        return;
    }

    if (request.localAddress == kCdnAddress) {
        routeCdn(socket, request);
        return;
    }

    struct Prefix
    {
        QLatin1String prefix;
        void (FakeProviderServer::*handler)(QTcpSocket *, const RecordedRequest &, const QString &);
    };
    static const Prefix prefixes[] = {
        {QLatin1String("/fal-queue/"), &FakeProviderServer::routeFalQueue},
        {QLatin1String("/fal-rest/"), &FakeProviderServer::routeFalRest},
        {QLatin1String("/segmind-upload/"), &FakeProviderServer::routeSegmindUpload},
        {QLatin1String("/segmind/"), &FakeProviderServer::routeSegmind},
        {QLatin1String("/freepik/"), &FakeProviderServer::routeFreepik},
    };
    for (const Prefix &entry : prefixes) {
        if (request.path.startsWith(entry.prefix)) {
            (this->*entry.handler)(socket, request, request.path.mid(entry.prefix.size()));
            return;
        }
    }
    respondJson(socket, 404, toJson(falDetail(QStringLiteral("Not Found"))));
}

QString FakeProviderServer::cdnFileUrl(const QString &path) const
{
    QUrl url = cdnUrl();
    url.setPath(path);
    return url.toString();
}

void FakeProviderServer::routeCdn(QTcpSocket *socket, const RecordedRequest &request)
{
    const QString &path = request.path;
    if (path.startsWith(QLatin1String("/upload/"))) {
        if (request.method != "PUT") {
            respondJson(socket, 405, toJson(falDetail(QStringLiteral("Method Not Allowed"))));
            return;
        }
        if (request.hasHeader("authorization")) {
            respondJson(socket, 400, toJson(falDetail(QStringLiteral(
                                         "the upload URL is pre-signed: do not send Authorization"))));
            return;
        }
        const QString token = path.mid(8);
        const auto it = m_uploadTokens.constFind(token);
        if (it == m_uploadTokens.constEnd()) {
            respondJson(socket, 404, toJson(falDetail(QStringLiteral("unknown upload token"))));
            return;
        }
        QByteArray type = request.header("content-type");
        if (type.isEmpty())
            type = QByteArrayLiteral("application/octet-stream");
        m_files.insert(it.value(), {request.body, type});
        respond(socket, 200, QByteArray(), QByteArray());
        return;
    }

    if (request.method != "GET" && request.method != "HEAD") {
        respondJson(socket, 405, toJson(falDetail(QStringLiteral("Method Not Allowed"))));
        return;
    }
    const auto stored = m_files.constFind(path);
    if (stored != m_files.constEnd()) {
        respond(socket, 200, stored.value().data, stored.value().contentType);
        return;
    }
    if ((path.startsWith(QLatin1String("/files/result-")) || path.startsWith(QLatin1String("/freepik/")))
        && path.endsWith(QLatin1String(".png"))) {
        const QByteArray fixed =
            m_resultImages.value(path.startsWith(QLatin1String("/freepik/")) ? QStringLiteral("freepik") : QStringLiteral("fal"));
        respond(socket, 200, fixed.isEmpty() ? makePng(path) : fixed,
                fixed.startsWith("\xff\xd8") ? QByteArrayLiteral("image/jpeg") : QByteArrayLiteral("image/png"));
        return;
    }
    respond(socket, 404, QByteArrayLiteral("<html><body>Not Found</body></html>"),
            QByteArrayLiteral("text/html"));
}

// ---------------------------------------------------------------------------------------------
// fal

QString FakeProviderServer::falUrlFor(const FalJob &job, const QString &suffix) const
{
    QUrl url = falQueueUrl();
    url.setPath(url.path() + QLatin1Char('/') + job.appId + QLatin1String("/requests/") + job.id
                + suffix);
    return url.toString();
}

QByteArray FakeProviderServer::falStatusJson(FalJob &job, bool advance, bool logs, int *httpStatus)
{
    QString state;
    if (job.cancelled) {
        state = QStringLiteral("ERROR:cancelled");
    } else if (job.runTimeMs > 0) {
        // A timed job: its state comes from the server's clock, not from the client's asking.
        state = job.completedUs >= 0 ? QStringLiteral("COMPLETED") : QStringLiteral("IN_PROGRESS");
        if (advance && job.step < 1)
            ++job.step;
    } else {
        const int index = std::min<int>(job.step, static_cast<int>(job.script.size()) - 1);
        state = job.script.value(std::max(0, index), QStringLiteral("COMPLETED"));
        if (advance && job.step < job.script.size())
            ++job.step;
    }
    job.currentState = state;

    QJsonObject object{
        {QStringLiteral("request_id"), job.id},
        {QStringLiteral("response_url"), falUrlFor(job, QString())},
        {QStringLiteral("status_url"), falUrlFor(job, QStringLiteral("/status"))},
        {QStringLiteral("cancel_url"), falUrlFor(job, QStringLiteral("/cancel"))},
    };
    QJsonArray logLines;
    const int shownLogs = std::max(1, job.step);
    for (int i = 0; i < shownLogs; ++i) {
        logLines.append(QJsonObject{
            {QStringLiteral("message"), m_falLogTemplate.arg(i + 1)},
            {QStringLiteral("level"), QStringLiteral("INFO")},
            {QStringLiteral("source"), QStringLiteral("USER")},
            {QStringLiteral("timestamp"),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        });
    }

    if (state.startsWith(QLatin1String("IN_QUEUE"))) {
        object.insert(QStringLiteral("status"), QStringLiteral("IN_QUEUE"));
        object.insert(QStringLiteral("queue_position"), state.section(QLatin1Char(':'), 1).toInt());
        *httpStatus = 202;
    } else if (state == QLatin1String("IN_PROGRESS")) {
        object.insert(QStringLiteral("status"), QStringLiteral("IN_PROGRESS"));
        if (logs)
            object.insert(QStringLiteral("logs"), logLines);
        *httpStatus = 202;
    } else {
        object.insert(QStringLiteral("status"), QStringLiteral("COMPLETED"));
        if (logs)
            object.insert(QStringLiteral("logs"), logLines);
        if (state.startsWith(QLatin1String("ERROR"))) {
            const QString message = state.section(QLatin1Char(':'), 1);
            object.insert(QStringLiteral("error"),
                          message.isEmpty() ? QStringLiteral("the model failed") : message);
            object.insert(QStringLiteral("error_type"), job.cancelled
                                                            ? QStringLiteral("client_cancelled")
                                                            : QStringLiteral("runner_server_error"));
        } else {
            object.insert(QStringLiteral("metrics"),
                          QJsonObject{{QStringLiteral("inference_time"), 0.42}});
        }
        *httpStatus = 200;
    }
    return toJson(object);
}

QByteArray FakeProviderServer::falResultJson(const FalJob &job) const
{
    QSize size(kImageWidth, kImageHeight);
    if (const QByteArray fixed = m_resultImages.value(QStringLiteral("fal")); !fixed.isEmpty()) {
        QBuffer buffer;
        buffer.setData(fixed);
        buffer.open(QIODevice::ReadOnly);
        size = QImageReader(&buffer).size();
    }
    auto image = [this, size](const QString &name) {
        return QJsonObject{
            {QStringLiteral("url"), cdnFileUrl(QStringLiteral("/files/") + name)},
            {QStringLiteral("content_type"), QStringLiteral("image/png")},
            {QStringLiteral("file_name"), name},
            {QStringLiteral("width"), size.width()},
            {QStringLiteral("height"), size.height()},
        };
    };
    if (job.endpointId == QLatin1String("bria/reimagine/3.2"))
        return toJson(QJsonObject{{QStringLiteral("image"),
                                   image(QStringLiteral("result-%1.png").arg(job.id))}});
    QJsonArray images;
    for (int i = 1; i <= job.numImages; ++i)
        images.append(image(QStringLiteral("result-%1-%2.png").arg(job.id).arg(i)));
    return toJson(QJsonObject{{QStringLiteral("images"), images},
                              {QStringLiteral("seed"), job.seed}});
}

void FakeProviderServer::routeFalRest(QTcpSocket *socket, const RecordedRequest &request,
                                      const QString &rest)
{
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Key ") || !checkKey(auth.mid(4).trimmed(), m_falKey)) {
        respondJson(socket, 401, toJson(falDetail(QStringLiteral("Invalid API key"))));
        return;
    }
    if (rest != QLatin1String("storage/upload/initiate") || request.method != "POST") {
        respondJson(socket, 404, toJson(falDetail(QStringLiteral("Not Found"))));
        return;
    }
    const QJsonObject input = QJsonDocument::fromJson(request.body).object();
    const QString contentType = input.value(QStringLiteral("content_type")).toString();
    QString fileName = input.value(QStringLiteral("file_name")).toString();
    if (contentType.isEmpty()) {
        respondJson(socket, 422, toJson(QJsonObject{
            {QStringLiteral("detail"),
             QJsonArray{missingField(QStringLiteral("content_type"), QStringLiteral("Field required"),
                                     QStringLiteral("missing"))}}}));
        return;
    }
    fileName = fileName.section(QLatin1Char('/'), -1);
    if (fileName.isEmpty())
        fileName = QStringLiteral("upload.bin");
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    const QString filePath = QStringLiteral("/files/%1/%2").arg(token, fileName);
    m_uploadTokens.insert(token, filePath);
    respondJson(socket, 200, toJson(QJsonObject{
        {QStringLiteral("upload_url"), cdnFileUrl(QStringLiteral("/upload/") + token)},
        {QStringLiteral("file_url"), cdnFileUrl(filePath)},
    }));
}

void FakeProviderServer::routeFalQueue(QTcpSocket *socket, const RecordedRequest &request,
                                       const QString &rest)
{
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Key ") || !checkKey(auth.mid(4).trimmed(), m_falKey)) {
        respondJson(socket, 401, toJson(falDetail(QStringLiteral("Invalid API key"))));
        return;
    }

    const qsizetype requestsAt = rest.indexOf(QLatin1String("/requests/"));
    if (requestsAt < 0) {
        // submit: POST /<full endpoint id>
        if (request.method != "POST") {
            respondJson(socket, 405, toJson(falDetail(QStringLiteral("Method Not Allowed"))));
            return;
        }
        QString endpointId = rest;
        while (endpointId.endsWith(QLatin1Char('/')))
            endpointId.chop(1);
        const auto required = m_falRequired.constFind(endpointId);
        if (required == m_falRequired.constEnd()) {
            respondJson(socket, 404, toJson(falDetail(
                                         QStringLiteral("Application '%1' not found").arg(endpointId))));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            respondJson(socket, 422, toJson(QJsonObject{
                {QStringLiteral("detail"),
                 QJsonArray{QJsonObject{{QStringLiteral("loc"), QJsonArray{QStringLiteral("body")}},
                                        {QStringLiteral("msg"), QStringLiteral("Input should be a valid dictionary")},
                                        {QStringLiteral("type"), QStringLiteral("dict_type")}}}}}));
            return;
        }
        const QJsonObject input = document.object();
        QJsonArray problems;
        for (const QString &field : required.value()) {
            const QJsonValue value = input.value(field);
            if (value.isUndefined() || value.isNull()
                || (value.isString() && value.toString().isEmpty()))
                problems.append(missingField(field, QStringLiteral("Field required"),
                                             QStringLiteral("missing")));
        }
        if (input.contains(QStringLiteral("seed")) && !input.value(QStringLiteral("seed")).isDouble())
            problems.append(missingField(QStringLiteral("seed"),
                                         QStringLiteral("Input should be a valid integer"),
                                         QStringLiteral("int_parsing")));
        const int numImages = input.value(QStringLiteral("num_images")).toInt(1);
        if (numImages < 1 || numImages > 8)
            problems.append(missingField(QStringLiteral("num_images"),
                                         QStringLiteral("Input should be less than or equal to 8"),
                                         QStringLiteral("less_than_equal")));
        if (!problems.isEmpty()) {
            respondJson(socket, 422, toJson(QJsonObject{{QStringLiteral("detail"), problems}}));
            return;
        }

        FalJob job;
        job.id = newId();
        job.endpointId = endpointId;
        const QStringList parts = endpointId.split(QLatin1Char('/'));
        const bool namespaced = parts.value(0) == QLatin1String("workflows")
                                || parts.value(0) == QLatin1String("comfy");
        job.appId = parts.mid(0, namespaced ? 3 : 2).join(QLatin1Char('/'));
        job.script = m_falScript;
        job.tag = request.jobTag;
        job.order = static_cast<int>(m_falJobs.size());
        job.submittedUs = clockUs();
        job.runTimeMs = m_falRunTimeByTag.value(request.jobTag, m_falRunTimeMs);
        if (job.runTimeMs > 0) {
            job.script = {QStringLiteral("IN_PROGRESS")};
            job.currentState = QStringLiteral("IN_PROGRESS");
        }
        if (m_neverFinishing.contains(request.jobTag)) {
            job.script = {QStringLiteral("IN_QUEUE:1"), QStringLiteral("IN_PROGRESS")};
            job.runTimeMs = 0;
        }
        job.numImages = numImages;
        job.seed = input.contains(QStringLiteral("seed"))
                       ? static_cast<qint64>(input.value(QStringLiteral("seed")).toDouble())
                       : 1000 + m_nextId;
        ++m_nextId;
        const QString first = job.script.value(0);
        m_falJobs.insert(job.id, job);
        countBilled(QStringLiteral("fal"), request.jobTag, job.id);
        if (job.runTimeMs > 0) {
            const QString id = job.id;
            QTimer::singleShot(job.runTimeMs, Qt::PreciseTimer, this,
                               [this, id]() { completeTimedFalJob(id); });
        }

        respondJson(socket, 200,
                    toJson(QJsonObject{
                        {QStringLiteral("request_id"), job.id},
                        {QStringLiteral("response_url"), falUrlFor(job, QString())},
                        {QStringLiteral("status_url"), falUrlFor(job, QStringLiteral("/status"))},
                        {QStringLiteral("cancel_url"), falUrlFor(job, QStringLiteral("/cancel"))},
                        {QStringLiteral("queue_position"),
                         first.startsWith(QLatin1String("IN_QUEUE"))
                             ? first.section(QLatin1Char(':'), 1).toInt() : 0},
                        {QStringLiteral("status"), QStringLiteral("IN_QUEUE")},
                    }),
                    {{QByteArrayLiteral("x-fal-request-id"), job.id.toUtf8()}});
        return;
    }

    const QString appId = rest.left(requestsAt);
    const QStringList tail = rest.mid(requestsAt + 10).split(QLatin1Char('/'));
    const auto jobIt = m_falJobs.find(tail.value(0));
    if (jobIt == m_falJobs.end()) {
        respondJson(socket, 404, toJson(falDetail(QStringLiteral("Request not found"))));
        return;
    }
    FalJob &job = jobIt.value();
    if (appId != job.appId) {
        respondJson(socket, 405, toJson(falDetail(
                                     QStringLiteral("Method Not Allowed: use /%1/requests/...").arg(job.appId))));
        return;
    }
    const QUrlQuery query(request.query);
    const QString logsValue = query.queryItemValue(QStringLiteral("logs"));
    const bool logs = logsValue == QLatin1String("1") || logsValue == QLatin1String("true");
    const QString action = tail.mid(1).join(QLatin1Char('/'));

    if (action == QLatin1String("status") && request.method == "GET") {
        ++job.statusPolls;
        int status = 200;
        const QByteArray json = falStatusJson(job, true, logs, &status);
        respondJson(socket, status, json);
    } else if (action == QLatin1String("status/stream") && request.method == "GET") {
        switch (m_sseMode) {
        case SseMode::Unsupported:
            respondJson(socket, 405, toJson(falDetail(QStringLiteral("Method Not Allowed"))));
            break;
        case SseMode::Stall:
            break;
        case SseMode::Supported:
            ++job.streamOpens;
            if (job.runTimeMs > 0)
                streamTimedFalStatus(socket, job.id, logs);
            else
                streamFalStatus(socket, job.id, logs);
            break;
        }
    } else if (action.isEmpty() && request.method == "GET") {
        if (++job.resultRequests == 1)
            job.resultRequestedUs = clockUs();
        if (job.cancelled) {
            respondJson(socket, 400, toJson(falDetail(QStringLiteral("Request was cancelled"))));
        } else if (job.currentState.startsWith(QLatin1String("ERROR"))) {
            respondJson(socket, 500,
                        toJson(QJsonObject{{QStringLiteral("detail"), job.currentState.section(QLatin1Char(':'), 1)},
                                           {QStringLiteral("error_type"), QStringLiteral("runner_server_error")}}),
                        {{QByteArrayLiteral("x-fal-error-type"), QByteArrayLiteral("runner_server_error")}});
        } else if (job.currentState != QLatin1String("COMPLETED")) {
            respondJson(socket, 400, toJson(falDetail(QStringLiteral("Request is still in progress"))));
        } else {
            respondJson(socket, 200, falResultJson(job),
                        {{QByteArrayLiteral("x-fal-request-id"), job.id.toUtf8()}});
        }
    } else if (action == QLatin1String("cancel") && request.method == "PUT") {
        if (isTerminal(job.currentState) || job.cancelled) {
            respondJson(socket, 400, toJson(QJsonObject{{QStringLiteral("status"),
                                                         QStringLiteral("ALREADY_COMPLETED")}}));
        } else {
            job.cancelled = true;
            respondJson(socket, 202, toJson(QJsonObject{{QStringLiteral("status"),
                                                         QStringLiteral("CANCELLATION_REQUESTED")}}));
        }
    } else {
        respondJson(socket, 405, toJson(falDetail(QStringLiteral("Method Not Allowed"))));
    }
}

void FakeProviderServer::streamFalStatus(QTcpSocket *socket, const QString &jobId, bool logs)
{
    socket->write(statusLine(200)
                  + QByteArrayLiteral("Content-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                                      "Connection: close\r\n\r\n"));
    auto *timer = new QTimer(socket);   // dies with the socket
    auto events = std::make_shared<int>(0);
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    connect(timer, &QTimer::timeout, socket, [this, socket, timer, jobId, logs, events, elapsed]() {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        const auto it = m_falJobs.find(jobId);
        if (it == m_falJobs.end() || ++*events > kMaxSseEvents
            || elapsed->elapsed() > kStreamHardCapMs) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        int status = 200;
        const QByteArray json = falStatusJson(it.value(), true, logs, &status);
        socket->write(QByteArrayLiteral("data: ") + json + QByteArrayLiteral("\n\n"));
        if (isTerminal(it.value().currentState)) {
            timer->stop();
            socket->disconnectFromHost();
        }
    });
    timer->start(std::max(1, m_sseIntervalMs));
}

void FakeProviderServer::streamTimedFalStatus(QTcpSocket *socket, const QString &jobId, bool logs)
{
    // As fal's stream: the current status at once, IN_PROGRESS with logs every interval, and
    // COMPLETED the moment the job completes (completeTimedFalJob), then the stream ends.
    socket->write(statusLine(200)
                  + QByteArrayLiteral("Content-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                                      "Connection: close\r\n\r\n"));
    const auto writeStatus = [this, socket, jobId, logs]() {
        const auto it = m_falJobs.find(jobId);
        if (it == m_falJobs.end() || socket->state() != QAbstractSocket::ConnectedState)
            return false;
        int status = 200;
        const QByteArray json = falStatusJson(it.value(), true, logs, &status);
        socket->write(QByteArrayLiteral("data: ") + json + QByteArrayLiteral("\n\n"));
        if (isTerminal(it.value().currentState)) {
            socket->disconnectFromHost();
            return false;
        }
        return true;
    };
    if (!writeStatus())
        return;
    m_falStreams[jobId].append(QPointer<QTcpSocket>(socket));
    auto *timer = new QTimer(socket);   // dies with the socket
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    connect(timer, &QTimer::timeout, socket, [socket, timer, writeStatus, elapsed]() {
        if (elapsed->elapsed() > kStreamHardCapMs) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        if (!writeStatus())
            timer->stop();
    });
    timer->start(std::max(1, m_sseIntervalMs));
}

void FakeProviderServer::completeTimedFalJob(const QString &jobId)
{
    const auto it = m_falJobs.find(jobId);
    if (it == m_falJobs.end() || it->cancelled || it->completedUs >= 0)
        return;
    it->completedUs = clockUs();
    it->currentState = QStringLiteral("COMPLETED");
    const QList<QPointer<QTcpSocket>> streams = m_falStreams.take(jobId);
    for (const QPointer<QTcpSocket> &socket : streams) {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            continue;
        int status = 200;
        const QByteArray json = falStatusJson(it.value(), true, true, &status);
        socket->write(QByteArrayLiteral("data: ") + json + QByteArrayLiteral("\n\n"));
        socket->flush();
        socket->disconnectFromHost();
    }
}

// ---------------------------------------------------------------------------------------------
// Segmind

void FakeProviderServer::routeSegmindUpload(QTcpSocket *socket, const RecordedRequest &request,
                                            const QString &rest)
{
    const QByteArray errorKey = QByteArrayLiteral("error");
    auto error = [&errorKey](const QString &message) {
        return toJson(QJsonObject{{QString::fromLatin1(errorKey), message}});
    };
    if (!checkKey(request.header("x-api-key"), m_segmindKey)) {
        respondJson(socket, 401, error(QStringLiteral("Unauthorized: invalid API key")));
        return;
    }
    if (rest != QLatin1String("upload-asset") || request.method != "POST") {
        respondJson(socket, 404, error(QStringLiteral("Not found")));
        return;
    }
    const QJsonArray dataUrls =
        QJsonDocument::fromJson(request.body).object().value(QStringLiteral("data_urls")).toArray();
    if (dataUrls.isEmpty()) {
        respondJson(socket, 400, error(QStringLiteral("data_urls is required")));
        return;
    }
    QJsonArray urls;
    for (const QJsonValue &value : dataUrls) {
        const QByteArray dataUrl = value.toString().toLatin1();
        const qsizetype comma = dataUrl.indexOf(',');
        if (!dataUrl.startsWith("data:") || comma < 0 || !dataUrl.left(comma).endsWith(";base64")) {
            respondJson(socket, 400, error(QStringLiteral("data_urls must hold base64 data URLs")));
            return;
        }
        const QByteArray mime = dataUrl.mid(5, comma - 5 - 7);
        const auto decoded = QByteArray::fromBase64Encoding(dataUrl.mid(comma + 1),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            respondJson(socket, 400, error(QStringLiteral("invalid base64 in data URL")));
            return;
        }
        const QString extension = mime.contains("png") ? QStringLiteral("png")
                                  : mime.contains("webp") ? QStringLiteral("webp")
                                                          : QStringLiteral("jpg");
        const QString path = QStringLiteral("/segmind-assets/%1.%2").arg(m_nextId++).arg(extension);
        m_files.insert(path, {decoded.decoded, mime});
        urls.append(cdnFileUrl(path));
    }
    respondJson(socket, 200, toJson(QJsonObject{{QStringLiteral("urls"), urls}}));
}

void FakeProviderServer::routeSegmind(QTcpSocket *socket, const RecordedRequest &request,
                                      const QString &rest)
{
    auto error = [](const QString &message) {
        return toJson(QJsonObject{{QStringLiteral("error"), message}});
    };
    if (!checkKey(request.header("x-api-key"), m_segmindKey)) {
        respondJson(socket, 401, error(QStringLiteral("Unauthorized: invalid API key")));
        return;
    }
    if (rest == QLatin1String("v1/get-user-credits") && request.method == "GET") {
        respondJson(socket, 200, toJson(QJsonObject{{QStringLiteral("credits"), m_segmindCredits},
                                                    {QStringLiteral("free-credits"), 0}}));
        return;
    }
    if (rest != QLatin1String("v1/bria-reimagine")) {
        respondJson(socket, 404, error(QStringLiteral("Model not found")));
        return;
    }
    if (request.method != "POST") {
        respond(socket, 405, QByteArrayLiteral("<html><body>405 Method Not Allowed</body></html>"),
                QByteArrayLiteral("text/html"));
        return;
    }
    if (m_segmindNoCredits) {
        respondJson(socket, 406, error(QStringLiteral("Not enough credits")));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        respondJson(socket, 400, error(QStringLiteral("Invalid JSON body")));
        return;
    }
    const QJsonObject input = document.object();
    if (input.value(QStringLiteral("prompt")).toString().isEmpty()) {
        respondJson(socket, 400, error(QStringLiteral("prompt is required")));
        return;
    }
    const qint64 seed = input.contains(QStringLiteral("seed"))
                            ? static_cast<qint64>(input.value(QStringLiteral("seed")).toDouble())
                            : 42;
    const QString requestId = newId();
    m_segmindCredits = std::max(0.0, m_segmindCredits - 0.012);
    countBilled(QStringLiteral("segmind"), request.jobTag, requestId);
    const QByteArray fixed = m_resultImages.value(QStringLiteral("segmind"));
    respond(socket, 200, fixed.isEmpty() ? makeJpeg(QStringLiteral("segmind-") + requestId) : fixed,
            fixed.isEmpty() ? m_segmindContentType
                            : (fixed.startsWith("\xff\xd8") ? QByteArrayLiteral("image/jpeg") : QByteArrayLiteral("image/png")),
            {{QByteArrayLiteral("x-cost"), QByteArrayLiteral("0.012")},
             {QByteArrayLiteral("x-remaining-credits"), QByteArray::number(m_segmindCredits, 'f', 3)},
             {QByteArrayLiteral("x-seed-value"), QByteArray::number(seed)},
             {QByteArrayLiteral("x-request-id"), requestId.toUtf8()},
             {QByteArrayLiteral("x-generation-time"), QByteArrayLiteral("1.23")}});
}

// ---------------------------------------------------------------------------------------------
// Freepik

QByteArray FakeProviderServer::freepikTaskJson(const FreepikTask &task, const QString &status) const
{
    QJsonArray generated;
    if (status == QLatin1String("COMPLETED")) {
        const QByteArray fixed = m_resultImages.value(QStringLiteral("freepik"));
        if (task.mode == FreepikMode::Base64)
            generated.append(QString::fromLatin1(
                (fixed.isEmpty() ? makePng(QStringLiteral("freepik-") + task.id) : fixed).toBase64()));
        else
            generated.append(cdnFileUrl(QStringLiteral("/freepik/%1.png").arg(task.id)));
    }
    return toJson(QJsonObject{{QStringLiteral("data"),
                               QJsonObject{{QStringLiteral("task_id"), task.id},
                                           {QStringLiteral("status"), status},
                                           {QStringLiteral("generated"), generated}}}});
}

void FakeProviderServer::routeFreepik(QTcpSocket *socket, const RecordedRequest &request,
                                      const QString &rest)
{
    const QHash<QByteArray, QByteArray> problemType{
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/problem+json")}};
    if (!checkKey(request.header("x-freepik-api-key"), m_freepikKey)) {
        respondJson(socket, 401, toJson(QJsonObject{{QStringLiteral("message"),
                                                     QStringLiteral("Invalid API key")}}));
        return;
    }
    const QString route = QStringLiteral("v1/ai/beta/text-to-image/reimagine-flux");
    if (rest == route && request.method == "POST") {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        const QJsonValue image = document.object().value(QStringLiteral("image"));
        auto invalid = [&](const QString &reason, bool nested) {
            const QJsonObject problem{
                {QStringLiteral("message"), QStringLiteral("Your request is invalid")},
                {QStringLiteral("invalid_params"),
                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("image")},
                                        {QStringLiteral("reason"), reason}}}}};
            respondJson(socket, 400,
                        toJson(nested ? QJsonObject{{QStringLiteral("problem"), problem}} : problem),
                        problemType);
        };
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            respondJson(socket, 400, toJson(QJsonObject{{QStringLiteral("message"),
                                                         QStringLiteral("Invalid JSON body")}}),
                        problemType);
            return;
        }
        if (!image.isString() || image.toString().isEmpty()) {
            invalid(QStringLiteral("image is required"), false);
            return;
        }
        if (image.toString().startsWith(QLatin1String("data:"))) {
            invalid(QStringLiteral("image must be raw base64, without a data: URI prefix"), true);
            return;
        }
        if (!QByteArray::fromBase64Encoding(image.toString().toLatin1(),
                                            QByteArray::AbortOnBase64DecodingErrors)) {
            invalid(QStringLiteral("image is not valid base64"), false);
            return;
        }
        FreepikTask task;
        task.id = newId();
        task.mode = m_freepikMode;
        task.pollsLeft = m_freepikMode == FreepikMode::Async ? std::max(0, m_freepikPollsUntilDone - 1)
                                                             : 0;
        if (m_neverFinishing.contains(request.jobTag)) {
            task.mode = FreepikMode::Async;
            task.pollsLeft = std::numeric_limits<int>::max();
        }
        m_freepikTasks.insert(task.id, task);
        countBilled(QStringLiteral("freepik"), request.jobTag, task.id);
        const QString status = task.mode == FreepikMode::Async    ? QStringLiteral("IN_PROGRESS")
                               : task.mode == FreepikMode::Failed ? QStringLiteral("FAILED")
                                                                  : QStringLiteral("COMPLETED");
        respondJson(socket, 200, freepikTaskJson(task, status));
        return;
    }
    if (rest.startsWith(route + QLatin1Char('/')) && request.method == "GET") {
        const auto it = m_freepikTasks.find(rest.mid(route.size() + 1));
        if (it == m_freepikTasks.end()) {
            respondJson(socket, 404, toJson(QJsonObject{{QStringLiteral("message"),
                                                         QStringLiteral("Task not found")}}));
            return;
        }
        FreepikTask &task = it.value();
        QString status = QStringLiteral("COMPLETED");
        if (task.mode == FreepikMode::Failed) {
            status = QStringLiteral("FAILED");
        } else if (task.pollsLeft > 0) {
            --task.pollsLeft;
            status = QStringLiteral("IN_PROGRESS");
        }
        respondJson(socket, 200, freepikTaskJson(task, status));
        return;
    }
    respondJson(socket, 404, toJson(QJsonObject{{QStringLiteral("message"), QStringLiteral("Not found")}}));
}
