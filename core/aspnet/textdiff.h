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

/// A run of diff lines whose old and new line numbers are consecutive, with its `@@` numbers.
struct DiffHunk
{
    int oldStart = 0, oldCount = 0, newStart = 0, newCount = 0; ///< 1-based first lines, line counts
    QList<DiffLine> lines;
    /// "@@ -oldStart,oldCount +newStart,newCount @@", as unified diffs write it.
    QString header() const;
};

/// Groups diffLines() output into hunks (a new hunk wherever the old or new line numbers jump).
QList<DiffHunk> diffHunks(const QList<DiffLine> &lines);

/// The diff in unified format (`--- a`, `+++ b`, `@@ -l,n +l,n @@` hunks).
QString unifiedDiff(const QString &oldText, const QString &newText, const QString &oldName,
                    const QString &newName, int context = 3);

} // namespace sd
