// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/monitorconnection.h"

namespace sd {

MonitorConnection::MonitorConnection(QObject *parent) : QObject(parent) {}

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
    const auto token = profile.readToken(&error);
    const auto url = token ? profile.adminBaseUrl(&error) : std::nullopt;
    if (!url) {
        setState(State::Failed, error);
        return false;
    }
    m_index = index;
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
    return true;
}

void MonitorConnection::close()
{
    if (!m_client) {
        return;
    }
    AdminClient *client = m_client;
    m_client = nullptr;
    client->disconnect(this);
    client->stopEvents();
    client->deleteLater();
    m_index = -1;
    setState(State::Disconnected);
}

void MonitorConnection::setState(State state, const QString &reason)
{
    m_state = state;
    m_reason = reason;
    emit stateChanged(state);
}

} // namespace sd
