// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/monitor/sessionbrowser.h"
#include "aspnet/sessiondata.h"
#include "widgets/common/retranslate.h"
#include "widgets/common/wheelguard.h"
#include "widgets/monitor/elidedlabel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QEventLoop>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd {

namespace {

/// `text` on one line for a table cell: line breaks and tabs shown as ⏎ and →, so a multi-line string does
/// not make its row tens of lines tall (the value viewer shows it as written).
QString oneLine(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\u23CE"));
    text.replace(u'\n', QChar(0x23CE)).replace(u'\r', QChar(0x23CE)).replace(u'\t', QChar(0x2192));
    return text;
}

/// What the server sorts by for a column, std::nullopt for a column it cannot sort.
std::optional<admin::SessionSort> sortOf(int column)
{
    switch (column) {
    case SessionListModel::LastAccessColumn:
        return admin::SessionSort::LastAccess;
    case SessionListModel::ExpiresColumn:
    case SessionListModel::RemainingColumn:
        return admin::SessionSort::Expires;
    case SessionListModel::SizeColumn:
        return admin::SessionSort::Size;
    default:
        return std::nullopt;
    }
}

/// `bytes` as a hex dump: offset, 16 bytes in hex, the printable ASCII ones (xxd's layout).
QString hexDump(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size() * 5);
    for (qsizetype off = 0; off < bytes.size(); off += 16) {
        const QByteArray line = bytes.mid(off, 16);
        out += QStringLiteral("%1  %2  ")
                   .arg(off, 8, 16, QLatin1Char('0'))
                   .arg(QString::fromLatin1(line.toHex(' ')), -47);
        for (const char c : line) {
            out += c >= 0x20 && c < 0x7f ? QLatin1Char(c) : QLatin1Char('.');
        }
        out += u'\n';
    }
    return out;
}

/// What the value viewer shows for one item of GET /v1/sessions/{app}/{id}.
struct ValueView
{
    QString header; ///< type and size; for BinaryFormatter data its class and assembly
    QString text;   ///< the whole value as text (a string without its quotes)
    QString hex;    ///< hex dump of the payload (after the type id byte)
    bool binary = false;
};

/// Reads an item's JSON (admin-api.md: type, bytes, value, preview, class, assembly, raw) into a ValueView;
/// strings come from the raw bytes when the server sent them whole, BinaryFormatter data is never
/// deserialised.
ValueView describeItem(const QJsonObject &it)
{
    ValueView v;
    const QByteArray raw =
        QByteArray::fromBase64(it.value(admin::key(admin::field::kRaw)).toString().toLatin1());
    const qint64 bytes = it.value(admin::key(admin::field::kBytes)).toInteger();
    const QString type = it.value(admin::key(admin::field::kType)).toString();
    const QString cls = it.value(admin::key(admin::field::kClass)).toString();
    const QString assembly = it.value(admin::key(admin::field::kAssembly)).toString();
    v.binary = it.contains(admin::key(admin::field::kPreview));
    v.text = it.value(admin::key(admin::field::kValue)).toString();
    if (v.binary && !cls.isEmpty()) {
        v.header =
            QCoreApplication::translate(
                "sd::SessionBrowser",
                "BinaryFormatter data of class <b>%1</b>%2, %3 bytes: shown as hex, never deserialised")
                .arg(cls.toHtmlEscaped(),
                     assembly.isEmpty() ? QString()
                                        : QCoreApplication::translate("sd::SessionBrowser", " (assembly %1)")
                                              .arg(assembly.toHtmlEscaped()))
                .arg(bytes);
    } else if (v.binary) {
        v.header = QCoreApplication::translate(
                       "sd::SessionBrowser", "%1 data without a readable class name, %2 bytes: shown as hex")
                       .arg(type.toHtmlEscaped())
                       .arg(bytes);
    } else {
        v.header = QCoreApplication::translate("sd::SessionBrowser", "%1, %2 bytes")
                       .arg(type.toHtmlEscaped())
                       .arg(bytes);
        const auto decoded = raw.size() == bytes ? decodeAltValue(raw) : std::nullopt;
        if (decoded && decoded->typeId == quint8(AltType::String)) {
            v.text = decoded->value.toString();
        } else if (type == QLatin1String("System.String") && v.text.size() >= 2 && v.text.startsWith(u'"') &&
                   v.text.endsWith(u'"')) {
            v.text = v.text.mid(1, v.text.size() - 2);
        }
    }
    if (!raw.isEmpty()) {
        v.hex = hexDump(raw.mid(1));
        if (raw.size() < bytes) {
            v.hex += QCoreApplication::translate(
                         "sd::SessionBrowser", "... %1 more bytes not shown (the server sends the first %2).")
                         .arg(bytes - raw.size())
                         .arg(raw.size());
        }
    } else {
        v.hex = it.value(admin::key(admin::field::kPreview)).toString(); // an older server: 64 bytes
    }
    return v;
}

