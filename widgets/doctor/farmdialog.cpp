// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/doctor/farmdialog.h"

#include "widgets/common/retranslate.h"
#include "widgets/doctor/farmmatrixmodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

FarmDialog::FarmDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("farmDialog"));
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel;
    intro->setWordWrap(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("farmPaths"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *addFolder = new QPushButton;
    addFolder->setObjectName(QStringLiteral("farmAddFolder"));
    auto *addFile = new QPushButton;
    addFile->setObjectName(QStringLiteral("farmAddFile"));
    m_remove = new QPushButton;
    m_remove->setObjectName(QStringLiteral("farmRemove"));
    auto *side = new QVBoxLayout;
    side->addWidget(addFolder);
    side->addWidget(addFile);
    side->addWidget(m_remove);
    side->addStretch(1);
    auto *h = new QHBoxLayout;
    h->addWidget(m_list, 1);
    h->addLayout(side);
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("farmNote"));
    m_note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_compare = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_compare->setObjectName(QStringLiteral("farmCompare"));
    v->addWidget(intro);
    v->addLayout(h, 1);
    v->addWidget(m_note);
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(addFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a Server Snapshot Folder"));
        if (!dir.isEmpty()) {
            addPaths({dir});
        }
    });
    connect(addFile, &QPushButton::clicked, this, [this] {
        addPaths(QFileDialog::getOpenFileNames(this, tr("Add applicationHost.config or web.config Files"),
                                               QString(),
                                               tr("Configuration files (*.config);;All files (*)")));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_list->selectedItems());
        updateState();
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &FarmDialog::updateState);
    resize(640, 380);
    onLanguageChange(this, [=, this] {
        setWindowTitle(tr("Compare Farm"));
        intro->setText(tr("Choose one snapshot per server of the farm: a snapshot folder, an "
                          "applicationHost.config or a web.config."));
        addFolder->setText(tr("Add &Folder..."));
        addFile->setText(tr("Add F&ile..."));
        m_remove->setText(tr("&Remove"));
        m_compare->setText(tr("&Compare"));
        updateState();
    });
}

void FarmDialog::addPaths(const QStringList &paths)
{
    const QStringList have = this->paths();
    for (const QString &p : paths) {
        const QString abs = QFileInfo(p).absoluteFilePath();
        if (p.isEmpty() || have.contains(abs)) {
            continue;
        }
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(abs), m_list);
        item->setData(Qt::UserRole, abs);
    }
    updateState();
}

QStringList FarmDialog::paths() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        out.append(m_list->item(i)->data(Qt::UserRole).toString());
    }
    return out;
}

void FarmDialog::updateState()
{
    const int n = m_list->count();
    const int max = FarmMatrixModel::maxServers();
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
    m_compare->setEnabled(n >= 2 && n <= max);
    if (n < 2) {
        m_note->setText(tr("Add at least two servers."));
    } else if (n > max) {
        m_note->setText(tr("%1 servers chosen: SessionDesk compares at most %2. Remove %3.")
                            .arg(n)
                            .arg(max)
                            .arg(n - max));
    } else {
        m_note->setText(tr("%1 servers.").arg(n));
    }
}

} // namespace sd
