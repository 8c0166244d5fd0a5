// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aspnet/configdocument.h"
#include "aspnet/configvalidator.h"
#include "aspnet/disclosedkeys.h"
#include "monitor/connectionprofile.h"

#include <QMainWindow>

#include <functional>
#include <utility>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace sd {

class DoctorView;
class MonitorWidget;
class SectionForm;
class TokensPage;

/// SessionDesk's main window: a start page, or an open .config file with its outline (application
/// level and each `<location>`), the Session State and Machine Key pages, the findings panel,
/// undo/redo, a diff preview before saving, recent files and drag and drop.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens `path` (asks about unsaved changes first). Shows a message box and returns false on error.
    bool openFile(const QString &path);
    /// Saves to the open file. With `preview`, shows the diff first and saves only if accepted.
    bool save(bool preview = true);
    /// Before a save: when the file changed on disk since it was read, asks Reload, Overwrite or Cancel
    /// (objectName "changedOnDiskDialog"). Reload is reloadKeepingEdits(): the save goes on when every edit
    /// still applied. Returns false on Cancel (or a Reload that dropped edits); sets `mode` for
    /// ConfigDocument::save.
    bool confirmOverwriteIfChanged(ConfigDocument::SaveMode *mode);
    /// Reads the open file again from disk and re-applies the user's attribute edits (attributeEdits() of
    /// the document against the text it was read with) where they still apply. The ones that do not (the
    /// other program changed the same attribute, or removed its location) are named in the bar above the
    /// pages (objectName "changedOnDiskBar"). Returns true when every edit applied; false when some did
    /// not, or the file does not load (the document is then unchanged and the bar says why).
    bool reloadKeepingEdits();
    const ConfigDocument &document() const { return m_doc; }
    bool hasDocument() const { return !m_path.isEmpty(); }
    /// Current scope index shown by the pages.
    int currentScope() const { return m_scope; }
    void setCurrentScope(int scope);
    QUndoStack *undoStack() const { return m_undo; }
    /// Applies `attrs` to the section of `kind` in the current scope as one undoable step.
    bool applyEdits(SectionKind kind, const QList<std::pair<QString, QString>> &attrs, const QString &label);

    /// The live monitor (the "Monitor" tab).
    MonitorWidget *monitor() const { return m_monitor; }
    /// Shows the Monitor tab (true) or the Configuration tab (also shown by a successful openFile()).
    void showMonitor(bool monitor);
    /// The IIS doctor (the "Doctor" tab): server snapshots and farm comparisons (issue 13).
    DoctorView *doctor() const { return m_doctor; }
    /// The token verifier (the "Tokens" tab, issue 14): its candidates follow the open web.config, the
    /// Doctor's snapshots and the disclosed-key list of Edit > Preferences.
    TokensPage *tokens() const { return m_tokens; }
    /// Opens the server snapshot at `path` (a folder or a .config file) in the Doctor tab and shows it.
    void openServerSnapshot(const QString &path);
    /// Compares the server snapshots at `paths` in the Doctor tab and shows it.
    void compareFarm(const QStringList &paths);
    /// The monitor at start-up: reconnects to the last profile used (the LastProfile setting); with no saved
    /// profile and `allowLocalServer`, starts a local sessionstated (`localServerProgram`, empty = beside
    /// sessiondesk or on PATH) and shows the Monitor tab, but only when no document is open: a file given
    /// at start (FILE or --sample) stays on the Configuration tab.
    void startMonitor(bool allowLocalServer, const QString &localServerProgram = {});
    /// stateConnectionString and stateNetworkTimeout (seconds) of the current scope's <sessionState>, when it
    /// sets mode="StateServer" or a stateConnectionString; nullopt otherwise.
    std::optional<std::pair<QString, int>> stateServerOfDocument() const;
    /// The RedisSessionStateProvider `<providers><add>` of the current scope: the one customProvider names
    /// when its type is the Redis provider, else the first Redis provider; its name and its other attributes
    /// with `<appSettings>` names resolved (ProviderConfiguration.GetStringSettings). nullopt when none.
    std::optional<RedisProviderOfDocument> redisProviderOfDocument() const;

    /// Where the bundled sample is written for editing (a copy in the user's data folder).
    static QString sampleCopyPath();

