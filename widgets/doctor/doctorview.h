// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "Doctor" workspace tab (issue 13 point 6): one server snapshot (outline of sites, applications and
// their effective settings with provenance, the gaps, the findings) or the servers of a farm (the farm
// matrix with "Only differences", the farm findings). Loading runs on a worker thread.

#include "iis/doctor.h"
#include "iis/farm.h"
#include "iis/farmtokens.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sd {

class FarmMatrixModel;
class FarmDifferenceFilter;
class FarmTokenModel;

/// What a load produced: one snapshot and its findings, or N snapshots and their comparison.
struct DoctorResult
{
    bool farm = false;
    QString error;     ///< set when the (or a) snapshot could not be opened; nothing else is then set
    QStringList names; ///< the server names, one per snapshot
    QList<std::shared_ptr<ServerSnapshot>> snapshots;
    QList<DoctorFinding> findings; ///< of the single snapshot
    FarmComparison comparison;     ///< of a farm
    QList<FarmTokenMatrix> tokens; ///< of a farm: farmTokenMatrix(), every application and kind
};

/// A "Make consistent" edit computed off the UI thread: what it does, and its files or why it cannot be made.
struct FarmEditJob
{
    QString what;  ///< one sentence for the preview ("Copy the machine key of web1 to the other servers.")
    QString error; ///< set when the edit cannot be made; edits is then empty
    QList<FarmFileEdit> edits;
};

/**
 * The Doctor view. openSnapshot() and compareFarm() return at once; the work runs with QtConcurrent::run
 * while a busy bar ("doctorBusy") shows, and loaded() is emitted when the result (or the error, in
 * "doctorStatus") is shown. A click on a setting, finding or matrix cell that has a file and line opens it:
 * a web.config through webConfigRequested() (the main window opens it in the Configuration tab), any other
 * file in a read-only ConfigViewer.
 * Object names: "doctorPages" (stack), "doctorOutline", "doctorFindings", "doctorGaps", "farmMatrix",
 * "onlyDifferences", "farmFindings", "farmCapNote".
 *
 * The farm page has two tabs ("farmTabs"): the settings matrix and the "Token check" (issue 14 point 3):
 * "tokenApplication" and "tokenKind" combo boxes over "tokenMatrix", a FarmTokenModel of farmTokenMatrix()
 * computed with the comparison on the load's worker thread (12-40 ms per application for 8 servers in a Debug
 * build, so a farm of many applications would stall the UI), with "tokenSummary" counting the rejected cells
 * and "tokenDetails" explaining the current cell.
 *
 * "Make consistent" (issue 13 point 5) on the farm page: the "makeConsistent" tool button (and the matrix's
 * context menu) offers, for the selected row, "copyMachineKeyAction" (machineKey rows: copy the selected
 * server's, or the agreeing servers', `<machineKey>` to the others), "idleTimeoutZeroAction" and
 * "scheduledRecycleAction" (pool rows). Each computes its edits off the UI thread, shows them in one
 * FarmEditPreview, and on Save writes each file as the web.config editor does (atomic, FILE.bak, refused
 * when a file changed on disk since it was read), then compares the farm again.
 */
class DoctorView : public QWidget
{
    Q_OBJECT

public:
    explicit DoctorView(QWidget *parent = nullptr);
    ~DoctorView() override;

