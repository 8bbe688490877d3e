#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <cmath>

RetryPolicy::RetryPolicy()
    : m_retryableStatuses({429, 502, 503, 504})
{
}

RetryPolicy RetryPolicy::defaults()
{
    return RetryPolicy();
}

RetryPolicy RetryPolicy::forSubmit()
{
    RetryPolicy policy;
    policy.setMaxDelayMs(60000);
    return policy;
}

RetryPolicy RetryPolicy::forStatusPolls()
{
    RetryPolicy policy;
    policy.setMaxAttempts(6);
    policy.addRetryableStatus(500);
    return policy;
}

RetryPolicy RetryPolicy::none()
{
    RetryPolicy policy;
    policy.setMaxAttempts(1);
    return policy;
}

RetryPolicy &RetryPolicy::setMaxAttempts(int attempts)
{
    m_maxAttempts = std::max(1, attempts);
    return *this;
}

RetryPolicy &RetryPolicy::setInitialDelayMs(int ms)
{
    m_initialDelayMs = std::max(0, ms);
    return *this;
}

RetryPolicy &RetryPolicy::setMaxDelayMs(int ms)
{
    m_maxDelayMs = std::max(0, ms);
    return *this;
}

RetryPolicy &RetryPolicy::setFactor(double factor)
{
    m_factor = std::max(1.0, factor);
    return *this;
}

RetryPolicy &RetryPolicy::setJitter(double jitter)
{
    m_jitter = std::clamp(jitter, 0.0, 1.0);
    return *this;
}

RetryPolicy &RetryPolicy::setRetryableStatuses(const QSet<int> &statuses)
{
    m_retryableStatuses = statuses;
    return *this;
}

RetryPolicy &RetryPolicy::addRetryableStatus(int status)
{
    m_retryableStatuses.insert(status);
    return *this;
}

RetryPolicy &RetryPolicy::setRetryTransportErrors(bool retry)
{
    m_retryTransportErrors = retry;
    return *this;
}

RetryPolicy &RetryPolicy::setRandomSource(const RandomSource &random)
{
    m_random = random;
    return *this;
}

RetryPolicy &RetryPolicy::setClock(const Clock &clock)
{
    m_clock = clock;
    return *this;
}

bool RetryPolicy::isTransportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

bool RetryPolicy::shouldRetry(int attempt, int httpStatus, QNetworkReply::NetworkError error,
                              const QHash<QByteArray, QByteArray> &headers) const
{
    if (attempt >= m_maxAttempts)
        return false;
    if (error == QNetworkReply::OperationCanceledError)
        return false;   // a deliberate abort; our own transfer timeout is reported as TimeoutError

    if (isTransportError(error))
        return m_retryTransportErrors;

    if (httpStatus <= 0)
        return false;
    // The server tells us explicitly.
    if (headers.value(QByteArrayLiteral("x-fal-retryable")).trimmed().toLower() == "false")
        return false;
    // The caller's own x-fal-request-timeout ran out: retrying cannot help.
    if (httpStatus == 504
        && headers.value(QByteArrayLiteral("x-fal-request-timeout-type")).trimmed().toLower() == "user")
        return false;
    if (httpStatus == 408 || httpStatus == 429)
        return m_retryableStatuses.contains(httpStatus) || httpStatus == 408;
    if (httpStatus >= 400 && httpStatus < 500)
        return false;
    return m_retryableStatuses.contains(httpStatus);
}

int RetryPolicy::delayMs(int attempt, const QByteArray &retryAfterHeader) const
{
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    const qint64 serverMs = parseRetryAfterMs(retryAfterHeader, now);
    if (serverMs >= 0)
        return static_cast<int>(std::min<qint64>(serverMs, kRetryAfterHardCapMs));

    const int exponent = std::max(0, attempt - 1);
    const double base = std::min(static_cast<double>(m_maxDelayMs),
                                 m_initialDelayMs * std::pow(m_factor, std::min(exponent, 60)));
    const double random = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    const double r = std::clamp(random, 0.0, 1.0);
    const double jittered = base * (1.0 + m_jitter * (2.0 * r - 1.0));
    return static_cast<int>(std::clamp(jittered, 0.0, static_cast<double>(m_maxDelayMs)));
}

qint64 RetryPolicy::parseResetAtMs(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const double number = trimmed.toDouble(&isNumber);
    QDateTime when;
    if (isNumber) {
        if (!std::isfinite(number) || number < 1e9) // not an epoch time: unknown meaning
            return -1;
        when = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(number * 1000.0), Qt::UTC);
    } else {
        when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::ISODateWithMs);
        if (!when.isValid())
            when = parseHttpDate(trimmed);
        if (when.isValid() && when.timeSpec() == Qt::LocalTime)
            when.setTimeSpec(Qt::UTC); // "…-at-utc": a date without an offset is UTC
    }
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, nowUtc.msecsTo(when));
}

QByteArray RetryPolicy::serverDelayHeader(const QHash<QByteArray, QByteArray> &headers, const QDateTime &nowUtc)
{
    const QByteArray retryAfter = headers.value(QByteArrayLiteral("retry-after"));
    if (!retryAfter.isEmpty())
        return retryAfter;
    const qint64 resetMs = parseResetAtMs(headers.value(QByteArrayLiteral("x-rate-limit-reset-at-utc")), nowUtc);
    if (resetMs < 0)
        return {};
    return QByteArray::number(static_cast<double>(resetMs) / 1000.0, 'f', 3);
}

qint64 RetryPolicy::parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;

    bool isNumber = false;
    const double seconds = trimmed.toDouble(&isNumber);
    if (isNumber) {
        if (!std::isfinite(seconds) || seconds < 0)
            return -1;
        return static_cast<qint64>(std::min(seconds, 1.0e7) * 1000.0);
    }

    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, nowUtc.msecsTo(when));
}

QDateTime RetryPolicy::parseHttpDate(const QByteArray &value)
{
    // RFC 9110: IMF-fixdate, plus the obsolete RFC 850 and asctime forms.
    QString text = QString::fromLatin1(value).simplified();
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text.chop(4);
    static const QStringList formats = {
        QStringLiteral("ddd, d MMM yyyy HH:mm:ss"),
        QStringLiteral("dddd, d-MMM-yy HH:mm:ss"),
        QStringLiteral("ddd MMM d HH:mm:ss yyyy"),
    };
    const QLocale c = QLocale::c();
    for (const QString &format : formats) {
        QDateTime parsed = c.toDateTime(text, format);
        if (!parsed.isValid())
            continue;
        QDate date = parsed.date();
        if (date.year() < 100)   // RFC 850 two-digit years
            date = date.addYears(date.year() < 70 ? 2000 : 1900);
        return QDateTime(date, parsed.time(), Qt::UTC);
    }
    return QDateTime();
}
