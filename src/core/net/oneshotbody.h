#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that is read once and never rewound after its first byte. QNetworkAccessManager
// (Qt 6.4) sends a request again on its own when the connection closes before the answer begins;
// for a request that creates and bills a provider job that would pay twice. Given this device
// (with DoNotBufferUploadDataAttribute), it cannot: the second send fails with ContentReSendError.
// Before the first byte is read Qt may still rewind it: a request given a connection that was
// already closing is moved to a new one, and nothing of it can have reached the server.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }
    bool atEnd() const override;
    bool reset() override;
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
