// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/connectionprofile.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace sd {

class StateClient;
struct StateReply;

/**
 * The session browser of a protocol-only profile (the Windows ASP.NET State Service, or sessionstated
 * without its admin API): it says plainly that aspnet_state cannot list sessions, and looks up one session
 * by application (appDomainAppId, e.g. /LM/W3SVC/1/ROOT) and id with a plain GET of the State Service
 * protocol (StateClient, off the UI thread), showing status, timeout, lock and the decoded items.
 */
class SessionLookup : public QWidget
{
    Q_OBJECT

public:
    explicit SessionLookup(QWidget *parent = nullptr);
    ~SessionLookup() override;

    /// Looks up sessions on the State Service of `profile`; nullptr (not connected) disables the lookup.
    void setProfile(const ConnectionProfile *profile);
    /// Looks up the session named by the application and id fields; the answer arrives later (isBusy()).
    void lookUp();
    /// A lookup is waiting for its answer.
    bool isBusy() const { return m_busy; }

signals:
    /// A lookup finished (its result is shown).
    void lookedUp();

private:
    void showReply(const QString &app, const QString &id, const StateReply &r);
    void showItems(const QByteArray &data);

    std::shared_ptr<StateClient> m_client;
    QLabel *m_note = nullptr, *m_result = nullptr;
    QLineEdit *m_app = nullptr, *m_id = nullptr;
    QPushButton *m_lookup = nullptr;
    QTreeWidget *m_items = nullptr;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace sd
