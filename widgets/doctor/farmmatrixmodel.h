// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The farm matrix of issue 13 point 6: one row per application and setting of a FarmComparison, the
// application and setting names in the first two columns, then one column per server. Cells that differ
// from the value most servers have are marked (colour and bold); the tool tip says where each value comes
// from. FarmDifferenceFilter keeps only the rows that differ ("Only differences").

#include "iis/farm.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace sd {

/**
 * A read-only table over a FarmComparison. Columns: 0 application ("SITE/path"), 1 setting, then the
 * servers in FarmComparison::servers order. At most maxRows() rows and maxServers() servers are shown: a
 * comparison over more is cut and refusedRows()/refusedServers() say how many were left out, so that the
 * view can say so.
 */
class FarmMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// Extra data roles.
    enum Role
    {
        RowDiffersRole = Qt::UserRole + 1, ///< bool, any column: FarmRow::differs
        CellDiffersRole,                   ///< bool, server columns: this cell is marked
        FileRole,                          ///< QString, server columns: the file that wrote the value
        LineRole,                          ///< int, server columns: its 1-based line, 0 for a default
        SettingRole                        ///< QString, any column: the row's setting name
    };
    /// The first column that holds a server.
    static constexpr int kFirstServerColumn = 2;

    explicit FarmMatrixModel(QObject *parent = nullptr);

    /// Shows `comparison` (a reset). Rows past maxRows() and servers past maxServers() are left out.
    void setComparison(const FarmComparison &comparison);
    const FarmComparison &comparison() const { return m_cmp; }
    /// The most rows shown: 10,000.
    static int maxRows() { return 10000; }
    /// The most servers shown: 16.
    static int maxServers() { return 16; }
    /// Rows of the last comparison left out by the cap (0 when all are shown).
    int refusedRows() const { return m_refusedRows; }
    /// Servers of the last comparison left out by the cap (0 when all are shown).
    int refusedServers() const { return m_refusedServers; }
    /// Header titles and "no application" texts follow a language change (emits headerDataChanged and
    /// dataChanged).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// Which cells of `row` differ from its most common value (ties: the first server's).
    static QList<bool> markCells(const FarmRow &row);
    QVariant cellData(const FarmRow &row, int server, bool marked, int role) const;

    FarmComparison m_cmp;
    QList<QList<bool>> m_marked; ///< per row, per shown server
    int m_refusedRows = 0;
    int m_refusedServers = 0;
};

/// The "Only differences" filter over a FarmMatrixModel: with it on, only rows whose RowDiffersRole is true.
class FarmDifferenceFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    /// Turns the filter on or off (re-filters at once).
    void setOnlyDifferences(bool only);
    bool onlyDifferences() const { return m_only; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_only = false;
};

} // namespace sd