/// The first (at most ten) of `rows` as an HTML table, one line per session with its application, and
/// "... and N more" when `total` is larger.
QString sessionListHtml(const QList<admin::SessionRow> &rows, qint64 total)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr><th align=\"left\">%1</th>"
                                  "<th align=\"left\">%2</th></tr>")
                       .arg(QCoreApplication::translate("sd::SessionBrowser", "Session ID"),
                            QCoreApplication::translate("sd::SessionBrowser", "Application"));
    for (qsizetype r = 0; r < std::min<qsizetype>(rows.size(), 10); ++r) {
        html += QStringLiteral("<tr><td style=\"white-space:nowrap\"><tt>%1</tt></td>"
                               "<td style=\"white-space:nowrap\">%2</td></tr>")
                    .arg(rows[r].id.toHtmlEscaped(), rows[r].app.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    const qint64 shown = std::min<qsizetype>(rows.size(), 10);
    if (total > shown) {
        html += QStringLiteral("<p>") +
                QCoreApplication::translate("sd::SessionBrowser", "... and %1 more")
                    .arg(QLocale().toString(total - shown)) +
                QStringLiteral("</p>");
    }
    return html;
}

} // namespace

SessionBrowser::SessionBrowser(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sessionBrowser"));
    m_model = new SessionListModel(this);
    QLayout *filters = buildFilters();
    buildTable();
    connectModel();
    QLayout *statusRow = buildStatusRow();
    QWidget *detail = buildDetail();

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("browserSplit"));
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(statusRow);
    onLanguageChange(this, [this] {
        emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
        fitColumns();
        showDetail();
        showValue(m_items->currentItem());
        updateStatus();
        updateActions();
    });
}

QLayout *SessionBrowser::buildFilters()
{
    auto *filters = new QHBoxLayout;
    auto *appLabel = new QLabel;
    filters->addWidget(appLabel);
    m_app = new QComboBox;
    m_app->setObjectName(QStringLiteral("appFilter"));
    guardWheel(m_app);
    m_app->setEditable(true);
    m_app->setInsertPolicy(QComboBox::NoInsert);
    m_app->setMinimumContentsLength(16);
    m_app->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    filters->addWidget(m_app, 2);
    auto *prefixLabel = new QLabel;
    filters->addWidget(prefixLabel);
    m_prefix = new QLineEdit;
    m_prefix->setObjectName(QStringLiteral("prefixFilter"));
    m_prefix->setClearButtonEnabled(true);
    filters->addWidget(m_prefix, 1);
    auto *apply = new QPushButton;
    apply->setObjectName(QStringLiteral("applyFilter"));
    filters->addWidget(apply);
    onLanguageChange(this, [this, appLabel, prefixLabel, apply] {
        appLabel->setText(tr("Application:"));
        m_app->lineEdit()->setPlaceholderText(tr("all applications"));
        prefixLabel->setText(tr("Session ID starts with:"));
        apply->setText(tr("Filter"));
    });
    connect(apply, &QPushButton::clicked, this, &SessionBrowser::applyFilter);
    connect(m_prefix, &QLineEdit::returnPressed, this, &SessionBrowser::applyFilter);
    connect(m_app->lineEdit(), &QLineEdit::returnPressed, this, &SessionBrowser::applyFilter);
    connect(m_app, &QComboBox::activated, this, &SessionBrowser::applyFilter);

    return filters;
}

void SessionBrowser::buildTable()
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("sessionTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(SessionListModel::LastAccessColumn, Qt::DescendingOrder);
    // The application column takes what the others leave, so every column (Lock last) shows in a
    // 1024-pixel window (issue 12 point 14); the others fit their values (fitColumns()).
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(SessionListModel::AppColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(m_table->fontMetrics().averageCharWidth() * 4);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &SessionBrowser::sortBy);
    buildContextMenu();
}

void SessionBrowser::fitColumns()
{
    // Each column as wide as its widest usual value and its title, so that nothing is cut; the application
    // column takes the rest (its tool tip shows a long path whole). Session ids are 24 characters of a-z and
    // 0-5 (SessionIDManager).
    const QFontMetrics values = m_table->fontMetrics();
    const QFontMetrics titles = m_table->horizontalHeader()->fontMetrics();
    const int pad = 2 * m_table->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_table) + 6;
    const int arrow = m_table->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, m_table);
    const std::pair<int, QString> samples[] = {
        {SessionListModel::IdColumn, QStringLiteral("kd3mx0qpvw1yh4ab2oz5rnct")},
        {SessionListModel::LastAccessColumn, QStringLiteral("2025-12-31 23:59:59")},
        {SessionListModel::ExpiresColumn, QStringLiteral("2025-12-31 23:59:59")},
        {SessionListModel::RemainingColumn, SessionListModel::remainingText(59 * 60000 + 59000)},
        {SessionListModel::TimeoutColumn, SessionListModel::tr("%1 min").arg(1440)},
        {SessionListModel::SizeColumn, QLocale().toString(1048576)},
        {SessionListModel::ItemsColumn, QStringLiteral("9999")},
        {SessionListModel::LockedColumn, SessionListModel::tr("locked %1 s").arg(999)},
    };
    for (const auto &[column, sample] : samples) {
        const int title = titles.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) +
                          (sortOf(column) ? arrow : 0);
        m_table->setColumnWidth(column, std::max(values.horizontalAdvance(sample), title) + pad);
    }
}

