// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/mainwindow.h"
#include "base/settings.h"

#include "aspnet/configschema.h"
#include "aspnet/textdiff.h"
#include "widgets/common/application.h"
#include "widgets/common/diffhtml.h"
#include "widgets/common/retranslate.h"
#include "widgets/common/sortedtreeitem.h"
#include "widgets/config/sectionform.h"
#include "widgets/doctor/doctorview.h"
#include "widgets/doctor/farmdialog.h"
#include "widgets/monitor/monitorwidget.h"
#include "widgets/tokens/tokenspage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTextEdit>
#include <QToolBar>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sd {

namespace {

constexpr int kMaxRecentFiles = 10;
enum Role
{
    ScopeRole = Qt::UserRole,
    PageRole,
    AttrRole,
    SortRole ///< a number to sort the column by, when set (else the text)
};

using FindingItem = SortedTreeItem<SortRole>;

} // namespace

/// One edit of the document as an undo step: the whole text before and after.
class TextEditCommand : public QUndoCommand
{
public:
    TextEditCommand(MainWindow *w, QString before, QString after, const QString &label)
        : QUndoCommand(label), m_window(w), m_before(std::move(before)), m_after(std::move(after))
    {}
    void undo() override { m_window->setDocumentText(m_before); }
    void redo() override { m_window->setDocumentText(m_after); }

private:
    MainWindow *m_window;
    QString m_before;
    QString m_after;
};

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_undo = new QUndoStack(this);
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::checkDisk);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &MainWindow::checkDisk);
    m_workspace = new QTabWidget(this);
    m_workspace->setObjectName(QStringLiteral("workspaceTabs"));
    m_workspace->setDocumentMode(true);
    m_stack = new QStackedWidget;
    m_monitor = new MonitorWidget;
    m_monitor->setConfigReader([this] { return stateServerOfDocument(); });
    m_monitor->setRedisProviderReader([this] { return redisProviderOfDocument(); });
    m_workspace->addTab(m_stack, QString());
    m_workspace->addTab(m_monitor, QString());
    m_doctor = new DoctorView;
    m_workspace->addTab(m_doctor, QString());
    connect(m_doctor, &DoctorView::webConfigRequested, this, &MainWindow::openWebConfigAt);
    m_tokens = new TokensPage;
    m_workspace->addTab(m_tokens, QString());
    connect(m_doctor, &DoctorView::loaded, this, [this] { m_tokens->setDoctorResult(m_doctor->result()); });
    onLanguageChange(this, [this] {
        m_workspace->setTabText(0, tr("&Configuration"));
        m_workspace->setTabText(1, tr("&Monitor"));
        m_workspace->setTabText(2, tr("&Doctor"));
        m_workspace->setTabText(3, tr("&Tokens"));
    });
    setCentralWidget(m_workspace);
    connect(m_workspace, &QTabWidget::currentChanged, this, [this](int tab) {
        // The findings belong to the open file: not shown over the monitor.
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("findingsDock")))
            dock->setVisible(tab == 0 && hasDocument());
    });
    buildStartPage();
    buildEditor();
    buildActions();
    loadDisclosedKeys();
    refreshAll();
    QSettings settings;
    if (!restoreGeometry(readSetting(Setting::WindowGeometry, &settings).toByteArray()))
        resize(1120, 760);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { refreshTitle(); });
}

void MainWindow::showMonitor(bool monitor)
{
    m_workspace->setCurrentIndex(monitor ? 1 : 0);
}

void MainWindow::startMonitor(bool allowLocalServer, const QString &localServerProgram)
{
    if (m_monitor->profiles().isEmpty() && allowLocalServer) {
        m_monitor->startLocalServer(localServerProgram);
        if (!hasDocument())
            showMonitor(true);
        return;
    }
    const QString last = readSetting(Setting::LastProfile).toString();
    for (int i = 0; i < m_monitor->profiles().size(); ++i)
        if (m_monitor->profiles()[i].name == last)
            m_monitor->connectToProfile(i);
}

std::optional<std::pair<QString, int>> MainWindow::stateServerOfDocument() const
{
    if (!hasDocument())
        return std::nullopt;
    const SectionRef ref = m_doc.section(m_scope, SectionKind::SessionState);
    if (ref.element < 0)
        return std::nullopt;
    const XmlElement &e = m_doc.elements()[ref.element];
    auto value = [&e](const char *name) {
        const XmlAttribute *a = e.attribute(QString::fromLatin1(name));
        return a ? a->value().trimmed() : QString();
    };
    QString connection = value("stateConnectionString");
    if (connection.isEmpty() && value("mode").compare(u"StateServer", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    if (connection.isEmpty())
        connection = QStringLiteral("tcpip=loopback:42424"); // the schema default
    bool ok = false;
    const int timeout = value("stateNetworkTimeout").toInt(&ok);
    return std::pair{connection, ok && timeout > 0 ? timeout : 10};
}

std::optional<RedisProviderOfDocument> MainWindow::redisProviderOfDocument() const
{
    if (!hasDocument())
        return std::nullopt;
    const QList<SessionStateProvider> providers = sessionStateProviders(m_doc, m_scope);
    const QString active =
        effectiveValue(m_doc, m_scope, SectionKind::SessionState, QStringLiteral("customProvider"))
            .value.trimmed();
    const SessionStateProvider *chosen = nullptr;
    for (const SessionStateProvider &p : providers) {
        if (!isRedisSessionStateProviderType(p.type))
            continue;
        if (!chosen || p.name == active)
            chosen = &p;
    }
    if (!chosen)
        return std::nullopt;
    RedisProviderOfDocument out{chosen->name, {}};
    for (const auto &[key, value] : chosen->settings) {
        const QString resolved = appSettingValue(m_doc, value);
        out.settings.append({key, resolved.isEmpty() ? value : resolved});
    }
    return out;
}

QString MainWindow::sampleCopyPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/sample/web.config");
}

void MainWindow::buildActions()
{
    QAction *openAct = buildFileMenu();
    const auto [undo, redo] = buildEditMenu();
    buildViewMenu();
    buildServerMenu();
    buildLanguageMenu();
    buildHelpMenu();
    auto *bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("mainToolBar"));
    onLanguageChange(bar, [bar] { bar->setWindowTitle(tr("Main")); });
    bar->addAction(openAct);
    bar->addAction(m_saveAction);
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
    refreshRecent();
}

