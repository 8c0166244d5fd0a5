// SPDX-License-Identifier: GPL-3.0-or-later
// DoctorView's "Make consistent" (issue 13 point 5): copy one server's <machineKey> to the others, idle
// timeout 0 and a scheduled recycle for the pools; computed off the UI thread, previewed in one
// FarmEditPreview, saved as the web.config editor saves (atomic, FILE.bak, refused when changed on disk).
#include "widgets/doctor/doctorview.h"

#include "widgets/doctor/farmeditpreview.h"
#include "widgets/doctor/farmmatrixmodel.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolButton>

namespace sd {

namespace {

/// The servers of `result` as compareFarm takes them (the snapshots live as long as `result`).
QList<FarmServer> farmServers(const DoctorResult &result)
{
    QList<FarmServer> servers;
    for (qsizetype i = 0; i < result.snapshots.size(); ++i) {
        servers.append({result.names.value(i), result.snapshots[i].get()});
    }
    return servers;
}

bool isPoolIdleRow(const QString &setting)
{
    return setting == u"pool.processModel.idleTimeout";
}

bool isPoolRecycleRow(const QString &setting)
{
    return setting == u"pool.recycling.periodicRestart.time" ||
           setting == u"pool.recycling.periodicRestart.schedule";
}

} // namespace

QToolButton *DoctorView::buildMakeConsistent()
{
    m_makeConsistent = new QToolButton;
    m_makeConsistent->setObjectName(QStringLiteral("makeConsistent"));
    m_makeConsistent->setPopupMode(QToolButton::InstantPopup);
    m_makeConsistent->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_makeMenu = new QMenu(this);
    m_makeMenu->setObjectName(QStringLiteral("makeConsistentMenu"));
    m_copyKeyAction = m_makeMenu->addAction(QString());
    m_copyKeyAction->setObjectName(QStringLiteral("copyMachineKeyAction"));
    m_idleAction = m_makeMenu->addAction(QString());
    m_idleAction->setObjectName(QStringLiteral("idleTimeoutZeroAction"));
    m_scheduleAction = m_makeMenu->addAction(QString());
    m_scheduleAction->setObjectName(QStringLiteral("scheduledRecycleAction"));
    m_makeConsistent->setMenu(m_makeMenu);
    connect(m_makeMenu, &QMenu::aboutToShow, this, &DoctorView::updateMakeConsistent);
    connect(m_copyKeyAction, &QAction::triggered, this, [this] {
        int server = -1;
        if (const FarmRow *row = currentFarmRow(&server)) {
            copyMachineKey(m_copyKeyAction->data().toInt(), row->application);
        }
    });
    const auto poolFix = [this](FarmPoolFix fix) {
        int server = -1;
        if (const FarmRow *row = currentFarmRow(&server)) {
            fixPools(row->application, fix);
        }
    };
    connect(m_idleAction, &QAction::triggered, this, [poolFix] { poolFix(FarmPoolFix::IdleTimeoutZero); });
    connect(m_scheduleAction, &QAction::triggered, this,
            [poolFix] { poolFix(FarmPoolFix::ScheduledRecycle); });
    return m_makeConsistent;
}

const FarmRow *DoctorView::currentFarmRow(int *server) const
{
    *server = -1;
    const QModelIndex index = m_farmFilter->mapToSource(m_matrix->currentIndex());
    const QList<FarmRow> &rows = m_farmModel->comparison().rows;
    if (!index.isValid() || index.row() >= rows.size()) {
        return nullptr;
    }
    if (index.column() >= FarmMatrixModel::kFirstServerColumn) {
        *server = index.column() - FarmMatrixModel::kFirstServerColumn;
    }
    return &rows[index.row()];
}

void DoctorView::updateMakeConsistent()
{
    m_makeConsistent->setText(tr("Make consistent"));
    m_makeConsistent->setToolTip(
        tr("Select a machineKey or pool row of the matrix: copy one server's machine "
           "key to the others, or fix the pool settings on every server."));
    m_idleAction->setText(tr("Set idle timeout to 0 on all servers"));
    m_scheduleAction->setText(tr("Recycle at a scheduled hour instead of every 29 hours"));
    m_scheduleAction->setToolTip(tr("periodicRestart time 00:00:00, and a recycle at 03:00:00 where the pool "
                                    "has no schedule"));
    int server = -1;
    const FarmRow *row = currentFarmRow(&server);
    const QString setting = row ? row->setting : QString();
    if (row && server < 0) { // the application or setting column: the first server that agrees with most
        const QModelIndex source = m_farmFilter->mapToSource(m_matrix->currentIndex());
        for (int s = 0; s < row->cells.size() && server < 0; ++s) {
            const QModelIndex cell =
                m_farmModel->index(source.row(), FarmMatrixModel::kFirstServerColumn + s);
            server = row->cells[s].present && !cell.data(FarmMatrixModel::CellDiffersRole).toBool() ? s : -1;
        }
    }
    const QString name = m_farmModel->comparison().servers.value(server);
    const bool key = row && setting.startsWith(u"machineKey.") && server >= 0 && row->cells[server].present;
    m_copyKeyAction->setText(key ? tr("Copy machine key from %1...").arg(name)
                                 : tr("Copy machine key from a server..."));
    m_copyKeyAction->setData(server);
    const bool idle = !isBusy() && !m_editWatcher->isRunning();
    m_copyKeyAction->setEnabled(idle && key);
    m_idleAction->setEnabled(idle && row && isPoolIdleRow(setting));
    m_scheduleAction->setEnabled(idle && row && isPoolRecycleRow(setting));
}

void DoctorView::copyMachineKey(int server, const QString &application)
{
    if (!m_result || !m_result->farm) {
        return;
    }
    const QString from = m_result->names.value(server);
    const QString what =
        tr("Copy the machine key of %1 (application %2) to the other servers.").arg(from, application);
    startEdit([result = m_result, server, application, what] {
        auto job = std::make_shared<FarmEditJob>();
        job->what = what;
        syncMachineKey(farmServers(*result), server, application, &job->edits, &job->error);
        return job;
    });
}

void DoctorView::fixPools(const QString &application, FarmPoolFix fix)
{
    if (!m_result || !m_result->farm) {
        return;
    }
    const QString what =
        fix == FarmPoolFix::IdleTimeoutZero
            ? tr("Set the idle timeout of the application pool of %1 to 0 on all servers.").arg(application)
            : tr("Recycle the application pool of %1 at a scheduled hour (03:00:00 unless it has a schedule) "
                 "instead of every 29 hours, on all servers.")
                  .arg(application);
    startEdit([result = m_result, application, fix, what] {
        auto job = std::make_shared<FarmEditJob>();
        job->what = what;
        fixFarmPools(farmServers(*result), application, fix, &job->edits, &job->error);
        return job;
    });
}

void DoctorView::startEdit(std::function<std::shared_ptr<FarmEditJob>()> work)
{
    if (isBusy() || m_editWatcher->isRunning()) {
        return;
    }
    m_status->setText(tr("Preparing the edit..."));
    m_busy->show();
    updateMakeConsistent();
    m_editWatcher->setFuture(QtConcurrent::run(std::move(work)));
}

void DoctorView::editComputed()
{
    m_busy->hide();
    updateMakeConsistent();
    const auto future = m_editWatcher->future();
    const std::shared_ptr<FarmEditJob> job = future.resultCount() > 0 ? future.result() : nullptr;
    if (!job || !job->error.isEmpty() || job->edits.isEmpty()) {
        m_status->setText(!job                   ? tr("The edit could not be prepared.")
                          : job->error.isEmpty() ? tr("Every server already agrees: nothing to change.")
                                                 : tr("Nothing can be changed: %1").arg(job->error));
        emit editPrepared(nullptr);
        return;
    }
    m_status->setText(job->what);
    auto *preview = new FarmEditPreview(job->what, job->edits, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QDialog::accepted, this, [this, edits = job->edits] { saveEdits(edits); });
    connect(preview, &QDialog::rejected, this, [this] { m_status->setText(tr("Nothing was written.")); });
    preview->open();
    emit editPrepared(preview);
}

void DoctorView::saveEdits(const QList<FarmFileEdit> &edits)
{
    QStringList written;
    QString error;
    const bool ok = saveFarmEdits(edits, &written, &error);
    if (ok) {
        m_status->setText(
            tr("%n file(s) written; each previous file is kept as FILE.bak.", nullptr, int(written.size())));
    } else {
        const QString message =
            written.isEmpty()
                ? tr("Nothing was written: %1").arg(error)
                : tr("%1\nWritten before it: %2").arg(error, written.join(QStringLiteral(", ")));
        m_status->setText(message);
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Make consistent"), message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("farmEditError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit editSaved(written, error);
    if (!written.isEmpty() && !m_farmPaths.isEmpty()) {
        compareFarm(m_farmPaths); // the rows show the files as they are now
    }
}

} // namespace sd
