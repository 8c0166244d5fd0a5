// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/monitor/monitorwidget.h"
#include "base/settings.h"

#include "client/adminclient.h"
#include "client/admincontract.h"
#include "client/stateclient.h"
#include "monitor/childprocess.h"
#include "monitor/localserver.h"
#include "redis/redisendpoint.h"
#include "widgets/common/retranslate.h"
#include "widgets/common/wheelguard.h"
#include "widgets/monitor/dashboard.h"
#include "widgets/monitor/elidedlabel.h"
#include "widgets/monitor/sessionbrowser.h"
#include "widgets/monitor/sessionlookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd {

// ------------------------------------------------------------------------------------------ ProfileDialog

ProfileDialog::ProfileDialog(const ConnectionProfile &profile, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("profileDialog"));
    m_name = new QLineEdit(profile.name);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_state = new QLineEdit(profile.stateConnectionString);
    m_state->setObjectName(QStringLiteral("profileState"));
    m_state->setPlaceholderText(QStringLiteral("tcpip=127.0.0.1:42424"));
    m_timeout = new QSpinBox;
    guardWheel(m_timeout);
    m_timeout->setRange(1, 3600);
    m_timeout->setValue(profile.stateNetworkTimeoutSeconds);
    m_admin = new QLineEdit(profile.adminUrl);
    m_admin->setObjectName(QStringLiteral("profileAdmin"));
    m_token = new QLineEdit(profile.tokenFile);
    m_token->setObjectName(QStringLiteral("profileToken"));
    auto *browse = new QPushButton;
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Admin token file"), m_token->text());
        if (!f.isEmpty()) {
            m_token->setText(f);
        }
    });
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(browse);
    m_readOnly = new QCheckBox;
    m_readOnly->setObjectName(QStringLiteral("profileReadOnly"));
    m_readOnly->setChecked(profile.readOnly);
    m_protocolOnly = new QCheckBox;
    m_protocolOnly->setObjectName(QStringLiteral("profileProtocolOnly"));
    connect(m_protocolOnly, &QCheckBox::toggled, this, [this, browse](bool on) {
        m_admin->setEnabled(!on);
        m_token->setEnabled(!on);
        browse->setEnabled(!on);
    });
    m_protocolOnly->setChecked(profile.protocolOnly);
    QList<QLabel *> labels;
    QFormLayout *form = buildForm(tokenRow, &labels);
    addRedisFields(form, profile);
    auto *note = new QLabel;
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::acceptIfValid);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    onLanguageChange(this, [this, browse, labels, note] {
        setWindowTitle(tr("Connection profile"));
        m_timeout->setSuffix(tr(" s"));
        m_token->setPlaceholderText(tr("file with the admin token (sessionstated prints its path)"));
        browse->setText(tr("Browse..."));
        m_readOnly->setText(tr("Read-only: monitor only (no abandon, reset, load or write test)"));
        m_protocolOnly->setText(
            tr("No admin API (Windows ASP.NET State Service, or sessionstated --no-admin)"));
        m_protocolOnly->setToolTip(
            tr("The monitor then watches the server through the State Service protocol "
               "only: availability, round-trip latency, connection failures and "
               "X-AspNet-Version; sessions can only be looked up by id."));
        labels[0]->setText(tr("&Name:"));
        labels[1]->setText(tr("&stateConnectionString:"));
        labels[2]->setText(tr("state&NetworkTimeout:"));
        labels[3]->setText(tr("&Admin API URL:"));
        labels[4]->setText(tr("&Token file:"));
        note->setText(
            tr("The token and the Redis password are never stored in the settings: only the path of the "
               "file that holds them (a Redis password typed here is kept in memory until SessionDesk "
               "quits)."));
    });
    resize(560, sizeHint().height());
}

QFormLayout *ProfileDialog::buildForm(QLayout *tokenRow, QList<QLabel *> *labels)
{
    for (QWidget *buddy : std::initializer_list<QWidget *>{m_name, m_state, m_timeout, m_admin, m_token}) {
        labels->append(new QLabel);
        labels->last()->setBuddy(buddy);
    }
    auto *form = new QFormLayout;
    form->addRow(labels->at(0), m_name);
    form->addRow(labels->at(1), m_state);
    form->addRow(labels->at(2), m_timeout);
    form->addRow(QString(), m_protocolOnly);
    form->addRow(labels->at(3), m_admin);
    form->addRow(labels->at(4), tokenRow);
    form->addRow(QString(), m_readOnly);
    return form;
}

