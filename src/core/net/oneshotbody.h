#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once and never rewound. QNetworkAccessManager (Qt 6.4) sends a
// request again on its own when the connection closes before the answer begins; for a request
// that creates and bills a provider job that would pay twice. Given this device (with
// DoNotBufferUploadDataAttribute), it cannot: the second send fails with ContentReSendError.
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
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