QAction *MainWindow::buildFileMenu()
{
    auto *file = menuBar()->addMenu(QString());
    auto *newAct =
        file->addAction(style()->standardIcon(QStyle::SP_FileIcon), QString(), this, &MainWindow::newFile);
    newAct->setShortcut(QKeySequence::New);
    auto *openAct = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), QString(), this,
                                    &MainWindow::openDialog);
    openAct->setShortcut(QKeySequence::Open);
    auto *sampleAct = file->addAction(QString(), this, &MainWindow::openSample);
    m_recentMenu = file->addMenu(QString());
    m_saveAction = file->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), QString(), this,
                                   [this] { save(true); });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    auto *closeAct = file->addAction(QString(), this, [this] {
        if (!maybeSave())
            return;
        m_path.clear();
        m_doc = ConfigDocument();
        m_undo->clear();
        watchFile();
        refreshAll();
    });
    closeAct->setShortcut(QKeySequence::Close);
    addDoctorActions(file);
    file->addSeparator();
    auto *quit = file->addAction(QString(), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    onLanguageChange(file, [=, this] {
        file->setTitle(tr("&File"));
        newAct->setText(tr("&New web.config..."));
        openAct->setText(tr("&Open..."));
        sampleAct->setText(tr("Open the &Sample"));
        m_recentMenu->setTitle(tr("Open &Recent"));
        m_saveAction->setText(tr("&Save..."));
        closeAct->setText(tr("&Close File"));
        quit->setText(tr("&Quit"));
    });
    return openAct;
}