void ProfileDialog::addRedisFields(QFormLayout *form, const ConnectionProfile &profile)
{
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("profileKind"));
    m_kind->addItems({QString(), QString()});
    m_kind->setCurrentIndex(profile.isRedis() ? 1 : 0);
    m_storeUrl = new QLineEdit(profile.storeUrl);
    m_storeUrl->setObjectName(QStringLiteral("profileStoreUrl"));
    m_storeUrl->setPlaceholderText(QStringLiteral("redis://127.0.0.1:6379/0"));
    m_passwordFile = new QLineEdit(profile.passwordFile);
    m_passwordFile->setObjectName(QStringLiteral("profilePasswordFile"));
    m_password = new QLineEdit(profile.password);
    m_password->setObjectName(QStringLiteral("profilePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *kindLabel = new QLabel, *urlLabel = new QLabel, *fileLabel = new QLabel, *pwLabel = new QLabel;
    auto *profileNote = new QLabel(profile.note);
    profileNote->setObjectName(QStringLiteral("profileNote"));
    profileNote->setWordWrap(true);
    kindLabel->setBuddy(m_kind);
    urlLabel->setBuddy(m_storeUrl);
    fileLabel->setBuddy(m_passwordFile);
    pwLabel->setBuddy(m_password);
    form->insertRow(0, kindLabel, m_kind);
    form->addRow(urlLabel, m_storeUrl);
    form->addRow(fileLabel, m_passwordFile);
    form->addRow(pwLabel, m_password);
    if (!profile.note.isEmpty()) {
        form->addRow(QString(), profileNote);
    }
    const auto showKind = [this, form] {
        const bool redis = m_kind->currentIndex() == 1;
        for (QWidget *w : std::initializer_list<QWidget *>{m_state, m_timeout, m_protocolOnly, m_admin}) {
            form->setRowVisible(w, !redis);
        }
        for (int row = 0; row < form->rowCount(); ++row) { // the token row: a layout with its Browse button
            QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
            if (field && field->layout() && field->layout()->indexOf(m_token) >= 0) {
                form->setRowVisible(row, !redis);
            }
        }
        for (QWidget *w : std::initializer_list<QWidget *>{m_storeUrl, m_passwordFile, m_password}) {
            form->setRowVisible(w, redis);
        }
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, showKind);
    showKind();
    onLanguageChange(this, [this, kindLabel, urlLabel, fileLabel, pwLabel] {
        kindLabel->setText(tr("&Kind:"));
        m_kind->setItemText(0, tr("State server (stateConnectionString)"));
        m_kind->setItemText(1, tr("Redis (RedisSessionStateProvider)"));
        urlLabel->setText(tr("Store &URL:"));
        fileLabel->setText(tr("Password &file:"));
        pwLabel->setText(tr("&Password:"));
        m_storeUrl->setToolTip(
            tr("redis://HOST:PORT/DB, rediss:// (TLS), redis-sentinel://HOST:PORT/MASTER or "
               "redis-cluster://HOST:PORT,HOST:PORT; a password typed here is moved to the "
               "password field"));
        m_passwordFile->setPlaceholderText(tr("file with the Redis password (first line)"));
        m_password->setPlaceholderText(tr("kept in memory only, never saved"));
    });
}

void ProfileDialog::acceptIfValid()
{
    QString error;
    if (m_name->text().trimmed().isEmpty()) {
        error = tr("The profile needs a name.");
    } else if (m_kind->currentIndex() == 1) {
        if (!parseRedisEndpoint(m_storeUrl->text().trimmed(), &error)) {
            error = tr("Store URL: %1").arg(error);
        }
    } else if (!parseStateConnectionString(m_state->text(), &error)) {
        error = tr("stateConnectionString: %1").arg(error);
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    accept();
}

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.stateConnectionString = m_state->text().trimmed();
    p.stateNetworkTimeoutSeconds = m_timeout->value();
    p.adminUrl = m_admin->text().trimmed();
    p.tokenFile = m_token->text().trimmed();
    p.readOnly = m_readOnly->isChecked();
    p.protocolOnly = m_protocolOnly->isChecked();
    p.kind =
        m_kind->currentIndex() == 1 ? ConnectionProfile::Kind::Redis : ConnectionProfile::Kind::StateServer;
    QString typed;
    p.storeUrl = ConnectionProfile::withoutPassword(m_storeUrl->text().trimmed(), &typed);
    p.passwordFile = m_passwordFile->text().trimmed();
    p.password = m_password->text().isEmpty() ? typed : m_password->text();
    return p;
}

// ------------------------------------------------------------------------------------- ConnectivityDialog

ConnectivityDialog::ConnectivityDialog(const ConnectionProfile &profile, QWidget *parent)
    : QDialog(parent), m_profile(profile)
{
    setObjectName(QStringLiteral("connectivityDialog"));
    m_steps = new QTreeWidget;
    m_steps->setObjectName(QStringLiteral("connectivitySteps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setWordWrap(true);
    m_steps->setColumnCount(4);
    m_steps->setColumnWidth(0, 200);
    m_steps->setColumnWidth(1, 70);
    m_steps->setColumnWidth(2, 80);
    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("connectivityVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_again = new QPushButton;
    m_again->setObjectName(QStringLiteral("testAgain"));
    m_dbButton = new QPushButton;
    m_dbButton->setObjectName(QStringLiteral("testDatabaseFile"));
    auto *close = new QPushButton;
    close->setObjectName(QStringLiteral("closeConnectivity"));
    connect(m_again, &QPushButton::clicked, this, &ConnectivityDialog::runServerTest);
    connect(m_dbButton, &QPushButton::clicked, this, [this] {
        const QString f =
            QFileDialog::getOpenFileName(this, tr("Session database file"), QString(),
                                         tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
        if (!f.isEmpty()) {
            runDatabaseTest(f);
        }
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_dbButton);
    buttons->addStretch(1);
    buttons->addWidget(m_again);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_verdict);
    layout->addLayout(buttons);
    onLanguageChange(this, [this, close] {
        setWindowTitle(m_databasePath.isEmpty() ? tr("Test connectivity: %1").arg(m_profile.name)
                                                : tr("Test session database: %1").arg(m_databasePath));
        m_steps->setHeaderLabels({tr("Step"), tr("Verdict"), tr("Time"), tr("Detail")});
        m_again->setText(tr("Test again"));
        m_dbButton->setText(tr("Test a session database file..."));
        close->setText(tr("Close"));
        // The verdicts are words of the current language; names, details and advice stay as measured.
        for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_steps->topLevelItem(i);
            item->setText(1, verdictText(ConnectivityStep::Verdict(item->data(1, Qt::UserRole).toInt())));
        }
        if (m_allPassed) {
            m_verdict->setText(tr("<b>Every step passed.</b>"));
        }
    });
    resize(900, 420);
    runServerTest();
}

ConnectivityDialog::~ConnectivityDialog()
{
    if (m_cancel) {
        m_cancel->store(true); // the worker finishes its current step and reports to nobody
    }
}

void ConnectivityDialog::addStep(const ConnectivityStep &s)
{
    auto *item = new QTreeWidgetItem({s.name, verdictText(s.verdict),
                                      s.verdict == ConnectivityStep::Verdict::Skipped
                                          ? QString()
                                          : tr("%1 ms").arg(s.elapsedMs, 0, 'f', s.elapsedMs < 10 ? 2 : 0),
                                      s.detail});
    item->setToolTip(3, s.detail);
    item->setData(1, Qt::UserRole, int(s.verdict));
    if (s.verdict == ConnectivityStep::Verdict::Fail) {
        item->setForeground(1, QColor(0xb0, 0x00, 0x20));
        ++m_failures;
        if (!s.advice.isEmpty() && m_failures == 1) {
            m_verdict->setText(
                tr("<b>%1 failed.</b> %2").arg(s.name.toHtmlEscaped(), s.advice.toHtmlEscaped()));
        }
    } else if (s.verdict == ConnectivityStep::Verdict::Pass) {
        item->setForeground(1, QColor(0x10, 0x80, 0x30));
    } else if (s.verdict == ConnectivityStep::Verdict::Warn && m_failures == 0) {
        m_verdict->setText(tr("<b>%1:</b> %2").arg(s.name.toHtmlEscaped(), s.advice.toHtmlEscaped()));
    }
    m_steps->addTopLevelItem(item);
}

void ConnectivityDialog::finish()
{
    m_running = false;
    m_again->setEnabled(true);
    m_dbButton->setEnabled(true);
    m_allPassed = m_failures == 0 && m_verdict->text().isEmpty();
    if (m_allPassed) {
        m_verdict->setText(tr("<b>Every step passed.</b>"));
    }
}

void ConnectivityDialog::runServerTest()
{
    if (m_running) {
        return;
    }
    m_steps->clear();
    m_verdict->clear();
    m_failures = 0;
    m_allPassed = false;
    m_databasePath.clear();
    setWindowTitle(tr("Test connectivity: %1").arg(m_profile.name));
    m_running = true;
    m_again->setEnabled(false);
    m_dbButton->setEnabled(false);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<ConnectivityDialog> self(this);
    auto cancel = m_cancel;
    const ConnectionProfile profile = m_profile;
    (void)QtConcurrent::run([self, cancel, profile] {
        const auto report = [self, cancel](const ConnectivityStep &s) {
            if (!cancel->load() && self) {
                QMetaObject::invokeMethod(
                    self, [self, s] { self->addStep(s); }, Qt::QueuedConnection);
            }
        };
        // A Redis profile gets the Redis steps (issue 15): the state server's would fail at the handshake.
        if (profile.isRedis()) {
            testRedisStore(profile, report, cancel.get());
        } else {
            testStateServer(profile, report, cancel.get());
        }
        if (!cancel->load() && self) {
            QMetaObject::invokeMethod(
                self, [self] { self->finish(); }, Qt::QueuedConnection);
        }
    });
}

void ConnectivityDialog::runDatabaseTest(const QString &path)
{
    if (m_running) {
        return;
    }
    m_steps->clear();
    m_verdict->clear();
    m_failures = 0;
    m_allPassed = false;
    m_databasePath = path;
    setWindowTitle(tr("Test session database: %1").arg(path));
    m_running = true;
    QPointer<ConnectivityDialog> self(this);
    (void)QtConcurrent::run([self, path] {
        testSessionDatabase(path, [self](const ConnectivityStep &s) {
            if (self) {
                QMetaObject::invokeMethod(
                    self, [self, s] { self->addStep(s); }, Qt::QueuedConnection);
            }
        });
        if (self) {
            QMetaObject::invokeMethod(
                self, [self] { self->finish(); }, Qt::QueuedConnection);
        }
    });
}

// ------------------------------------------------------------------------------------------ MonitorWidget

MonitorWidget::MonitorWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("monitor"));
    m_connection = new MonitorConnection(this);
    connect(m_connection, &MonitorConnection::stateChanged, this, &MonitorWidget::showConnectionState);
    connect(m_connection, &MonitorConnection::statsEvent, this, &MonitorWidget::showStats);
    connect(m_connection, &MonitorConnection::probeSample, this, &MonitorWidget::showProbe);
    connect(m_connection, &MonitorConnection::clientReady, this, [this](AdminService *client) {
        const ConnectionProfile *p = currentProfile();
        m_browser->setClient(client, !p || p->readOnly);
    });
    QHBoxLayout *bar = buildBar();
    // The status and the summary each get a line of their own, cut to the window's width (the whole text is
    // their tool tip), so the header keeps its height in a small window (issue 12 point 14).
    m_status = new ElidedLabel;
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_summary = new ElidedLabel;
    m_summary->setObjectName(QStringLiteral("serverSummary"));

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("monitorTabs"));
    m_browser = new SessionBrowser;
    m_lookup = new SessionLookup;
    m_browserStack = new QStackedWidget;
    m_browserStack->setObjectName(QStringLiteral("browserStack"));
    m_browserStack->addWidget(m_browser);
    m_browserStack->addWidget(m_lookup);
    m_dashboard = new Dashboard;
    m_tabs->addTab(m_dashboard, QString());
    m_tabs->addTab(m_browserStack, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    QSettings settings;
    m_profiles = loadProfiles(settings);
    reloadCombo(m_profiles.isEmpty() ? -1 : 0);
    showConnectionState();
    onLanguageChange(this, [this] {
        m_tabs->setTabText(0, tr("&Dashboard"));
        m_tabs->setTabText(1, tr("&Sessions"));
        reloadCombo(m_combo->currentData().toInt());
        if (m_localStarting) {
            setStatus(tr("Starting a local sessionstated..."));
        } else if (m_statusShowsState) {
            showConnectionState();
        }
        updateBar();
    });
}

QHBoxLayout *MonitorWidget::buildBar()
{
    auto *bar = new QHBoxLayout;
    auto *serverLabel = new QLabel;
    bar->addWidget(serverLabel);
    m_combo = new QComboBox;
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    guardWheel(m_combo);
    m_combo->setMinimumContentsLength(24);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    bar->addWidget(m_combo, 1);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &MonitorWidget::selectServer);
    m_connect = new QPushButton;
    m_connect->setObjectName(QStringLiteral("connectButton"));
    connect(m_connect, &QPushButton::clicked, this, [this] {
        const int index = selectedProfile();
        if (isConnected() && index >= 0 && m_connection->profileIndex() == index) {
            disconnectFromServer();
        } else if (index < 0) {
            connectToLocalServer();
        } else {
            connectToProfile(index);
        }
    });
    bar->addWidget(m_connect);
    auto *profilesButton = new QPushButton;
    profilesButton->setObjectName(QStringLiteral("profilesButton"));
    auto *menu = new QMenu(profilesButton);
    QAction *newProfile = menu->addAction(QString(), this, [this] { editProfile(true); });
    QAction *edit = menu->addAction(QString(), this, [this] { editProfile(false); });
    QAction *fromConfig = menu->addAction(QString(), this, &MonitorWidget::newProfileFromConfig);
    QAction *remove = menu->addAction(QString(), this, &MonitorWidget::deleteProfile);
    profilesButton->setMenu(menu);
    bar->addWidget(profilesButton);
    m_test = new QPushButton;
    m_test->setObjectName(QStringLiteral("testButton"));
    connect(m_test, &QPushButton::clicked, this, &MonitorWidget::testConnectivity);
    bar->addWidget(m_test);
    m_readOnlyBadge = new QLabel;
    m_readOnlyBadge->setObjectName(QStringLiteral("readOnlyBadge"));
    m_readOnlyBadge->setStyleSheet(
        QStringLiteral("QLabel { background: #b36b00; color: white; font-weight: bold; "
                       "border-radius: 3px; }"));
    bar->addWidget(m_readOnlyBadge);
    m_loadButton = new QPushButton;
    m_loadButton->setObjectName(QStringLiteral("loadButton"));
    m_loadButton->setCheckable(true);
    connect(m_loadButton, &QPushButton::toggled, this, &MonitorWidget::setLoadRunning);
    bar->addWidget(m_loadButton);
    onLanguageChange(this, [=, this] {
        serverLabel->setText(tr("Server:"));
        profilesButton->setText(tr("Profiles"));
        newProfile->setText(tr("&New profile..."));
        edit->setText(tr("&Edit profile..."));
        fromConfig->setText(tr("New profile from the open &web.config..."));
        remove->setText(tr("&Delete profile"));
        m_test->setText(tr("Test connectivity..."));
        m_readOnlyBadge->setText(tr(" READ-ONLY "));
        m_readOnlyBadge->setToolTip(tr("This profile only monitors: nothing is written to the server."));
        m_loadButton->setText(tr("Generate load"));
        m_loadButton->setToolTip(
            tr("Runs sessionctl load against this server (new, returning, read-only, abandoning "
               "and expiring visitors, and a second tab that meets a lock) so the charts move."));
    });
    return bar;
}

MonitorWidget::~MonitorWidget()
{
    setLoadRunning(false);
    disconnectFromServer();
}

void MonitorWidget::reloadCombo(int select)
{
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    const bool localListed = !m_profiles.isEmpty() && m_profiles.first().embedded;
    if (!localListed) {
        m_combo->addItem(LocalStateServer::tr("Local sessionstated (started by SessionDesk)"), -1);
    }
    for (int i = 0; i < m_profiles.size(); ++i) {
        const ConnectionProfile &p = m_profiles[i];
        // The embedded profile's name is in the language it started in: the list says it in the current one.
        const QString name =
            p.embedded ? LocalStateServer::tr("Local sessionstated (started by SessionDesk)") : p.name;
        QString text = p.readOnly ? tr("%1 (read-only)").arg(name) : name;
        if (!p.embedded && p.isProtocolOnly()) {
            text = tr("%1 (protocol only)").arg(text);
        } else if (p.isRedis()) {
            text = tr("%1 (Redis)").arg(text);
        }
        m_combo->addItem(text, i);
    }
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(select < 0 && localListed ? 0 : select)));
}

