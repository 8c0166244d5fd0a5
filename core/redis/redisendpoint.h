// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where a Redis session store is: one endpoint URL in the style of redis-cli and StackExchange.Redis, for
// the three ways RedisSessionStateProvider reaches Redis (a single server, Sentinel, Redis Cluster).

#include <QList>
#include <QString>

#include <optional>

namespace sd {

/// One host and port.
struct RedisHostPort
{
    QString host;
    quint16 port = 6379;
    /// "host:port", with brackets around an IPv6 address.
    QString toString() const;
    bool operator==(const RedisHostPort &) const = default;
};

/**
 * A parsed store URL:
 * - `redis://[[USER]:PASSWORD@]HOST[:PORT][/DB]` (standalone; `rediss://` or `?ssl=true` for TLS);
 * - `redis-sentinel://[[USER]:PASSWORD@]HOST[:PORT][,HOST[:PORT]...]/MASTER[/DB]` (Sentinel, default port
 *   26379; the password is the data nodes', `?sentinelPassword=` the sentinels');
 * - `redis-cluster://[[USER]:PASSWORD@]HOST[:PORT][,HOST[:PORT]...]` (seed nodes; database 0 only).
 * Query options: `ssl=true|false`, `sslCaFile=PATH` (PEM file of extra trusted CAs), `sslVerify=false`
 * (accept any certificate: for test servers only), `connectTimeout=MS` (default 5000), `timeout=MS` per
 * command (default 5000), `failoverWait=MS` (how long a Sentinel client keeps asking for the promoted master,
 * default 15000).
 */
struct RedisEndpoint
{
    enum class Kind
    {
        Standalone,
        Sentinel,
        Cluster
    };
    Kind kind = Kind::Standalone;
    QList<RedisHostPort> hosts; ///< the server; the sentinels; the cluster seed nodes
    QString user;               ///< ACL user (AUTH user password); empty: AUTH password (requirepass)
    QString password;           ///< empty: no AUTH
    QString sentinelPassword;   ///< AUTH sent to the sentinels; empty: none
    QString masterName;         ///< Sentinel: the monitored master's name
    int database = 0;           ///< SELECT; the provider's databaseId
    bool tls = false;
    bool tlsVerify = true;
    QString tlsCaFile;
    int connectTimeoutMs = 5000;
    int commandTimeoutMs = 5000;
    int failoverWaitMs = 15000;

    /// The URL back, with the password shown as "***" unless `withPassword`.
    QString toString(bool withPassword = false) const;
    /// "standalone", "sentinel" or "cluster".
    QString kindName() const;
};

/// True when `text` starts with one of the schemes above (so a caller can tell a store URL from an admin
/// API URL or a tcpip= string).
bool isRedisEndpoint(const QString &text);

/// Parses a store URL. Returns std::nullopt with `error` (one sentence naming the part that is wrong: the
/// scheme, a port, the database, the master name, an option) for anything else.
std::optional<RedisEndpoint> parseRedisEndpoint(const QString &text, QString *error);

} // namespace sd
