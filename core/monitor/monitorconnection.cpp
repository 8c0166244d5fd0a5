// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/monitorconnection.h"

#include "client/stateclient.h"

#include <QTcpSocket>
#include <QTimer>

namespace sd {

MonitorConnection::MonitorConnection(QObject *parent) : QObject(parent), m_tcpTimer(new QTimer(this))
{
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
