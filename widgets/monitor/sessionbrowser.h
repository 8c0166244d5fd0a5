// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/sessionlistmodel.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QTreeWidget;

namespace sd {

/**
 * The session browser: filter (application, id prefix), a table over SessionListModel sorted by the server
 * (click a Last access / Expires / Size header), "N of M loaded" with Load more, auto-refresh with a pause
 * switch, a detail pane with the decoded items, and the actions abandon (one, or all matching the filter
 * after a preview), reset timeout and copy id. Actions that write are off for read-only profiles.
 */
class SessionBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit SessionBrowser(QWidget *parent = nullptr);

    /// Browses through `client` (nullptr: disconnected). `readOnly` disables abandon and reset.
    void setClient(AdminService *client, bool readOnly);
    SessionListModel *model() const { return m_model; }
    /// Auto-refresh period in ms (default 5000).
    void setRefreshInterval(int ms);
    /// Abandons every session matching the current filter, page by page, with a progress dialog.
    /// `confirm` false skips the preview dialog (tests). Returns the number abandoned.
    int abandonMatching(bool confirm = true);

signals:
    /// A session was abandoned from this browser.
    void abandoned(const QString &app, const QString &id);

private:
    /// The filter row: application combo, id prefix, Filter button.
    QLayout *buildFilters();
    /// The session table over m_model, sorted by the server through its header.
    void buildTable();
    /// Keeps selection, status line and the application choices in step with the model.
    void connectModel();
    /// "N of M loaded", Auto-refresh, Refresh, Load more (and the refresh timer).
    QLayout *buildStatusRow();
    /// The detail pane: header, decoded items and the action buttons.
    QWidget *buildDetail();
    void applyFilter();
    void updateStatus();
    void updateActions();
    void showDetail();
    void abandonSelected();
    void touchSelected();
    void sortBy(int column);
    /// Asks whether to abandon the `total` sessions matching `filter`, showing the first ten loaded.
    bool confirmAbandonMatching(const admin::SessionQuery &filter, qint64 total);
    /// Abandons, page by page (500 rows), every session matching `filter` under a progress dialog that can
    /// stop it; runs a local event loop until the last answer. Returns the number abandoned; `*failed`
    /// counts the refused ones.
    int abandonPages(const admin::SessionQuery &filter, qint64 total, int *failed);
    const admin::SessionRow *selectedRow() const;

    QPointer<AdminService> m_client;
    bool m_readOnly = false;
    SessionListModel *m_model = nullptr;
    QComboBox *m_app = nullptr;
    QLineEdit *m_prefix = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_loadMore = nullptr, *m_refresh = nullptr;
    QCheckBox *m_autoRefresh = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QLabel *m_detailHeader = nullptr;
    QTreeWidget *m_items = nullptr;
    QPushButton *m_abandon = nullptr, *m_touch = nullptr, *m_copy = nullptr, *m_bulk = nullptr;
    QString m_selectedApp, m_selectedId; ///< kept across a model reset
    quint64 m_detailGeneration = 0;
};

} // namespace sd
