// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace sd {

/// One line of a diff: ' ' context, '-' removed, '+' added; `oldLine`/`newLine` are 1-based (0 if none).
struct DiffLine
{
    QChar kind;
    QString text; ///< the line without its line break
    int oldLine = 0;
    int newLine = 0;
};

/**
 * Line diff of two texts (LF or CRLF), as hunks with `context` lines around each change, for the
 * save preview and `sessionctl config set --dry-run`. Common leading and trailing lines are
 * trimmed first, then the rest is matched by longest common subsequence; when what remains is
 * larger than 4,000 x 4,000 lines it is shown as one replacement. Returns an empty list when the
 * texts are equal.
 */
QList<DiffLine> diffLines(const QString &oldText, const QString &newText, int context = 3);

/// The diff in unified format (`--- a`, `+++ b`, `@@ -l,n +l,n @@` hunks).
QString unifiedDiff(const QString &oldText, const QString &newText, const QString &oldName,
                    const QString &newName, int context = 3);

} // namespace sd