int MonitorWidget::selectedProfile() const
{
    const int index = m_combo->currentData().toInt();
    return index >= 0 && index < m_profiles.size() ? index : -1;
}

void MonitorWidget::selectServer()
{
    const int index = selectedProfile();
    if (index >= 0 && index == m_connection->profileIndex()) {
        updateBar();
    } else if (index < 0) {
        connectToLocalServer();
    } else {
        connectToProfile(index);
    }
}

void MonitorWidget::saveProfiles()
{
    QSettings settings;
    sd::saveProfiles(settings, m_profiles);
}

QWidget *MonitorWidget::browserWidget() const
{
    return m_browserStack;
}

QWidget *MonitorWidget::dashboardWidget() const
{
    return m_dashboard;
}

const ConnectionProfile *MonitorWidget::currentProfile() const
{
    const int i = m_connection->profileIndex();
    return i >= 0 && i < m_profiles.size() ? &m_profiles[i] : nullptr;
}

void MonitorWidget::addProfile(const ConnectionProfile &profile, bool connectNow)
{
    int index = -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles[i].name == profile.name) {
            index = i;
        }
    }
    if (index >= 0) {
        if (index == m_connection->profileIndex()) {
            disconnectFromServer();
        }
        m_profiles[index] = profile;
    } else {
        m_profiles.append(profile);
        index = int(m_profiles.size()) - 1;
    }
    saveProfiles();
    // The list keeps showing the connected server unless the new one is connected now.
    reloadCombo(connectNow || !m_connection->isOpen() ? index : m_connection->profileIndex());
    if (connectNow) {
        connectToProfile(index);
    }
    showConnectionState();
}

