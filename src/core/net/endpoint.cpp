#include "endpoint.h"

#include "base/logging.h"

#include <QHostAddress>
#include <QtGlobal>

bool Endpoint::isLoopbackHost(const QString &host)
{
    if (host.isEmpty())
        return false;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString literal = host;
    if (literal.startsWith(QLatin1Char('[')) && literal.endsWith(QLatin1Char(']')))
        literal = literal.mid(1, literal.size() - 2);
    const QHostAddress address(literal);
    return !address.isNull() && address.isLoopback();
}

bool Endpoint::isAllowed(const QUrl &url, QString *error)
{
    auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    if (!url.isValid() || url.host().isEmpty())
        return refuse(tr("\"%1\" is not a valid web address.").arg(redacted(url)));
    if (!url.userInfo().isEmpty())
        return refuse(tr("Addresses with a user name or password are not allowed (%1).")
                          .arg(redacted(url)));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return true;
        return refuse(tr("Plain http is only allowed for this computer (localhost); use https for %1.")
                          .arg(url.host()));
    }
    return refuse(tr("Only https addresses are allowed, not \"%1\".").arg(url.scheme()));
}

bool Endpoint::sameOrigin(const QUrl &a, const QUrl &b)
{
    if (!a.isValid() || !b.isValid() || a.host().isEmpty())
        return false;
    const QString schemeA = a.scheme().toLower();
    const QString schemeB = b.scheme().toLower();
    if (schemeA != schemeB)
        return false;
    if (a.host().compare(b.host(), Qt::CaseInsensitive) != 0)
        return false;
    const int defaultPort = schemeA == QLatin1String("https") ? 443
                            : schemeA == QLatin1String("http") ? 80 : -1;
    return a.port(defaultPort) == b.port(defaultPort);
}

QUrl Endpoint::origin(const QUrl &url)
{
    QUrl result;
    result.setScheme(url.scheme().toLower());
    result.setHost(url.host());
    result.setPort(url.port());
    return result;
}

QUrl Endpoint::fromEnv(const char *envVar, const QUrl &fallback)
{
    const QString value = qEnvironmentVariable(envVar).trimmed();
    if (value.isEmpty())
        return fallback;

    QUrl url(value, QUrl::StrictMode);
    QString error;
    if (!isAllowed(url, &error)) {
        qCWarning(lcNet, "%s is ignored: %s", envVar, qUtf8Printable(error));
        return fallback;
    }
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

QUrl Endpoint::join(const QUrl &base, const QString &path)
{
    QString prefix = base.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    QString tail = path;
    while (tail.startsWith(QLatin1Char('/')))
        tail.remove(0, 1);
    QUrl result = base;
    result.setQuery(QString());
    result.setFragment(QString());
    result.setPath(tail.isEmpty() ? prefix : prefix + QLatin1Char('/') + tail);
    return result;
}

QString Endpoint::redacted(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString();
}
