// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/monitor/sessionbrowser.h"
#include "widgets/common/wheelguard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd {

namespace {

/// What the server sorts by for a column, std::nullopt for a column it cannot sort.
std::optional<admin::SessionSort> sortOf(int column)
{
    switch (column) {
    case SessionListModel::LastAccessColumn:
        return admin::SessionSort::LastAccess;
    case SessionListModel::ExpiresColumn:
        return admin::SessionSort::Expires;
    case SessionListModel::SizeColumn:
        return admin::SessionSort::Size;
    default:
        return std::nullopt;
    }
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
    updateStatus();
    updateActions();
}

QLayout *SessionBrowser::buildFilters()
{
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Application:")));
    m_app = new QComboBox;
    m_app->setObjectName(QStringLiteral("appFilter"));
    guardWheel(m_app);
    m_app->setEditable(true);
    m_app->setInsertPolicy(QComboBox::NoInsert);
    m_app->setMinimumContentsLength(28);
    m_app->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_app->lineEdit()->setPlaceholderText(tr("all applications"));
    filters->addWidget(m_app, 2);
    filters->addWidget(new QLabel(tr("Session ID starts with:")));
    m_prefix = new QLineEdit;
    m_prefix->setObjectName(QStringLiteral("prefixFilter"));
    m_prefix->setClearButtonEnabled(true);
    filters->addWidget(m_prefix, 1);
    auto *apply = new QPushButton(tr("Filter"));
    apply->setObjectName(QStringLiteral("applyFilter"));
    filters->addWidget(apply);
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
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(SessionListModel::LastAccessColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(SessionListModel::AppColumn, 230);
    m_table->setColumnWidth(SessionListModel::IdColumn, 200);
    m_table->setColumnWidth(SessionListModel::LastAccessColumn, 140);
    m_table->setColumnWidth(SessionListModel::ExpiresColumn, 140);
    m_table->setColumnWidth(SessionListModel::TimeoutColumn, 70);
    m_table->setColumnWidth(SessionListModel::SizeColumn, 90);
    m_table->setColumnWidth(SessionListModel::ItemsColumn, 50);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &SessionBrowser::sortBy);
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
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the selected session selected across an auto-refresh.
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->row(r).app == m_selectedApp && m_model->row(r).id == m_selectedId) {
                m_table->selectionModel()->setCurrentIndex(
                    m_model->index(r, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return;
            }
        }
        updateActions();
    });
    connect(m_model, &SessionListModel::statusChanged, this, &SessionBrowser::updateStatus);
    connect(m_model, &SessionListModel::pageLoaded, this, [this](int rows) {
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
    });
}

QLayout *SessionBrowser::buildStatusRow()
{
    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("loadStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(m_status, 1);
    m_loadMore = new QPushButton(tr("Load more"));
    m_loadMore->setObjectName(QStringLiteral("loadMore"));
    connect(m_loadMore, &QPushButton::clicked, m_model, &SessionListModel::loadMore);
    m_refresh = new QPushButton(tr("Refresh"));
    m_refresh->setObjectName(QStringLiteral("refreshSessions"));
    connect(m_refresh, &QPushButton::clicked, m_model, &SessionListModel::reload);
    m_autoRefresh = new QCheckBox(tr("Auto-refresh"));
    m_autoRefresh->setObjectName(QStringLiteral("autoRefresh"));
    m_autoRefresh->setChecked(true);
    m_autoRefresh->setToolTip(
        tr("Reloads the first page every 5 seconds; pauses while more than one page is "
           "loaded or a session is selected, so the list does not move while you read it."));
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
    return statusRow;
}

QWidget *SessionBrowser::buildDetail()
{
    auto *detail = new QWidget;
    auto *dl = new QVBoxLayout(detail);
    dl->setContentsMargins(0, 0, 0, 0);
    m_detailHeader = new QLabel(tr("Select a session to see its items."));
    m_detailHeader->setObjectName(QStringLiteral("detailHeader"));
    m_detailHeader->setWordWrap(true);
    m_detailHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dl->addWidget(m_detailHeader);
    m_items = new QTreeWidget;
    m_items->setObjectName(QStringLiteral("itemsTree"));
    m_items->setRootIsDecorated(false);
    m_items->setHeaderLabels({tr("Key"), tr("Type"), tr("Value"), tr("Bytes")});
    m_items->setColumnWidth(0, 140);
    m_items->setColumnWidth(1, 160);
    m_items->setColumnWidth(2, 260);
    dl->addWidget(m_items, 1);
    auto *actions = new QHBoxLayout;
    m_abandon = new QPushButton(tr("Abandon..."));
    m_abandon->setObjectName(QStringLiteral("abandonButton"));
    m_touch = new QPushButton(tr("Reset timeout"));
    m_touch->setObjectName(QStringLiteral("touchButton"));
    m_copy = new QPushButton(tr("Copy ID"));
    m_copy->setObjectName(QStringLiteral("copyIdButton"));
    m_bulk = new QPushButton(tr("Abandon all matching..."));
    m_bulk->setObjectName(QStringLiteral("bulkAbandonButton"));
    for (QPushButton *b : {m_abandon, m_touch, m_copy}) {
        actions->addWidget(b);
    }
    actions->addStretch(1);
    actions->addWidget(m_bulk);
    dl->addLayout(actions);
    connect(m_abandon, &QPushButton::clicked, this, &SessionBrowser::abandonSelected);
    connect(m_touch, &QPushButton::clicked, this, &SessionBrowser::touchSelected);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (const admin::SessionRow *r = selectedRow()) {
            QApplication::clipboard()->setText(r->id);
        }
    });
    connect(m_bulk, &QPushButton::clicked, this, [this] { abandonMatching(true); });
    return detail;
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
    m_loadMore->setEnabled(m_model->hasMore() && !m_model->isLoading() && !m_model->capReached());
    m_refresh->setEnabled(m_client != nullptr);
}

