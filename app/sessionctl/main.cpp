// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionctl.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sessionctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SESSIONDESK_VERSION));
    return sd::sessionctlMain(QCoreApplication::arguments());
}
