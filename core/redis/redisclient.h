// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A synchronous client of one Redis deployment as RedisSessionStateProvider sees it: a single server, a
// Sentinel-monitored master (SENTINEL get-master-addr-by-name, ROLE checked, rediscovered after a failover
// or a READONLY answer, as the Sentinel client guidelines at redis.io/docs/reference/sentinel-clients say),
// or a Redis Cluster (CLUSTER SLOTS, the key's hash slot, MOVED and ASK redirections). Blocking: it runs on
// a worker thread (RedisSessionStore) or in a command line.

#include "redis/redisendpoint.h"
#include "redis/respconnection.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <map>
#include <memory>
#include <optional>

namespace sd {

/// The Redis Cluster hash slot of `key` (CRC16-XMODEM of the key, or of its {hash tag} when it has a
/// non-empty one, modulo 16384; Redis Cluster specification, "Keys distribution model").
int redisKeySlot(const QByteArray &key);

/**
 * One deployment. connect() finds the node(s); call() and pipeline() send keyed commands (the key is
 * argument 1) to the node that owns the key; nodeCall() and nodePipeline() send node commands (SCAN, INFO,
 * DBSIZE) to one of the data nodes (the master; every master of a cluster). A failure of the transport or a
 * READONLY/MASTERDOWN answer makes a Sentinel client ask the sentinels again for up to failoverWaitMs and
 * retry; a standalone client reconnects once and retries; a cluster client follows up to 5 redirections
 * and re-reads the slot map after a MOVED or a lost node. Every command is idempotent here or guarded by
 * its own script, so a retry is safe.
 */
class RedisClient
{
public:
    explicit RedisClient(RedisEndpoint endpoint);
    ~RedisClient();
    RedisClient(const RedisClient &) = delete;
    RedisClient &operator=(const RedisClient &) = delete;

    /// The deployment this client was made for.
    const RedisEndpoint &endpoint() const { return m_endpoint; }
    /// Stops waits early when `*cancel` becomes true (owned by the caller; may be null).
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    /// Connects: the server; the master the sentinels name; the cluster's slot map. False with `error`.
    bool connect(QString *error);
    /// True after a successful connect(); calls connect() themselves when it is false.
    bool isConnected() const { return m_connected; }

    /// A keyed command (argument 1 is the key; EVAL/EVALSHA: the first of KEYS). std::nullopt with `error`
    /// when no node answered.
    std::optional<RedisReply> call(const RedisCommand &command, QString *error);
    /// Keyed commands sent together (per node in a cluster); the replies in the commands' order.
    std::optional<QList<RedisReply>> pipeline(const QList<RedisCommand> &commands, QString *error);

    /// The data nodes: 1 (the server or the current master), or every cluster master by first slot.
    int nodeCount() const { return int(m_nodes.size()); }
    /// The address of data node `index` (0 .. nodeCount() - 1).
    RedisHostPort node(int index) const { return m_nodes.at(index); }
    /// A command for data node `index`.
    std::optional<RedisReply> nodeCall(int index, const RedisCommand &command, QString *error);
    std::optional<QList<RedisReply>> nodePipeline(int index, const QList<RedisCommand> &commands,
                                                  QString *error);

    /// What the client followed since the last call (failovers, slot map changes), one sentence each.
    QStringList takeEvents() { return std::exchange(m_events, {}); }
    /// Failovers followed since connect() (Sentinel) and MOVED redirections followed (Cluster).
    int failoversFollowed() const { return m_failovers; }
    int redirectionsFollowed() const { return m_redirections; }
    /// The kind of the last transport failure.
    RespFailure lastFailure() const { return m_lastFailure; }

private:
    RespConnection *connection(const RedisHostPort &node, QString *error, bool forSentinel = false);
    bool connectStandalone(QString *error);
    bool discoverMaster(bool wait, QString *error);
    std::optional<RedisHostPort> askSentinels(QString *error);
    bool readSlots(QString *error);
    bool recover(QString *error);
    std::optional<RedisReply> clusterCall(const RedisCommand &command, QString *error);
    std::optional<QList<RedisReply>> clusterPipeline(const QList<RedisCommand> &commands, QString *error);
    void dropConnection(const RedisHostPort &node);
    bool sleepMs(int ms) const;

    RedisEndpoint m_endpoint;
    const std::atomic<bool> *m_cancel = nullptr;
    std::map<QString, std::unique_ptr<RespConnection>> m_connections; ///< by "host:port"
    QList<RedisHostPort> m_nodes;                                     ///< data nodes (masters)
    std::array<qint16, 16384> m_slotNode{}; ///< cluster: index into m_nodes per slot, -1 when uncovered
    bool m_connected = false;
    QStringList m_events;
    int m_failovers = 0, m_redirections = 0;
    RespFailure m_lastFailure = RespFailure::None;
};

} // namespace sd