void SessionBrowser::buildContextMenu()
{
    const auto add = [this](const char *name, void (SessionBrowser::*slot)()) {
        auto *a = new QAction(m_table);
        a->setObjectName(QLatin1String(name));
        connect(a, &QAction::triggered, this, slot);
        m_table->addAction(a);
        return a;
    };
    m_abandonAction = add("abandonAction", &SessionBrowser::abandonSelected);
    m_abandonAction->setShortcut(QKeySequence::Delete);
    m_abandonAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_touchAction = add("touchAction", &SessionBrowser::touchSelected);
    m_copyAction = add("copyIdAction", &SessionBrowser::copySelectedIds);
    auto *separator = new QAction(m_table);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_bulkAction = new QAction(m_table);
    m_bulkAction->setObjectName(QStringLiteral("bulkAbandonAction"));
    connect(m_bulkAction, &QAction::triggered, this, [this] { abandonMatching(true); });
    m_table->addAction(m_bulkAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    onLanguageChange(this, [this] {
        m_abandonAction->setText(tr("Abandon..."));
        m_touchAction->setText(tr("Reset timeout"));
        m_copyAction->setText(tr("Copy ID"));
        m_bulkAction->setText(tr("Abandon all matching..."));
    });
}

void SessionBrowser::connectModel()
{
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) {
                if (i.isValid()) {
                    m_selectedApp = m_model->row(i.row()).app;
                    m_selectedId = m_model->row(i.row()).id;
                }
                showDetail();
                updateActions();
                updateStatus();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateStatus();
    });
    // Keep the selected session selected across an auto-refresh, or let the detail pane go with it.
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionBrowser::restoreSelection);
    connect(m_model, &SessionListModel::statusChanged, this, &SessionBrowser::updateStatus);
    connect(m_model, &SessionListModel::pageLoaded, this, [this](int rows) {
        // A store that cannot sort (Redis: SCAN order) shows no sort arrow rather than a false one.
        m_table->horizontalHeader()->setSortIndicatorShown(m_model->isSorted());
        // Offer the applications of the page that arrived as filter choices (at most 100).
        const QString text = m_app->currentText();
        const QSignalBlocker block(m_app);
        if (m_app->count() == 0) {
            m_app->addItem(QString());
        }
        for (int r = std::max(0, m_model->rowCount() - rows);
             r < m_model->rowCount() && m_app->count() <= 100; ++r) {
            if (m_app->findText(m_model->row(r).app, Qt::MatchExactly) < 0) {
                m_app->addItem(m_model->row(r).app);
            }
        }
        m_app->setEditText(text);
        restoreSelection();
    });
}

void SessionBrowser::restoreSelection()
{
    if (!m_selectedId.isEmpty() && !selectedRow()) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->row(r).app == m_selectedApp && m_model->row(r).id == m_selectedId) {
                m_table->selectionModel()->setCurrentIndex(
                    m_model->index(r, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return;
            }
        }
        if (m_model->totalCount() >= 0 && !m_model->isLoading()) {
            clearDetail(); // a page arrived without it: abandoned, expired or no longer matching
        }
    }
    updateActions();
}

void SessionBrowser::clearDetail()
{
    m_selectedApp.clear();
    m_selectedId.clear();
    m_table->selectionModel()->clear();
    showDetail();
    updateActions();
    updateStatus();
}

QLayout *SessionBrowser::buildStatusRow()
{
    auto *rows = new QVBoxLayout;
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("actionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    rows->addWidget(m_message);
    auto *statusRow = new QHBoxLayout;
    rows->addLayout(statusRow);
    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("loadingIndicator"));
    m_busy->setRange(0, 0); // busy
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(100);
    m_busy->setMaximumHeight(m_busy->fontMetrics().height());
    m_busy->hide();
    statusRow->addWidget(m_busy);
    m_status = new ElidedLabel; // a long status is cut, never pushes the buttons out (issue 12 point 14)
    m_status->setObjectName(QStringLiteral("loadStatus"));
    statusRow->addWidget(m_status, 1);
    m_loadMore = new QPushButton;
    m_loadMore->setObjectName(QStringLiteral("loadMore"));
    connect(m_loadMore, &QPushButton::clicked, m_model, &SessionListModel::loadMore);
    m_refresh = new QPushButton;
    m_refresh->setObjectName(QStringLiteral("refreshSessions"));
    connect(m_refresh, &QPushButton::clicked, m_model, &SessionListModel::reload);
    m_autoRefresh = new QCheckBox;
    m_autoRefresh->setObjectName(QStringLiteral("autoRefresh"));
    m_autoRefresh->setChecked(true);
    onLanguageChange(this, [this] {
        m_loadMore->setText(tr("Load more"));
        m_refresh->setText(tr("Refresh"));
        m_autoRefresh->setText(tr("Auto-refresh"));
        m_autoRefresh->setToolTip(
            tr("Reloads the first page every 5 seconds; pauses while more than one page is "
               "loaded or a session is selected, so the list does not move while you read it."));
    });
    statusRow->addWidget(m_autoRefresh);
    statusRow->addWidget(m_refresh);
    statusRow->addWidget(m_loadMore);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(5000);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        // Not while a session is open: the live order would move it out of the first page under the reader.
        if (m_autoRefresh->isChecked() && isVisible() && !selectedRow()) {
            m_model->refresh();
        }
        updateStatus();
    });
    connect(m_autoRefresh, &QCheckBox::toggled, this, &SessionBrowser::updateStatus);
    m_refreshTimer->start();
    return rows;
}

