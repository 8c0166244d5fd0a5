// SPDX-License-Identifier: GPL-3.0-or-later
// Applies a language change without a restart (issue 12, point 15): the code that sets a widget's
// texts registers it here once, and it runs again on every QEvent::LanguageChange.
#pragma once

#include <functional>

class QObject;

namespace sd {

/**
 * Calls `apply` now, and again each time the application's language changes (the QEvent::LanguageChange
 * that QCoreApplication::installTranslator/removeTranslator send to the application object), for as long
 * as `owner` lives. `apply` sets texts with tr() (menus, labels, tool tips, tab and header titles); it
 * must not create or delete widgets. Qt's "retranslateUi" pattern, kept next to the code that builds the
 * widgets rather than in one far-away function.
 */
void onLanguageChange(QObject *owner, std::function<void()> apply);

} // namespace sd
