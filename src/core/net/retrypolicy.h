#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QNetworkReply>
#include <QSet>

#include <functional>

// When and how long to wait before re-sending a failed request. A plain value type: copy it, tune
// it, hand it to an ApiRequest. Modelled on fal-js retry.ts: exponential backoff (factor 2) with
// +-25 % jitter, a bounded number of attempts, Retry-After honoured.
//
// "attempt" is always the number of attempts made so far (1 after the first try failed).
class RetryPolicy
{
public:
    using RandomSource = std::function<double()>;   // returns a value in [0, 1)
    using Clock = std::function<QDateTime()>;       // current time (UTC), for Retry-After dates

    // The longest a server may make us wait through Retry-After, whatever maxDelayMs says.
    static constexpr int kRetryAfterHardCapMs = 120000;

    RetryPolicy();

    // 4 attempts (3 retries), 1 s -> 30 s, codes 429 502 503 504 (fal-js default, also cancel).
    static RetryPolicy defaults();
    // Submit and result: 4 attempts, 1 s -> 60 s.
    static RetryPolicy forSubmit();
    // Status polls: 6 attempts, 1 s -> 30 s, 500 is retried too.
    static RetryPolicy forStatusPolls();
    // A single attempt, never retried.
    static RetryPolicy none();

    int maxAttempts() const { return m_maxAttempts; }
    RetryPolicy &setMaxAttempts(int attempts);
    int initialDelayMs() const { return m_initialDelayMs; }
    RetryPolicy &setInitialDelayMs(int ms);
    int maxDelayMs() const { return m_maxDelayMs; }
    RetryPolicy &setMaxDelayMs(int ms);
    double factor() const { return m_factor; }
    RetryPolicy &setFactor(double factor);
    double jitter() const { return m_jitter; }             // 0.25 = +-25 %
    RetryPolicy &setJitter(double jitter);
    QSet<int> retryableStatuses() const { return m_retryableStatuses; }
    RetryPolicy &setRetryableStatuses(const QSet<int> &statuses);
    RetryPolicy &addRetryableStatus(int status);
    bool retriesTransportErrors() const { return m_retryTransportErrors; }
    RetryPolicy &setRetryTransportErrors(bool retry);
    RetryPolicy &setRandomSource(const RandomSource &random);
    RetryPolicy &setClock(const Clock &clock);

    // httpStatus is 0 when no HTTP response arrived. A transport error (refused, reset, closed,
    // timeout, DNS, temporary failure) is retried even when a status line was already received
    // (a body cut off half-way). Header names must be lower-case.
    bool shouldRetry(int attempt, int httpStatus, QNetworkReply::NetworkError error,
                     const QHash<QByteArray, QByteArray> &headers) const;

    // The wait before attempt + 1. A valid Retry-After (seconds or HTTP-date) wins, limited to
    // kRetryAfterHardCapMs; otherwise initialDelayMs * factor^(attempt-1), capped at maxDelayMs,
    // with jitter.
    int delayMs(int attempt, const QByteArray &retryAfterHeader = QByteArray()) const;

    static bool isTransportError(QNetworkReply::NetworkError error);
    // Milliseconds until an absolute reset time (Segmind's x-rate-limit-reset-at-utc: an ISO 8601
    // date or epoch seconds), or -1 when it is absent or unreadable.
    static qint64 parseResetAtMs(const QByteArray &value, const QDateTime &nowUtc);
    // The wait a reply asks for: Retry-After, else a reset-at header; as a Retry-After value.
    static QByteArray serverDelayHeader(const QHash<QByteArray, QByteArray> &headers, const QDateTime &nowUtc);

    // Milliseconds the Retry-After value asks for, or -1 when it is absent or unreadable.
    static qint64 parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc);
    static QDateTime parseHttpDate(const QByteArray &value);

private:
    int m_maxAttempts = 4;
    int m_initialDelayMs = 1000;
    int m_maxDelayMs = 30000;
    double m_factor = 2.0;
    double m_jitter = 0.25;
    QSet<int> m_retryableStatuses;
    bool m_retryTransportErrors = true;
    RandomSource m_random;
    Clock m_clock;
};
