// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

/// Validation algorithms that Microsoft's Generate-MachineKey script offers.
enum class ValidationAlgorithm
{
    MD5,
    SHA1,
    HMACSHA256,
    HMACSHA384,
    HMACSHA512
};

/// Decryption algorithms: AES with its three key sizes, 3DES and DES.
enum class DecryptionAlgorithm
{
    AES256,
    AES192,
    AES128,
    TripleDES,
    DES
};

/// Attribute value ("HMACSHA256", "SHA1"...) of a validation algorithm.
QString validationName(ValidationAlgorithm alg);
/// Attribute value ("AES", "3DES", "DES") of a decryption algorithm; all AES sizes give "AES".
QString decryptionName(DecryptionAlgorithm alg);
/// Parses a CLI/GUI name, case-insensitive: MD5, SHA1, HMACSHA256, HMACSHA384, HMACSHA512.
std::optional<ValidationAlgorithm> parseValidationAlgorithm(const QString &name);
/// Parses AES (= AES-256), AES-256, AES-192, AES-128, 3DES (or TripleDES), DES; case-insensitive.
std::optional<DecryptionAlgorithm> parseDecryptionAlgorithm(const QString &name);
/// The names parseValidationAlgorithm()/parseDecryptionAlgorithm() accept, for help texts.
QStringList validationAlgorithmNames();
QStringList decryptionAlgorithmNames();

/// Key size in bytes as Microsoft's Generate-MachineKey script makes them (machinekey.md §1.1):
/// 64 for MD5/SHA1/HMACSHA256, 128 for HMACSHA384/HMACSHA512.
int validationKeyBytes(ValidationAlgorithm alg);
/// 32/24/16 for AES-256/192/128, 24 for 3DES, 8 for DES.
int decryptionKeyBytes(DecryptionAlgorithm alg);

/// A freshly generated `<machineKey>`.
struct GeneratedMachineKey
{
    QString validation;    ///< attribute value, e.g. "HMACSHA256"
    QString decryption;    ///< attribute value, e.g. "AES"
    QString validationKey; ///< upper-case hex
    QString decryptionKey; ///< upper-case hex

    /// The one-line XML Microsoft's script prints (attribute order fixed, one space before "/>"):
    /// `<machineKey decryption="AES" decryptionKey="…" validation="HMACSHA256" validationKey="…" />`
    QString toXml() const;
};

/**
 * Generates keys with OpenSSL's CSPRNG (RAND_bytes). DES keys that are weak or semi-weak and
 * 3DES keys whose thirds repeat (K1 = K2 or K2 = K3, parity bits ignored) are drawn again, as
 * .NET's DESCryptoServiceProvider/TripleDESCryptoServiceProvider.GenerateKey do.
 * Returns std::nullopt and sets `error` when OpenSSL cannot supply random bytes.
 */
std::optional<GeneratedMachineKey> generateMachineKey(ValidationAlgorithm validation,
                                                      DecryptionAlgorithm decryption, QString *error);

/// True for a DES key (8 bytes) that is weak or semi-weak, parity bits ignored (FIPS 74).
bool isWeakDesKey(const QByteArray &key);
/// True for a 3DES key (16 or 24 bytes) that degenerates to single DES (TripleDES.IsWeakKey).
bool isWeakTripleDesKey(const QByteArray &key);

/// True if `s` is non-empty, even-length and all hex digits.
bool isEvenHex(const QString &s);

/// A key value split into hex part and modifiers: "ABC…,IsolateApps" -> ("ABC…", ["IsolateApps"]),
/// "AutoGenerate,IsolateApps" -> ("", ["AutoGenerate", "IsolateApps"]).
struct KeyValue
{
    QString hex;
    QStringList modifiers;
    bool autoGenerate() const { return modifiers.contains(QStringLiteral("AutoGenerate")); }
};
/// Splits a validationKey/decryptionKey value on ',' (machinekey.md §1.3); whitespace trimmed.
KeyValue parseKeyValue(const QString &value);

/// The first 8 hex digits (lowercase) of SHA-256 over a machine key: over its bytes when the key is hex
/// (so letter case does not matter), else over its UTF-8 text. "" for an empty key or an AutoGenerate one.
/// How the doctor, the farm view and the token verifier name a key without showing it.
QString keyFingerprint(const QString &key);

} // namespace sd
