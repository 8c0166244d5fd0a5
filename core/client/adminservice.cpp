// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/adminservice.h"

namespace sd {

AdminService::AdminService(QObject *parent) : QObject(parent) {}

AdminService::~AdminService() = default;

} // namespace sd
