// SPDX-License-Identifier: GPL-3.0-or-later
#include "redis/redisendpoint.h"

#include <QUrl>
#include <QUrlQuery>

namespace sd {

namespace {

const QString kRedis = QStringLiteral("redis://");
const QString kRediss = QStringLiteral("rediss://");
const QString kSentinel = QStringLiteral("redis-sentinel://");
const QString kCluster = QStringLiteral("redis-cluster://");

std::optional<RedisEndpoint> fail(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
    return std::nullopt;
}

/// "HOST[:PORT]" or "[V6]:PORT"; std::nullopt when the port is not 1..65535 or the host is empty.
std::optional<RedisHostPort> parseHostPort(const QString &text, quint16 defaultPort)
{
    RedisHostPort hp;
    hp.port = defaultPort;
    QString rest = text;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0) {
            return std::nullopt;
        }
        hp.host = rest.mid(1, close - 1);
        rest = rest.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':')) {
            return std::nullopt;
        }
    } else {
        const qsizetype colon = rest.lastIndexOf(u':');
        hp.host = colon < 0 ? rest : rest.left(colon);
        rest = colon < 0 ? QString() : rest.mid(colon);
    }
    if (rest.startsWith(u':')) {
        bool ok = false;
        const uint port = rest.mid(1).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            return std::nullopt;
        }
        hp.port = quint16(port);
    }
    if (hp.host.isEmpty()) {
        return std::nullopt;
    }
    return hp;
}

/// The query options into `e`; returns the error text, empty when all are known and valid.
QString applyOptions(const QString &query, RedisEndpoint &e)
{
    const QUrlQuery q(query);
    for (const auto &item : q.queryItems(QUrl::FullyDecoded)) {
        const QString name = item.first;
        const QString value = item.second.trimmed();
        const QString lower = value.toLower();
        auto number = [&](int *slot) {
            bool ok = false;
            const int v = value.toInt(&ok);
            if (!ok || v < 1 || v > 3600000) {
                return QStringLiteral("%1 must be milliseconds from 1 to 3600000, not '%2'").arg(name, value);
            }
            *slot = v;
            return QString();
        };
        auto boolean = [&](bool *slot) {
            if (lower != u"true" && lower != u"false") {
                return QStringLiteral("%1 must be true or false, not '%2'").arg(name, value);
            }
            *slot = lower == u"true";
            return QString();
        };
        QString problem;
        if (name.compare(u"ssl", Qt::CaseInsensitive) == 0) {
            problem = boolean(&e.tls);
        } else if (name.compare(u"sslVerify", Qt::CaseInsensitive) == 0) {
            problem = boolean(&e.tlsVerify);
        } else if (name.compare(u"sslCaFile", Qt::CaseInsensitive) == 0) {
            e.tlsCaFile = value;
        } else if (name.compare(u"connectTimeout", Qt::CaseInsensitive) == 0) {
            problem = number(&e.connectTimeoutMs);
        } else if (name.compare(u"timeout", Qt::CaseInsensitive) == 0) {
            problem = number(&e.commandTimeoutMs);
        } else if (name.compare(u"failoverWait", Qt::CaseInsensitive) == 0) {
            problem = number(&e.failoverWaitMs);
        } else if (name.compare(u"sentinelPassword", Qt::CaseInsensitive) == 0) {
            e.sentinelPassword = value;
        } else {
            problem = QStringLiteral("unknown option '%1' (known: ssl, sslVerify, sslCaFile, connectTimeout, "
                                     "timeout, failoverWait, sentinelPassword)")
                          .arg(name);
        }
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    return {};
}

/// The path after the hosts: "/DB" (standalone), "/MASTER[/DB]" (Sentinel), "" (Cluster).
QString applyPath(const QString &path, RedisEndpoint &e)
{
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (e.kind == RedisEndpoint::Kind::Sentinel) {
        if (parts.isEmpty()) {
            return QStringLiteral("a redis-sentinel:// URL needs the master name: "
                                  "redis-sentinel://HOST:PORT/MASTER");
        }
        e.masterName = QUrl::fromPercentEncoding(parts.takeFirst().toUtf8());
    }
    if (parts.size() > 1) {
        return QStringLiteral("the path of the URL is /DB (a database number), not '%1'").arg(path);
    }
    if (!parts.isEmpty()) {
        bool ok = false;
        e.database = parts.first().toInt(&ok);
        if (!ok || e.database < 0 || e.database > 65535) {
            return QStringLiteral("the database must be a number from 0, not '%1'").arg(parts.first());
        }
        if (e.kind == RedisEndpoint::Kind::Cluster && e.database != 0) {
            return QStringLiteral("Redis Cluster has only database 0");
        }
    }
    return {};
}

} // namespace

