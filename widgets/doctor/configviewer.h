// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace sd {

/**
 * A read-only viewer for a configuration file that SessionDesk does not edit (applicationHost.config,
 * machine.config, a root web.config): shows the file scrolled to one line, that line selected and
 * highlighted. objectName "configViewer"; the text is "configViewerText". Non-modal; deletes itself when
 * closed.
 */
class ConfigViewer : public QDialog
{
    Q_OBJECT

public:
    explicit ConfigViewer(QWidget *parent = nullptr);
    /// Loads `file` (UTF-8) and shows its 1-based `line` (0: the top). False, with the reason shown in the
    /// dialog, when the file cannot be read.
    bool showFile(const QString &file, int line);
    /// The 1-based line the cursor is on.
    int currentLine() const;

private:
    /// Title and the file/line label in the current language.
    void retitle();

    QPlainTextEdit *m_text = nullptr;
    QLabel *m_where = nullptr;
    QString m_file;
    int m_line = 0;
};

} // namespace sd
