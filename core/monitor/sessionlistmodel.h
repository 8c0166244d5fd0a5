// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/adminservice.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QString>
#include <QVector>

namespace sd {

/**
 * The session browser's model: a table over the paged admin API (GET /v1/sessions, 1000 rows a page).
 * Pages load in the background through an AdminService (AdminClient); data() only reads rows already loaded.
 * A new query (filter, sort) starts over; canFetchMore()/fetchMore() (and loadMore()) fetch the next page
 * while fewer than `cap` rows are loaded. A reply to an older query is dropped (a generation counter, DB4S's
 * life counter). refresh() reloads the first page in place for auto-refresh and is refused (returns false)
 * while more than one page is loaded, so scrolling through a long list is never reset under the user.
 * The Remaining column (time to expiry, RedisInsight's TTL column) is announced as changed once a second.
 */
class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AppColumn,
        IdColumn,
        LastAccessColumn,
        ExpiresColumn,
        RemainingColumn, ///< time to expiry ("12 min 5 s", "expired"), redrawn every second
        TimeoutColumn,
        SizeColumn,
        ItemsColumn,
        LockedColumn,
        ColumnCount
    };

    explicit SessionListModel(QObject *parent = nullptr);

    /// The client pages come from (not owned); nullptr disconnects and clears.
    void setClient(AdminService *client);
    /// Sets filter and sort and reloads from the first page.
    void setQuery(const QString &app, const QString &prefix, admin::SessionSort sort, bool descending);
    admin::SessionQuery query() const { return m_query; }
    /// Clears and loads the first page of the current query.
    void reload();
    /// Reloads the first page in place (auto-refresh). Returns false, doing nothing, while a page is loading
    /// or more than one page is loaded.
    bool refresh();
    /// Fetches the next page if there is one, none is loading and the cap is not reached.
    void loadMore();
    /// Removes the row of a session known to be gone (after an abandon), and lowers the total.
    void removeSession(const QString &app, const QString &id);

    const admin::SessionRow &row(int i) const { return m_rows.at(i); }
    int loadedCount() const { return int(m_rows.size()); }
    /// Sessions matching the filter on the server ("total" of the last page), -1 before the first page.
    qint64 totalCount() const { return m_total; }
    bool hasMore() const { return !m_cursor.isEmpty(); }
    /// False when the store returns rows in its own order and ignores the sort (Redis: SCAN order).
    bool isSorted() const { return m_sorted; }
    bool isLoading() const { return m_loading; }
    /// True when rows exist on the server beyond the cap (the UI says so).
    bool capReached() const { return loadedCount() >= m_cap && (hasMore() || m_truncated); }
    QString lastError() const { return m_error; }
    int cap() const { return m_cap; }
    /// Rows loaded at most (default 100,000); the UI states it when reached.
    void setCap(int rows) { m_cap = std::max(1, rows); }
    int pageSize() const { return m_pageSize; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// The column titles, for Qt::DisplayRole and (the same text, in case a narrow column cuts it)
    /// Qt::ToolTipRole; they follow the current language (the views ask again on headerDataChanged).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    /// "1 h 5 min", "12 min 5 s", "42 s" for `ms` milliseconds left (rounded down to whole seconds);
    /// "expired" at or below zero.
    static QString remainingText(qint64 ms);
    void fetchMore(const QModelIndex &parent) override;

signals:
    /// Loaded/total/loading/error/cap changed: the "N of M loaded" line should be redrawn.
    void statusChanged();
    /// A page of `rows` rows arrived.
    void pageLoaded(int rows);

private:
    void request(bool replace);
    void setError(const QString &error);
    /// dataChanged over the Remaining column of the loaded rows (the one-second tick).
    void tickRemaining();

    QPointer<AdminService> m_client;
    admin::SessionQuery m_query;
    QVector<admin::SessionRow> m_rows;
    QString m_cursor;     ///< next_cursor of the last page appended
    bool m_sorted = true; ///< the last page's "sorted"
    QString m_error;
    qint64 m_total = -1;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_truncated = false; ///< the last page was cut at the cap
    int m_cap = 100000;
    int m_pageSize = admin::kMaxPageSize;
};

} // namespace sd
