// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>
#include <QTreeWidgetItem>

namespace sd {

/**
 * A QTreeWidgetItem that sorts by a number it holds in item data role `Role` of the sorted column (a
 * severity rank, a line number) when both items have one, else by text as QTreeWidgetItem does. Used by the
 * findings lists of the editor and the Doctor tab so errors sort first and lines sort as numbers.
 */
template <int Role> class SortedTreeItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() != nullptr ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, Role);
        const QVariant theirs = other.data(column, Role);
        if (mine.isValid() && theirs.isValid()) {
            return mine.toLongLong() < theirs.toLongLong();
        }
        return QTreeWidgetItem::operator<(other);
    }
};

} // namespace sd
