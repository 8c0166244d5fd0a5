// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/adminclient.h"
#include "monitor/connectionprofile.h"
#include "monitor/connectivity.h"
#include "monitor/monitorconnection.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProcess;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

namespace sd {

class Dashboard;
class LocalStateServer;
class SessionBrowser;

/// Edits one connection profile (name, stateConnectionString, stateNetworkTimeout, admin URL, token file,
/// read-only). The token itself is never shown or stored: only the path of its file.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(const ConnectionProfile &profile, QWidget *parent = nullptr);
    ConnectionProfile profile() const;

private:
    QLineEdit *m_name, *m_state, *m_admin, *m_token;
    QSpinBox *m_timeout;
    QCheckBox *m_readOnly;
};

/// Runs the step-by-step connectivity test of a profile (or of a session database file) off the UI thread
/// and shows each step as it completes: verdict, time, detail, and what to do.
class ConnectivityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectivityDialog(const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~ConnectivityDialog() override;
    /// Starts the state server test (done on construction too).
    void runServerTest();
    /// Tests a session database file instead.
    void runDatabaseTest(const QString &path);
    bool isRunning() const { return m_running; }
    QTreeWidget *steps() const { return m_steps; }

private:
    void addStep(const ConnectivityStep &s);
    void finish();

    ConnectionProfile m_profile;
    QTreeWidget *m_steps;
    QLabel *m_verdict;
    QPushButton *m_again, *m_dbButton;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    int m_failures = 0;
};

/**
 * The live monitor: a connection bar (profiles, connect, test connectivity, read-only badge, "Generate
 * load"), and two tabs: the session browser and the dashboard. Connecting opens a MonitorConnection (an
 * AdminClient for the profile), points the browser at it and feeds the dashboard from its /v1/events
 * stream; the status line shows the connection's state.
 */
class MonitorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit MonitorWidget(QWidget *parent = nullptr);
    ~MonitorWidget() override;

    /// The saved profiles plus an embedded one, in combo order.
    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    /// Adds (or replaces, by name) a profile, saves the list and selects it; connects when `connectNow`.
    void addProfile(const ConnectionProfile &profile, bool connectNow);
    /// Connects to the profile at `index`. Returns false with a message in the status line on error.
    bool connectToProfile(int index);
    void disconnectFromServer();
    bool isConnected() const { return m_connection->isOpen(); }
    AdminClient *client() const { return m_connection->client(); }
    /// Which profile is connected and in what step.
    MonitorConnection *connection() const { return m_connection; }
    const ConnectionProfile *currentProfile() const;
    SessionBrowser *browser() const { return m_browser; }
    Dashboard *dashboard() const { return m_dashboard; }
    QTabWidget *tabs() const { return m_tabs; }
    QWidget *browserWidget() const;
    QWidget *dashboardWidget() const;

    /// Starts a local sessionstated child (embedded default) and connects to it when it is ready.
    void startLocalServer(const QString &program = {});
    /// Starts or stops `sessionctl load` against the connected server (not for read-only profiles).
    void setLoadRunning(bool on);
    bool isLoadRunning() const;
    /// The sessionctl used by "Generate load" (default: LocalStateServer::findProgram("sessionctl")).
    void setLoadProgram(const QString &path) { m_loadProgram = path; }

    /// Gives the "New profile from web.config" action the open config's stateConnectionString and
    /// stateNetworkTimeout (seconds), or nullopt when no file is open or it sets none.
    void setConfigReader(std::function<std::optional<std::pair<QString, int>>()> reader)
    {
        m_configReader = std::move(reader);
    }
    void newProfileFromConfig();
    void testConnectivity();

signals:
    void connectedChanged(bool connected);

private:
    /// The connection bar: profile combo, Connect, Profiles menu, Test connectivity, read-only badge,
    /// Generate load and the status line.
    QHBoxLayout *buildBar();
    void reloadCombo(int select);
    void saveProfiles();
    void editProfile(bool create);
    void deleteProfile();
    void setStatus(const QString &text, bool error = false);
    void updateBar();
    void showConnectionState();
    void showStats(const QJsonObject &stats);

    QList<ConnectionProfile> m_profiles;
    MonitorConnection *m_connection = nullptr;
    LocalStateServer *m_local = nullptr;
    QProcess *m_load = nullptr;
    QString m_loadProgram;
    std::function<std::optional<std::pair<QString, int>>()> m_configReader;

    QComboBox *m_combo = nullptr;
    QPushButton *m_connect = nullptr, *m_test = nullptr, *m_loadButton = nullptr;
    QLabel *m_readOnlyBadge = nullptr, *m_status = nullptr, *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    SessionBrowser *m_browser = nullptr;
    Dashboard *m_dashboard = nullptr;
};

} // namespace sd
