// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Saved connections of the live monitor (the connectivity test of one is in monitor/connectivity.h).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

class QSettings;

namespace sd {

struct RedisEndpoint;

/// A RedisSessionStateProvider `<providers><add>` of an open web.config: its name and its other attributes
/// (type excluded), values as the provider reads them. Input of ConnectionProfile::fromRedisProvider().
struct RedisProviderOfDocument
{
    QString name;
    QList<std::pair<QString, QString>> settings;
};

/**
 * One monitored session store: a state server (sessionstated, aspnet_state) or a Redis that
 * RedisSessionStateProvider writes to (docs/redis.md). Stored with QSettings (group "profiles", an array);
 * the admin token and the Redis password are never in the settings file: only the path of a file that holds
 * them (sessionstated's --admin-token-file), or, for the Redis password, a value kept in memory for the run.
 */
struct ConnectionProfile
{
    /// What the profile connects to.
    enum class Kind
    {
        StateServer, ///< stateConnectionString + admin API (or protocol only)
        Redis,       ///< storeUrl: RedisSessionStore (redis/redissessionstore.h)
    };
    Kind kind = Kind::StateServer;
    QString name;
    QString stateConnectionString = QStringLiteral("tcpip=127.0.0.1:42424"); ///< as in web.config
    int stateNetworkTimeoutSeconds = 10; ///< web.config's stateNetworkTimeout (seconds)
    QString adminUrl = QStringLiteral("http://127.0.0.1:42425");
    QString tokenFile;     ///< file with the admin bearer token; empty = no admin API
    bool readOnly = false; ///< monitor only: no abandon, reset, load or write test
    bool embedded = false; ///< the local server SessionDesk started itself (never saved)
    /// No admin API: the Windows ASP.NET State Service (aspnet_state) or sessionstated --no-admin. The
    /// monitor then only probes the State Service protocol (see isProtocolOnly()).
    bool protocolOnly = false;
    /// Redis: the store URL (redis://, rediss://, redis-sentinel://, redis-cluster://; redis/redisendpoint.h)
    /// without its password (withoutPassword() strips one typed in).
    QString storeUrl;
    /// Redis: file holding the password (trimmed; first line); empty = none or `password`.
    QString passwordFile;
    /// Redis: a password typed in (or asked at connect time), kept in memory for the run: never saved.
    QString password;
    /// Notes on how the profile was made (e.g. web.config attributes not followed); shown, never saved.
    QString note;

    bool isRedis() const { return kind == Kind::Redis; }
    /// True when the monitor must do without the admin API: protocolOnly is set or the admin URL is empty
    /// (never for a Redis profile).
    bool isProtocolOnly() const { return !isRedis() && (protocolOnly || adminUrl.trimmed().isEmpty()); }
    /// What the profile connects to, for messages: the store URL (Redis), the admin URL, or the
    /// stateConnectionString of a protocol-only profile.
    QString target() const;

    /// Redis: the parsed storeUrl with the password set from `password`, else from passwordFile, else the
    /// URL's own. nullopt with `error` (the URL's fault, or the password file that cannot be read).
    std::optional<RedisEndpoint> redisEndpoint(QString *error) const;
    /// `url` with the password of its user-info removed (the user kept), and the password in `password`
    /// (percent-decoded; empty when there was none). Any text that is not a store URL is returned as is.
    static QString withoutPassword(const QString &url, QString *password);

    /// The admin API base URL when it is http://HOST[:PORT]; nullopt with `error` otherwise.
    std::optional<QUrl> adminBaseUrl(QString *error) const;
    /// Reads the token file (trimmed). nullopt with `error` naming the file when it cannot be read or is
    /// empty.
    std::optional<QByteArray> readToken(QString *error) const;

    /// A profile for the `stateConnectionString` (and `stateNetworkTimeout` seconds) of a web.config: admin
    /// URL on the same host at port 42425, token file unset. nullopt with `error` when the string does not
    /// parse (parseStateConnectionString's rules).
    static std::optional<ConnectionProfile> fromStateConnectionString(const QString &name,
                                                                      const QString &text,
                                                                      int stateNetworkTimeoutSeconds,
                                                                      QString *error);

    /**
     * A Redis profile for a `<sessionState><providers><add
     * type="Microsoft.Web.Redis.RedisSessionStateProvider">` of a web.config: `settings` are its attributes
     * but name and type (values as written, or resolved from
     * `<appSettings>` by the caller). Follows aspnet-redis-providers src/Shared/ProviderConfiguration.cs and
     * RedisSharedConnection.cs: host (default 127.0.0.1), port (0 or absent = 6380 with TLS, 6379 without),
     * ssl (default true: rediss://), databaseId (default 0), connectionTimeoutInMilliseconds and
     * operationTimeoutInMilliseconds (0 = the client's default) as ?connectTimeout= and ?timeout=.
     * The accessKey goes to `password` (in memory, never saved), never into storeUrl. applicationName,
     * connectionString, settingsClassName/settingsMethodName and appSettings names are written to `note`
     * (connectionString and the settings method are not followed: the provider prefers them to host/port).
     * nullopt with `error` when port, databaseId, ssl or a timeout do not parse as the provider would
     * (int.Parse / bool.Parse).
     */
    static std::optional<ConnectionProfile>
    fromRedisProvider(const QString &name, const QList<std::pair<QString, QString>> &settings,
                      QString *error);
};

/// Loads the saved profiles (QSettings group "profiles").
QList<ConnectionProfile> loadProfiles(QSettings &settings);
/// Replaces the saved profiles; embedded ones are skipped.
void saveProfiles(QSettings &settings, const QList<ConnectionProfile> &profiles);

} // namespace sd
