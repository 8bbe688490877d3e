#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Rules for the URLs the core talks to: https everywhere, plain http only on loopback (tests, the
// fake provider server, local proxies); the origin check that keeps API keys on their own host.
class Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)

public:
    // https with a host: always. http: only for 127.0.0.0/8, ::1 and "localhost". Nothing else,
    // and never a URL carrying user info. On refusal *error gets a sentence for the user.
    static bool isAllowed(const QUrl &url, QString *error = nullptr);
    static bool isLoopbackHost(const QString &host);
    // Same scheme, host (case-insensitive) and effective port.
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // scheme://host[:port] only.
    static QUrl origin(const QUrl &url);
    // Base URL from an environment variable (REIMAGINE_FAL_QUEUE_URL ...), trailing '/' removed.
    // Unset/empty: the fallback. Invalid or not allowed: a qWarning and the fallback.
    static QUrl fromEnv(const char *envVar, const QUrl &fallback);
    // base + "/" + path, keeping base's path prefix: ("http://h/fal-queue", "bria/x") -> /fal-queue/bria/x
    static QUrl join(const QUrl &base, const QString &path);
    // The URL without user info, query and fragment: safe to log or show.
    static QString redacted(const QUrl &url);
};