std::pair<QAction *, QAction *> MainWindow::buildEditMenu()
{
    auto *edit = menuBar()->addMenu(QString());
    // Own actions rather than QUndoStack::createUndoAction, whose prefix cannot be retranslated. The menu
    // names the step ("Undo Set machineKey.validation"); the toolbar button keeps its short, fixed label.
    auto *undo = new QAction(this);
    undo->setShortcuts(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    auto *redo = new QAction(this);
    redo->setShortcuts(QKeySequence::Redo); // Ctrl+Shift+Z and Ctrl+Y
    redo->setObjectName(QStringLiteral("redoAction"));
    connect(undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    auto label = [this, undo, redo] {
        const QString u = m_undo->undoText(), r = m_undo->redoText();
        undo->setText(u.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(u));
        redo->setText(r.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(r));
        undo->setIconText(tr("Undo"));
        redo->setIconText(tr("Redo"));
        undo->setToolTip(QString(undo->text()).remove(u'&'));
        redo->setToolTip(QString(redo->text()).remove(u'&'));
        undo->setEnabled(m_undo->canUndo());
        redo->setEnabled(m_undo->canRedo());
    };
    connect(m_undo, &QUndoStack::indexChanged, this, label);
    connect(m_undo, &QUndoStack::cleanChanged, this, label);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    auto *gen = edit->addAction(QString(), this, [this] {
        if (!hasDocument())
            return;
        m_pages->setCurrentWidget(m_machineKeyPage);
        if (auto *b = m_machineKeyPage->findChild<QPushButton *>(QStringLiteral("generateKeys")))
            b->click();
    });
    gen->setShortcut(QKeySequence(tr("Ctrl+G")));
    edit->addSeparator();
    QAction *prefs = edit->addAction(QString(), this, &MainWindow::choosePreferences);
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setObjectName(QStringLiteral("preferencesAction"));
    onLanguageChange(edit, [=] {
        edit->setTitle(tr("&Edit"));
        label();
        gen->setText(tr("&Generate Machine Keys"));
        prefs->setText(tr("&Preferences..."));
    });
    return {undo, redo};
}

void MainWindow::buildViewMenu()
{
    auto *view = menuBar()->addMenu(QString());
    auto *next = view->addAction(QString(), this, [this] {
        const int n = m_findingsView->topLevelItemCount();
        if (n == 0)
            return;
        const int cur = m_findingsView->indexOfTopLevelItem(m_findingsView->currentItem());
        auto *item = m_findingsView->topLevelItem((cur + 1) % n);
        m_findingsView->setCurrentItem(item);
        showFinding(item);
    });
    next->setShortcut(QKeySequence(Qt::Key_F8));
    auto *session = view->addAction(QString(), this, [this] { m_pages->setCurrentWidget(m_sessionPage); });
    session->setShortcut(QKeySequence(tr("Ctrl+1")));
    auto *machineKey =
        view->addAction(QString(), this, [this] { m_pages->setCurrentWidget(m_machineKeyPage); });
    machineKey->setShortcut(QKeySequence(tr("Ctrl+2")));
    view->addSeparator();
    auto *config = view->addAction(QString(), this, [this] { showMonitor(false); });
    config->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    auto *monitor = view->addAction(QString(), this, [this] { showMonitor(true); });
    monitor->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    onLanguageChange(view, [=] {
        view->setTitle(tr("&View"));
        next->setText(tr("&Next Finding"));
        session->setText(tr("&Session State"));
        machineKey->setText(tr("&Machine Key"));
        config->setText(tr("C&onfiguration"));
        monitor->setText(tr("M&onitor"));
    });
}

void MainWindow::buildServerMenu()
{
    auto *server = menuBar()->addMenu(QString());
    auto *test = server->addAction(QString(), this, [this] {
        showMonitor(true);
        m_monitor->testConnectivity();
    });
    auto *fromConfig = server->addAction(QString(), this, [this] {
        showMonitor(true);
        m_monitor->newProfileFromConfig();
    });
    auto *load = server->addAction(QString(), this, [this] {
        showMonitor(true);
        if (auto *b = m_monitor->findChild<QPushButton *>(QStringLiteral("loadButton")))
            b->click();
    });
    onLanguageChange(server, [=] {
        server->setTitle(tr("&Server"));
        test->setText(tr("&Test Connectivity..."));
        fromConfig->setText(tr("New Profile from &web.config..."));
        load->setText(tr("&Generate Load"));
    });
}

void MainWindow::buildLanguageMenu()
{
    auto *language = menuBar()->addMenu(QString());
    language->setObjectName(QStringLiteral("languageMenu"));
    // Each language in its own name, so that it can be found whatever the current language is.
    const QList<std::pair<QString, QString>> languages{{QString(), QString()},
                                                       {QStringLiteral("en"), QStringLiteral("English")},
                                                       {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
                                                       {QStringLiteral("cs"), QStringLiteral("Čeština")}};
    auto *group = new QActionGroup(this);
    const QString current = readSetting(Setting::Language).toString();
    QAction *systemDefault = nullptr;
    for (const auto &[code, name] : languages) {
        auto *a = language->addAction(name);
        a->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        if (code.isEmpty())
            systemDefault = a;
        connect(a, &QAction::triggered, this, [code = code] { // a copy: clang rejects capturing a binding
            writeSetting(Setting::Language, code);
            loadLanguage(code); // every text registered with onLanguageChange follows at once
        });
    }
    onLanguageChange(language, [=] {
        language->setTitle(tr("&Language"));
        systemDefault->setText(tr("System default"));
    });
}

void MainWindow::buildHelpMenu()
{
    auto *help = menuBar()->addMenu(QString());
    auto *about = help->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About SessionDesk"),
                           tr("<h3>SessionDesk %1</h3><p>Edit, check and watch ASP.NET session state.</p>"
                              "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                               .arg(QStringLiteral(SESSIONDESK_VERSION)));
    });
    auto *aboutQt = help->addAction(QString(), qApp, &QApplication::aboutQt);
    onLanguageChange(help, [=] {
        help->setTitle(tr("&Help"));
        about->setText(tr("&About SessionDesk"));
        aboutQt->setText(tr("About &Qt"));
    });
}

void MainWindow::buildStartPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("startPage"));
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(48, 36, 48, 36);
    auto *title = new QLabel;
    title->setWordWrap(true);
    v->addWidget(title);
    auto *buttons = new QHBoxLayout;
    auto *open = new QPushButton;
    auto *newBtn = new QPushButton;
    auto *sample = new QPushButton;
    open->setObjectName(QStringLiteral("startOpen"));
    sample->setObjectName(QStringLiteral("startSample"));
    connect(open, &QPushButton::clicked, this, &MainWindow::openDialog);
    connect(newBtn, &QPushButton::clicked, this, &MainWindow::newFile);
    connect(sample, &QPushButton::clicked, this, &MainWindow::openSample);
    buttons->addWidget(open);
    buttons->addWidget(newBtn);
    buttons->addWidget(sample);
    buttons->addStretch(1);
    v->addLayout(buttons);
    auto *recent = new QLabel;
    v->addWidget(recent);
    onLanguageChange(page, [=] {
        title->setText(
            tr("<h1>SessionDesk</h1><p>Open a web.config to edit its session state and machine key "
               "settings safely: only what you change is written, and the previous file is kept as "
               "<i>.bak</i>.</p>"));
        open->setText(tr("Open..."));
        newBtn->setText(tr("New web.config..."));
        sample->setText(tr("Open the Sample"));
        recent->setText(tr("<b>Recent files</b> (drop a .config file anywhere to open it)"));
    });
    m_recentList = new QListWidget;
    m_recentList->setObjectName(QStringLiteral("recentFiles"));
    connect(m_recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *i) { openFile(i->data(Qt::UserRole).toString()); });
    v->addWidget(m_recentList, 1);
    m_stack->addWidget(page);
}