    /// Opens the snapshot at `path` (a folder or a .config file) in the background.
    void openSnapshot(const QString &path);
    /// Opens the snapshots at `paths` (one per server) and compares them in the background. More than
    /// FarmMatrixModel::maxServers() paths are refused with a message in "doctorStatus".
    void compareFarm(const QStringList &paths);
    /// A load is running.
    bool isBusy() const;
    /// "Make consistent": copies the `<machineKey>` in force for `application` (FarmRow::application) on the
    /// server at index `server` of the comparison to the other servers; shows the preview (or, when nothing
    /// differs or the copy cannot be made, says so in "doctorStatus"). Returns at once.
    void copyMachineKey(int server, const QString &application);
    /// "Make consistent" for the pool of `application` on every server (fixFarmPools), as copyMachineKey.
    void fixPools(const QString &application, FarmPoolFix fix);
    /// The result shown, or nullptr before the first load.
    const DoctorResult *result() const { return m_result.get(); }
    FarmMatrixModel *farmModel() const { return m_farmModel; }
    FarmDifferenceFilter *farmFilter() const { return m_farmFilter; }
    FarmTokenModel *tokenModel() const { return m_tokenModel; }
    /// Unique server names for `paths`: the folder or file name, with its parent folder when two are alike,
    /// then " (2)", " (3)"...
    static QStringList serverNames(const QStringList &paths);

signals:
    /// The user asked for a web.config at a 1-based line; `setting` is the setting clicked ("" if none).
    void webConfigRequested(const QString &file, int line, const QString &setting);
    /// A load finished and its result or error is shown.
    void loaded();
    /// A "Make consistent" preview is shown (`preview` is the open FarmEditPreview), or it ended without
    /// one (`preview` nullptr: nothing to change, or an error, said in "doctorStatus").
    void editPrepared(QDialog *preview);
    /// A "Make consistent" Save ended: `written` files were written; `error` is empty when all were.
    void editSaved(const QStringList &written, const QString &error);

private:
    QWidget *buildSnapshotPage();
    QWidget *buildFarmPage();
    /// The farm page's "Token check" tab (farmtokens in doctorview.cpp).
    QWidget *buildTokenPage();
    /// Shows the token matrices of the farm loaded and fills the application combo box.
    void fillTokens();
    /// Shows the matrix of the combo boxes' application and kind, and the summary line.
    void showTokenSelection();
    /// Shows the current cell's explanation (its tool tip) in "tokenDetails".
    void showTokenDetails();
    void start(std::function<std::shared_ptr<DoctorResult>()> work, const QString &what);
    void finished();
    /// Shows m_result again (after a load, or a language change).
    void showResult();
    void fillOutline(const ServerSnapshot &snapshot, const QString &name);
    /// Adds `app` under `parent` with one child per effective setting (name, value, source); files inside the
    /// snapshot folder `root` are named relative to it. Returns the application item.
    QTreeWidgetItem *addApplication(QTreeWidgetItem *parent, const SnapshotApplication &app,
                                    const QString &root);
    void fillFindings(const QList<DoctorFinding> &findings);
    void fillGaps(const ServerSnapshot &snapshot);
    void fillFarm();
    void fillFarmFindings(const QList<FarmFinding> &findings);
    /// Opens `file` at `line` (see the class comment); nothing without a file.
    void openLocation(const QString &file, int line, const QString &setting);
    /// The "Make consistent" tool button, its menu and actions (makeconsistent.cpp).
    QToolButton *buildMakeConsistent();
    /// The static texts of the Make consistent actions, and their state for the selected row.
    void updateMakeConsistent();
    /// The comparison row of the matrix's current cell (nullptr if none); `server` its server index or -1.
    const FarmRow *currentFarmRow(int *server) const;
    /// Runs `work` on a worker thread; editComputed() shows its preview.
    void startEdit(std::function<std::shared_ptr<FarmEditJob>()> work);
    void editComputed();
    /// Writes `edits` (saveFarmEdits), says the outcome, and compares the farm again.
    void saveEdits(const QList<FarmFileEdit> &edits);

    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QTreeWidget *m_outline = nullptr;
    QTabWidget *m_lists = nullptr;
    QTreeWidget *m_findings = nullptr;
    QTreeWidget *m_gaps = nullptr;
    QTableView *m_matrix = nullptr;
    QCheckBox *m_onlyDifferences = nullptr;
    QLabel *m_capNote = nullptr;
    QTreeWidget *m_farmFindings = nullptr;
    FarmMatrixModel *m_farmModel = nullptr;
    FarmDifferenceFilter *m_farmFilter = nullptr;
    QTabWidget *m_farmTabs = nullptr;
    QComboBox *m_tokenApplication = nullptr;
    QComboBox *m_tokenKind = nullptr;
    QLabel *m_tokenApplicationLabel = nullptr;
    QLabel *m_tokenKindLabel = nullptr;
    QLabel *m_tokenSummary = nullptr;
    QLabel *m_tokenNote = nullptr;
    QTableView *m_tokenView = nullptr;
    QPlainTextEdit *m_tokenDetails = nullptr;
    FarmTokenModel *m_tokenModel = nullptr;
    QFutureWatcher<std::shared_ptr<DoctorResult>> *m_watcher = nullptr;
    std::shared_ptr<const DoctorResult> m_result;
    QString m_loading;       ///< what is being loaded, for the busy text
    QStringList m_farmPaths; ///< the paths of the farm compared last, to compare again after an edit
    QToolButton *m_makeConsistent = nullptr;
    QMenu *m_makeMenu = nullptr;
    QAction *m_copyKeyAction = nullptr;
    QAction *m_idleAction = nullptr;
    QAction *m_scheduleAction = nullptr;
    QFutureWatcher<std::shared_ptr<FarmEditJob>> *m_editWatcher = nullptr;
};

} // namespace sd
