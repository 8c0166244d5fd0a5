// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The ASP.NET settings in force for one application, merged over the configuration files of a server in
// ASP.NET's order, each value with the file and line that wrote it (or "default").

#include "aspnet/machinekey.h" // keyFingerprint()
#include "iis/iisconfig.h"

#include <QList>
#include <QString>

namespace sd {

/**
 * One configuration file in the merge order of an application: machine.config, the root web.config,
 * applicationHost.config, the site's web.config, the application's web.config. `target` is the path of the
 * application relative to that file, as its `<location path>` would name it: "Default Web Site/shop" for
 * the server-level files, "shop" for the site's web.config, "" for the application's own web.config. A
 * location applies when its path is empty or ".", equals `target`, or is a parent of it (case-insensitive).
 */
struct ConfigLayer
{
    const ConfigDocument *doc = nullptr;
    QString target;
};

/**
 * The effective settings of an application over `layers` (first = least specific): in each file, the
 * top-level elements first, then the `<location>` blocks that apply, less specific paths first; a later
 * value wins. Names and defaults:
 * - "sessionState.ATTR" for every attribute of configschema's sessionState specs (connection strings with
 *   their passwords masked);
 * - "machineKey.validation", ".decryption", ".compatibilityMode" (default Framework45 when the effective
 *   targetFramework is 4.5 or later, as ConfigUtil.SetFX45DefaultValue), ".applicationName",
 *   ".validationKey" and ".decryptionKey" (only "AutoGenerate..." is shown; an explicit key shows as
 *   "(explicit)"), ".validationKeyFingerprint" and ".decryptionKeyFingerprint" (keyFingerprint());
 * - "httpRuntime.targetFramework" (""), "httpRuntime.fcnMode" (Default), "httpCookies.requireSSL" (false),
 *   "httpCookies.sameSite" ("" = not sent), "pages.enableSessionState" (true);
 * - "modules.Session": "present" or "removed", from system.webServer/modules add/remove/clear of the module
 *   named "Session" (default present, as IIS installs it in applicationHost.config).
 * - "processModel.ATTR" for enable, timeout, idleTimeout, requestLimit, memoryLimit, webGarden and autoConfig
 *   (machine.config only; defaults of machine.config.comments).
 */
Settings effectiveAspNetSettings(const QList<ConfigLayer> &layers);

/// The AppDomainAppId of an application: "/LM/W3SVC/{siteId}/ROOT" plus the application path ("/shop")
/// without a trailing '/'; case kept, as the state server compares keys case-sensitively.
QString appDomainAppId(const QString &siteId, const QString &applicationPath);

/// The key prefix a State Server stores this application's sessions under (OutOfProcStateClientManager):
/// appId + "(" + base64(SHA-256(UTF-8 appId)) + ")/". Source: aspnet-state-service.md §1.3.
QString stateServerKeyPrefix(const QString &appId);

} // namespace sd
