// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/adminservice.h"

namespace sd {

AdminService::AdminService(QObject *parent) : QObject(parent) {}

AdminService::~AdminService() = default;

void AdminService::abandonForced(const QString &app, const QString &id, QObject *context, Callback done)
{
    abandon(app, id, context, std::move(done));
}

} // namespace sd
