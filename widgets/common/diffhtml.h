// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one HTML rendering of a text diff, shared by the web.config editor's save preview and the farm's
// "Make consistent" preview.

#include "aspnet/textdiff.h"

#include <QList>
#include <QString>

namespace sd {

/**
 * `diff` (diffLines() output) as HTML lines without a surrounding `<pre>`: each hunk (diffHunks()) under its
 * `@@` header with a blank line between hunks, each line with its line number (the new one, else the old)
 * and +/-/space, added lines green, removed lines red.
 */
QString diffHunksHtml(const QList<DiffLine> &diff);

/// diffHunksHtml() of the diff from `oldText` to `newText`.
QString diffHunksHtml(const QString &oldText, const QString &newText);

} // namespace sd
