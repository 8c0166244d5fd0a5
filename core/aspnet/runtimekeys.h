// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How ASP.NET turns a validationKey / decryptionKey attribute into the key bytes it uses, per compatibility
// mode: the legacy modes in referencesource System.Web/Configuration/MachineKeySection.cs
// RuntimeDataInitialize (IsolateApps / IsolateByAppId overwrite key bytes 0-3 / 4-7), Framework45 in
// System.Web/Security/Cryptography/MachineKeyMasterKeyProvider.cs (explicit hex as is, or SP800-108 keys
// derived from HttpRuntime.s_autogenKeys with label "MachineKeyDerivation").

#include "aspnet/tokenverify.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace sd {

/// The key bytes ASP.NET would use, or why it would not start / why we cannot tell.
struct RuntimeKey
{
    std::optional<QByteArray> bytes; ///< set on success
    QString derivation; ///< empty when the hex is used as written, else e.g. "IsolateApps (/app)"
    QString error;      ///< when `bytes` is unset: the reason (English, for causes)
};

/// Legacy modes' size of an auto-generated validation key for `alg` (InitValidationAndEncyptionSizes): 64
/// bytes for MD5/SHA1/HMACSHA256, 128 for HMACSHA384/HMACSHA512.
int legacyAutogenValidationBytes(ValidationAlgorithm alg);

/// Legacy modes' size of an auto-generated decryption key: 8 for DES, else 24 (AES gives AES-192).
int legacyAutogenDecryptionBytes(DecryptionAlgorithm alg);

/// HttpRuntime.AppDomainAppVirtualPath as the context gives it: leading '/', no trailing '/' except for the
/// root ("/" when empty).
QString appVirtualPath(const TokenContext &context);

/**
 * MachineKeySection.RuntimeDataInitialize for one attribute `value` (whitespace-trimmed as the config system
 * does): the suffix ",IsolateByAppId" then ",IsolateApps" (exact, case-sensitive) is removed; "AutoGenerate"
 * takes `size` bytes at `offset` of `context.autogenKeys` (0 / validation size for the decryption key);
 * otherwise even-length hex (a validation key needs at least 40 digits; `validation` says which). Then
 * IsolateApps writes LE32(invariantIgnoreCaseHash(AppDomainAppVirtualPath)) over bytes 0-3, IsolateByAppId
 * LE32(invariantIgnoreCaseHash(AppDomainAppId)) over bytes 4-7.
 */
RuntimeKey legacyRuntimeKey(const QString &value, bool validation, int offset, int size,
                            const TokenContext &context);

/**
 * MachineKeyMasterKeyProvider.GenerateCryptographicKey for one attribute: non-empty even-length hex is used
 * as is; otherwise the value must be comma-separated flags among AutoGenerate (required), IsolateApps and
 * IsolateByAppId, else it is a configuration error (so "HEX,IsolateApps" is one). Auto keys are
 * SP800-108(s_autogenKeys bits 0-255 for the decryption key, 256-511 for the validation key,
 * "MachineKeyDerivation", ["IsolateApps: <app path>", "IsolateByAppId: <app id>"]).
 */
RuntimeKey framework45RuntimeKey(const QString &value, bool validation, const TokenContext &context);

} // namespace sd
