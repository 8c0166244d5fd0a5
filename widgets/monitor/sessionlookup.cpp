// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/monitor/sessionlookup.h"

#include "aspnet/sessiondata.h"
#include "aspnet/sessionid.h"
#include "client/stateclient.h"
#include "widgets/common/retranslate.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd {

SessionLookup::SessionLookup(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sessionLookup"));
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("protocolOnlyNote"));
    m_note->setWordWrap(true);
    m_app = new QLineEdit(QStringLiteral("/LM/W3SVC/1/ROOT"));
    m_app->setObjectName(QStringLiteral("lookupApp"));
    m_id = new QLineEdit;
    m_id->setObjectName(QStringLiteral("lookupId"));
    m_lookup = new QPushButton;
    m_lookup->setObjectName(QStringLiteral("lookupButton"));
    connect(m_lookup, &QPushButton::clicked, this, &SessionLookup::lookUp);
    connect(m_id, &QLineEdit::returnPressed, this, &SessionLookup::lookUp);
    auto *appLabel = new QLabel;
    appLabel->setBuddy(m_app);
    auto *idLabel = new QLabel;
    idLabel->setBuddy(m_id);
    auto *form = new QFormLayout;
    form->addRow(appLabel, m_app);
    form->addRow(idLabel, m_id);
    form->addRow(QString(), m_lookup);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("lookupResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_items = new QTreeWidget;
    m_items->setObjectName(QStringLiteral("lookupItems"));
    m_items->setRootIsDecorated(false);
    m_items->setColumnCount(3);
    m_items->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_items, 1);
    setProfile(nullptr);
    onLanguageChange(this, [this, appLabel, idLabel] {
        m_note->setText(tr("<b>This server has no admin API.</b> The Windows ASP.NET State Service "
                           "(aspnet_state) cannot list sessions: its protocol only reads, writes and removes "
                           "one session whose id is known. Look one up by application and id (a GET, as a "
                           "page reading the session does: it slides the expiration)."));
        m_app->setToolTip(tr("The application's appDomainAppId (IIS metabase path), as the state server "
                             "key starts with it."));
        m_id->setPlaceholderText(tr("24-character session id (ASP.NET_SessionId cookie)"));
        m_lookup->setText(tr("&Look up"));
        appLabel->setText(tr("&Application:"));
        idLabel->setText(tr("Session &id:"));
        m_items->setHeaderLabels({tr("Key"), tr("Type"), tr("Value")});
    });
}

SessionLookup::~SessionLookup() = default; // a lookup in flight keeps its StateClient; its answer is dropped

void SessionLookup::setProfile(const ConnectionProfile *profile)
{
    ++m_generation;
    m_busy = false;
    m_items->clear();
    m_result->clear();
    m_client.reset();
    if (profile) {
        if (const auto ep = parseStateConnectionString(profile->stateConnectionString)) {
            m_client = std::make_shared<StateClient>(*ep, std::max(1, profile->stateNetworkTimeoutSeconds));
        }
    }
    m_lookup->setEnabled(m_client != nullptr);
}

void SessionLookup::lookUp()
{
    if (!m_client || m_busy) {
        return;
    }
    const QString app = m_app->text().trimmed(), typed = m_id->text().trimmed();
    if (app.isEmpty() || typed.isEmpty() || typed.size() > kSessionIdMaxLength) {
        m_result->setText(tr("Give the application (e.g. /LM/W3SVC/1/ROOT) and a session id of at most %1 "
                             "characters.")
                              .arg(kSessionIdMaxLength));
        return;
    }
    const QString id = normalizeSessionId(typed).value_or(typed); // SessionIDManager lower-cases its ids
    m_items->clear();
    m_result->setText(tr("Looking up %1...").arg(id));
    m_busy = true;
    m_lookup->setEnabled(false);
    const quint64 generation = ++m_generation;
    (void)QtConcurrent::run([client = m_client, target = stateRequestTarget(app, id)] {
        return client->getItem(target);
    }).then(this, [this, generation, app, id](const StateReply &r) {
        if (generation != m_generation) {
            return;
        }
        m_busy = false;
        m_lookup->setEnabled(m_client != nullptr);
        showReply(app, id, r);
        emit lookedUp();
    });
}

void SessionLookup::showReply(const QString &app, const QString &id, const StateReply &r)
{
    const QString version =
        r.serverVersion.isEmpty() ? QString() : tr(" (X-AspNet-Version %1)").arg(r.serverVersion);
    switch (r.status) {
    case 0:
        m_result->setText(tr("No answer: %1").arg(r.error));
        return;
    case 404:
        m_result->setText(
            tr("404: no session %1 in %2 (never created, expired or abandoned)%3.").arg(id, app, version));
        return;
    case 423:
        m_result->setText(tr("423: session %1 is locked by a request for %2 s (lock cookie %3)%4.")
                              .arg(id)
                              .arg(r.lockAgeSeconds.value_or(0))
                              .arg(r.lockCookie.value_or(0))
                              .arg(version));
        return;
    case 200:
        break;
    default:
        m_result->setText(tr("The server answered %1 for session %2%3.").arg(r.status).arg(id, version));
        return;
    }
    if (!r.hasData) {
        m_result->setText(
            tr("200: session %1 exists but holds no data yet (an uninitialized item)%2.").arg(id, version));
        return;
    }
    m_result->setText(tr("200: session %1, timeout %2 min, %3 bytes%4.")
                          .arg(id)
                          .arg(r.timeout.value_or(0))
                          .arg(r.body.size())
                          .arg(version));
    showItems(r.body);
}

void SessionLookup::showItems(const QByteArray &data)
{
    DecodeError error;
    const auto state = decodeSessionState(data, {}, &error);
    if (!state) {
        m_result->setText(m_result->text() + u' ' +
                          tr("The items cannot be decoded: %1").arg(error.toString()));
        return;
    }
    QList<QTreeWidgetItem *> rows;
    for (const SessionItem &item : state->items) {
        const auto value = decodeAltValue(item.raw);
        rows << new QTreeWidgetItem({item.nullKey ? QStringLiteral("(null)") : item.key,
                                     value ? altTypeName(value->typeId) : QString(),
                                     value ? value->display : tr("(cannot be decoded)")});
    }
    m_items->addTopLevelItems(rows);
}

} // namespace sd
