// SPDX-License-Identifier: GPL-3.0-or-later
#include "redis/redisclient.h"

#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>
#include <utility>

namespace sd {

namespace {

constexpr int kMaxRedirections = 5;
constexpr int kDiscoveryPauseMs = 250;

/// CRC16-CCITT (XMODEM: polynomial 0x1021, initial value 0), as the Redis Cluster specification names it.
quint16 crc16(const QByteArray &bytes)
{
    quint16 crc = 0;
    for (const char ch : bytes) {
        crc ^= quint16(quint16(uchar(ch)) << 8);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
        }
    }
    return crc;
}

/// An answer that says this node is not (or no longer) the writable master.
bool meansWrongNode(const RedisReply &r)
{
    const QByteArray code = r.errorCode();
    return code == "READONLY" || code == "MASTERDOWN";
}

/// "MOVED 3999 127.0.0.1:6381" / "ASK ...": the target node; std::nullopt when unreadable.
std::optional<RedisHostPort> redirectTarget(const RedisReply &r, const RedisHostPort &asked)
{
    const QList<QByteArray> parts = r.str.split(' ');
    if (parts.size() < 3) {
        return std::nullopt;
    }
    const QByteArray &addr = parts.at(2);
    const qsizetype colon = addr.lastIndexOf(':');
    if (colon < 0) {
        return std::nullopt;
    }
    bool ok = false;
    const uint port = addr.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        return std::nullopt;
    }
    RedisHostPort hp{QString::fromUtf8(addr.left(colon)), quint16(port)};
    if (hp.host.isEmpty()) {
        hp.host = asked.host; // "MOVED 1 :6380": the same host
    }
    return hp;
}

/// The key a command is routed by: argument 1, or the first of KEYS for EVAL and EVALSHA.
QByteArray routingKey(const RedisCommand &command)
{
    const QByteArray verb = command.value(0).toUpper();
    return verb == "EVAL" || verb == "EVALSHA" ? command.value(3) : command.value(1);
}

QString roleOf(const RedisReply &role)
{
    return role.type == RedisReply::Type::Array && !role.elements.isEmpty()
               ? QString::fromUtf8(role.elements.first().str)
               : QString();
}

} // namespace

int redisKeySlot(const QByteArray &key)
{
    const qsizetype open = key.indexOf('{');
    if (open >= 0) {
        const qsizetype close = key.indexOf('}', open + 1);
        if (close > open + 1) {
            return crc16(key.mid(open + 1, close - open - 1)) & 16383;
        }
    }
    return crc16(key) & 16383;
}

RedisClient::RedisClient(RedisEndpoint endpoint) : m_endpoint(std::move(endpoint))
{
    m_slotNode.fill(-1);
}

RedisClient::~RedisClient() = default;

bool RedisClient::sleepMs(int ms) const
{
    for (int waited = 0; waited < ms; waited += 25) {
        if (m_cancel && m_cancel->load()) {
            return false;
        }
        QThread::msleep(25);
    }
    return !(m_cancel && m_cancel->load());
}

RespConnection *RedisClient::connection(const RedisHostPort &node, QString *error, bool forSentinel)
{
    const QString name = node.toString();
    auto it = m_connections.find(name);
    if (it != m_connections.end() && it->second->isOpen()) {
        return it->second.get();
    }
    auto c = std::make_unique<RespConnection>();
    c->setCancelFlag(m_cancel);
    const bool ok = c->open(node, m_endpoint, error) &&
                    (forSentinel ? c->authenticate({}, m_endpoint.sentinelPassword, error)
                                 : c->authenticate(m_endpoint.user, m_endpoint.password, error)) &&
                    (forSentinel || m_endpoint.kind == RedisEndpoint::Kind::Cluster ||
                     c->select(m_endpoint.database, error));
    m_lastFailure = c->failure();
    if (!ok) {
        m_connections.erase(name);
        return nullptr;
    }
    RespConnection *raw = c.get();
    m_connections[name] = std::move(c);
    return raw;
}

void RedisClient::dropConnection(const RedisHostPort &node)
{
    m_connections.erase(node.toString());
}