QWidget *SessionBrowser::buildDetail()
{
    auto *detail = new QWidget;
    auto *dl = new QVBoxLayout(detail);
    dl->setContentsMargins(0, 0, 0, 0);
    m_detailHeader = new QLabel;
    m_detailHeader->setObjectName(QStringLiteral("detailHeader"));
    m_detailHeader->setWordWrap(true);
    m_detailHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dl->addWidget(m_detailHeader);
    m_items = new QTreeWidget;
    m_items->setObjectName(QStringLiteral("itemsTree"));
    m_items->setRootIsDecorated(false);
    m_items->setColumnCount(4);
    m_items->setColumnWidth(0, 120);
    m_items->setColumnWidth(1, 120);
    m_items->setColumnWidth(2, 180);
    connect(m_items, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { showValue(item); });
    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("detailSplit"));
    split->addWidget(m_items);
    split->addWidget(buildValueViewer());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    dl->addWidget(split, 1);
    auto *actions = new QHBoxLayout;
    m_abandon = new QPushButton;
    m_abandon->setObjectName(QStringLiteral("abandonButton"));
    m_touch = new QPushButton;
    m_touch->setObjectName(QStringLiteral("touchButton"));
    m_copy = new QPushButton;
    m_copy->setObjectName(QStringLiteral("copyIdButton"));
    m_bulk = new QPushButton;
    m_bulk->setObjectName(QStringLiteral("bulkAbandonButton"));
    onLanguageChange(this, [this] {
        m_items->setHeaderLabels({tr("Key"), tr("Type"), tr("Value"), tr("Bytes")});
        m_abandon->setText(tr("Abandon..."));
        m_touch->setText(tr("Reset timeout"));
        m_copy->setText(tr("Copy ID"));
        m_bulk->setText(tr("Abandon all matching..."));
    });
    for (QPushButton *b : {m_abandon, m_touch, m_copy}) {
        actions->addWidget(b);
    }
    actions->addStretch(1);
    actions->addWidget(m_bulk);
    dl->addLayout(actions);
    connect(m_abandon, &QPushButton::clicked, this, &SessionBrowser::abandonSelected);
    connect(m_touch, &QPushButton::clicked, this, &SessionBrowser::touchSelected);
    connect(m_copy, &QPushButton::clicked, this, &SessionBrowser::copySelectedIds);
    connect(m_bulk, &QPushButton::clicked, this, [this] { abandonMatching(true); });
    return detail;
}

QWidget *SessionBrowser::buildValueViewer()
{
    auto *viewer = new QWidget;
    auto *vl = new QVBoxLayout(viewer);
    vl->setContentsMargins(0, 0, 0, 0);
    m_valueHeader = new QLabel;
    m_valueHeader->setObjectName(QStringLiteral("valueHeader"));
    m_valueHeader->setWordWrap(true);
    m_valueHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    vl->addWidget(m_valueHeader);
    m_valueTabs = new QTabWidget;
    m_valueTabs->setObjectName(QStringLiteral("valueTabs"));
    m_valueText = new QPlainTextEdit;
    m_valueText->setObjectName(QStringLiteral("valueText"));
    m_valueHex = new QPlainTextEdit;
    m_valueHex->setObjectName(QStringLiteral("valueHex"));
    m_valueHex->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_valueHex->setLineWrapMode(QPlainTextEdit::NoWrap);
    for (QPlainTextEdit *e : {m_valueText, m_valueHex}) {
        e->setReadOnly(true);
    }
    m_valueTabs->addTab(m_valueText, QString());
    m_valueTabs->addTab(m_valueHex, QString());
    vl->addWidget(m_valueTabs, 1);
    m_copyValue = new QPushButton;
    m_copyValue->setObjectName(QStringLiteral("copyValueButton"));
    onLanguageChange(this, [this] {
        m_valueTabs->setTabText(0, tr("Text"));
        m_valueTabs->setTabText(1, tr("Hex"));
        m_copyValue->setText(tr("Copy value"));
        m_copyValue->setToolTip(tr("Copies what the open tab shows: the text or the hex dump."));
    });
    connect(m_copyValue, &QPushButton::clicked, this, [this] {
        const bool hex = m_valueTabs->currentWidget() == m_valueHex;
        QApplication::clipboard()->setText(hex ? m_valueHex->toPlainText() : m_valueText->toPlainText());
        const QTreeWidgetItem *item = m_items->currentItem();
        showMessage((hex ? tr("Copied the hex dump of item %1.") : tr("Copied the value of item %1."))
                        .arg(item ? item->text(0) : QString()));
    });
    vl->addWidget(m_copyValue, 0, Qt::AlignLeft);
    showValue(nullptr);
    return viewer;
}

