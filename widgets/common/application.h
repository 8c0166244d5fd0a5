// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sd {

/**
 * Loads the UI translation: the language saved in QSettings ("ui/language": "", "en", "zh_CN",
 * "cs"), else the system locale. Installs Qt's own translations (qtbase_*) from
 * QLibraryInfo::TranslationsPath and SessionDesk's from the embedded ":/i18n/sessiondesk_*.qm".
 * Returns the language actually loaded ("en" when none matched). Call after QApplication exists.
 */
QString installTranslations();

} // namespace sd