bool RedisClient::connect(QString *error)
{
    m_connected = false;
    m_connections.clear();
    switch (m_endpoint.kind) {
    case RedisEndpoint::Kind::Standalone:
        m_connected = connectStandalone(error);
        break;
    case RedisEndpoint::Kind::Sentinel:
        m_connected = discoverMaster(false, error);
        break;
    case RedisEndpoint::Kind::Cluster:
        m_connected = readSlots(error);
        break;
    }
    return m_connected;
}

bool RedisClient::connectStandalone(QString *error)
{
    m_nodes = {m_endpoint.hosts.first()};
    return connection(m_nodes.first(), error) != nullptr;
}

std::optional<RedisHostPort> RedisClient::askSentinels(QString *error)
{
    for (const RedisHostPort &sentinel : m_endpoint.hosts) {
        RespConnection s;
        s.setCancelFlag(m_cancel);
        if (!s.open(sentinel, m_endpoint, error) || !s.authenticate({}, m_endpoint.sentinelPassword, error)) {
            continue;
        }
        const auto r = s.call({"SENTINEL", "get-master-addr-by-name", m_endpoint.masterName.toUtf8()}, error);
        if (!r) {
            continue;
        }
        if (r->type == RedisReply::Type::Array && r->elements.size() == 2) {
            bool ok = false;
            const uint port = r->elements.at(1).str.toUInt(&ok);
            if (ok && port > 0 && port <= 65535) {
                return RedisHostPort{QString::fromUtf8(r->elements.at(0).str), quint16(port)};
            }
        }
        if (error) {
            *error =
                r->isError()
                    ? QStringLiteral("sentinel %1: %2").arg(sentinel.toString(), QString::fromUtf8(r->str))
                    : QStringLiteral("sentinel %1 monitors no master called '%2'")
                          .arg(sentinel.toString(), m_endpoint.masterName);
        }
    }
    return std::nullopt;
}

bool RedisClient::discoverMaster(bool wait, QString *error)
{
    const QDeadlineTimer deadline(wait ? m_endpoint.failoverWaitMs : 0);
    QString last;
    for (;;) {
        if (const auto addr = askSentinels(&last)) {
            if (RespConnection *c = connection(*addr, &last)) {
                const auto role = c->call({"ROLE"}, &last);
                // A server that refuses ROLE (an ACL without it) is taken at the sentinels' word.
                if (role && (role->isError() || roleOf(*role) == u"master")) {
                    if (!m_nodes.isEmpty() && !(m_nodes.first() == *addr)) {
                        m_events << QStringLiteral("Sentinel: the master '%1' moved from %2 to %3")
                                        .arg(m_endpoint.masterName, m_nodes.first().toString(),
                                             addr->toString());
                        ++m_failovers;
                        dropConnection(m_nodes.first());
                    }
                    m_nodes = {*addr};
                    return true;
                }
                if (role) {
                    last = QStringLiteral("the sentinels name %1 as master '%2', but it is a %3")
                               .arg(addr->toString(), m_endpoint.masterName, roleOf(*role));
                }
                dropConnection(*addr);
            }
        }
        if (deadline.hasExpired() || !sleepMs(kDiscoveryPauseMs)) {
            if (error) {
                *error = last;
            }
            return false;
        }
    }
}