void MainWindow::buildEditor()
{
    auto *split = new QSplitter;
    split->setObjectName(QStringLiteral("editor"));
    m_outline = new QTreeWidget;
    m_outline->setObjectName(QStringLiteral("outline"));
    m_outline->setMinimumWidth(220);
    connect(m_outline, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || !item->data(0, ScopeRole).isValid())
            return;
        setCurrentScope(item->data(0, ScopeRole).toInt());
        if (item->data(0, PageRole).isValid())
            m_pages->setCurrentIndex(item->data(0, PageRole).toInt());
    });
    m_pages = new QTabWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_sessionPage = new SectionForm(SectionKind::SessionState);
    m_machineKeyPage = new SectionForm(SectionKind::MachineKey);
    m_pages->addTab(m_sessionPage, QString());
    m_pages->addTab(m_machineKeyPage, QString());
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::syncOutline);
    for (SectionForm *f : {m_sessionPage, m_machineKeyPage}) {
        connect(f, &SectionForm::editRequested, this,
                [this](SectionKind kind, const QString &attr, const QString &value) {
                    applyEdits(kind, {{attr, value}},
                               value.isNull() ? tr("Remove %1.%2").arg(sectionElementName(kind), attr)
                                              : tr("Set %1.%2").arg(sectionElementName(kind), attr));
                });
        connect(f, &SectionForm::editsRequested, this, &MainWindow::applyEdits);
    }
    connect(m_machineKeyPage, &SectionForm::keysRevealedChanged, this, [this](bool revealed) {
        m_sessionPage->setSecretsRevealed(revealed); // provider secrets follow "Show keys" too
        if (hasDocument())
            fillFindings(); // key material in the messages follows "Show keys"
    });
    split->addWidget(m_outline);
    split->addWidget(m_pages);
    split->setStretchFactor(1, 1);
    auto *editorPage = new QWidget;
    auto *editorLayout = new QVBoxLayout(editorPage);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(buildDiskBar());
    editorLayout->addWidget(split, 1);
    m_stack->addWidget(editorPage);

    auto *dock = new QDockWidget(this);
    dock->setObjectName(QStringLiteral("findingsDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_findingsView = new QTreeWidget;
    m_findingsView->setObjectName(QStringLiteral("findings"));
    m_findingsView->setRootIsDecorated(false);
    m_findingsView->setColumnCount(5); // titles set by the language hook below
    m_findingsView->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_findingsView->setSortingEnabled(true); // any column; errors first by default
    m_findingsView->sortByColumn(0, Qt::AscendingOrder);
    connect(m_findingsView, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *i) { showFinding(i); });
    connect(m_findingsView, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *i) { showFinding(i); });
    dock->setWidget(m_findingsView);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {170}, Qt::Vertical);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    statusBar()->addPermanentWidget(m_summary);
    onLanguageChange(split, [=, this] {
        m_outline->setHeaderLabel(tr("Outline"));
        m_pages->setTabText(0, tr("Session State"));
        m_pages->setTabText(1, tr("Machine Key"));
        dock->setWindowTitle(tr("Findings"));
        m_findingsView->setHeaderLabels({tr("Severity"), tr("Code"), tr("Level"), tr("Line"), tr("Finding")});
        // Outline, findings, summary and title are built from tr() too: build them again.
        if (m_saveAction)
            refreshAll();
    });
}

void MainWindow::setDocumentText(const QString &text)
{
    ConfigError e;
    if (!m_doc.setText(text, &e))
        QMessageBox::critical(this, tr("Edit"), e.toString());
    refreshAll();
}

bool MainWindow::applyEdits(SectionKind kind, const QList<std::pair<QString, QString>> &attrs,
                            const QString &label)
{
    if (!hasDocument())
        return false;
    ConfigDocument copy = m_doc;
    QString error;
    for (const auto &[attr, value] : attrs) {
        const bool ok = value.isNull() ? copy.unsetAttribute(m_scope, kind, attr, &error)
                                       : copy.setAttribute(m_scope, kind, attr, value, &error);
        if (!ok) {
            QMessageBox::warning(this, label, error);
            refreshAll();
            return false;
        }
    }
    if (copy.text() != m_doc.text())
        m_undo->push(new TextEditCommand(this, m_doc.text(), copy.text(), label));
    return true;
}

void MainWindow::setCurrentScope(int scope)
{
    if (scope < 0 || scope >= m_doc.scopes().size())
        scope = 0;
    m_scope = scope;
    m_sessionPage->refresh(&m_doc, m_scope, m_findings);
    m_machineKeyPage->refresh(&m_doc, m_scope, m_findings);
}

void MainWindow::refreshAll()
{
    m_tokens->setOpenConfig(hasDocument() ? &m_doc : nullptr, m_path);
    m_stack->setCurrentIndex(hasDocument() ? 1 : 0);
    m_saveAction->setEnabled(hasDocument());
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("findingsDock")))
        dock->setVisible(hasDocument() && m_workspace->currentIndex() == 0);
    if (hasDocument()) {
        if (m_scope >= m_doc.scopes().size())
            m_scope = 0;
        refreshOutline();
        refreshFindings(); // the one validation per edit; the pages mark fields from it
        m_sessionPage->refresh(&m_doc, m_scope, m_findings);
        m_machineKeyPage->refresh(&m_doc, m_scope, m_findings);
    }
    refreshTitle();
    refreshRecent();
}

void MainWindow::refreshOutline()
{
    const QSignalBlocker block(m_outline);
    m_outline->clear();
    auto *root = new QTreeWidgetItem(m_outline, {QFileInfo(m_path).fileName()});
    root->setToolTip(0, m_path);
    root->setIcon(0, style()->standardIcon(QStyle::SP_FileIcon));
    QTreeWidgetItem *current = nullptr;
    for (int s = 0; s < m_doc.scopes().size(); ++s) {
        const ConfigScope &scope = m_doc.scopes()[s];
        auto *item =
            new QTreeWidgetItem(root, {scope.isApplicationLevel() ? tr("Application level")
                                                                  : tr("Location: %1").arg(scope.path)});
        item->setData(0, ScopeRole, s);
        item->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
        for (int page = 0; page < 2; ++page) {
            const SectionKind kind = page == 0 ? SectionKind::SessionState : SectionKind::MachineKey;
            const SectionRef ref = m_doc.section(s, kind);
            QString label = page == 0 ? tr("Session State") : tr("Machine Key");
            if (ref.encrypted)
                label += tr(" (encrypted)");
            else if (ref.element < 0)
                label += tr(" (not set)");
            auto *child = new QTreeWidgetItem(item, {label});
            child->setData(0, ScopeRole, s);
            child->setData(0, PageRole, page);
            if (s == m_scope && page == m_pages->currentIndex())
                current = child;
        }
    }
    m_outline->expandAll();
    if (current)
        m_outline->setCurrentItem(current);
}

