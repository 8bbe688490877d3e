#include "apiresult.h"

QJsonDocument ApiResult::json() const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QJsonDocument();
    return document;
}

QString ApiResult::errorName(Error error)
{
    switch (error) {
    case Error::None: return QStringLiteral("none");
    case Error::Auth: return QStringLiteral("auth");
    case Error::NoCredits: return QStringLiteral("no_credits");
    case Error::Validation: return QStringLiteral("validation");
    case Error::RateLimited: return QStringLiteral("rate_limited");
    case Error::Server: return QStringLiteral("server");
    case Error::Network: return QStringLiteral("network");
    case Error::Timeout: return QStringLiteral("timeout");
    case Error::Cancelled: return QStringLiteral("cancelled");
    case Error::TooLarge: return QStringLiteral("too_large");
    case Error::Refused: return QStringLiteral("refused");
    case Error::Protocol: return QStringLiteral("protocol");
    }
    return QStringLiteral("unknown");
}

ApiResult::Error ApiResult::errorFromName(const QString &name)
{
    for (Error error : {Error::None, Error::Auth, Error::NoCredits, Error::Validation, Error::RateLimited,
                        Error::Server, Error::Network, Error::Timeout, Error::Cancelled, Error::TooLarge,
                        Error::Refused, Error::Protocol}) {
        if (errorName(error) == name)
            return error;
    }
    return Error::Protocol;
}
