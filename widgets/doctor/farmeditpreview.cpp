// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/doctor/farmeditpreview.h"

#include "widgets/common/diffhtml.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QTextEdit>
#include <QVBoxLayout>

namespace sd {

FarmEditPreview::FarmEditPreview(const QString &what, const QList<FarmFileEdit> &edits, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("farmEditPreview"));
    setWindowTitle(tr("Make consistent"));
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(what + u' ' +
                             tr("These lines change in %n file(s); nothing else is touched. Each previous "
                                "file is kept as FILE.bak.",
                                nullptr, int(edits.size())));
    intro->setObjectName(QStringLiteral("farmEditIntro"));
    intro->setWordWrap(true);
    v->addWidget(intro);
    auto *view = new QTextEdit;
    view->setObjectName(QStringLiteral("farmEditDiff"));
    view->setReadOnly(true);
    view->setLineWrapMode(QTextEdit::NoWrap);
    QString html = QStringLiteral("<pre style=\"font-family: monospace\">");
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const ConfigDocument &doc = *edits[i].document;
        html += QStringLiteral("%1<b>%2: %3</b>\n")
                    .arg(i > 0 ? QStringLiteral("\n") : QString(), edits[i].server.toHtmlEscaped(),
                         QDir::toNativeSeparators(doc.fileName()).toHtmlEscaped());
        html += diffHunksHtml(doc.savedText(), doc.text());
    }
    html += QStringLiteral("</pre>");
    view->setHtml(html);
    v->addWidget(view, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    box->setObjectName(QStringLiteral("farmEditButtons"));
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(box);
    resize(900, 520);
}

} // namespace sd
