// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/doctor/doctorview.h"

#include "widgets/common/retranslate.h"
#include "widgets/common/sortedtreeitem.h"
#include "widgets/doctor/configviewer.h"
#include "widgets/doctor/farmmatrixmodel.h"
#include "widgets/doctor/farmtokenmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd {

namespace {

enum Role
{
    FileRole = Qt::UserRole,
    LineRole,
    SettingRole,
    SortRole ///< a number to sort column 0 by (severity, then the doctor's order)
};

enum Page
{
    PlaceholderPage,
    SnapshotPage,
    FarmPage
};

using SortedItem = SortedTreeItem<SortRole>;

QTreeWidget *findingsTree(const char *name, int columns)
{
    auto *tree = new QTreeWidget;
    tree->setObjectName(QString::fromLatin1(name));
    tree->setRootIsDecorated(false);
    tree->setColumnCount(columns);
    tree->header()->setSectionResizeMode(columns - 1, QHeaderView::Stretch);
    tree->setSortingEnabled(true); // errors first by default
    tree->sortByColumn(0, Qt::AscendingOrder);
    return tree;
}

/// Severity text and icon, and the sort key that puts errors first (ties in the original order).
void setSeverity(QTreeWidgetItem *item, Severity severity, int index, const QStyle *style)
{
    switch (severity) {
    case Severity::Error:
        item->setText(0, QCoreApplication::translate("sd::DoctorView", "Error"));
        item->setIcon(0, style->standardIcon(QStyle::SP_MessageBoxCritical));
        break;
    case Severity::Warning:
        item->setText(0, QCoreApplication::translate("sd::DoctorView", "Warning"));
        item->setIcon(0, style->standardIcon(QStyle::SP_MessageBoxWarning));
        break;
    case Severity::Info:
        item->setText(0, QCoreApplication::translate("sd::DoctorView", "Info"));
        item->setIcon(0, style->standardIcon(QStyle::SP_MessageBoxInformation));
        break;
    }
    item->setData(0, SortRole, (qint64(2) - qint64(severity)) * 1000000 + index);
}

/// "file:line", or "default" for a value no file wrote; a file inside the snapshot folder `root` is named
/// relative to it ("C/inetpub/wwwroot/web.config:4"), as the server's drive reads.
QString source(const Provenance &from, const QString &root)
{
    if (from.isDefault || from.file.isEmpty()) {
        return DoctorView::tr("default");
    }
    QString file = from.file;
    if (!root.isEmpty() && QFileInfo(root).isDir()) {
        const QString relative = QDir(root).relativeFilePath(file);
        if (!relative.startsWith(QStringLiteral(".."))) {
            file = relative;
        }
    }
    return QStringLiteral("%1:%2").arg(QDir::toNativeSeparators(file)).arg(from.line);
}

std::shared_ptr<DoctorResult> loadSnapshot(const QString &path)
{
    auto r = std::make_shared<DoctorResult>();
    auto snapshot = std::make_shared<ServerSnapshot>();
    if (!snapshot->open(path, &r->error)) {
        return r;
    }
    r->names = DoctorView::serverNames({path});
    r->findings = diagnose(*snapshot);
    r->snapshots.append(snapshot);
    return r;
}

std::shared_ptr<DoctorResult> loadFarm(const QStringList &paths)
{
    auto r = std::make_shared<DoctorResult>();
    r->farm = true;
    r->names = DoctorView::serverNames(paths);
    QList<FarmServer> servers;
    for (int i = 0; i < paths.size(); ++i) {
        auto snapshot = std::make_shared<ServerSnapshot>();
        if (!snapshot->open(paths[i], &r->error)) {
            r->snapshots.clear();
            return r;
        }
        r->snapshots.append(snapshot);
        servers.append({r->names[i], snapshot.get()});
    }
    r->comparison = compareFarm(servers);
    r->tokens = farmTokenMatrix(servers);
    return r;
}

} // namespace

