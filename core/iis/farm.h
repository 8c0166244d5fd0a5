// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Farm comparison (issue 13 point 5): the settings that must agree between the servers of a web farm, one
// row per application and setting, one column per server; differences marked and explained as the session
// loss they cause. Applications are matched across servers by site name and application path, both
// compared case-insensitively (a path that differs only in letter case is itself a difference: the
// AppDomainAppId, and so the state-server key, is case-sensitive).

#include "aspnet/configvalidator.h"
#include "iis/serversnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace sd {

/// One server of a farm: a display name (the snapshot's folder or file name, made unique) and its snapshot.
struct FarmServer
{
    QString name;
    const ServerSnapshot *snapshot = nullptr;
};

/// The value one server has for one row's setting.
struct FarmCell
{
    bool present = false; ///< false when the server has no such application
    QString value;        ///< as SnapshotApplication::settings holds it ("" for a present empty value)
    Provenance from;      ///< file and line that wrote it, or default
};

/// One setting of one application across the servers.
struct FarmRow
{
    QString application; ///< "SITE/path" as written on the first server that has it ("Default Web Site/shop")
    QString setting;     ///< a farmSettingNames() entry, e.g. "machineKey.validationKeyFingerprint"
    QList<FarmCell> cells; ///< one per server, in FarmComparison::servers order
    bool differs = false;  ///< the present cells do not all have the same value, or some server lacks the app
};

/// A difference explained as the session loss it causes.
struct FarmFinding
{
    QString code; ///< "FARM001"...; listed in docs/doctor.md
    Severity severity = Severity::Error;
    QString application; ///< as FarmRow::application
    QString setting;     ///< the row that differs
    QStringList servers; ///< the servers whose value differs from the first server's
    QString message;     ///< what happens to the users' sessions, one sentence
    QString fix;         ///< one line
};

/// The comparison of N servers.
struct FarmComparison
{
    QStringList servers; ///< the FarmServer names, in order
    QList<FarmRow> rows; ///< per application (first server's order, then applications only others have), per
                         ///< farmSettingNames() order
    QList<FarmFinding> findings;
};

/**
 * The settings compared (in row order): "appDomainAppId" (site ID and path), "sessionState.mode",
 * "sessionState.stateConnectionString", "sessionState.sqlConnectionString", "sessionState.timeout",
 * "sessionState.cookieName", "sessionState.cookieless", "sessionState.cookieSameSite",
 * "machineKey.validationKeyFingerprint", "machineKey.decryptionKeyFingerprint", "machineKey.validationKey",
 * "machineKey.decryptionKey", "machineKey.validation", "machineKey.decryption",
 * "machineKey.compatibilityMode", "httpRuntime.targetFramework", "pool.recycling.periodicRestart.time",
 * "pool.recycling.periodicRestart.schedule", "pool.processModel.idleTimeout".
 */
QStringList farmSettingNames();

/**
 * Display names for the servers at `paths` (snapshot folders or .config files): each path's last part
 * ("web1", "applicationHost.config"); names that repeat get their parent folder
 * ("web1/applicationHost.config"), and any that still repeat " (2)", " (3)"... Same length and order as
 * `paths`.
 */
QStringList farmServerNames(const QStringList &paths);

/// The key compareFarm() matches applications by across servers: site name and path, lower-cased, without a
/// trailing '/' ("shop\n/cart").
QString farmApplicationKey(const SnapshotApplication &a);

/// Compares `servers` (two or more for findings; one gives rows without differences). Never fails.
FarmComparison compareFarm(const QList<FarmServer> &servers);

/// One file a farm edit changes: the document as read from disk with the edit applied (savedText() is the
/// file as read, text() the edited one, so unifiedDiff() shows the change and ConfigDocument::save writes it
/// atomically with FILE.bak, refusing a file changed on disk since).
struct FarmFileEdit
{
    QString server; ///< the FarmServer name
    std::shared_ptr<ConfigDocument> document;
};

/**
 * "Make consistent": copies the `<machineKey>` in force for `application` (as FarmRow::application) on
 * servers[from] to every other server that has the application. validationKey, decryptionKey, validation and
 * decryption (and compatibilityMode when the source writes it) are set, byte-preserving, on the
 * `<machineKey>` element in force on each target (the file and `<location>` that write any of these
 * attributes), else on the application's own web.config. Fills `edits` (one per changed file; a target that
 * already agrees gives none). False with `error` set and no edits when the source has no explicit keys, or a
 * target's file cannot be read or edited (e.g. it only takes machine-wide defaults and the snapshot has no
 * web.config of the application).
 */
bool syncMachineKey(const QList<FarmServer> &servers, int from, const QString &application,
                    QList<FarmFileEdit> *edits, QString *error);

/// The pool fixes of "Make consistent", each written into every server's applicationHost.config.
enum class FarmPoolFix
{
    IdleTimeoutZero,  ///< processModel.idleTimeout="00:00:00": the pool is never shut down when idle
    ScheduledRecycle, ///< recycling.periodicRestart.time="00:00:00" (no 29-hour recycle) and, when the
                      ///< pool has no schedule, a `<schedule><add value="03:00:00" />` (once a day at 3 a.m.)
};

/**
 * "Make consistent" for the pool rows: applies `fix` to the application pool that `application` (as
 * FarmRow::application) runs in on each server that has it, with IisConfig's byte-preserving edits of the
 * `<add>` of that pool in the server's applicationHost.config. Fills `edits` (one per changed file; a server
 * that already has the setting gives none). False with `error` set and no edits when no server has the
 * application, or one that has it has no applicationHost.config (a web.config alone) or its file cannot be
 * read or edited.
 */
bool fixFarmPools(const QList<FarmServer> &servers, const QString &application, FarmPoolFix fix,
                  QList<FarmFileEdit> *edits, QString *error);

/**
 * Writes every edit's document to its file with ConfigDocument::save (atomic with QSaveFile, the previous
 * file kept as FILE.bak). First checks them all: when any file changed on disk since it was read, nothing is
 * written and `error` names that file. On an I/O failure part way, `error` names the file that failed;
 * `written` (when given) lists the files written before it. Each saved document is marked saved.
 */
bool saveFarmEdits(const QList<FarmFileEdit> &edits, QStringList *written, QString *error);

} // namespace sd