void SessionBrowser::showValue(const QTreeWidgetItem *item)
{
    m_copyValue->setEnabled(item != nullptr);
    if (!item) {
        m_valueHeader->setText(tr("Select an item to see its whole value."));
        m_valueText->clear();
        m_valueHex->clear();
        return;
    }
    const ValueView v = describeItem(item->data(0, Qt::UserRole).toJsonObject());
    m_valueHeader->setText(QStringLiteral("<b>%1</b>: ").arg(item->text(0).toHtmlEscaped()) + v.header);
    m_valueText->setPlainText(v.text);
    m_valueHex->setPlainText(v.hex);
    m_valueTabs->setCurrentWidget(v.binary ? m_valueHex : m_valueText);
}

void SessionBrowser::setClient(AdminService *client, bool readOnly)
{
    m_client = client;
    m_readOnly = readOnly;
    m_selectedApp.clear();
    m_selectedId.clear();
    m_model->setClient(client);
    showDetail();
    updateActions();
}

void SessionBrowser::setRefreshInterval(int ms)
{
    m_refreshTimer->setInterval(ms);
}

void SessionBrowser::applyFilter()
{
    const auto section = m_table->horizontalHeader()->sortIndicatorSection();
    m_model->setQuery(m_app->currentText().trimmed(), m_prefix->text().trimmed(),
                      sortOf(section).value_or(admin::SessionSort::LastAccess),
                      m_table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
}

void SessionBrowser::sortBy(int column)
{
    if (!sortOf(column)) {
        // Only what the server can sort by: put the indicator back.
        const admin::SessionSort sort = m_model->query().sort;
        const int current = sort == admin::SessionSort::Expires ? SessionListModel::ExpiresColumn
                            : sort == admin::SessionSort::Size  ? SessionListModel::SizeColumn
                                                                : SessionListModel::LastAccessColumn;
        m_table->horizontalHeader()->setSortIndicator(
            current, m_model->query().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        return;
    }
    applyFilter();
}

void SessionBrowser::updateStatus()
{
    const int loaded = m_model->loadedCount();
    const qint64 total = m_model->totalCount();
    QString text;
    if (!m_client) {
        text = tr("Not connected.");
    } else if (!m_model->lastError().isEmpty()) {
        text = tr("Error: %1").arg(m_model->lastError());
    } else if (total < 0) {
        text = tr("Loading the first page...");
    } else {
        text = tr("%1 of %2 sessions loaded").arg(QLocale().toString(loaded), QLocale().toString(total));
    }
    if (m_model->isLoading() && total >= 0) {
        text += tr(" (loading...)");
    }
    if (m_model->capReached()) {
        text += u' ' + tr("— the cap of %1 rows is reached: narrow the filter to see the others.")
                           .arg(QLocale().toString(m_model->cap()));
    }
    if (m_autoRefresh->isChecked() && loaded > m_model->pageSize()) {
        text += u' ' + tr("(auto-refresh paused while more than one page is loaded)");
    } else if (m_autoRefresh->isChecked() && selectedRow()) {
        text += u' ' + tr("(auto-refresh paused while a session is selected; Refresh reloads)");
    }
    m_status->setText(text);
    m_busy->setVisible(m_model->isLoading());
    m_loadMore->setEnabled(m_model->hasMore() && !m_model->isLoading() && !m_model->capReached());
    m_refresh->setEnabled(m_client != nullptr);
}

const admin::SessionRow *SessionBrowser::selectedRow() const
{
    const QModelIndex i = m_table->selectionModel()->currentIndex();
    return i.isValid() && i.row() < m_model->rowCount() ? &m_model->row(i.row()) : nullptr;
}

QList<admin::SessionRow> SessionBrowser::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows()) {
        if (i.row() < m_model->rowCount()) {
            rows.append(i.row());
        }
    }
    std::sort(rows.begin(), rows.end());
    QList<admin::SessionRow> sessions;
    for (int r : rows) {
        sessions.append(m_model->row(r));
    }
    if (sessions.isEmpty() && selectedRow()) {
        sessions.append(*selectedRow());
    }
    return sessions;
}