DoctorView::DoctorView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("doctorView"));
    auto *v = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("doctorStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("doctorBusy"));
    m_busy->setRange(0, 0); // busy indicator
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    top->addWidget(m_status, 1);
    top->addWidget(m_busy);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("doctorPages"));
    m_placeholder = new QLabel;
    m_placeholder->setObjectName(QStringLiteral("doctorPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(buildSnapshotPage());
    m_pages->addWidget(buildFarmPage());
    v->addLayout(top);
    v->addWidget(m_pages, 1);
    m_watcher = new QFutureWatcher<std::shared_ptr<DoctorResult>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &DoctorView::finished);
    m_editWatcher = new QFutureWatcher<std::shared_ptr<FarmEditJob>>(this);
    connect(m_editWatcher, &QFutureWatcherBase::finished, this, &DoctorView::editComputed);
    onLanguageChange(this, [this] {
        m_placeholder->setText(tr("Open a server snapshot (File › Open Server Snapshot) to see every site, "
                                  "application and effective session setting of one IIS server with where it "
                                  "comes from, or compare the servers of a web farm (File › Compare Farm)."));
        const QString source = tr("Source");
        m_outline->setHeaderLabels({tr("Name"), tr("Value"), source});
        const QString severity = tr("Severity");
        const QString code = tr("Code");
        const QString finding = tr("Finding");
        m_findings->setHeaderLabels({severity, code, tr("Site / application"), tr("Setting"), finding});
        m_gaps->setHeaderLabels({tr("File"), tr("Gap")});
        m_onlyDifferences->setText(tr("Only &differences"));
        m_farmFindings->setHeaderLabels(
            {severity, code, tr("Application"), tr("Setting"), tr("Servers"), finding});
        m_farmModel->retranslate();
        m_farmTabs->setTabText(0, tr("Settings"));
        m_farmTabs->setTabText(1, tr("Token check"));
        m_tokenApplicationLabel->setText(tr("&Application:"));
        m_tokenKindLabel->setText(tr("&Token:"));
        m_tokenKind->setItemText(0, tr("ViewState"));
        m_tokenKind->setItemText(1, tr("Forms ticket"));
        m_tokenNote->setText(
            tr("Rows: the server that makes the token (a ViewState of default.aspx, or a forms "
               "ticket) with its machine key; columns: the server that receives it. Select a "
               "cell for the error the user sees and why. Keys are never shown."));
        m_tokenDetails->setPlaceholderText(tr("Select a cell: what the user sees when the receiving server "
                                              "rejects the token, and why."));
        m_tokenModel->retranslate();
        showTokenSelection(); // the summary line
        updateMakeConsistent();
        if (isBusy()) {
            m_status->setText(tr("Loading %1...").arg(m_loading));
        } else {
            showResult(); // items and counts are built from tr() too
        }
    });
}

DoctorView::~DoctorView() = default;

QWidget *DoctorView::buildSnapshotPage()
{
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("doctorSnapshotPage"));
    m_outline = new QTreeWidget;
    m_outline->setObjectName(QStringLiteral("doctorOutline"));
    m_outline->setColumnCount(3);
    m_outline->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_outline->setUniformRowHeights(true);
    auto open = [this](QTreeWidgetItem *item) {
        if (item) {
            openLocation(item->data(0, FileRole).toString(), item->data(0, LineRole).toInt(),
                         item->data(0, SettingRole).toString());
        }
    };
    connect(m_outline, &QTreeWidget::itemActivated, this, open);
    connect(m_outline, &QTreeWidget::itemClicked, this, open);
    m_findings = findingsTree("doctorFindings", 5);
    connect(m_findings, &QTreeWidget::itemActivated, this, open);
    connect(m_findings, &QTreeWidget::itemClicked, this, open);
    m_gaps = new QTreeWidget;
    m_gaps->setObjectName(QStringLiteral("doctorGaps"));
    m_gaps->setRootIsDecorated(false);
    m_gaps->setColumnCount(2);
    m_gaps->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_lists = new QTabWidget;
    m_lists->setObjectName(QStringLiteral("doctorLists"));
    m_lists->addTab(m_findings, QString());
    m_lists->addTab(m_gaps, QString());
    split->addWidget(m_outline);
    split->addWidget(m_lists);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