protected:
    void closeEvent(class QCloseEvent *event) override;
    void dragEnterEvent(class QDragEnterEvent *event) override;
    void dropEvent(class QDropEvent *event) override;

private:
    friend class TextEditCommand;
    void buildActions();
    /// File: new, open, sample, recent, save, close, quit. Returns the Open action (for the toolbar).
    QAction *buildFileMenu();
    /// Edit: undo, redo, generate machine keys, preferences. Returns the undo and redo actions.
    std::pair<QAction *, QAction *> buildEditMenu();
    /// View: next finding, the editor pages, configuration or monitor.
    void buildViewMenu();
    /// Server: test connectivity, profile from web.config, generate load (on the monitor).
    void buildServerMenu();
    /// Language: the UI language for the next start (Setting::Language).
    void buildLanguageMenu();
    /// Help: about SessionDesk, about Qt.
    void buildHelpMenu();
    /// File: Open Server Snapshot (folder or file) and Compare Farm, for the Doctor tab.
    void addDoctorActions(class QMenu *file);
    /// Asks for a snapshot folder (`folder`) or an applicationHost.config / web.config file, and opens it.
    void openServerSnapshotDialog(bool folder);
    /// The Compare Farm dialog, then compareFarm().
    void compareFarmDialog();
    /// From the Doctor: opens the web.config `file` in the Configuration tab, on the scope (location) that
    /// holds 1-based `line` and the page of `setting` (machineKey.* or the session state page).
    void openWebConfigAt(const QString &file, int line, const QString &setting);
    void buildStartPage();
    void buildEditor();
    void refreshAll();
    void refreshOutline();
    void refreshFindings();
    /// Fills the findings panel and the summary from m_findings; key material masked unless keys are shown.
    void fillFindings();
    /// Adds the panel row of `f`, the `index`th finding of the validator; `masked` hides hex key material.
    void addFindingItem(const Finding &f, int index, bool masked);
    void refreshTitle();
    void refreshRecent();
    bool maybeSave();
    void openDialog();
    void openSample();
    void newFile();
    void showFinding(QTreeWidgetItem *item);
    /// Selects the outline entry of the current scope and page (after a page tab or a finding was chosen).
    void syncOutline();
    void choosePreferences();
    void loadDisclosedKeys();
    void setDocumentText(const QString &text);
    /// The bar above the pages that says the file changed on disk, with Reload / Keep mine.
    QWidget *buildDiskBar();
    /// Shows the message `text` makes (kept, so a language change shows it again in the new language) in the
    /// disk bar; `offerReload` shows Reload and Keep mine, else only Close.
    void showDiskBar(std::function<QString()> text, bool offerReload);
    /// Watches the open file and its folder (none without a document); re-arms after a rename-replace.
    void watchFile();
    /// After the watcher fired: re-arms it, then shows the disk bar when the file's bytes are no longer
    /// the ones read or saved (ConfigDocument::changedOnDisk()), and hides it when they are again.
    void checkDisk();

    ConfigDocument m_doc;
    QString m_path;
    int m_scope = 0;
    QList<Finding> m_findings;
    DisclosedKeyList m_disclosed;
    QString m_disclosedError;

    QUndoStack *m_undo = nullptr;
    QTabWidget *m_workspace = nullptr;
    MonitorWidget *m_monitor = nullptr;
    DoctorView *m_doctor = nullptr;
    TokensPage *m_tokens = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListWidget *m_recentList = nullptr;
    QTreeWidget *m_outline = nullptr;
    QTabWidget *m_pages = nullptr;
    SectionForm *m_sessionPage = nullptr;
    SectionForm *m_machineKeyPage = nullptr;
    QTreeWidget *m_findingsView = nullptr;
    QLabel *m_summary = nullptr;
    class QMenu *m_recentMenu = nullptr;
    class QAction *m_saveAction = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QWidget *m_diskBar = nullptr;
    QLabel *m_diskBarText = nullptr;
    std::function<QString()> m_diskBarMessage; ///< what the disk bar says (see showDiskBar)
    QPushButton *m_diskReload = nullptr;
    QPushButton *m_diskKeep = nullptr;
    QPushButton *m_diskClose = nullptr;
};

} // namespace sd
