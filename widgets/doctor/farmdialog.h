// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;
class QPushButton;

namespace sd {

/**
 * File › Compare Farm: the servers of a farm, one snapshot each (a folder, an applicationHost.config or a
 * web.config). A list ("farmPaths") with Add Folder ("farmAddFolder"), Add File ("farmAddFile"), Remove
 * ("farmRemove") and Compare ("farmCompare"), enabled for 2 to FarmMatrixModel::maxServers() entries; the
 * note ("farmNote") says why it is not.
 */
class FarmDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FarmDialog(QWidget *parent = nullptr);
    /// Adds `paths` (absolute, duplicates skipped) to the list.
    void addPaths(const QStringList &paths);
    /// The chosen snapshots, in list order.
    QStringList paths() const;

private:
    void updateState();

    QListWidget *m_list = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_compare = nullptr;
};

} // namespace sd