void MainWindow::refreshFindings()
{
    ValidationOptions options;
    if (!m_disclosed.isEmpty())
        options.disclosedKeys = &m_disclosed;
    m_findings = validateDocument(m_doc, options);
    fillFindings();
}

void MainWindow::fillFindings()
{
    const bool masked = !m_machineKeyPage->keysRevealed();
    m_findingsView->setSortingEnabled(false); // re-sorted once, by the column the user chose, below
    m_findingsView->clear();
    int errors = 0;
    int warnings = 0;
    for (int i = 0; i < m_findings.size(); ++i) {
        const Finding &f = m_findings[i];
        errors += f.severity == Severity::Error;
        warnings += f.severity == Severity::Warning;
        addFindingItem(f, i, masked);
    }
    m_findingsView->setSortingEnabled(true);
    for (int c = 0; c < 4; ++c)
        m_findingsView->resizeColumnToContents(c);
    QString keys = m_disclosed.isEmpty()
                       ? (m_disclosedError.isEmpty() ? tr("disclosed-key list not set (Edit > Preferences)")
                                                     : m_disclosedError)
                       : tr("keys checked against %1 disclosed keys").arg(m_disclosed.size());
    m_summary->setText(tr("%1 error(s), %2 warning(s); %3").arg(errors).arg(warnings).arg(keys));
}

void MainWindow::addFindingItem(const Finding &f, int index, bool masked)
{
    QString sev;
    QIcon icon;
    switch (f.severity) {
    case Severity::Error:
        sev = tr("Error");
        icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
        break;
    case Severity::Warning:
        sev = tr("Warning");
        icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Severity::Info:
        sev = tr("Info");
        icon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
        break;
    }
    const QString message = masked ? maskKeyMaterial(f.message) : f.message;
    const QString fix = masked ? maskKeyMaterial(f.fix) : f.fix;
    auto *item =
        new FindingItem(m_findingsView, {sev, f.code, f.scopePath.isEmpty() ? tr("application") : f.scopePath,
                                         QString::number(f.line), message});
    item->setIcon(0, icon);
    item->setToolTip(4, tr("%1\nFix: %2").arg(message, fix));
    item->setData(0, ScopeRole, f.scope);
    item->setData(0, PageRole, f.element == u"machineKey" ? 1 : 0);
    item->setData(0, AttrRole, f.attribute);
    // Sort keys: errors first, then warnings, then infos; lines by number; ties in the validator's order.
    const qint64 tie = index;
    item->setData(0, SortRole, (qint64(2) - qint64(f.severity)) * 1000000 + tie);
    item->setData(3, SortRole, qint64(f.line) * 1000000 + tie);
}

void MainWindow::showFinding(QTreeWidgetItem *item)
{
    if (!item)
        return;
    setCurrentScope(item->data(0, ScopeRole).toInt());
    m_pages->setCurrentIndex(item->data(0, PageRole).toInt());
    auto *page = static_cast<SectionForm *>(m_pages->currentWidget());
    page->focusAttribute(item->data(0, AttrRole).toString());
    statusBar()->showMessage(item->toolTip(4), 8000);
    syncOutline();
}

void MainWindow::syncOutline()
{
    const QSignalBlocker block(m_outline); // selecting here must not come back as a page change
    for (QTreeWidgetItemIterator it(m_outline); *it; ++it) {
        const QTreeWidgetItem *item = *it;
        if (item->data(0, PageRole).isValid() && item->data(0, ScopeRole).toInt() == m_scope &&
            item->data(0, PageRole).toInt() == m_pages->currentIndex()) {
            m_outline->setCurrentItem(*it);
            return;
        }
    }
}

void MainWindow::refreshTitle()
{
    if (!hasDocument()) {
        setWindowTitle(tr("SessionDesk"));
        setWindowModified(false);
        return;
    }
    setWindowTitle(tr("%1[*] - SessionDesk").arg(QDir::toNativeSeparators(m_path)));
    setWindowModified(m_doc.isModified());
}

void MainWindow::refreshRecent()
{
    const QStringList files = readSetting(Setting::RecentFiles).toStringList();
    if (m_recentMenu) {
        m_recentMenu->clear();
        for (const QString &f : files)
            m_recentMenu->addAction(QDir::toNativeSeparators(f), this, [this, f] { openFile(f); });
        m_recentMenu->setEnabled(!files.isEmpty());
    }
    m_recentList->clear();
    for (const QString &f : files) {
        auto *i = new QListWidgetItem(QDir::toNativeSeparators(f), m_recentList);
        i->setData(Qt::UserRole, f);
    }
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    ConfigDocument doc;
    ConfigError e;
    if (!doc.load(path, &e)) {
        QMessageBox::critical(
            this, tr("Open"),
            tr("SessionDesk cannot open this file; it was not changed.\n\n%1").arg(e.toString()));
        return false;
    }
    m_doc = std::move(doc);
    m_path = QFileInfo(path).absoluteFilePath();
    m_scope = 0;
    m_undo->clear();
    QSettings settings;
    QStringList recent = readSetting(Setting::RecentFiles, &settings).toStringList();
    recent.removeAll(m_path);
    recent.prepend(m_path);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    writeSetting(Setting::RecentFiles, recent, &settings);
    m_pages->setCurrentIndex(0);
    watchFile();
    refreshAll();
    showMonitor(false); // the file just opened is what the user wants to see
    if (!m_doc.isConfiguration())
        statusBar()->showMessage(
            tr("The document element is not <configuration>: nothing here can be edited."));
    return true;
}

