// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Tokens across servers (issue 14 points 2 and 3): the <machineKey> in force for each application of a server
// snapshot as a token-verifier candidate, with the real key values read back from the file that wrote them
// (the effective settings only hold fingerprints).

#include "aspnet/tokenverify.h"
#include "iis/serversnapshot.h"

#include <QList>
#include <QString>

#include <optional>

namespace sd {

/// The index of the `<machineKey>` element of `doc` that has an attribute `attr` on (1-based) `line`, or -1.
int machineKeyAt(const ConfigDocument &doc, const QString &attr, int line);

/**
 * The value of machineKey attribute `attr` ("validationKey" or "decryptionKey") in force for `a`, read back
 * from the file and line its provenance names: the explicit hex (with any ",IsolateApps" modifiers) or
 * "AutoGenerate,…" as written. nullopt with `error` set (one sentence naming the application) when the key
 * is only a default or its file can no longer be read.
 */
std::optional<QString> writtenKeyValue(const SnapshotApplication &a, const QString &attr, QString *error);

/**
 * The token-verifier candidate of application `a`: its keys (writtenKeyValue(); an AutoGenerate or default
 * key stays "AutoGenerate,IsolateApps", which the verifier reports as not checkable), its validation and
 * decryption (Auto left open), and compatibilityMode (Framework45 or legacy). `label` names it in reports,
 * e.g. "web1: Default Web Site/shop".
 */
MachineKeyCandidate applicationKeyCandidate(const SnapshotApplication &a, const QString &label);

/// One candidate per application of `snapshot`, labelled "SERVER: SITE/path" ("SERVER: /" for a lone
/// web.config), in the snapshot's application order.
QList<MachineKeyCandidate> snapshotKeyCandidates(const ServerSnapshot &snapshot, const QString &server);

} // namespace sd