bool RedisClient::readSlots(QString *error)
{
    QList<RedisHostPort> candidates = m_nodes;
    for (const RedisHostPort &seed : m_endpoint.hosts) {
        if (!candidates.contains(seed)) {
            candidates << seed;
        }
    }
    for (const RedisHostPort &asked : candidates) {
        RespConnection *c = connection(asked, error);
        if (!c) {
            continue;
        }
        const auto r = c->call({"CLUSTER", "SLOTS"}, error);
        if (!r) {
            continue;
        }
        if (r->type != RedisReply::Type::Array) {
            if (error) {
                *error = QStringLiteral("%1 is not a Redis Cluster node: %2")
                             .arg(asked.toString(), QString::fromUtf8(r->str));
            }
            return false;
        }
        struct Range
        {
            int first, last;
            RedisHostPort master;
        };
        QList<Range> ranges;
        for (const RedisReply &range : r->elements) {
            if (range.elements.size() < 3 || range.elements.at(2).elements.size() < 2) {
                continue;
            }
            const RedisReply &m = range.elements.at(2);
            RedisHostPort hp{QString::fromUtf8(m.elements.at(0).str), quint16(m.elements.at(1).integer)};
            if (hp.host.isEmpty()) {
                hp.host = asked.host;
            }
            ranges.append({int(range.elements.at(0).integer), int(range.elements.at(1).integer), hp});
        }
        std::sort(ranges.begin(), ranges.end(),
                  [](const Range &a, const Range &b) { return a.first < b.first; });
        m_nodes.clear();
        m_slotNode.fill(-1);
        for (const Range &range : ranges) {
            qsizetype index = m_nodes.indexOf(range.master);
            if (index < 0) {
                index = m_nodes.size();
                m_nodes << range.master;
            }
            for (int s = std::max(0, range.first); s <= std::min(16383, range.last); ++s) {
                m_slotNode[std::size_t(s)] = qint16(index);
            }
        }
        if (m_nodes.isEmpty() && error) {
            *error = QStringLiteral("the cluster at %1 has no slots assigned").arg(asked.toString());
        }
        return !m_nodes.isEmpty();
    }
    return false;
}

bool RedisClient::recover(QString *error)
{
    switch (m_endpoint.kind) {
    case RedisEndpoint::Kind::Standalone:
        dropConnection(m_nodes.first());
        return connection(m_nodes.first(), error) != nullptr;
    case RedisEndpoint::Kind::Sentinel:
        return discoverMaster(true, error);
    case RedisEndpoint::Kind::Cluster:
        break;
    }
    const QDeadlineTimer deadline(m_endpoint.failoverWaitMs);
    for (;;) {
        for (const RedisHostPort &n : m_nodes) {
            // A node that failed is dropped: the next command reconnects (or the slot map moves on).
            if (auto it = m_connections.find(n.toString());
                it != m_connections.end() && !it->second->isOpen()) {
                m_connections.erase(it);
            }
        }
        if (readSlots(error)) {
            return true;
        }
        if (deadline.hasExpired() || !sleepMs(kDiscoveryPauseMs)) {
            return false;
        }
    }
}

std::optional<RedisReply> RedisClient::call(const RedisCommand &command, QString *error)
{
    auto replies = pipeline({command}, error);
    if (!replies) {
        return std::nullopt;
    }
    return replies->first();
}

std::optional<QList<RedisReply>> RedisClient::pipeline(const QList<RedisCommand> &commands, QString *error)
{
    if (commands.isEmpty()) {
        return QList<RedisReply>();
    }
    if (!m_connected && !connect(error)) {
        return std::nullopt;
    }
    if (m_endpoint.kind == RedisEndpoint::Kind::Cluster) {
        return clusterPipeline(commands, error);
    }
    return nodePipeline(0, commands, error);
}

std::optional<RedisReply> RedisClient::nodeCall(int index, const RedisCommand &command, QString *error)
{
    auto replies = nodePipeline(index, {command}, error);
    if (!replies) {
        return std::nullopt;
    }
    return replies->first();
}

std::optional<QList<RedisReply>> RedisClient::nodePipeline(int index, const QList<RedisCommand> &commands,
                                                           QString *error)
{
    if (!m_connected && !connect(error)) {
        return std::nullopt;
    }
    const bool sentinel = m_endpoint.kind == RedisEndpoint::Kind::Sentinel;
    for (int attempt = 0;; ++attempt) {
        if (index < 0 || index >= m_nodes.size()) {
            if (error) {
                *error = QStringLiteral("the node list changed (a failover): start again");
            }
            return std::nullopt;
        }
        std::optional<QList<RedisReply>> r;
        if (RespConnection *c = connection(m_nodes.at(index), error)) {
            r = c->pipeline(commands, error);
            m_lastFailure = c->failure();
        }
        const bool wrongNode = r && sentinel && std::any_of(r->begin(), r->end(), [](const RedisReply &x) {
                                   return meansWrongNode(x);
                               });
        if (r && !wrongNode) {
            return r;
        }
        if (wrongNode) {
            m_events << QStringLiteral("%1 answered %2: asking the sentinels again")
                            .arg(m_nodes.at(index).toString(),
                                 QString::fromUtf8(
                                     std::find_if(r->begin(), r->end(), meansWrongNode)->errorCode()));
            dropConnection(m_nodes.at(index));
        }
        if (attempt > 0 || !recover(error)) {
            return std::nullopt;
        }
        if (m_endpoint.kind == RedisEndpoint::Kind::Cluster) {
            if (error) {
                *error = QStringLiteral("the cluster's slot map changed (a failover): start again");
            }
            return std::nullopt;
        }
    }
}

