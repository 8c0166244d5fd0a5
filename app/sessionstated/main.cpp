// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionstated.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sessionstated"));
    return sd::sessionstatedMain(QCoreApplication::arguments());
}
