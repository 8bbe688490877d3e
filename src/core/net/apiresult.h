#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

// One field-level complaint of a provider (fal 422 "detail" entries, Freepik "invalid_params").
// field is the input name ("seed", "color_palette.members.0.rgb"), empty when not tied to a field.
struct ApiFieldError
{
    QString field;
    QString message;

    bool operator==(const ApiFieldError &other) const
    {
        return field == other.field && message == other.message;
    }
};

// The outcome of one ApiRequest (after its retries): a typed error plus everything a provider
// needs to interpret the reply.
struct ApiResult
{
    enum class Error
    {
        None,
        Auth,           // 401, 403
        NoCredits,      // 402, 406 (provider message kept)
        Validation,     // 400, 422 and other 4xx
        RateLimited,    // 429 (after retries)
        Server,         // 5xx (after retries)
        Network,        // transport failure (refused, reset, DNS ...)
        Timeout,        // our transfer timeout expired
        Cancelled,      // abort()
        TooLarge,       // the response exceeded the size cap
        Refused,        // a URL or redirect target we do not go to
        Protocol,       // malformed reply (JSON expected but not received, bad redirect ...)
    };

    Error error = Error::None;
    int httpStatus = 0;
    QHash<QByteArray, QByteArray> headers;   // names lower-case
    QByteArray body;
    QString message;                          // a sentence for the user; empty when ok
    int attempts = 0;
    QUrl finalUrl;                            // after redirects
    QList<ApiFieldError> fieldErrors;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;

    bool ok() const { return error == Error::None; }
    QJsonDocument json() const;               // null document when the body is not JSON
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }

    // Stable lower-case identifiers ("none", "auth", "no_credits", ...), for logs and JSON.
    static QString errorName(Error error);
    // The reverse of errorName(); Protocol for a name it does not know.
    static Error errorFromName(const QString &name);
};

Q_DECLARE_METATYPE(ApiResult)