void MonitorWidget::editProfile(bool create)
{
    const int index = selectedProfile();
    if (!create && index < 0) {
        QMessageBox::information(
            this, tr("Edit profile"),
            tr("The local server's ports and token are its own; they change at every start."));
        return;
    }
    ConnectionProfile p = create ? ConnectionProfile() : m_profiles[index];
    if (p.embedded) {
        QMessageBox::information(
            this, tr("Edit profile"),
            tr("The local server's ports and token are its own; they change at every start."));
        return;
    }
    if (create) {
        p.name = tr("State server %1").arg(m_profiles.size() + 1);
    }
    ProfileDialog dialog(p, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const ConnectionProfile edited = dialog.profile();
    if (!create && edited.name != m_profiles[index].name) {
        if (index == m_connection->profileIndex()) {
            disconnectFromServer();
        }
        m_profiles.removeAt(index);
    }
    addProfile(edited, false);
}

void MonitorWidget::deleteProfile()
{
    const int index = selectedProfile();
    if (index < 0 || index >= m_profiles.size() || m_profiles[index].embedded) {
        return;
    }
    if (QMessageBox::question(
            this, tr("Delete profile"),
            tr("Delete the profile \"%1\"? The token file is not touched.").arg(m_profiles[index].name)) !=
        QMessageBox::Yes) {
        return;
    }
    if (index == m_connection->profileIndex()) {
        disconnectFromServer();
    } else if (index < m_connection->profileIndex()) {
        m_connection->setProfileIndex(m_connection->profileIndex() - 1);
    }
    m_profiles.removeAt(index);
    saveProfiles();
    reloadCombo(m_connection->profileIndex());
    showConnectionState();
}

void MonitorWidget::newProfileFromConfig()
{
    const auto redis = m_redisReader ? m_redisReader() : std::nullopt;
    const auto found = m_configReader ? m_configReader() : std::nullopt;
    if (!redis && !found) {
        QMessageBox::information(this, tr("New profile from web.config"),
                                 tr("Open a web.config whose <sessionState> sets a stateConnectionString or "
                                    "uses RedisSessionStateProvider first."));
        return;
    }
    QString error;
    auto p = redis ? ConnectionProfile::fromRedisProvider(tr("From web.config (Redis %1)").arg(redis->name),
                                                          redis->settings, &error)
                   : ConnectionProfile::fromStateConnectionString(
                         tr("From web.config (%1)").arg(found->first), found->first, found->second, &error);
    if (!p) {
        QMessageBox::warning(this, tr("New profile from web.config"), error);
        return;
    }
    ProfileDialog dialog(*p, this);
    if (dialog.exec() == QDialog::Accepted) {
        addProfile(dialog.profile(), false);
    }
}

void MonitorWidget::testConnectivity()
{
    const int index = selectedProfile();
    if (index < 0) {
        return;
    }
    auto *dialog = new ConnectivityDialog(m_profiles[index], this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MonitorWidget::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_statusShowsState = false;
}

void MonitorWidget::updateBar()
{
    const int index = selectedProfile();
    const bool connectedHere = isConnected() && index >= 0 && m_connection->profileIndex() == index;
    m_connect->setText(connectedHere ? tr("Disconnect") : tr("Connect"));
    m_test->setEnabled(index >= 0);
    const ConnectionProfile *p = currentProfile();
    m_readOnlyBadge->setVisible(p && p->readOnly);
    // Writes only to the server shown, once it is connected; a running load can always be stopped.
    m_loadButton->setEnabled(loadBlocker().isEmpty() || isLoadRunning());
    if (!p && m_loadButton->isChecked()) {
        m_loadButton->setChecked(false);
    }
}

QString MonitorWidget::loadBlocker() const
{
    const ConnectionProfile *p = currentProfile();
    if (p && p->readOnly) {
        return tr("%1 is read-only.").arg(p->name);
    }
    if (p && p->isRedis()) {
        const auto ep = p->redisEndpoint(nullptr);
        if (!ep || ep->kind != RedisEndpoint::Kind::Standalone || ep->tls) {
            return tr("the load generator drives one Redis server without TLS only.");
        }
    }
    if (p && m_connection->state() == MonitorConnection::State::Connected) {
        return {};
    }
    const QString name = m_connection->profileName().isEmpty() ? m_combo->currentText() : connectionName();
    if (m_connection->state() == MonitorConnection::State::Failed) {
        return tr("%1 cannot be reached: %2").arg(name, m_connection->reason());
    }
    if (m_connection->state() == MonitorConnection::State::Connecting) {
        return tr("%1 is not connected yet.").arg(name);
    }
    return tr("Connect to a server first.");
}

bool MonitorWidget::connectToProfile(int index)
{
    if (index < 0 || index >= m_profiles.size()) {
        return false;
    }
    if (m_profiles[index].embedded && !(m_local && m_local->isRunning())) {
        connectToLocalServer(); // it stopped: start it again
        return false;
    }
    disconnectFromServer();
    {
        const QSignalBlocker block(m_combo);
        m_combo->setCurrentIndex(std::max(0, m_combo->findData(index)));
    }
    clearShownData();
    const ConnectionProfile &p = m_profiles[index];
    if (!m_connection->open(p, index)) {
        updateBar();
        return false; // the status line says why (showConnectionState)
    }
    if (p.isProtocolOnly()) {
        m_dashboard->startProtocolFeed(p.name);
        m_lookup->setProfile(&p);
        m_browserStack->setCurrentWidget(m_lookup);
    } else {
        m_dashboard->startFeed(p.name, p.isRedis()); // its archived history: this server's data
        m_browserStack->setCurrentWidget(m_browser);
    }
    writeSetting(Setting::LastProfile, p.name);
    updateBar();
    emit connectedChanged(true);
    return true;
}

void MonitorWidget::connectToLocalServer()
{
    if (!m_profiles.isEmpty() && m_profiles.first().embedded && m_local && m_local->isRunning() &&
        !m_localStarting) {
        connectToProfile(0);
        return;
    }
    if (m_localStarting) {
        return; // ready() connects
    }
    startLocalServer(m_localProgram);
}

QString MonitorWidget::connectionName() const
{
    const ConnectionProfile *p = m_connection->profile();
    return p && p->embedded ? LocalStateServer::tr("Local sessionstated (started by SessionDesk)")
                            : m_connection->profileName();
}

void MonitorWidget::clearShownData()
{
    m_browser->setClient(nullptr, true);
    m_lookup->setProfile(nullptr);
    m_dashboard->clearFeed();
    m_summary->clear();
    m_probeFailing = false;
}

void MonitorWidget::showConnectionState()
{
    const QString name = connectionName();
    const ConnectionProfile *p = m_connection->profile();
    switch (m_connection->state()) {
    case MonitorConnection::State::Disconnected:
        setStatus(tr("Not connected: %1 is selected (Connect connects to it).").arg(m_combo->currentText()));
        break;
    case MonitorConnection::State::Connecting:
        if (m_connection->step() == MonitorConnection::Step::Redis) {
            setStatus(tr("Connecting to %1: Redis %2...").arg(name, p ? p->storeUrl : QString()));
            break;
        }
        setStatus(
            m_connection->step() == MonitorConnection::Step::AdminApi
                ? tr("Connecting to %1: TCP passed; admin API %2...").arg(name, p ? p->adminUrl : QString())
                : tr("Connecting to %1: TCP %2...").arg(name, p ? p->stateConnectionString : QString()));
        break;
    case MonitorConnection::State::Connected:
        setStatus(
            p && p->isProtocolOnly()
                ? tr("Connected to %1 (%2; protocol only: no admin API).").arg(name, p->stateConnectionString)
                : tr("Connected to %1 (%2).").arg(name, p ? p->target() : QString()));
        break;
    case MonitorConnection::State::Failed:
        if (!m_connection->isOpen()) {
            clearShownData(); // nothing of it is shown until it connects
        }
        setStatus(m_connection->isRetrying()
                      ? tr("%1: %2 Retrying...").arg(name, m_connection->reason())
                      : tr("Cannot connect to %1: %2").arg(name, m_connection->reason()),
                  true);
        break;
    }
    m_statusShowsState = true; // a language change says it again
    updateBar();
}

void MonitorWidget::showStats(const QJsonObject &o)
{
    const auto sample = MetricSample::fromStatsEvent(o, QDateTime::currentMSecsSinceEpoch());
    if (!sample) {
        return;
    }
    m_dashboard->addSample(*sample);
    if (o.value(admin::key(admin::field::kStore)).toString() == u"redis") {
        m_dashboard->showRedisStats(o);
        const QJsonObject sessions = o.value(admin::key(admin::field::kSessions)).toObject();
        m_summary->setText(
            tr("Redis %1 (%2) · %3 sessions%4 · %5 commands/s · %6 MiB used")
                .arg(o.value(admin::key(admin::field::kVersion)).toString(),
                     o.value(admin::key(admin::field::kKind)).toString(),
                     QLocale().toString(qint64(sample->value(Metric::ActiveSessions))),
                     sessions.value(admin::key(admin::field::kExact)).toBool() ? QString()
                                                                               : tr(" (estimated)"),
                     QLocale().toString(sample->value(Metric::Requests), 'f', 0))
                .arg((sample->value(Metric::PayloadBytes) + sample->value(Metric::OverheadBytes)) / 1048576.0,
                     0, 'f', 1));
        return;
    }
    m_summary->setText(tr("sessionstated %1 · %2 active sessions · %3 requests/s · %4 MiB payload · up %5 s")
                           .arg(o.value(admin::key(admin::field::kVersion)).toString())
                           .arg(QLocale().toString(qint64(sample->value(Metric::ActiveSessions))))
                           .arg(QLocale().toString(sample->value(Metric::Requests), 'f', 0))
                           .arg(sample->value(Metric::PayloadBytes) / 1048576.0, 0, 'f', 1)
                           .arg(qint64(o.value(admin::key(admin::field::kUptimeSeconds)).toDouble())));
}

void MonitorWidget::showProbe(const ProbeSample &sample)
{
    m_dashboard->addProbe(sample);
    if (!sample.answered && !m_probeFailing) {
        m_probeFailing = true;
        setStatus(tr("%1 does not answer: %2").arg(connectionName(), sample.error), true);
    } else if (sample.answered && m_probeFailing) {
        m_probeFailing = false;
        showConnectionState();
    }
}

void MonitorWidget::disconnectFromServer()
{
    if (!m_connection->isOpen()) {
        return;
    }
    setLoadRunning(false);
    m_dashboard->flushArchive();
    m_connection->close(); // "Not connected: ..."
    clearShownData();
    updateBar();
    emit connectedChanged(false);
}

void MonitorWidget::startLocalServer(const QString &program)
{
    if (!program.isEmpty()) {
        m_localProgram = program;
    }
    if (!m_local) {
        m_local = new LocalStateServer(this);
        connect(m_local, &LocalStateServer::ready, this, [this](const ConnectionProfile &p) {
            m_localStarting = false;
            disconnectFromServer();
            for (int i = 0; i < m_profiles.size(); ++i) {
                if (m_profiles[i].embedded) {
                    m_profiles.removeAt(i--);
                }
            }
            m_profiles.prepend(p);
            reloadCombo(0);
            connectToProfile(0);
        });
        connect(m_local, &LocalStateServer::failed, this, [this](const QString &error) {
            m_localStarting = false;
            setStatus(tr("The local state server did not start: %1").arg(error), true);
        });
        connect(m_local, &LocalStateServer::stopped, this, [this](const QString &error) {
            setStatus(tr("The local state server stopped: %1").arg(error), true);
        });
    }
    disconnectFromServer();
    clearShownData();
    reloadCombo(-1); // the local entry is the one selected
    updateBar();
    m_localStarting = true;
    setStatus(tr("Starting a local sessionstated..."));
    m_local->start(m_localProgram);
}

bool MonitorWidget::isLoadRunning() const
{
    return m_load && m_load->state() != QProcess::NotRunning;
}

void MonitorWidget::setLoadRunning(bool on)
{
    const auto setChecked = [this](bool checked) {
        const QSignalBlocker block(m_loadButton);
        m_loadButton->setChecked(checked);
    };
    if (!on) {
        if (m_load) {
            m_load->disconnect(this);
            stopChildProcess(m_load, 3000); // SIGTERM now, SIGKILL after 3 s; the window need not wait
            m_load = nullptr;
        }
        setChecked(false);
        updateBar();
        return;
    }
    if (isLoadRunning()) {
        setChecked(true);
        return;
    }
    if (const QString why = loadBlocker(); !why.isEmpty()) {
        setStatus(tr("Generate load: %1").arg(why), true);
        setChecked(false);
        return;
    }
    const ConnectionProfile p = *currentProfile();
    if (!p.embedded && QMessageBox::warning(
                           this, tr("Generate load"),
                           tr("Generate load on %1?\n\nThis writes test sessions to that server (application "
                              "/app0) at about 300 pages a second until you stop it. Do not do this to a "
                              "production server.")
                               .arg(p.name),
                           QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        setChecked(false);
        return;
    }
    const QString program =
        m_loadProgram.isEmpty() ? LocalStateServer::findProgram(QStringLiteral("sessionctl")) : m_loadProgram;
    if (program.isEmpty()) {
        setStatus(tr("sessionctl was not found beside sessiondesk or on PATH."), true);
        setChecked(false);
        return;
    }
    startLoadProcess(program, p);
    setChecked(true);
    updateBar();
}

namespace {

/// What sessionctl said last: its last "sessionctl: ..." line (its error messages), else its last line.
QString lastWords(const QByteArray &output)
{
    const QStringList lines = QString::fromLocal8Bit(output).split(u'\n', Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (it->startsWith(QStringLiteral("sessionctl:"))) {
            return it->trimmed();
        }
    }
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

} // namespace

void MonitorWidget::startLoadProcess(const QString &program, const ConnectionProfile &profile)
{
    m_loadOutput.clear();
    m_load = new QProcess(this);
    m_load->setProcessChannelMode(QProcess::MergedChannels);
    stopWithParent(m_load);
    connect(m_load, &QProcess::readyReadStandardOutput, this, [this] {
        m_loadOutput += m_load->readAllStandardOutput();
        if (m_loadOutput.size() > 4096) {
            m_loadOutput = m_loadOutput.right(4096);
        }
    });
    const auto ended = [this](const QString &text, bool error) {
        setStatus(text, error);
        m_load->disconnect(this);
        m_load->deleteLater();
        m_load = nullptr;
        const QSignalBlocker block(m_loadButton);
        m_loadButton->setChecked(false);
        updateBar();
    };
    connect(m_load, &QProcess::finished, this, [this, ended](int code) {
        m_loadOutput += m_load->readAllStandardOutput();
        const QString why = lastWords(m_loadOutput);
        ended(code == 0 || why.isEmpty()
                  ? tr("The load generator stopped (exit code %1).").arg(code)
                  : tr("The load generator stopped (exit code %1): %2").arg(code).arg(why),
              code != 0);
    });
    connect(m_load, &QProcess::errorOccurred, this, [this, ended](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            ended(tr("The load generator did not start: %1").arg(m_load->errorString()), true);
        }
    });
    auto redis = profile.isRedis() ? profile.redisEndpoint(nullptr) : std::nullopt;
    if (redis && !redis->password.isEmpty()) {
        // The password goes in the child's environment, never on its command line (other users see that).
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SESSIONCTL_REDIS_PASSWORD"), redis->password);
        m_load->setProcessEnvironment(env);
        redis->password.clear();
    }
    m_load->start(program,
                  {QStringLiteral("load"), redis ? redis->toString(true) : profile.stateConnectionString,
                   QStringLiteral("--sessions"), QStringLiteral("3000"), QStringLiteral("--concurrency"),
                   QStringLiteral("8"), QStringLiteral("--threads"), QStringLiteral("1"),
                   QStringLiteral("--duration"), QStringLiteral("86400"), QStringLiteral("--rate"),
                   QStringLiteral("300"), QStringLiteral("--item-bytes"), QStringLiteral("1200"),
                   QStringLiteral("--no-prefill"), QStringLiteral("--mix"),
                   QStringLiteral("new=12,return=45,read=20,abandon=4,reset=5,expire=10,contend=4")});
}

} // namespace sd
