// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/adminclient.h"
#include "monitor/connectionprofile.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

namespace sd {

/**
 * The live monitor's connection: which profile is connected and in what step. open() builds an AdminClient
 * for the profile and starts its /v1/events stream (Connecting); the stream coming up is Connected; a
 * profile that cannot be used (no token, bad admin URL) or a stream that fails is Failed with the reason
 * (while the client lives, it retries every AdminClient::retryMs). close() is Disconnected. The widgets
 * only show this state (MonitorWidget's status line).
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

    explicit MonitorConnection(QObject *parent = nullptr);
    ~MonitorConnection() override;

    /// Closes any connection, then opens `profile`, which is at `index` in the caller's list. Returns false
    /// (state Failed, reason() says why) when its token file cannot be read or its admin URL is not http.
    bool open(const ConnectionProfile &profile, int index);
    /// Stops the event stream and drops the client (state Disconnected). Nothing when not open.
    void close();

    State state() const { return m_state; }
    /// Why the state is Failed (AdminClient::explain() or ConnectionProfile's error text); else empty.
    QString reason() const { return m_reason; }
    /// A client exists (Connecting, Connected, or Failed and retrying).
    bool isOpen() const { return m_client != nullptr; }
    /// Failed with a client that retries by itself.
    bool isRetrying() const { return m_state == State::Failed && isOpen(); }
    /// The client of the open connection (owned here), nullptr when closed.
    AdminClient *client() const { return m_client; }
    /// The profile opened (nullptr when closed).
    const ConnectionProfile *profile() const { return isOpen() ? &m_profile : nullptr; }
    /// Name of the profile last opened or tried (for messages after a failed open()).
    QString profileName() const { return m_profile.name; }
    /// Index of the open profile in the caller's list, -1 when closed.
    int profileIndex() const { return isOpen() ? m_index : -1; }
    /// Moves the open profile's index (the caller removed a profile before it).
    void setProfileIndex(int index) { m_index = index; }

signals:
    /// The state or its reason changed.
    void stateChanged(sd::MonitorConnection::State state);
    /// A "stats" event of the open connection (AdminClient::statsEvent).
    void statsEvent(const QJsonObject &sample);

private:
    void setState(State state, const QString &reason = {});

    QPointer<AdminClient> m_client;
    ConnectionProfile m_profile;
    int m_index = -1;
    State m_state = State::Disconnected;
    QString m_reason;
};

} // namespace sd