std::optional<RedisReply> RedisClient::clusterCall(const RedisCommand &command, QString *error)
{
    const int slot = redisKeySlot(routingKey(command));
    if (m_slotNode[std::size_t(slot)] < 0 && !readSlots(error)) {
        return std::nullopt;
    }
    int owner = m_slotNode[std::size_t(slot)];
    if (owner < 0) {
        if (error) {
            *error = QStringLiteral("no cluster node serves hash slot %1").arg(slot);
        }
        return std::nullopt;
    }
    RedisHostPort node = m_nodes.at(owner);
    bool asking = false;
    for (int hop = 0; hop <= kMaxRedirections; ++hop) {
        std::optional<QList<RedisReply>> r;
        if (RespConnection *c = connection(node, error)) {
            r = asking ? c->pipeline({{"ASKING"}, command}, error) : c->pipeline({command}, error);
            m_lastFailure = c->failure();
        }
        if (!r) {
            if (!recover(error) || (owner = m_slotNode[std::size_t(slot)]) < 0) {
                return std::nullopt;
            }
            node = m_nodes.at(owner);
            asking = false;
            continue;
        }
        const RedisReply reply = r->last();
        const QByteArray code = reply.errorCode();
        if (code == "MOVED" || code == "ASK") {
            const auto target = redirectTarget(reply, node);
            if (!target) {
                return reply;
            }
            node = *target;
            asking = code == "ASK";
            if (!asking) {
                ++m_redirections;
                readSlots(nullptr); // the slot map is stale: read it again for the next commands
            }
            continue;
        }
        if (code == "TRYAGAIN" || code == "CLUSTERDOWN") {
            if (!sleepMs(100)) {
                return reply;
            }
            continue;
        }
        return reply;
    }
    if (error) {
        *error = QStringLiteral("more than %1 cluster redirections for one command").arg(kMaxRedirections);
    }
    return std::nullopt;
}

std::optional<QList<RedisReply>> RedisClient::clusterPipeline(const QList<RedisCommand> &commands,
                                                              QString *error)
{
    QList<RedisReply> replies(commands.size());
    std::map<int, QList<qsizetype>> byNode; // node index -> command positions
    for (qsizetype i = 0; i < commands.size(); ++i) {
        byNode[m_slotNode[std::size_t(redisKeySlot(routingKey(commands.at(i))))]].append(i);
    }
    for (const auto &[owner, positions] : byNode) {
        std::optional<QList<RedisReply>> r;
        if (owner >= 0 && owner < m_nodes.size()) {
            QList<RedisCommand> group;
            for (qsizetype p : positions) {
                group << commands.at(p);
            }
            if (RespConnection *c = connection(m_nodes.at(owner), error)) {
                r = c->pipeline(group, error);
            }
        }
        for (qsizetype k = 0; k < positions.size(); ++k) {
            const qsizetype p = positions.at(k);
            const bool redo = !r || r->at(k).errorCode() == "MOVED" || r->at(k).errorCode() == "ASK" ||
                              r->at(k).errorCode() == "TRYAGAIN" || r->at(k).errorCode() == "CLUSTERDOWN";
            if (!redo) {
                replies[p] = r->at(k);
                continue;
            }
            auto one = clusterCall(commands.at(p), error);
            if (!one) {
                return std::nullopt;
            }
            replies[p] = *one;
        }
    }
    return replies;
}

} // namespace sd
