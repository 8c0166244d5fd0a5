// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Saved connections of the live monitor (the connectivity test of one is in monitor/connectivity.h).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;

namespace sd {

/**
 * One monitored state server. Stored with QSettings (group "profiles", an array); the admin token is never in
 * the settings file: only the path of a file that holds it (sessionstated's --admin-token-file).
 */
struct ConnectionProfile
{
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

    /// True when the monitor must do without the admin API: protocolOnly is set or the admin URL is empty.
    bool isProtocolOnly() const { return protocolOnly || adminUrl.trimmed().isEmpty(); }

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
};

/// Loads the saved profiles (QSettings group "profiles").
QList<ConnectionProfile> loadProfiles(QSettings &settings);
/// Replaces the saved profiles; embedded ones are skipped.
void saveProfiles(QSettings &settings, const QList<ConnectionProfile> &profiles);

} // namespace sd
