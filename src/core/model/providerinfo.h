#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// Everything the app knows about a provider that is a fact rather than behaviour, in one table:
// its id, the name shown to people, the environment variable with its key, the header that
// carries the key, its base URLs with their override variables, and the domains that may
// receive the key. Callers read this table instead of writing any of it again.
struct ProviderInfo
{
    Q_DECLARE_TR_FUNCTIONS(ProviderInfo)

public:
    QString id;                 // "fal", "segmind", "freepik"
    QString displayName;        // "fal", "Segmind", "Freepik"
    QByteArray keyEnvVar;       // FAL_KEY ...
    QByteArray keyHeader;       // "Authorization", "x-api-key", "x-freepik-api-key"
    QByteArray keyPrefix;       // put before the key in keyHeader ("Key " for fal)
    QUrl defaultApiUrl;         // fal: queue host; Segmind: API host; Freepik: API host
    QByteArray apiUrlEnvVar;    // REIMAGINE_FAL_QUEUE_URL ...
    QUrl defaultAuxUrl;         // fal: REST host (storage); Segmind: upload-asset host
    QByteArray auxUrlEnvVar;
    // The key may only go to these hosts (and their subdomains), or to loopback (tests, proxies).
    QStringList keyDomains;
    QString keysPage;           // where a designer gets a key
    // A job can be followed again after a restart (the provider keeps it and its result for a
    // while); false for synchronous providers whose answer is the image itself.
    bool resumable = true;

    // The three providers, in the order the app shows them.
    static const QList<ProviderInfo> &all();
    static QStringList ids();
    // nullptr for an unknown id.
    static const ProviderInfo *find(const QString &id);
    // The display name, or the id itself when it is not in the table.
    static QString nameOf(const QString &id);
    // The key in the provider's environment variable, and that variable's name (both empty for
    // an unknown id).
    static QString environmentKey(const QString &id);
    static QString keyVariable(const QString &id);

    // The base URLs in force: the override variable when it is set and allowed (https, or http
    // on loopback), else the default.
    QUrl apiUrl() const;
    QUrl auxUrl() const;

    // The key from the environment variable (trimmed); empty when unset.
    QString keyFromEnvironment() const;
    // keyPrefix + key, as the header value.
    QByteArray authValue(const QString &key) const;

    // True when `url`'s host is loopback or one of keyDomains (or a subdomain of one).
    bool isKeyHost(const QUrl &url) const;

    // One sentence per base URL override that sends this provider's key to a host that is
    // neither loopback nor the provider's own (empty when none does). Never contains the key.
    QStringList keyHostWarnings() const;
    // The warnings of every provider.
    static QStringList allKeyHostWarnings();
};