const admin::SessionRow *SessionBrowser::selectedRow() const
{
    const QModelIndex i = m_table->selectionModel()->currentIndex();
    return i.isValid() && i.row() < m_model->rowCount() ? &m_model->row(i.row()) : nullptr;
}

void SessionBrowser::updateActions()
{
    const bool selected = selectedRow() != nullptr;
    const bool write = m_client && !m_readOnly;
    m_abandon->setEnabled(selected && write);
    m_touch->setEnabled(selected && write);
    m_copy->setEnabled(selected);
    m_bulk->setEnabled(write && m_model->totalCount() > 0);
    const QString ro = m_readOnly ? tr("The profile is read-only.") : QString();
    m_abandon->setToolTip(ro);
    m_touch->setToolTip(ro);
    m_bulk->setToolTip(ro);
}

void SessionBrowser::showDetail()
{
    const quint64 generation = ++m_detailGeneration;
    m_items->clear();
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
            return QDateTime::fromString(o.value(QLatin1String(k)).toString(), Qt::ISODateWithMs)
                .toLocalTime()
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
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
                 it.value(admin::key(admin::field::kType)).toString(), value.left(2000),
                 QString::number(it.value(admin::key(admin::field::kBytes)).toInteger())});
            item->setToolTip(2, value.left(8000));
            item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
            rows.append(item);
        }
        m_items->addTopLevelItems(rows);
    });
}

void SessionBrowser::abandonSelected()
{
    const admin::SessionRow *row = selectedRow();
    if (!row || !m_client || m_readOnly) {
        return;
    }
    const QString app = row->app, id = row->id;
    if (QMessageBox::question(
            this, tr("Abandon session"),
            tr("Abandon session %1?\n\nIts data is deleted now, as Session.Abandon() would; a lock "
               "held by a running request is overridden, and Session_End is raised.")
                .arg(id),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    m_client->abandon(app, id, this, [this, app, id](const AdminResult &r) {
        if (!r.ok() && r.httpStatus != 404) {
            QMessageBox::warning(this, tr("Abandon session"), r.error);
            return;
        }
        m_model->removeSession(app, id);
        emit abandoned(app, id);
    });
}

void SessionBrowser::touchSelected()
{
    const admin::SessionRow *row = selectedRow();
    if (!row || !m_client || m_readOnly) {
        return;
    }
    m_client->touch(row->app, row->id, this, [this](const AdminResult &r) {
        if (!r.ok()) {
            QMessageBox::warning(this, tr("Reset timeout"), r.error);
        } else {
            m_model->refresh();
        }
        showDetail();
    });
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
    m_model->reload();
    if (failed > 0) {
        QMessageBox::warning(
            this, tr("Abandon all matching"),
            tr("%1 sessions abandoned, %2 could not be (already gone or refused).").arg(done).arg(failed));
    }
    return done;
}

bool SessionBrowser::confirmAbandonMatching(const admin::SessionQuery &filter, qint64 total)
{
    QStringList preview;
    for (int r = 0; r < std::min(m_model->rowCount(), 10); ++r) {
        preview << m_model->row(r).app + u'/' + m_model->row(r).id;
    }
    const QString what =
        filter.app.isEmpty() && filter.prefix.isEmpty()
            ? tr("ALL %1 sessions on this server (no filter is set)").arg(QLocale().toString(total))
            : tr("%1 sessions matching application \"%2\" and id prefix \"%3\"")
                  .arg(QLocale().toString(total), filter.app, filter.prefix);
    QMessageBox box(
        QMessageBox::Warning, tr("Abandon all matching"),
        tr("Abandon %1?\n\nThe first of them:\n%2%3")
            .arg(what, preview.join(u'\n'), total > preview.size() ? QStringLiteral("\n...") : QString()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
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