QWidget *DoctorView::buildFarmPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("doctorFarmPage"));
    auto *v = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    m_onlyDifferences = new QCheckBox;
    m_onlyDifferences->setObjectName(QStringLiteral("onlyDifferences"));
    m_capNote = new QLabel;
    m_capNote->setObjectName(QStringLiteral("farmCapNote"));
    m_capNote->setWordWrap(true);
    m_capNote->hide();
    bar->addWidget(m_onlyDifferences);
    bar->addWidget(buildMakeConsistent());
    bar->addWidget(m_capNote, 1);
    m_farmModel = new FarmMatrixModel(this);
    m_farmFilter = new FarmDifferenceFilter(this);
    m_farmFilter->setSourceModel(m_farmModel);
    connect(m_onlyDifferences, &QCheckBox::toggled, m_farmFilter, &FarmDifferenceFilter::setOnlyDifferences);
    m_matrix = new QTableView;
    m_matrix->setObjectName(QStringLiteral("farmMatrix"));
    m_matrix->setModel(m_farmFilter);
    m_matrix->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrix->setWordWrap(false);
    m_matrix->verticalHeader()->hide();
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrix->verticalHeader()->setDefaultSectionSize(m_matrix->fontMetrics().height() + 8);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_matrix->horizontalHeader()->setStretchLastSection(true);
    connect(m_matrix, &QTableView::clicked, this, [this](const QModelIndex &i) {
        openLocation(i.data(FarmMatrixModel::FileRole).toString(), i.data(FarmMatrixModel::LineRole).toInt(),
                     i.data(FarmMatrixModel::SettingRole).toString());
    });
    connect(m_matrix->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DoctorView::updateMakeConsistent);
    m_matrix->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_matrix, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        updateMakeConsistent();
        m_makeMenu->popup(m_matrix->viewport()->mapToGlobal(pos));
    });
    m_farmFindings = findingsTree("farmFindings", 6);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_matrix);
    split->addWidget(m_farmFindings);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    v->addLayout(bar);
    v->addWidget(split, 1);
    m_farmTabs = new QTabWidget;
    m_farmTabs->setObjectName(QStringLiteral("farmTabs"));
    m_farmTabs->addTab(page, QString());
    m_farmTabs->addTab(buildTokenPage(), QString());
    return m_farmTabs;
}

QWidget *DoctorView::buildTokenPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("tokenCheckPage"));
    auto *v = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    m_tokenApplicationLabel = new QLabel;
    m_tokenApplication = new QComboBox;
    m_tokenApplication->setObjectName(QStringLiteral("tokenApplication"));
    m_tokenApplication->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tokenApplicationLabel->setBuddy(m_tokenApplication);
    m_tokenKindLabel = new QLabel;
    m_tokenKind = new QComboBox;
    m_tokenKind->setObjectName(QStringLiteral("tokenKind"));
    m_tokenKind->addItem(QString(), int(TokenKind::ViewState));
    m_tokenKind->addItem(QString(), int(TokenKind::FormsTicket));
    m_tokenKindLabel->setBuddy(m_tokenKind);
    m_tokenSummary = new QLabel;
    m_tokenSummary->setObjectName(QStringLiteral("tokenSummary"));
    m_tokenSummary->setWordWrap(true);
    bar->addWidget(m_tokenApplicationLabel);
    bar->addWidget(m_tokenApplication);
    bar->addSpacing(12);
    bar->addWidget(m_tokenKindLabel);
    bar->addWidget(m_tokenKind);
    bar->addSpacing(12);
    bar->addWidget(m_tokenSummary, 1);
    m_tokenModel = new FarmTokenModel(this);
    m_tokenView = new QTableView;
    m_tokenView->setObjectName(QStringLiteral("tokenMatrix"));
    m_tokenView->setModel(m_tokenModel);
    m_tokenView->setWordWrap(false);
    m_tokenView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tokenView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tokenNote = new QLabel;
    m_tokenNote->setObjectName(QStringLiteral("tokenNote"));
    m_tokenNote->setWordWrap(true);
    m_tokenDetails = new QPlainTextEdit;
    m_tokenDetails->setObjectName(QStringLiteral("tokenDetails"));
    m_tokenDetails->setReadOnly(true);
    connect(m_tokenApplication, &QComboBox::currentIndexChanged, this, &DoctorView::showTokenSelection);
    connect(m_tokenKind, &QComboBox::currentIndexChanged, this, &DoctorView::showTokenSelection);
    connect(m_tokenView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DoctorView::showTokenDetails);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_tokenView);
    split->addWidget(m_tokenDetails);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    v->addLayout(bar);
    v->addWidget(split, 1);
    v->addWidget(m_tokenNote);
    return page;
}