bool MainWindow::confirmOverwriteIfChanged(ConfigDocument::SaveMode *mode)
{
    *mode = ConfigDocument::SaveMode::RefuseIfChanged;
    if (!m_doc.changedOnDisk())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Save"),
                    tr("%1 changed on disk since it was opened: another program edited it.\n\nReload reads "
                       "their version and re-applies your edits where they still apply. Overwrite replaces "
                       "their change with this document. Cancel writes nothing.")
                        .arg(QFileInfo(m_path).fileName()),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("changedOnDiskDialog"));
    QPushButton *reload = nullptr;
    if (QFile::exists(m_path)) {
        reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
        reload->setObjectName(QStringLiteral("reloadButton"));
    }
    QPushButton *overwrite = box.addButton(tr("Overwrite"), QMessageBox::DestructiveRole);
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (reload && box.clickedButton() == reload)
        return reloadKeepingEdits(); // the save goes on only when every edit still applied
    if (box.clickedButton() != overwrite)
        return false;
    *mode = ConfigDocument::SaveMode::Overwrite;
    return true;
}

QWidget *MainWindow::buildDiskBar()
{
    m_diskBar = new QWidget;
    m_diskBar->setObjectName(QStringLiteral("changedOnDiskBar"));
    m_diskBar->setAutoFillBackground(true);
    m_diskBar->setStyleSheet(QStringLiteral("#changedOnDiskBar { background: #fff4ce; }"));
    auto *h = new QHBoxLayout(m_diskBar);
    h->setContentsMargins(8, 4, 8, 4);
    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_diskBarText = new QLabel;
    m_diskBarText->setObjectName(QStringLiteral("changedOnDiskText"));
    m_diskBarText->setWordWrap(true);
    m_diskBarText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_diskReload = new QPushButton;
    m_diskReload->setObjectName(QStringLiteral("reloadFromDisk"));
    m_diskKeep = new QPushButton;
    m_diskKeep->setObjectName(QStringLiteral("keepMine"));
    m_diskClose = new QPushButton;
    m_diskClose->setObjectName(QStringLiteral("closeDiskBar"));
    onLanguageChange(m_diskBar, [this] {
        m_diskBar->setAccessibleName(tr("File changed on disk"));
        m_diskReload->setText(tr("Reload"));
        m_diskReload->setToolTip(tr("Read the file again and re-apply your edits where they still apply"));
        m_diskKeep->setText(tr("Keep mine"));
        m_diskKeep->setToolTip(
            tr("Keep editing this version; Save will ask before replacing the other change"));
        m_diskClose->setText(tr("Close"));
        if (m_diskBarMessage) { // the message shown, in the new language
            m_diskBarText->setText(m_diskBarMessage());
            m_diskBar->setAccessibleDescription(m_diskBarText->text());
        }
    });
    h->addWidget(icon);
    h->addWidget(m_diskBarText, 1);
    h->addWidget(m_diskReload);
    h->addWidget(m_diskKeep);
    h->addWidget(m_diskClose);
    connect(m_diskReload, &QPushButton::clicked, this, [this] { reloadKeepingEdits(); });
    connect(m_diskKeep, &QPushButton::clicked, m_diskBar, &QWidget::hide);
    connect(m_diskClose, &QPushButton::clicked, m_diskBar, &QWidget::hide);
    m_diskBar->hide();
    return m_diskBar;
}

void MainWindow::showDiskBar(std::function<QString()> text, bool offerReload)
{
    m_diskBarMessage = std::move(text);
    m_diskBarText->setText(m_diskBarMessage());
    m_diskBar->setAccessibleDescription(m_diskBarText->text());
    m_diskReload->setVisible(offerReload && QFile::exists(m_path));
    m_diskKeep->setVisible(offerReload);
    m_diskClose->setVisible(!offerReload);
    m_diskBar->show();
}

void MainWindow::watchFile()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_diskBar->hide();
    if (!hasDocument())
        return;
    m_watcher->addPath(QFileInfo(m_path).absolutePath()); // sees the file come back after a rename
    if (QFile::exists(m_path))
        m_watcher->addPath(m_path);
}

void MainWindow::checkDisk()
{
    if (!hasDocument())
        return;
    // An editor that saves by writing a new file and renaming it over this one ends the old watch.
    if (!m_watcher->files().contains(m_path) && QFile::exists(m_path))
        m_watcher->addPath(m_path);
    if (!m_doc.changedOnDisk()) {
        if (!m_diskClose->isVisibleTo(m_diskBar))
            m_diskBar->hide(); // back as read (or our own save): nothing to say; a reload report stays
        return;
    }
    const QString name = QFileInfo(m_path).fileName();
    const bool exists = QFile::exists(m_path);
    showDiskBar(
        [name, exists] {
            return exists
                       ? tr("%1 changed on disk since it was opened: another program edited it.").arg(name)
                       : tr("%1 was removed from disk since it was opened; Save writes it again.").arg(name);
        },
        true);
}

namespace {

/// "sessionState.timeout", with the location path when the edit is not at the application level.
QString editName(const AttributeEdit &e)
{
    const QString name = sectionElementName(e.kind) + u'.' + e.attribute;
    return e.scopePath.isEmpty()
               ? name
               : QCoreApplication::translate("sd::MainWindow", "%1 in <location path=\"%2\">")
                     .arg(name, e.scopePath);
}

} // namespace

