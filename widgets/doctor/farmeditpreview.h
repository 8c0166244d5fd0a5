// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The preview of a farm "Make consistent" edit (issue 13 point 5): every file the edit changes, named with
// its server, and its changed lines as `@@` hunks in the web.config editor's save-preview colours; Save or
// Cancel.

#include "iis/farm.h"

#include <QDialog>

namespace sd {

/**
 * A dialog over the `edits` of one "Make consistent" action: `what` (one sentence, e.g. "Copy the machine
 * key of web1 to the other servers.") above one section per file (server name and file path, then its
 * hunks). Object names: "farmEditPreview" (the dialog), "farmEditIntro", "farmEditDiff" (the QTextEdit),
 * "farmEditButtons" (QDialogButtonBox with Save and Cancel). accept() means Save.
 */
class FarmEditPreview : public QDialog
{
    Q_OBJECT

public:
    FarmEditPreview(const QString &what, const QList<FarmFileEdit> &edits, QWidget *parent = nullptr);
};

} // namespace sd