void SessionBrowser::updateActions()
{
    const bool selected = !m_table->selectionModel()->selectedRows().isEmpty() || selectedRow() != nullptr;
    const bool write = m_client && !m_readOnly;
    for (QObject *o : std::initializer_list<QObject *>{m_abandon, m_abandonAction, m_touch, m_touchAction}) {
        o->setProperty("enabled", selected && write);
    }
    m_copy->setEnabled(selected);
    m_copyAction->setEnabled(selected);
    m_bulk->setEnabled(write && m_model->totalCount() > 0);
    m_bulkAction->setEnabled(m_bulk->isEnabled());
    const QString ro = m_readOnly ? tr("The profile is read-only.") : QString();
    m_abandon->setToolTip(ro);
    m_touch->setToolTip(ro);
    m_bulk->setToolTip(ro);
}

void SessionBrowser::showMessage(const QString &text, bool error)
{
    m_message->setText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->show();
}

void SessionBrowser::copySelectedIds()
{
    const QList<admin::SessionRow> rows = selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    QStringList ids;
    for (const admin::SessionRow &r : rows) {
        ids << r.id;
    }
    QApplication::clipboard()->setText(ids.join(u'\n'));
    showMessage(rows.size() == 1 ? tr("Copied the session ID %1.").arg(rows.first().id)
                                 : tr("Copied %1 session IDs, one a line.").arg(rows.size()));
}

void SessionBrowser::removeGone(const QList<admin::SessionRow> &gone)
{
    const bool detailGone = std::any_of(gone.begin(), gone.end(), [this](const admin::SessionRow &g) {
        return g.app == m_selectedApp && g.id == m_selectedId;
    });
    if (detailGone) {
        clearDetail();
    }
    for (const admin::SessionRow &g : gone) {
        m_model->removeSession(g.app, g.id);
    }
    updateActions();
}

void SessionBrowser::showDetail()
{
    const quint64 generation = ++m_detailGeneration;
    m_items->clear();
    showValue(nullptr);
    const admin::SessionRow *row = selectedRow();
    if (!row || !m_client) {
        m_detailHeader->setText(tr("Select a session to see its items."));
        return;
    }
    m_detailHeader->setText(tr("Loading %1...").arg(row->id));
    m_client->session(row->app, row->id, this, [this, generation](const AdminResult &r) {
        if (generation != m_detailGeneration) {
            return;
        }
        if (!r.ok()) {
            m_detailHeader->setText(r.httpStatus == 404 ? tr("This session is gone (expired or abandoned).")
                                                        : r.error);
            return;
        }
        const QJsonObject &o = r.json;
        auto time = [&o](const char *k) {
            const QDateTime t =
                QDateTime::fromString(o.value(QLatin1String(k)).toString(), Qt::ISODateWithMs);
            // null (Redis keeps no creation time) or unreadable: unknown
            return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                               : QStringLiteral("—");
        };
        QString header =
            tr("<b>%1</b> in %2<br>created %3, last access %4, expires %5 (timeout %6 min), %7 bytes%8")
                .arg(o.value(admin::key(admin::field::kId)).toString().toHtmlEscaped(),
                     o.value(admin::key(admin::field::kApp)).toString().toHtmlEscaped(),
                     time(admin::field::kCreated), time(admin::field::kLastAccess),
                     time(admin::field::kExpires))
                .arg(o.value(admin::key(admin::field::kTimeout)).toInt())
                .arg(o.value(admin::key(admin::field::kBytes)).toInteger())
                .arg(o.value(admin::key(admin::field::kCompressed)).toBool() ? tr(", compressed")
                                                                             : QString());
        if (o.value(admin::key(admin::field::kLocked)).toBool()) {
            header += tr("<br>locked for %1 s (lock cookie %2)")
                          .arg(o.value(admin::key(admin::field::kLockAge)).toInteger())
                          .arg(o.value(admin::key(admin::field::kLockCookie)).toInt());
        }
        if (o.contains(admin::key(admin::field::kDecodeError))) {
            header += tr("<br>The items cannot be decoded: %1")
                          .arg(o.value(admin::key(admin::field::kDecodeError)).toString().toHtmlEscaped());
        }
        m_detailHeader->setText(header);
        const QJsonArray items = o.value(admin::key(admin::field::kItems)).toArray();
        QList<QTreeWidgetItem *> rows;
        for (const auto &v : items) {
            const QJsonObject it = v.toObject();
            QString value;
            if (it.contains(admin::key(admin::field::kValue))) {
                const QJsonValue val = it.value(admin::key(admin::field::kValue));
                value = val.isString() ? val.toString()
                        : val.isNull() ? QStringLiteral("null")
                                       : val.toVariant().toString();
            } else {
                const QString cls = it.value(admin::key(admin::field::kClass)).toString();
                value = (cls.isEmpty() ? tr("[opaque BinaryFormatter data]") : tr("[opaque %1]").arg(cls)) +
                        u' ' + it.value(admin::key(admin::field::kPreview)).toString();
            }
            auto *item = new QTreeWidgetItem(
                {it.value(admin::key(admin::field::kItemKey)).isNull()
                     ? tr("(null key)")
                     : it.value(admin::key(admin::field::kItemKey)).toString(),
                 it.value(admin::key(admin::field::kType)).toString(), oneLine(value.left(2000)),
                 QString::number(it.value(admin::key(admin::field::kBytes)).toInteger())});
            item->setToolTip(2, value.left(8000));
            item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
            item->setData(0, Qt::UserRole, it); // the whole item for the value viewer
            rows.append(item);
        }
        m_items->addTopLevelItems(rows);
        if (!rows.isEmpty()) {
            m_items->setCurrentItem(rows.first());
        }
    });
}

