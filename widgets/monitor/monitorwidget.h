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
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QProcess;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace sd {

class Dashboard;
class LocalStateServer;
class SessionBrowser;
class SessionLookup;

/// Edits one connection profile: its kind, then for a state server name, stateConnectionString,
/// stateNetworkTimeout, no admin API, admin URL, token file, read-only; for Redis the store URL, a password
/// file and a password kept in memory. The token and the password are never stored: only their files' paths.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(const ConnectionProfile &profile, QWidget *parent = nullptr);
    ConnectionProfile profile() const;

private:
    /// The fields in a form, each line edit and the spin box with a label (its buddy) appended to `labels`,
    /// in the order name, stateConnectionString, timeout, admin URL, token file; the labels get their texts
    /// from the constructor's language hook.
    QFormLayout *buildForm(QLayout *tokenRow, QList<QLabel *> *labels);
    /// Accepts when the name is set and the stateConnectionString (Redis: the store URL) parses; else says
    /// why and stays open.
    void acceptIfValid();
    /// The kind row (first) and the Redis rows (store URL, password file, password) of `form`; the rows of
    /// the kind not chosen are hidden.
    void addRedisFields(QFormLayout *form, const ConnectionProfile &profile);

    QComboBox *m_kind = nullptr;
    QLineEdit *m_storeUrl = nullptr, *m_passwordFile = nullptr, *m_password = nullptr;
    QLineEdit *m_name, *m_state, *m_admin, *m_token;
    QSpinBox *m_timeout;
    QCheckBox *m_readOnly, *m_protocolOnly;
};

/// Runs the step-by-step connectivity test of a profile (or of a session database file) off the UI thread
/// and shows each step as it completes: verdict, time, detail, and what to do.
class ConnectivityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectivityDialog(const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~ConnectivityDialog() override;
    /// Starts the profile's test (done on construction too): testRedisStore() for a Redis profile, else
    /// testStateServer().
    void runServerTest();
    /// Tests a session database file instead.
    void runDatabaseTest(const QString &path);
    bool isRunning() const { return m_running; }
    QTreeWidget *steps() const { return m_steps; }

private:
    void addStep(const ConnectivityStep &s);
    void finish();

    ConnectionProfile m_profile;
    QString m_databasePath; ///< the session database file tested last; empty: the state server
    QTreeWidget *m_steps;
    QLabel *m_verdict;
    QPushButton *m_again, *m_dbButton;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    int m_failures = 0;
    bool m_allPassed = false; ///< the verdict line says "Every step passed."
};

/**
 * The live monitor: a connection bar (servers, connect, test connectivity, read-only badge, "Generate
 * load"), and two tabs: the session browser and the dashboard. The server list always starts with "Local
 * sessionstated" (started when chosen) and holds the saved profiles; the server selected is the one whose
 * data is shown: choosing another entry connects to it, and until it is connected the dashboard and browser
 * are cleared and every write action is off. Connecting opens a MonitorConnection (TCP first, then the admin
 * API), points the browser at its AdminClient and feeds the dashboard from its /v1/events stream; a
 * protocol-only profile (aspnet_state) gets the protocol charts and a one-session lookup instead. The status
 * line shows the connection's state and names the selected server.
 */
class MonitorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit MonitorWidget(QWidget *parent = nullptr);
    ~MonitorWidget() override;

    /// The saved profiles plus the embedded one once the local server has started (then first). The server
    /// list shows a "Local sessionstated" entry before them while it has not.
    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    /// Adds (or replaces, by name) a profile, saves the list and selects it; connects when `connectNow`.
    void addProfile(const ConnectionProfile &profile, bool connectNow);
    /// Selects the profile at `index` in the server list and connects to it (an embedded profile whose server
    /// has stopped is started again). Returns false with a message in the status line on error; the attempt
    /// goes on asynchronously otherwise (see MonitorConnection).
    bool connectToProfile(int index);
    /// Selects the permanent "Local sessionstated" entry and starts (or connects to) the local server.
    void connectToLocalServer();
    /// Index in profiles() of the server list's selected entry; -1 for the local entry before it started.
    int selectedProfile() const;
    void disconnectFromServer();
    bool isConnected() const { return m_connection->isOpen(); }
    AdminClient *client() const { return m_connection->client(); }
    /// Which profile is connected and in what step.
    MonitorConnection *connection() const { return m_connection; }
    const ConnectionProfile *currentProfile() const;
    SessionBrowser *browser() const { return m_browser; }
    /// The one-session lookup shown instead of the browser for protocol-only profiles.
    SessionLookup *sessionLookup() const { return m_lookup; }
    Dashboard *dashboard() const { return m_dashboard; }
    QTabWidget *tabs() const { return m_tabs; }
    QWidget *browserWidget() const;
    QWidget *dashboardWidget() const;

    /// Starts a local sessionstated child (embedded default) and connects to it when it is ready. `program`
    /// (default: LocalStateServer::findProgram()) is kept for later starts from the server list.
    void startLocalServer(const QString &program = {});
    /// Starts or stops `sessionctl load` against the connected server (not for read-only profiles).
    void setLoadRunning(bool on);
    bool isLoadRunning() const;
    /// The sessionstated the "Local sessionstated" entry starts (default: LocalStateServer::findProgram()).
    void setLocalServerProgram(const QString &path) { m_localProgram = path; }
    /// The sessionctl used by "Generate load" (default: LocalStateServer::findProgram("sessionctl")).
    void setLoadProgram(const QString &path) { m_loadProgram = path; }

    /// Gives the "New profile from web.config" action the open config's stateConnectionString and
    /// stateNetworkTimeout (seconds), or nullopt when no file is open or it sets none.
    void setConfigReader(std::function<std::optional<std::pair<QString, int>>()> reader)
    {
        m_configReader = std::move(reader);
    }
    /// Gives the same action the open config's RedisSessionStateProvider (its name and attributes), or
    /// nullopt when it has none; a Redis provider wins over the stateConnectionString.
    void setRedisProviderReader(std::function<std::optional<RedisProviderOfDocument>()> reader)
    {
        m_redisReader = std::move(reader);
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
    /// A protocol probe of a protocol-only connection: to the dashboard; a failure shows in the status line.
    void showProbe(const ProbeSample &sample);
    /// The name of the connection's profile as the status line says it: the local server's in the current
    /// language (its profile keeps the name of the language it started in).
    QString connectionName() const;
    /// Clears the dashboard, the browser, the lookup and the summary (no server's data is shown).
    void clearShownData();
    /// The server list's choice changed: connect to it unless it is the connected one.
    void selectServer();
    /// Why "Generate load" cannot run now (not connected, or the connection's failure), empty when it can.
    QString loadBlocker() const;
    /// Starts `program` (sessionctl load) against `profile`; its output is kept to say why it stopped.
    void startLoadProcess(const QString &program, const ConnectionProfile &profile);

    QList<ConnectionProfile> m_profiles;
    MonitorConnection *m_connection = nullptr;
    LocalStateServer *m_local = nullptr;
    QProcess *m_load = nullptr;
    QString m_loadProgram, m_localProgram;
    QByteArray m_loadOutput; ///< the last 4 KiB sessionctl load printed
    bool m_localStarting = false;
    bool m_probeFailing = false;
    bool m_statusShowsState = false; ///< the status line is showConnectionState()'s, not a message
    std::function<std::optional<std::pair<QString, int>>()> m_configReader;
    std::function<std::optional<RedisProviderOfDocument>()> m_redisReader;

    QComboBox *m_combo = nullptr;
    QPushButton *m_connect = nullptr, *m_test = nullptr, *m_loadButton = nullptr;
    QLabel *m_readOnlyBadge = nullptr, *m_status = nullptr, *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    SessionBrowser *m_browser = nullptr;
    SessionLookup *m_lookup = nullptr;
    QStackedWidget *m_browserStack = nullptr;
    Dashboard *m_dashboard = nullptr;
};

} // namespace sd
