// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/doctor/configviewer.h"

#include "widgets/common/retranslate.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace sd {

ConfigViewer::ConfigViewer(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("configViewer"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *v = new QVBoxLayout(this);
    m_where = new QLabel;
    m_where->setObjectName(QStringLiteral("configViewerWhere"));
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_where->setWordWrap(true);
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("configViewerText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(m_where);
    v->addWidget(m_text, 1);
    v->addWidget(buttons);
    resize(860, 560);
    onLanguageChange(this, [this] { retitle(); });
}

void ConfigViewer::retitle()
{
    setWindowTitle(tr("%1 (read-only)").arg(QFileInfo(m_file).fileName()));
    m_where->setText(m_line > 0 ? tr("%1, line %2").arg(QDir::toNativeSeparators(m_file)).arg(m_line)
                                : QDir::toNativeSeparators(m_file));
}

bool ConfigViewer::showFile(const QString &file, int line)
{
    m_file = file;
    m_line = line;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        m_text->setPlainText(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file), f.errorString()));
        return false;
    }
    m_text->setPlainText(QString::fromUtf8(f.readAll()));
    retitle();
    const QTextBlock block = m_text->document()->findBlockByNumber(std::max(0, line - 1));
    QTextCursor cursor(block);
    m_text->setTextCursor(cursor);
    if (line > 0) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = cursor;
        mark.format.setBackground(QColor(255, 236, 153));
        mark.format.setForeground(QColor(Qt::black));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        m_text->setExtraSelections({mark});
    }
    m_text->centerCursor();
    return true;
}

int ConfigViewer::currentLine() const
{
    return m_text->textCursor().blockNumber() + 1;
}

} // namespace sd