void DoctorView::fillTokens()
{
    m_tokenModel->setMatrices(m_result->tokens);
    const QSignalBlocker block(m_tokenApplication);
    const QString shown = m_tokenApplication->currentText();
    m_tokenApplication->clear();
    m_tokenApplication->addItems(m_tokenModel->applications());
    m_tokenApplication->setCurrentIndex(std::max(0, int(m_tokenModel->applications().indexOf(shown))));
    showTokenSelection();
}

void DoctorView::showTokenSelection()
{
    const QModelIndex cell = m_tokenView->currentIndex(); // kept across the kinds and applications
    m_tokenModel->setSelection(m_tokenApplication->currentText(),
                               TokenKind(m_tokenKind->currentData().toInt()));
    if (cell.isValid() && !m_tokenView->currentIndex().isValid()) {
        m_tokenView->setCurrentIndex(m_tokenModel->index(cell.row(), cell.column()));
    }
    const FarmTokenMatrix *m = m_tokenModel->current();
    if (!m) {
        m_tokenSummary->setText(
            m_tokenModel->applications().isEmpty() ? tr("No ASP.NET application to check.") : QString());
        showTokenDetails();
        return;
    }
    const int cells = int(m->servers.size() * m->servers.size());
    const int rejected = m->count(FarmTokenOutcome::Rejected);
    const int other = m->count(FarmTokenOutcome::NoApplication) + m->count(FarmTokenOutcome::NotChecked);
    QString summary = m->allAccepted()
                          ? tr("Every server accepts the others' tokens.")
                          : tr("%1 of %2 server pairs reject the token.").arg(rejected).arg(cells);
    if (other > 0) {
        summary += u' ' + tr("%1 not checked or without the application.").arg(other);
    }
    m_tokenSummary->setText(summary);
    m_tokenView->resizeColumnsToContents();
    showTokenDetails();
}

void DoctorView::showTokenDetails()
{
    const QModelIndex current = m_tokenView->currentIndex();
    m_tokenDetails->setPlainText(current.isValid() ? current.data(Qt::ToolTipRole).toString() : QString());
}

QStringList DoctorView::serverNames(const QStringList &paths)
{
    auto base = [](const QString &p) { return QFileInfo(p).fileName(); };
    auto withParent = [](const QString &p) {
        const QFileInfo fi(p);
        return fi.dir().dirName() + u'/' + fi.fileName();
    };
    QStringList names;
    for (const QString &p : paths) {
        const QString b = base(p);
        int alike = 0;
        for (const QString &q : paths) {
            alike += base(q).compare(b, Qt::CaseInsensitive) == 0;
        }
        names.append(alike > 1 ? withParent(p) : b);
    }
    for (int i = 0; i < names.size(); ++i) {
        int n = 1;
        for (int j = 0; j < i; ++j) {
            n += names[j].startsWith(names[i], Qt::CaseInsensitive) &&
                 (names[j].size() == names[i].size() || names[j].mid(names[i].size()).startsWith(u" ("));
        }
        if (n > 1) {
            names[i] += QStringLiteral(" (%1)").arg(n);
        }
    }
    return names;
}

void DoctorView::openSnapshot(const QString &path)
{
    start([path] { return loadSnapshot(path); }, QDir::toNativeSeparators(path));
}

void DoctorView::compareFarm(const QStringList &paths)
{
    if (paths.size() > FarmMatrixModel::maxServers()) {
        m_status->setText(tr("%1 servers chosen: SessionDesk compares at most %2; nothing was compared.")
                              .arg(paths.size())
                              .arg(FarmMatrixModel::maxServers()));
        return;
    }
    m_farmPaths = paths;
    start([paths] { return loadFarm(paths); }, tr("a farm of %1 servers").arg(paths.size()));
}

bool DoctorView::isBusy() const
{
    return m_watcher->isRunning();
}