bool SessionBrowser::confirmAbandonRows(const QList<admin::SessionRow> &rows)
{
    const QString consequence = tr("Their data is deleted now, as Session.Abandon() would; a lock held by a "
                                   "running request is overridden, and Session_End is raised.");
    const QString text =
        rows.size() == 1
            ? tr("Abandon session %1?\n\nIts data is deleted now, as Session.Abandon() would; a lock "
                 "held by a running request is overridden, and Session_End is raised.")
                  .arg(rows.first().id)
                  .toHtmlEscaped()
                  .replace(u'\n', QStringLiteral("<br>"))
            : QStringLiteral("<p>%1</p>%2<p>%3</p>")
                  .arg(tr("Abandon these %1 sessions?").arg(rows.size()), sessionListHtml(rows, rows.size()),
                       consequence);
    QMessageBox box(QMessageBox::Question, tr("Abandon session"), text,
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::RichText);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setObjectName(QStringLiteral("abandonConfirm"));
    return box.exec() == QMessageBox::Yes;
}

void SessionBrowser::abandonSelected()
{
    const QList<admin::SessionRow> rows = selectedRows();
    if (rows.isEmpty() || !m_client || m_readOnly || !confirmAbandonRows(rows)) {
        return;
    }
    struct Outcome
    {
        qsizetype pending = 0;
        QList<admin::SessionRow> gone, locked;
        QString error;
    };
    auto out = std::make_shared<Outcome>();
    out->pending = rows.size();
    for (const admin::SessionRow &row : rows) {
        m_client->abandon(row.app, row.id, this, [this, out, row, asked = rows.size()](const AdminResult &r) {
            if (r.ok() || r.httpStatus == 404) {
                out->gone.append(row); // 404: gone already, which is what was asked
            } else if (r.httpStatus == 409 && r.json.value(admin::key(admin::field::kLocked)).toBool()) {
                out->locked.append(row); // a store that respects the provider's lock (Redis)
            } else {
                out->error = r.error;
            }
            if (--out->pending > 0) {
                return;
            }
            if (!out->locked.isEmpty()) {
                forceAbandon(out->locked);
                if (out->gone.isEmpty()) {
                    return;
                }
            }
            removeGone(out->gone);
            for (const admin::SessionRow &g : out->gone) {
                emit abandoned(g.app, g.id);
            }
            const qsizetype failed = asked - out->gone.size() - out->locked.size();
            if (failed == 0) {
                showMessage(out->gone.size() == 1 ? tr("Session %1 abandoned.").arg(out->gone.first().id)
                                                  : tr("%1 sessions abandoned.").arg(out->gone.size()));
            } else {
                showMessage(
                    tr("%1 sessions abandoned, %2 not: %3").arg(out->gone.size()).arg(failed).arg(out->error),
                    true);
            }
        });
    }
}

