// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/adminclient.h"
#include "monitor/connectionprofile.h"
#include "monitor/protocolprobe.h"
#include "redis/redissessionstore.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <algorithm>

class QTcpSocket;
class QTimer;

namespace sd {

/**
 * Adds a "rates" object to the stats of a Redis store (`stats`, RedisStoreBrowser::stats(): "store": "redis")
 * from the counters of `previous` (the stats taken `seconds` earlier; an empty object for the first call):
 * commands_per_second (total_commands_processed; INFO's instantaneous_ops_per_sec on the first call),
 * expired_keys_per_second, evicted_keys_per_second, hits_per_second, misses_per_second. A counter that went
 * down (a restart, a failover to another node) gives 0 for that interval.
 */
void addRedisRates(QJsonObject &stats, const QJsonObject &previous, double seconds);

/**
 * The live monitor's connection: which profile is connected and in what step. open() connects in steps, each
 * failure saying which step failed: first a TCP connection to the stateConnectionString's host and port
 * (within stateNetworkTimeout; "nothing listens at 127.0.0.1:1"), then, unless the profile is protocol-only
 * (ConnectionProfile::isProtocolOnly()), the admin API: its token file and URL, then an AdminClient whose
 * /v1/events stream coming up is Connected (a stream that fails is Failed with the reason while the client
 * retries every AdminClient::retryMs). A protocol-only profile is Connected once TCP connects, and a
 * ProtocolProbe then measures it each second (probeSample()). A failed TCP or admin step is Failed and
 * closed (no retry). close() is Disconnected. The widgets only show this state (MonitorWidget's status line).
 *
 * A Redis profile (ConnectionProfile::isRedis()) has one step, Redis: a RedisSessionStore is the service,
 * asked for its stats every redisPollMs() (2 s; the next call starts when the previous answered). The first
 * stats answered make it Connected (and emit clientReady); a failed call is Failed with the store's error
 * while the polling goes on (isRetrying()). Each answer, with addRedisRates(), is a statsEvent.
 */
class MonitorConnection : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Disconnected,
        Connecting,
        Connected,
        Failed,
    };
    Q_ENUM(State)

    /// The step an open connection is in (for the status line).
    enum class Step
    {
        None,
        Tcp,      ///< connecting to the State Service port
        AdminApi, ///< the admin API's /v1/events stream
        Protocol, ///< protocol-only: probing with HEAD
        Redis,    ///< a Redis store: its stats polled
    };
    Q_ENUM(Step)

    explicit MonitorConnection(QObject *parent = nullptr);
    ~MonitorConnection() override;

    /// Closes any connection, then opens `profile`, which is at `index` in the caller's list: state
    /// Connecting, step Tcp. Returns false (state Failed, reason() says why) only when its
    /// stateConnectionString does not parse; later failures arrive through stateChanged().
    bool open(const ConnectionProfile &profile, int index);
    /// Stops the event stream or the probe and drops the client (state Disconnected). Nothing when not open.
    void close();

    State state() const { return m_state; }
    Step step() const { return m_step; }
    /// Why the state is Failed (the step's own words: TCP error, token file, AdminClient::explain()); else
    /// empty.
    QString reason() const { return m_reason; }
    /// A connection is open: connecting, connected, or failed and retrying.
    bool isOpen() const { return m_index >= 0; }
    /// Failed with an admin client that retries by itself.
    bool isRetrying() const { return m_state == State::Failed && (m_client || m_store); }
    /// The admin client of the open connection (owned here); nullptr before the admin step, when closed and
    /// for protocol-only and Redis profiles.
    AdminClient *client() const { return m_client; }
    /// The session store the browser uses: the admin client, or the RedisSessionStore of a Redis profile
    /// (owned here); nullptr when there is none yet.
    AdminService *service() const;
    /// The RedisSessionStore of an open Redis profile, else nullptr.
    RedisSessionStore *redisStore() const;
    /// Interval of a Redis profile's stats calls (ms, default 2000).
    int redisPollMs() const { return m_redisPollMs; }
    void setRedisPollMs(int ms) { m_redisPollMs = std::max(100, ms); }
    /// The protocol probe of an open protocol-only connection (owned here), else nullptr.
    ProtocolProbe *probe() const { return m_probe; }
    /// The profile opened (nullptr when closed).
    const ConnectionProfile *profile() const { return isOpen() ? &m_profile : nullptr; }
    /// Name of the profile last opened or tried (for messages after a failed open()).
    QString profileName() const { return m_profile.name; }
    /// Index of the open profile in the caller's list, -1 when closed.
    int profileIndex() const { return m_index; }
    /// Moves the open profile's index (the caller removed a profile before it).
    void setProfileIndex(int index) { m_index = index; }

signals:
    /// The state, its step or its reason changed.
    void stateChanged(sd::MonitorConnection::State state);
    /// The admin client was created (after the TCP step), or a Redis store answered its first stats: the
    /// session browser can use it now.
    void clientReady(sd::AdminService *client);
    /// A "stats" event of the open connection (AdminClient::statsEvent).
    void statsEvent(const QJsonObject &sample);
    /// A protocol probe of an open protocol-only connection (ProtocolProbe::probed).
    void probeSample(const sd::ProbeSample &sample);

private:
    void setState(State state, const QString &reason = {});
    /// The TCP step passed: protocol-only profiles start probing, the others go on to the admin API.
    void tcpConnected();
    /// The TCP step failed with `error` (QAbstractSocket's words, or a timeout).
    void tcpFailed(const QString &error);
    /// Ends the attempt: Failed with `reason`, nothing left open.
    void fail(const QString &reason);
    void startAdminApi();
    /// Redis: opens the store of `profile` (Failed and false when its URL or password file is wrong).
    bool openRedis(const ConnectionProfile &profile, int index);
    /// Redis: one stats call; its answer schedules the next.
    void pollRedis();

    QPointer<AdminClient> m_client;
    QPointer<ProtocolProbe> m_probe;
    QPointer<RedisSessionStore> m_store;
    QTimer *m_pollTimer = nullptr;
    QJsonObject m_previousStats;
    qint64 m_previousStatsMs = 0;
    int m_redisPollMs = 2000;
    bool m_storeAnswered = false;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_tcpTimer = nullptr;
    ConnectionProfile m_profile;
    QString m_host;
    quint16 m_port = 0;
    int m_index = -1;
    State m_state = State::Disconnected;
    Step m_step = Step::None;
    QString m_reason;
};

} // namespace sd
