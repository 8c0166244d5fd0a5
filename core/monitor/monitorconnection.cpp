// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/monitorconnection.h"

#include "client/admincontract.h"
#include "client/stateclient.h"
#include "redis/redissessionstore.h"

#include <QDateTime>

#include <QTcpSocket>
#include <QTimer>

namespace sd {

void addRedisRates(QJsonObject &stats, const QJsonObject &previous, double seconds)
{
    using namespace admin::field;
    const QJsonObject now = stats.value(admin::key(kRedis)).toObject();
    const QJsonObject before = previous.value(admin::key(kRedis)).toObject();
    const bool first = before.isEmpty() || !(seconds > 0);
    const auto rate = [&](const char *counter) {
        if (first) {
            return 0.0;
        }
        const qint64 d =
            now.value(admin::key(counter)).toInteger() - before.value(admin::key(counter)).toInteger();
        return d > 0 ? double(d) / seconds : 0.0;
    };
    stats.insert(
        admin::key(kRates),
        QJsonObject{{QStringLiteral("commands_per_second"),
                     first ? now.value(admin::key(info::kOpsPerSec)).toDouble() : rate(info::kCommands)},
                    {QStringLiteral("expired_keys_per_second"), rate(info::kExpiredKeys)},
                    {QStringLiteral("evicted_keys_per_second"), rate(info::kEvictedKeys)},
                    {QStringLiteral("hits_per_second"), rate(info::kHits)},
                    {QStringLiteral("misses_per_second"), rate(info::kMisses)}});
}

MonitorConnection::MonitorConnection(QObject *parent)
    : QObject(parent), m_pollTimer(new QTimer(this)), m_tcpTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &MonitorConnection::pollRedis);
    m_tcpTimer->setSingleShot(true);
    connect(m_tcpTimer, &QTimer::timeout, this, [this] {
        tcpFailed(tr("no answer within stateNetworkTimeout (%1 s): a firewall may drop the packets")
                      .arg(m_profile.stateNetworkTimeoutSeconds));
    });
}

MonitorConnection::~MonitorConnection()
{
    if (m_client) {
        m_client->disconnect(this);
        m_client->stopEvents();
    }
}

bool MonitorConnection::open(const ConnectionProfile &profile, int index)
{
    close();
    m_profile = profile;
    if (profile.isRedis()) {
        return openRedis(profile, index);
    }
    QString error;
    const auto endpoint = parseStateConnectionString(profile.stateConnectionString, &error);
    if (!endpoint) {
        fail(tr("stateConnectionString: %1").arg(error));
        return false;
    }
    m_host = endpoint->host;
    m_port = endpoint->port;
    m_index = index;
    m_step = Step::Tcp;
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &MonitorConnection::tcpConnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        tcpFailed(e == QAbstractSocket::ConnectionRefusedError
                      ? tr("nothing listens there (%1): start the state server or fix the port")
                            .arg(m_socket->errorString())
                      : m_socket->errorString());
    });
    m_tcpTimer->start(std::max(1, profile.stateNetworkTimeoutSeconds) * 1000);
    m_socket->connectToHost(m_host, m_port);
    setState(State::Connecting);
    return true;
}

bool MonitorConnection::openRedis(const ConnectionProfile &profile, int index)
{
    QString error;
    const auto endpoint = profile.redisEndpoint(&error);
    if (!endpoint) {
        fail(tr("store URL: %1").arg(error));
        return false;
    }
    m_index = index;
    m_step = Step::Redis;
    m_store = new RedisSessionStore(*endpoint, this);
    m_storeAnswered = false;
    m_previousStats = {};
    setState(State::Connecting);
    pollRedis();
    return true;
}

void MonitorConnection::pollRedis()
{
    if (!m_store) {
        return;
    }
    m_store->stats(this, [this, store = m_store](const AdminResult &r) {
        if (store != m_store) {
            return; // an answer for a store closed meanwhile
        }
        m_pollTimer->start(m_redisPollMs);
        if (!r.ok()) {
            setState(State::Failed, r.error); // polling goes on: a retry
            return;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QJsonObject stats = r.json;
        addRedisRates(stats, m_previousStats, double(now - m_previousStatsMs) / 1000.0);
        m_previousStats = r.json;
        m_previousStatsMs = now;
        if (m_state != State::Connected) {
            setState(State::Connected);
        }
        if (!m_storeAnswered) {
            m_storeAnswered = true;
            emit clientReady(m_store);
        }
        emit statsEvent(stats);
    });
}

AdminService *MonitorConnection::service() const
{
    if (m_client) {
        return m_client;
    }
    return m_storeAnswered ? m_store.data() : nullptr;
}

RedisSessionStore *MonitorConnection::redisStore() const
{
    return m_store;
}

void MonitorConnection::tcpConnected()
{
    m_tcpTimer->stop();
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
    if (!m_profile.isProtocolOnly()) {
        startAdminApi();
        return;
    }
    m_step = Step::Protocol;
    m_probe = new ProtocolProbe(m_profile, this);
    connect(m_probe, &ProtocolProbe::probed, this, &MonitorConnection::probeSample);
    m_probe->start();
    setState(State::Connected);
}

void MonitorConnection::tcpFailed(const QString &error)
{
    if (!m_socket) {
        return;
    }
    fail(tr("TCP connect to %1:%2 failed: %3").arg(m_host).arg(m_port).arg(error));
}

void MonitorConnection::startAdminApi()
{
    m_step = Step::AdminApi;
    QString error;
    const auto token = m_profile.readToken(&error);
    const auto url = token ? m_profile.adminBaseUrl(&error) : std::nullopt;
    if (!url) {
        fail(tr("the State Service port answers, but the admin API cannot be used: %1 (for the Windows "
                "ASP.NET "
                "State Service, tick \"No admin API\" in the profile)")
                 .arg(error));
        return;
    }
    m_client = new AdminClient(*url, *token, this);
    connect(m_client, &AdminClient::statsEvent, this, &MonitorConnection::statsEvent);
    connect(m_client, &AdminClient::eventsStateChanged, this, [this](bool up, const QString &why) {
        if (up) {
            setState(State::Connected);
        } else if (!why.isEmpty()) {
            setState(State::Failed, why); // the client retries
        }
    });
    m_client->startEvents();
    setState(State::Connecting);
    emit clientReady(m_client);
}

void MonitorConnection::fail(const QString &reason)
{
    close();
    setState(State::Failed, reason);
}

void MonitorConnection::close()
{
    m_tcpTimer->stop();
    m_pollTimer->stop();
    if (m_store) {
        RedisSessionStore *store = m_store;
        m_store = nullptr;
        m_storeAnswered = false;
        store->deleteLater(); // its destructor cancels a call in progress
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_probe) {
        m_probe->stop();
        m_probe->disconnect(this);
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    if (m_client) {
        AdminClient *client = m_client;
        m_client = nullptr;
        client->disconnect(this);
        client->stopEvents();
        client->deleteLater();
    }
    if (m_index < 0) {
        return;
    }
    m_index = -1;
    m_step = Step::None;
    setState(State::Disconnected);
}

void MonitorConnection::setState(State state, const QString &reason)
{
    m_state = state;
    m_reason = reason;
    emit stateChanged(state);
}

} // namespace sd
