// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/application.h"
#include "base/settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace sd {

namespace {

/// The translators installed by loadLanguage (SessionDesk's and qtbase's), so a switch can remove them.
QPointer<QTranslator> &ownTranslator()
{
    static QPointer<QTranslator> t;
    return t;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> t;
    return t;
}

void removeInstalled()
{
    for (QPointer<QTranslator> *t : {&ownTranslator(), &qtTranslator()}) {
        if (!t->isNull()) {
            QCoreApplication::removeTranslator(t->data());
            delete t->data();
        }
    }
}

} // namespace

QString loadLanguage(const QString &code, const QString &folder)
{
    removeInstalled();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        return QStringLiteral("en");
    }
    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(locale, QStringLiteral("sessiondesk"), QStringLiteral("_"), folder)) {
        delete own;
        return QStringLiteral("en");
    }
    // Qt's own strings first, so that ours (installed last, searched first) win.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }
    QCoreApplication::installTranslator(own);
    ownTranslator() = own;
    return locale.name();
}

QString installTranslations()
{
    return loadLanguage(readSetting(Setting::Language).toString());
}

} // namespace sd
