// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/doctor/farmmatrixmodel.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>

namespace sd {

FarmMatrixModel::FarmMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void FarmMatrixModel::setComparison(const FarmComparison &comparison)
{
    beginResetModel();
    m_cmp = comparison;
    m_refusedRows = std::max(0, int(m_cmp.rows.size()) - maxRows());
    m_refusedServers = std::max(0, int(m_cmp.servers.size()) - maxServers());
    if (m_refusedRows > 0) {
        m_cmp.rows.resize(maxRows());
    }
    if (m_refusedServers > 0) {
        m_cmp.servers.resize(maxServers());
    }
    m_marked.clear();
    for (FarmRow &row : m_cmp.rows) {
        if (row.cells.size() > m_cmp.servers.size()) {
            row.cells.resize(m_cmp.servers.size());
        }
        while (row.cells.size() < m_cmp.servers.size()) {
            row.cells.append(FarmCell{}); // a malformed comparison: a server without a cell has no app
        }
        m_marked.append(markCells(row));
    }
    endResetModel();
}

QList<bool> FarmMatrixModel::markCells(const FarmRow &row)
{
    QList<bool> marked(row.cells.size(), false);
    if (!row.differs) {
        return marked;
    }
    // The value most servers have ("\x01" stands for "no such application"); ties go to the first seen.
    QHash<QString, int> count;
    QStringList order;
    for (const FarmCell &c : row.cells) {
        const QString key = c.present ? c.value : QStringLiteral("\x01");
        if (!count.contains(key)) {
            order.append(key);
        }
        ++count[key];
    }
    QString common = order.value(0);
    for (const QString &key : order) {
        if (count[key] > count[common]) {
            common = key;
        }
    }
    for (int i = 0; i < row.cells.size(); ++i) {
        marked[i] = (row.cells[i].present ? row.cells[i].value : QStringLiteral("\x01")) != common;
    }
    return marked;
}

void FarmMatrixModel::retranslate()
{
    if (columnCount() > 0) {
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

int FarmMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cmp.rows.size());
}

int FarmMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kFirstServerColumn + int(m_cmp.servers.size());
}

QVariant FarmMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FarmRow &row = m_cmp.rows[index.row()];
    if (role == RowDiffersRole) {
        return row.differs;
    }
    if (role == SettingRole) {
        return row.setting;
    }
    if (index.column() >= kFirstServerColumn) {
        const int server = index.column() - kFirstServerColumn;
        return cellData(row, server, m_marked[index.row()].value(server), role);
    }
    const QString text = index.column() == 0 ? row.application : row.setting;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text;
    case Qt::FontRole:
        if (row.differs && index.column() == 1) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant FarmMatrixModel::cellData(const FarmRow &row, int server, bool marked, int role) const
{
    const FarmCell &cell = row.cells[server];
    switch (role) {
    case Qt::DisplayRole:
        return cell.present ? cell.value : tr("(no such application)");
    case Qt::ToolTipRole: {
        if (!cell.present) {
            return tr("%1 has no application %2").arg(m_cmp.servers.value(server), row.application);
        }
        const QString from = cell.from.isDefault || cell.from.file.isEmpty()
                                 ? tr("default")
                                 : QStringLiteral("%1:%2").arg(cell.from.file).arg(cell.from.line);
        return marked ? tr("%1\nDiffers from most servers.").arg(from) : from;
    }
    case Qt::BackgroundRole:
        return marked ? QVariant(QColor(255, 214, 153)) : QVariant();
    case Qt::ForegroundRole:
        return marked ? QVariant(QColor(Qt::black)) : QVariant(); // readable on the marker in dark themes
    case Qt::FontRole:
        if (marked) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case CellDiffersRole:
        return marked;
    case FileRole:
        return cell.from.isDefault ? QString() : cell.from.file;
    case LineRole:
        return cell.from.isDefault ? 0 : cell.from.line;
    default:
        return {};
    }
}

QVariant FarmMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    if (section == 0) {
        return tr("Application");
    }
    if (section == 1) {
        return tr("Setting");
    }
    return m_cmp.servers[section - kFirstServerColumn];
}

void FarmDifferenceFilter::setOnlyDifferences(bool only)
{
    if (only == m_only) {
        return;
    }
    m_only = only;
    invalidateFilter();
}

bool FarmDifferenceFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_only) {
        return true;
    }
    return sourceModel()->index(sourceRow, 0, sourceParent).data(FarmMatrixModel::RowDiffersRole).toBool();
}

} // namespace sd
