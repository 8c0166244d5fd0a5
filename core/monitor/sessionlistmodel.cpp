// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/sessionlistmodel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QTimer>

namespace sd {

namespace {

QString localTime(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
              : QString();
}

} // namespace

SessionListModel::SessionListModel(QObject *parent) : QAbstractTableModel(parent)
{
    auto *tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, &SessionListModel::tickRemaining);
    tick->start();
}

void SessionListModel::tickRemaining()
{
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, RemainingColumn), index(int(m_rows.size()) - 1, RemainingColumn),
                         {Qt::DisplayRole});
    }
}

QString SessionListModel::remainingText(qint64 ms)
{
    if (ms <= 0) {
        return tr("expired");
    }
    const qint64 s = ms / 1000;
    if (s >= 3600) {
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    }
    if (s >= 60) {
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    }
    return tr("%1 s").arg(s);
}

void SessionListModel::setClient(AdminService *client)
{
    m_client = client;
    reload();
}

void SessionListModel::setQuery(const QString &app, const QString &prefix, admin::SessionSort sort,
                                bool descending)
{
    m_query.app = app;
    m_query.prefix = prefix;
    m_query.sort = sort;
    m_query.descending = descending;
    reload();
}

void SessionListModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_cursor.clear();
    m_total = -1;
    m_loading = false;
    m_truncated = false;
    endResetModel();
    m_error.clear();
    if (m_client) {
        request(false);
    }
    emit statusChanged();
}

bool SessionListModel::refresh()
{
    if (!m_client || m_loading || m_rows.size() > m_pageSize) {
        return false;
    }
    request(true);
    emit statusChanged();
    return true;
}

void SessionListModel::loadMore()
{
    if (!m_client || m_loading || m_cursor.isEmpty() || loadedCount() >= m_cap) {
        return;
    }
    request(false);
    emit statusChanged();
}

void SessionListModel::request(bool replace)
{
    admin::SessionQuery q = m_query;
    q.cursor = replace ? QString() : m_cursor;
    q.limit = m_pageSize;
    m_loading = true;
    const quint64 generation = m_generation;
    m_client->sessions(q, this, [this, generation, replace](const AdminResult &r) {
        if (generation != m_generation) {
            return; // an older query's page
        }
        m_loading = false;
        if (!r.ok()) {
            setError(r.error);
            return;
        }
        m_error.clear();
        admin::SessionPage page = admin::SessionPage::fromJson(r.json);
        const int received = int(page.rows.size());
        QVector<admin::SessionRow> rows = std::move(page.rows);
        m_total = page.total;
        m_sorted = page.sorted;
        const QString next = page.nextCursor;
        // The cursor is set before rows are announced: a view (or QAbstractItemModelTester) may call
        // fetchMore() from rowsInserted, and must then ask for the page after these rows, not these again.
        m_cursor = next;
        if (replace) {
            bool sameKeys = rows.size() == m_rows.size();
            for (qsizetype i = 0; sameKeys && i < rows.size(); ++i) {
                sameKeys = rows[i].app == m_rows[i].app && rows[i].id == m_rows[i].id;
            }
            if (sameKeys) {
                m_rows = std::move(rows);
                if (!m_rows.isEmpty()) {
                    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
                }
            } else {
                beginResetModel();
                m_rows = std::move(rows);
                endResetModel();
            }
        } else if (!rows.isEmpty()) {
            // A cap in the middle of a page: keep the rows up to it (loadMore() stops at the cap anyway).
            const int room = m_cap - int(m_rows.size());
            if (rows.size() > room) {
                rows.resize(std::max(0, room));
                m_truncated = true;
            }
            if (!rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
                m_rows.append(rows);
                endInsertRows();
            }
        }
        emit pageLoaded(received);
        emit statusChanged();
    });
}

void SessionListModel::setError(const QString &error)
{
    m_error = error;
    emit statusChanged();
}

void SessionListModel::removeSession(const QString &app, const QString &id)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].app == app && m_rows[i].id == id) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
            if (m_total > 0) {
                --m_total;
            }
            emit statusChanged();
            return;
        }
    }
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const admin::SessionRow &r = m_rows[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() >= RemainingColumn && index.column() <= ItemsColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == AppColumn) {
        return r.app;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case AppColumn:
        return r.app;
    case IdColumn:
        return r.id;
    case LastAccessColumn:
        return localTime(r.lastAccessUnixMs);
    case ExpiresColumn:
        return localTime(r.expiresUnixMs);
    case RemainingColumn:
        return r.expiresUnixMs ? remainingText(r.expiresUnixMs - QDateTime::currentMSecsSinceEpoch())
                               : QString();
    case TimeoutColumn:
        return tr("%1 min").arg(r.timeoutMinutes);
    case SizeColumn:
        return QLocale().toString(r.bytes);
    case ItemsColumn:
        return r.items < 0 ? tr("?") : QString::number(r.items);
    case LockedColumn:
        return r.locked ? tr("locked %1 s").arg(r.lockAgeSeconds) : QString();
    default:
        return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tool tip repeats the title: a narrow column cuts it (issue 12 point 14).
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case AppColumn:
        return tr("Application");
    case IdColumn:
        return tr("Session ID");
    case LastAccessColumn:
        return tr("Last access");
    case ExpiresColumn:
        return tr("Expires");
    case RemainingColumn:
        return tr("Remaining");
    case TimeoutColumn:
        return tr("Timeout");
    case SizeColumn:
        return tr("Bytes");
    case ItemsColumn:
        return tr("Items");
    case LockedColumn:
        return tr("Lock");
    default:
        return {};
    }
}

bool SessionListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && !m_loading && !m_cursor.isEmpty() && loadedCount() < m_cap;
}

void SessionListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid()) {
        loadMore();
    }
}

} // namespace sd
