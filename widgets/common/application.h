// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sd {

/**
 * Switches the UI language now: removes the translators this function installed before, then loads
 * SessionDesk's sessiondesk_*.qm from `folder` (default: the embedded ":/i18n") and Qt's own (qtbase_*) from
 * QLibraryInfo::TranslationsPath for `code` ("" = the system locale, "en", "zh_CN", "cs"). Installing or
 * removing a translator sends QEvent::LanguageChange, which re-applies every text registered with
 * onLanguageChange (widgets/common/retranslate.h). Returns the language actually loaded ("en" when none
 * matched). Call after QApplication exists.
 */
QString loadLanguage(const QString &code, const QString &folder = QStringLiteral(":/i18n"));

/// loadLanguage for the language saved in QSettings ("ui/language"). Returns the language loaded.
QString installTranslations();

} // namespace sd