QString RedisHostPort::toString() const
{
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

QString RedisEndpoint::kindName() const
{
    switch (kind) {
    case Kind::Sentinel:
        return QStringLiteral("sentinel");
    case Kind::Cluster:
        return QStringLiteral("cluster");
    case Kind::Standalone:
        break;
    }
    return QStringLiteral("standalone");
}

QString RedisEndpoint::toString(bool withPassword) const
{
    QString s = kind == Kind::Sentinel  ? kSentinel
                : kind == Kind::Cluster ? kCluster
                : tls                   ? kRediss
                                        : kRedis;
    if (!user.isEmpty() || !password.isEmpty()) {
        s += QString::fromUtf8(QUrl::toPercentEncoding(user));
        if (!password.isEmpty()) {
            s += u':' + (withPassword ? QString::fromUtf8(QUrl::toPercentEncoding(password))
                                      : QStringLiteral("***"));
        }
        s += u'@';
    }
    QStringList list;
    for (const RedisHostPort &h : hosts) {
        list << h.toString();
    }
    s += list.join(u',');
    if (kind == Kind::Sentinel) {
        s += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(masterName));
    }
    if (database != 0) {
        s += u'/' + QString::number(database);
    }
    if (tls && kind != Kind::Standalone) {
        s += QStringLiteral("?ssl=true");
    }
    return s;
}

bool isRedisEndpoint(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &scheme : {kRedis, kRediss, kSentinel, kCluster}) {
        if (t.startsWith(scheme, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

std::optional<RedisEndpoint> parseRedisEndpoint(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    RedisEndpoint e;
    quint16 defaultPort = 6379;
    QString rest;
    if (t.startsWith(kRediss, Qt::CaseInsensitive)) {
        e.tls = true;
        rest = t.mid(kRediss.size());
    } else if (t.startsWith(kRedis, Qt::CaseInsensitive)) {
        rest = t.mid(kRedis.size());
    } else if (t.startsWith(kSentinel, Qt::CaseInsensitive)) {
        e.kind = RedisEndpoint::Kind::Sentinel;
        defaultPort = 26379;
        rest = t.mid(kSentinel.size());
    } else if (t.startsWith(kCluster, Qt::CaseInsensitive)) {
        e.kind = RedisEndpoint::Kind::Cluster;
        rest = t.mid(kCluster.size());
    } else {
        return fail(error,
                    QStringLiteral("'%1' is not a Redis URL: use redis://HOST:PORT[/DB], rediss://..., "
                                   "redis-sentinel://HOST:PORT/MASTER or redis-cluster://HOST:PORT")
                        .arg(text));
    }
    QString query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString path;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        path = rest.mid(slash);
        rest.truncate(slash);
    }
    if (const qsizetype at = rest.lastIndexOf(u'@'); at >= 0) {
        const QString userInfo = rest.left(at);
        rest = rest.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        e.user = QUrl::fromPercentEncoding((colon < 0 ? userInfo : userInfo.left(colon)).toUtf8());
        e.password = colon < 0 ? QString() : QUrl::fromPercentEncoding(userInfo.mid(colon + 1).toUtf8());
        if (colon < 0) { // "redis://secret@host": a password alone, as redis-cli reads it
            e.password = e.user;
            e.user.clear();
        }
    }
    const QStringList hostList = rest.split(u',', Qt::SkipEmptyParts);
    if (hostList.isEmpty()) {
        return fail(error, QStringLiteral("'%1' names no host").arg(text));
    }
    if (hostList.size() > 1 && e.kind == RedisEndpoint::Kind::Standalone) {
        return fail(error, QStringLiteral("a redis:// URL names one host; for several use "
                                          "redis-sentinel:// or redis-cluster://"));
    }
    for (const QString &h : hostList) {
        const auto hp = parseHostPort(h.trimmed(), defaultPort);
        if (!hp) {
            return fail(error, QStringLiteral("'%1' is not HOST[:PORT] with a port from 1 to 65535").arg(h));
        }
        e.hosts << *hp;
    }
    if (QString problem = applyPath(path, e); !problem.isEmpty()) {
        return fail(error, problem);
    }
    if (QString problem = applyOptions(query, e); !problem.isEmpty()) {
        return fail(error, problem);
    }
    return e;
}

} // namespace sd