bool MainWindow::reloadKeepingEdits()
{
    if (!hasDocument())
        return false;
    m_sessionPage->commitPending();
    m_machineKeyPage->commitPending();
    ConfigDocument base = m_doc;
    base.setText(m_doc.savedText());
    const QList<AttributeEdit> edits = attributeEdits(base, m_doc);
    ConfigDocument fresh;
    ConfigError e;
    if (!fresh.load(m_path, &e)) {
        showDiskBar(
            [why = e.toString()] {
                return tr("The file cannot be reloaded; your version is kept.\n%1").arg(why);
            },
            false);
        return false;
    }
    const QString scopePath = m_doc.scopes().value(m_scope).path;
    const QString theirs = fresh.text();
    const QList<AttributeEdit> dropped = reapplyEdits(&fresh, edits);
    const QString merged = fresh.text();
    fresh.setText(theirs);
    m_doc = std::move(fresh); // as read: not modified; the re-applied edits are one undo step
    m_scope = std::max(0, m_doc.scopeIndex(scopePath.isEmpty() ? QStringLiteral(".") : scopePath));
    m_undo->clear();
    watchFile();
    if (merged != theirs)
        m_undo->push(new TextEditCommand(this, theirs, merged, tr("Re-apply my edits")));
    else
        refreshAll();
    const QString name = QFileInfo(m_path).fileName();
    if (dropped.isEmpty()) {
        statusBar()->showMessage(
            tr("Reloaded %1; %n edit(s) of yours re-applied.", nullptr, int(edits.size())).arg(name), 8000);
        return true;
    }
    QStringList names;
    for (const AttributeEdit &d : dropped)
        names.append(editName(d));
    showDiskBar(
        [name, names] {
            return tr("Reloaded %1. These edits of yours no longer apply (the other program changed them "
                      "too, "
                      "or their level is gone), so its version is kept: %2")
                .arg(name, names.join(QStringLiteral(", ")));
        },
        false);
    return false;
}