void DoctorView::start(std::function<std::shared_ptr<DoctorResult>()> work, const QString &what)
{
    m_loading = what;
    m_status->setText(tr("Loading %1...").arg(what));
    m_busy->show();
    // A load still running is not waited for: its result is dropped when this one replaces its future.
    m_watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void DoctorView::finished()
{
    m_busy->hide();
    const auto future = m_watcher->future();
    if (future.resultCount() > 0) {
        m_result = future.result();
    }
    if (m_result && m_result->farm && m_result->error.isEmpty()) {
        m_farmModel->setComparison(m_result->comparison); // once per load: a language change keeps the view
        fillTokens();
    }
    showResult();
    updateMakeConsistent();
    emit loaded();
}

void DoctorView::showResult()
{
    if (!m_result) {
        m_status->clear();
        m_pages->setCurrentIndex(PlaceholderPage);
        return;
    }
    if (!m_result->error.isEmpty()) {
        m_status->setText(tr("Cannot open the snapshot: %1").arg(m_result->error));
        m_pages->setCurrentIndex(PlaceholderPage);
        return;
    }
    if (m_result->farm) {
        fillFarm();
        m_pages->setCurrentIndex(FarmPage);
        return;
    }
    const ServerSnapshot &s = *m_result->snapshots.first();
    fillOutline(s, m_result->names.value(0));
    fillFindings(m_result->findings);
    fillGaps(s);
    m_status->setText(tr("%1: %2 application(s), %3 finding(s), %4 gap(s)")
                          .arg(QDir::toNativeSeparators(s.path()))
                          .arg(s.applications().size())
                          .arg(m_result->findings.size())
                          .arg(s.gaps().size()));
    m_pages->setCurrentIndex(SnapshotPage);
}

void DoctorView::fillOutline(const ServerSnapshot &snapshot, const QString &name)
{
    m_outline->clear();
    auto *server = new QTreeWidgetItem(m_outline, {name});
    server->setToolTip(0, QDir::toNativeSeparators(snapshot.path()));
    server->setIcon(0, style()->standardIcon(QStyle::SP_ComputerIcon));
    QHash<int, QTreeWidgetItem *> sites;
    const IisConfig *iis = snapshot.iis();
    if (iis) {
        for (int i = 0; i < iis->sites().size(); ++i) {
            const Site &site = iis->sites()[i];
            QStringList bindings;
            for (const SiteBinding &b : site.bindings) {
                bindings.append(b.protocol + u' ' + b.bindingInformation);
            }
            auto *item = new QTreeWidgetItem(
                server, {tr("Site %1 (id %2)").arg(site.name, site.id.isEmpty() ? tr("none") : site.id),
                         bindings.join(QStringLiteral(", "))});
            item->setIcon(0, style()->standardIcon(QStyle::SP_DriveNetIcon));
            item->setToolTip(1, bindings.join(u'\n'));
            item->setData(0, FileRole, iis->fileName());
            item->setData(0, LineRole, site.line);
            sites.insert(i, item);
        }
    }
    for (const SnapshotApplication &app : snapshot.applications()) {
        addApplication(sites.value(app.site, server), app, snapshot.path());
    }
    m_outline->expandToDepth(1);
    for (int c = 0; c < 3; ++c) {
        m_outline->resizeColumnToContents(c);
    }
    // The setting names of collapsed applications count too: room for the longest, within reason.
    m_outline->setColumnWidth(0, std::max(m_outline->columnWidth(0), 320));
}

QTreeWidgetItem *DoctorView::addApplication(QTreeWidgetItem *parent, const SnapshotApplication &app,
                                            const QString &root)
{
    const QString pool = settingValue(app.settings, QStringLiteral("pool.name"));
    auto *item = new QTreeWidgetItem(
        parent, {tr("Application %1").arg(app.path), pool.isEmpty() ? QString() : tr("pool %1").arg(pool)});
    item->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
    const QString unknown = tr("unknown");
    item->setToolTip(0, tr("Physical path: %1\nAppDomainAppId: %2\nState server key prefix: %3")
                            .arg(app.physicalPath.isEmpty() ? unknown : app.physicalPath,
                                 app.appDomainAppId.isEmpty() ? unknown : app.appDomainAppId,
                                 app.stateServerKeyPrefix.isEmpty() ? unknown : app.stateServerKeyPrefix));
    for (const SettingValue &s : app.settings) {
        auto *setting = new QTreeWidgetItem(item, {s.name, s.value, source(s.from, root)});
        setting->setToolTip(0, s.name);
        setting->setToolTip(1, s.value);
        setting->setToolTip(2, s.from.isDefault
                                   ? tr("No file sets it: the default applies.")
                                   : s.from.file + u'\n' + tr("Click to open the file at this line."));
        setting->setData(0, FileRole, s.from.isDefault ? QString() : s.from.file);
        setting->setData(0, LineRole, s.from.line);
        setting->setData(0, SettingRole, s.name);
    }
    return item;
}

void DoctorView::fillFindings(const QList<DoctorFinding> &findings)
{
    m_findings->setSortingEnabled(false); // re-sorted once, by the column the user chose, below
    m_findings->clear();
    for (int i = 0; i < findings.size(); ++i) {
        const DoctorFinding &f = findings[i];
        const QString where = f.site.isEmpty()          ? tr("server")
                              : f.application.isEmpty() ? f.site
                                                        : f.site + f.application;
        auto *item = new SortedItem(m_findings, {QString(), f.code, where, f.setting, f.message});
        setSeverity(item, f.severity, i, style());
        for (int c = 0; c < 4; ++c) {
            item->setToolTip(c, tr("Fix: %1").arg(f.fix));
        }
        item->setToolTip(4, tr("%1\nFix: %2").arg(f.message, f.fix));
        item->setData(0, FileRole, f.file);
        item->setData(0, LineRole, f.line);
        item->setData(0, SettingRole, f.setting);
    }
    m_findings->setSortingEnabled(true);
    for (int c = 0; c < 4; ++c) {
        m_findings->resizeColumnToContents(c);
    }
    m_lists->setTabText(0, tr("Findings (%1)").arg(findings.size()));
}

void DoctorView::fillGaps(const ServerSnapshot &snapshot)
{
    m_gaps->clear();
    for (const SnapshotGap &g : snapshot.gaps()) {
        auto *item = new QTreeWidgetItem(m_gaps, {QDir::toNativeSeparators(g.file), g.message});
        item->setToolTip(1, g.message);
    }
    m_gaps->resizeColumnToContents(0);
    m_lists->setTabText(1, tr("Gaps (%1)").arg(snapshot.gaps().size()));
}

void DoctorView::fillFarm()
{
    const FarmComparison &cmp = m_result->comparison;
    QStringList notes;
    if (m_farmModel->refusedServers() > 0) {
        notes << tr("%1 server(s) over the limit of %2 are not shown.")
                     .arg(m_farmModel->refusedServers())
                     .arg(FarmMatrixModel::maxServers());
    }
    if (m_farmModel->refusedRows() > 0) {
        notes << tr("Only the first %1 of %2 rows are shown.")
                     .arg(FarmMatrixModel::maxRows())
                     .arg(cmp.rows.size());
    }
    m_capNote->setText(notes.join(u' '));
    m_capNote->setVisible(!notes.isEmpty());
    int differing = 0;
    for (const FarmRow &r : cmp.rows) {
        differing += r.differs;
    }
    m_status->setText(tr("Farm of %1 servers: %2 row(s), %3 differ; %4 finding(s)")
                          .arg(cmp.servers.size())
                          .arg(cmp.rows.size())
                          .arg(differing)
                          .arg(cmp.findings.size()));
    fillFarmFindings(cmp.findings);
    m_matrix->resizeColumnsToContents();
    const int widest = m_matrix->fontMetrics().averageCharWidth() * 36; // long connection strings: tool tip
    for (int c = FarmMatrixModel::kFirstServerColumn; c < m_farmModel->columnCount(); ++c) {
        m_matrix->setColumnWidth(c, std::min(m_matrix->columnWidth(c), widest));
    }
}

void DoctorView::fillFarmFindings(const QList<FarmFinding> &findings)
{
    m_farmFindings->setSortingEnabled(false);
    m_farmFindings->clear();
    for (int i = 0; i < findings.size(); ++i) {
        const FarmFinding &f = findings[i];
        auto *item = new SortedItem(m_farmFindings, {QString(), f.code, f.application, f.setting,
                                                     f.servers.join(QStringLiteral(", ")), f.message});
        setSeverity(item, f.severity, i, style());
        for (int c = 0; c < 5; ++c) {
            item->setToolTip(c, tr("Fix: %1").arg(f.fix));
        }
        item->setToolTip(5, tr("%1\nFix: %2").arg(f.message, f.fix));
    }
    m_farmFindings->setSortingEnabled(true);
    for (int c = 0; c < 5; ++c) {
        m_farmFindings->resizeColumnToContents(c);
    }
}

void DoctorView::openLocation(const QString &file, int line, const QString &setting)
{
    if (file.isEmpty()) {
        return;
    }
    if (QFileInfo(file).fileName().compare(u"web.config", Qt::CaseInsensitive) == 0) {
        emit webConfigRequested(file, line, setting);
        return;
    }
    auto *viewer = new ConfigViewer(this);
    viewer->showFile(file, line);
    viewer->show();
}

} // namespace sd