void SessionBrowser::forceAbandon(const QList<admin::SessionRow> &rows)
{
    QMessageBox box(QMessageBox::Warning, tr("Session locked"),
                    tr("A request holds the lock of %n session(s) (%1). Abandoning now deletes the data "
                       "under that request, which may write it back when it ends.\n\nForce?",
                       nullptr, int(rows.size()))
                        .arg(rows.first().id),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setObjectName(QStringLiteral("abandonForceConfirm"));
    if (!m_client || box.exec() != QMessageBox::Yes) {
        showMessage(tr("%n locked session(s) not abandoned.", nullptr, int(rows.size())), true);
        return;
    }
    auto pending = std::make_shared<qsizetype>(rows.size());
    auto gone = std::make_shared<QList<admin::SessionRow>>();
    for (const admin::SessionRow &row : rows) {
        m_client->abandonForced(row.app, row.id, this, [this, pending, gone, row](const AdminResult &r) {
            if (r.ok() || r.httpStatus == 404) {
                gone->append(row);
            } else {
                showMessage(r.error, true);
            }
            if (--*pending > 0) {
                return;
            }
            removeGone(*gone);
            for (const admin::SessionRow &g : *gone) {
                emit abandoned(g.app, g.id);
            }
            if (!gone->isEmpty()) {
                showMessage(tr("%n locked session(s) abandoned (forced).", nullptr, int(gone->size())));
            }
        });
    }
}

void SessionBrowser::touchSelected()
{
    const QList<admin::SessionRow> rows = selectedRows();
    if (rows.isEmpty() || !m_client || m_readOnly) {
        return;
    }
    auto pending = std::make_shared<qsizetype>(rows.size());
    auto errors = std::make_shared<QStringList>();
    for (const admin::SessionRow &row : rows) {
        m_client->touch(row.app, row.id, this, [this, pending, errors, rows](const AdminResult &r) {
            if (!r.ok()) {
                errors->append(r.error);
            }
            if (--*pending > 0) {
                return;
            }
            if (!errors->isEmpty()) {
                showMessage(tr("Reset timeout: %1 of %2 sessions failed: %3")
                                .arg(errors->size())
                                .arg(rows.size())
                                .arg(errors->first()),
                            true);
            } else {
                showMessage(rows.size() == 1
                                ? tr("Timeout of session %1 reset: it expires %2 minutes from now.")
                                      .arg(rows.first().id)
                                      .arg(rows.first().timeoutMinutes)
                                : tr("Timeout of %1 sessions reset.").arg(rows.size()));
            }
            m_model->refresh();
            showDetail();
        });
    }
}

int SessionBrowser::abandonMatching(bool confirm)
{
    if (!m_client || m_readOnly) {
        return 0;
    }
    const admin::SessionQuery filter = m_model->query();
    const qint64 total = m_model->totalCount();
    if (confirm && !confirmAbandonMatching(filter, total)) {
        return 0;
    }
    int failed = 0;
    const int done = abandonPages(filter, total, &failed);
    // The detail pane's session matched the filter, so it is gone unless the run was stopped: the first page
    // of the reload decides (restoreSelection).
    m_model->reload();
    if (failed > 0) {
        showMessage(
            tr("%1 sessions abandoned, %2 could not be (already gone or refused).").arg(done).arg(failed),
            true);
    } else {
        showMessage(tr("%1 sessions abandoned.").arg(done));
    }
    return done;
}

bool SessionBrowser::confirmAbandonMatching(const admin::SessionQuery &filter, qint64 total)
{
    const QString what =
        filter.app.isEmpty() && filter.prefix.isEmpty()
            ? tr("ALL %1 sessions on this server (no filter is set)").arg(QLocale().toString(total))
            : tr("%1 sessions matching application \"%2\" and id prefix \"%3\"")
                  .arg(QLocale().toString(total), filter.app, filter.prefix);
    QList<admin::SessionRow> first;
    for (int r = 0; r < std::min(m_model->rowCount(), 10); ++r) {
        first.append(m_model->row(r));
    }
    QMessageBox box(QMessageBox::Warning, tr("Abandon all matching"),
                    QStringLiteral("<p>%1</p><p>%2</p>%3")
                        .arg(tr("Abandon %1?").arg(what.toHtmlEscaped()), tr("The first of them:"),
                             sessionListHtml(first, total)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::RichText);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setObjectName(QStringLiteral("bulkAbandonConfirm"));
    return box.exec() == QMessageBox::Yes;
}

int SessionBrowser::abandonPages(const admin::SessionQuery &filter, qint64 total, int *failed)
{
    QProgressDialog progress(tr("Abandoning sessions..."), tr("Stop"), 0, int(std::max<qint64>(total, 1)),
                             this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QEventLoop loop;
    int done = 0;
    *failed = 0;
    QString cursor;
    QPointer<AdminService> client = m_client;
    std::function<void()> nextPage = [&] {
        if (progress.wasCanceled() || !client) {
            loop.quit();
            return;
        }
        admin::SessionQuery q = filter;
        q.cursor = cursor;
        q.limit = 500;
        client->sessions(q, this, [&](const AdminResult &page) {
            const QJsonArray rows = page.json.value(admin::key(admin::field::kSessions)).toArray();
            if (!page.ok() || rows.isEmpty()) {
                loop.quit();
                return;
            }
            cursor = page.json.value(admin::key(admin::field::kNextCursor)).toString();
            auto pending = std::make_shared<int>(int(rows.size()));
            for (const auto &v : rows) {
                const QJsonObject o = v.toObject();
                client->abandon(o.value(admin::key(admin::field::kApp)).toString(),
                                o.value(admin::key(admin::field::kId)).toString(), this,
                                [&, pending](const AdminResult &r) {
                                    r.ok() ? ++done : ++*failed;
                                    progress.setMaximum(std::max(progress.maximum(), done + *failed));
                                    progress.setValue(done + *failed);
                                    if (--*pending == 0) {
                                        if (cursor.isEmpty()) {
                                            loop.quit();
                                        } else {
                                            nextPage();
                                        }
                                    }
                                });
            }
        });
    };
    nextPage();
    loop.exec();
    progress.reset();
    return done;
}

} // namespace sd
