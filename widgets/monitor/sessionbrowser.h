// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/sessionlistmodel.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace sd {

/**
 * The session browser: filter (application, id prefix), a table over SessionListModel sorted by the server
 * (click a Last access / Expires / Remaining / Size header), "N of M loaded" with Load more and a busy bar
 * while a page loads, auto-refresh with a pause switch, a detail pane with the decoded items and a value
 * viewer (full text, hex dump, copy; BinaryFormatter blobs as hex under their class name), and the actions
 * abandon (the selected sessions, or all matching the filter after a preview), reset timeout and copy id,
 * as buttons, in the table's context menu and on Delete. Each action ends with a message under the table.
 * Actions that write are off for read-only profiles. (RedisInsight's browser habits, issue 12 point 12.)
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
    /// The value viewer beside the items: what the value is, Text and Hex tabs, Copy value.
    QWidget *buildValueViewer();
    /// Sets the table's column widths from the font and the titles (the application column takes the rest).
    void fitColumns();
    /// The table's context menu (Qt::ActionsContextMenu) and the Delete key: the detail pane's actions.
    void buildContextMenu();
    void applyFilter();
    void updateStatus();
    void updateActions();
    void showDetail();
    /// Shows the full value of the item `item` (a row of the items tree) in the viewer; nullptr clears it.
    void showValue(const QTreeWidgetItem *item);
    /// Abandons the selected sessions after a question naming them. Sessions a store refuses because a
    /// request holds their lock (409 "locked": RedisSessionStore) go to forceAbandon().
    void abandonSelected();
    /// Asks "Force?" for `rows` (locked sessions; objectName "abandonForceConfirm") and, when yes, abandons
    /// them with AdminService::abandonForced().
    void forceAbandon(const QList<admin::SessionRow> &rows);
    /// Resets the timeout of the selected sessions.
    void touchSelected();
    /// Copies the ids of the selected sessions, one a line.
    void copySelectedIds();
    void sortBy(int column);
    /// Asks whether to abandon the `total` sessions matching `filter`, showing the first ten loaded.
    bool confirmAbandonMatching(const admin::SessionQuery &filter, qint64 total);
    /// Asks whether to abandon `rows` (one line each with its application).
    bool confirmAbandonRows(const QList<admin::SessionRow> &rows);
    /// Abandons, page by page (500 rows), every session matching `filter` under a progress dialog that can
    /// stop it; runs a local event loop until the last answer. Returns the number abandoned; `*failed`
    /// counts the refused ones.
    int abandonPages(const admin::SessionQuery &filter, qint64 total, int *failed);
    const admin::SessionRow *selectedRow() const;
    /// The sessions of the selected rows in table order; the current row alone when none is selected.
    QList<admin::SessionRow> selectedRows() const;
    /// Shows the outcome of the last action under the table (`error`: in red).
    void showMessage(const QString &text, bool error = false);
    /// Takes the sessions in `gone` out of the table; clears the detail pane when its session is one of them.
    void removeGone(const QList<admin::SessionRow> &gone);
    /// Forgets the session the detail pane shows and clears the pane and the selection.
    void clearDetail();
    /// After a reset or a page: selects the session the detail pane shows again, or clears the pane when a
    /// page has arrived without it (abandoned, expired or no longer matching).
    void restoreSelection();

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
    QAction *m_abandonAction = nullptr, *m_touchAction = nullptr, *m_copyAction = nullptr,
            *m_bulkAction = nullptr;
    QLabel *m_valueHeader = nullptr;
    QTabWidget *m_valueTabs = nullptr;
    QPlainTextEdit *m_valueText = nullptr, *m_valueHex = nullptr;
    QPushButton *m_copyValue = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    QString m_selectedApp, m_selectedId; ///< kept across a model reset
    quint64 m_detailGeneration = 0;
};

} // namespace sd