bool MainWindow::save(bool preview)
{
    if (!hasDocument())
        return false;
    ConfigDocument::SaveMode mode = ConfigDocument::SaveMode::RefuseIfChanged;
    if (!confirmOverwriteIfChanged(&mode))
        return false;
    ConfigDocument onDisk;
    ConfigError e;
    const QString before = onDisk.load(m_path, &e) ? onDisk.text() : QString();
    if (preview) {
        QDialog dialog(this);
        dialog.setObjectName(QStringLiteral("diffDialog"));
        dialog.setWindowTitle(tr("Save %1").arg(QFileInfo(m_path).fileName()));
        auto *v = new QVBoxLayout(&dialog);
        const QList<DiffLine> diff = diffLines(before, m_doc.text());
        int errors = 0;
        for (const Finding &f : m_findings)
            errors += f.severity == Severity::Error;
        QString intro = diff.isEmpty() ? tr("No change to write.")
                                       : tr("These lines change; nothing else in the file is touched. The "
                                            "previous file is kept as %1.bak.")
                                             .arg(QFileInfo(m_path).fileName());
        if (errors > 0)
            intro += u' ' + tr("<b>%n error(s) remain</b>: ASP.NET may refuse this file.", nullptr, errors);
        auto *label = new QLabel(intro);
        label->setWordWrap(true);
        v->addWidget(label);
        auto *view = new QTextEdit;
        view->setObjectName(QStringLiteral("diffView"));
        view->setReadOnly(true);
        view->setLineWrapMode(QTextEdit::NoWrap);
        QString html = QStringLiteral("<pre style=\"font-family: monospace\">");
        html += diffHunksHtml(diff) + QStringLiteral("</pre>");
        view->setHtml(html);
        v->addWidget(view, 1);
        auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        v->addWidget(box);
        dialog.resize(860, 480);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    if (!m_doc.save(m_path, &e, mode)) {
        QMessageBox::critical(this, tr("Save"),
                              tr("The file was not saved; it is unchanged on disk.\n\n%1").arg(e.toString()));
        return false;
    }
    m_doc.markSaved();
    m_undo->setClean();
    watchFile(); // QSaveFile replaced the file by a rename: watch the new one
    statusBar()->showMessage(
        tr("Saved %1 (previous version in %2.bak)").arg(m_path, QFileInfo(m_path).fileName()), 6000);
    refreshTitle();
    return true;
}

MainWindow::~MainWindow()
{
    // QWidget's destructor hides the window, which moves focus out of a field and would commit
    // it into m_doc after m_doc is gone; the pages must forget the document first.
    m_sessionPage->detach();
    m_machineKeyPage->detach();
    m_undo->disconnect(this); // the stack's clean state changes while it is destroyed
}

bool MainWindow::maybeSave()
{
    // A value typed but not yet committed (focus still in its field) is an unsaved change too.
    if (hasDocument()) {
        m_sessionPage->commitPending();
        m_machineKeyPage->commitPending();
    }
    if (!hasDocument() || !m_doc.isModified())
        return true;
    const auto answer =
        QMessageBox::warning(this, tr("Unsaved changes"),
                             tr("%1 has unsaved changes. Save them?").arg(QFileInfo(m_path).fileName()),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save(true);
    return answer == QMessageBox::Discard;
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open configuration file"), QString(),
                                                      tr("Configuration files (*.config);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openSample()
{
    const QString path = sampleCopyPath();
    if (!QFile::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile::copy(QStringLiteral(":/samples/web.config"), path);
        QFile::setPermissions(path,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    openFile(path);
}

void MainWindow::newFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New web.config"), QStringLiteral("web.config"), tr("Configuration files (*.config)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <system.web>\n    "
                "<sessionState mode=\"InProc\" timeout=\"20\" />\n  </system.web>\n</configuration>\n") < 0) {
        QMessageBox::critical(this, tr("New web.config"), f.errorString());
        return;
    }
    f.close();
    openFile(path);
}

void MainWindow::loadDisclosedKeys()
{
    m_disclosed = DisclosedKeyList();
    m_disclosedError.clear();
    const QString path = readSetting(Setting::DisclosedKeysFile).toString();
    if (!path.isEmpty() && !m_disclosed.load(path, &m_disclosedError))
        m_disclosed = DisclosedKeyList();
    m_tokens->setDisclosedKeys(m_disclosed, m_disclosedError);
}

void MainWindow::choosePreferences()
{
    QDialog d(this);
    d.setObjectName(QStringLiteral("preferences"));
    d.setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(&d);
    auto *path = new QLineEdit(readSetting(Setting::DisclosedKeysFile).toString());
    path->setObjectName(QStringLiteral("disclosedKeysFile"));
    auto *browse = new QPushButton(tr("Browse..."));
    auto *row = new QHBoxLayout;
    row->addWidget(path, 1);
    row->addWidget(browse);
    connect(browse, &QPushButton::clicked, &d, [&] {
        const QString f = QFileDialog::getOpenFileName(&d, tr("Disclosed machine keys"), QString(),
                                                       tr("CSV or text (*.csv *.txt);;All files (*)"));
        if (!f.isEmpty())
            path->setText(f);
    });
    form->addRow(tr("Disclosed-key list:"), row);
    auto *hint =
        new QLabel(tr("Microsoft's list of publicly disclosed machine keys: MachineKeys.csv from the "
                      "microsoft/mstic repository (RapidReleaseTI). Keys on it are reported as errors."));
    hint->setWordWrap(true);
    form->addRow(hint);
    auto *problem = new QLabel; // why OK was refused, in the dialog (read by screen readers too)
    problem->setObjectName(QStringLiteral("preferencesError"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #b03030"));
    problem->hide();
    form->addRow(problem);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(box, &QDialogButtonBox::accepted, &d, [&] {
        // A path that does not load is refused here, with the reason, and the dialog stays open.
        const QString file = path->text().trimmed();
        QString why;
        DisclosedKeyList probe;
        if (!file.isEmpty() && !probe.load(file, &why)) {
            problem->setText(tr("This file cannot be used: %1").arg(why));
            problem->show();
            path->setFocus();
            return;
        }
        d.accept();
    });
    connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    form->addRow(box);
    d.resize(620, 160);
    if (d.exec() != QDialog::Accepted)
        return;
    writeSetting(Setting::DisclosedKeysFile, path->text().trimmed());
    loadDisclosedKeys();
    if (!m_disclosedError.isEmpty())
        QMessageBox::warning(this, tr("Disclosed-key list"), m_disclosedError);
    if (hasDocument())
        refreshFindings();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSetting(Setting::WindowGeometry, saveGeometry());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        openFile(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

// ---- the Doctor tab (issue 13 point 6) ----

void MainWindow::addDoctorActions(QMenu *file)
{
    file->addSeparator();
    auto *snapshot = file->addMenu(QString());
    snapshot->setObjectName(QStringLiteral("openSnapshotMenu"));
    auto *folder = snapshot->addAction(QString(), this, [this] { openServerSnapshotDialog(true); });
    folder->setObjectName(QStringLiteral("openSnapshotFolderAction"));
    auto *configFile = snapshot->addAction(QString(), this, [this] { openServerSnapshotDialog(false); });
    configFile->setObjectName(QStringLiteral("openSnapshotFileAction"));
    auto *farm = file->addAction(QString(), this, &MainWindow::compareFarmDialog);
    farm->setObjectName(QStringLiteral("compareFarmAction"));
    onLanguageChange(snapshot, [=] {
        snapshot->setTitle(tr("Open Server Sna&pshot"));
        folder->setText(tr("Snapshot &Folder..."));
        configFile->setText(tr("&applicationHost.config or web.config..."));
        farm->setText(tr("Compare &Farm..."));
    });
}

void MainWindow::openServerSnapshotDialog(bool folder)
{
    const QString path =
        folder ? QFileDialog::getExistingDirectory(this, tr("Open a Server Snapshot Folder"))
               : QFileDialog::getOpenFileName(this, tr("Open applicationHost.config or web.config"),
                                              QString(), tr("Configuration files (*.config);;All files (*)"));
    if (!path.isEmpty())
        openServerSnapshot(path);
}

void MainWindow::openServerSnapshot(const QString &path)
{
    m_workspace->setCurrentWidget(m_doctor);
    m_doctor->openSnapshot(path);
}

void MainWindow::compareFarmDialog()
{
    FarmDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        compareFarm(dialog.paths());
}

void MainWindow::compareFarm(const QStringList &paths)
{
    m_workspace->setCurrentWidget(m_doctor);
    m_doctor->compareFarm(paths);
}

void MainWindow::openWebConfigAt(const QString &file, int line, const QString &setting)
{
    if (QFileInfo(file).absoluteFilePath() != m_path && !openFile(file))
        return;
    showMonitor(false);
    int scope = 0; // the innermost <location> that holds the line, else the application level
    for (int s = 0; s < m_doc.scopes().size(); ++s)
        for (int loc : m_doc.scopes()[s].locations) {
            const XmlElement &e = m_doc.elements()[loc];
            if (e.line <= line && line <= m_doc.lineOf(e.end - 1))
                scope = s;
        }
    setCurrentScope(scope);
    m_pages->setCurrentIndex(setting.startsWith(u"machineKey.") ? 1 : 0);
    syncOutline();
    statusBar()->showMessage(tr("%1, line %2").arg(QDir::toNativeSeparators(file)).arg(line), 8000);
}

} // namespace sd
