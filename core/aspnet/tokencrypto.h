// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The OpenSSL 3 primitives the token verifier needs (internal to sd_aspnet; not a public API).

#include "aspnet/machinekey.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace sd::tokencrypto {

/// HMAC of `data` under `key` with the digest of `alg` (MD5 gives HMAC-MD5), via EVP_MAC. Empty on failure.
QByteArray hmac(ValidationAlgorithm alg, QByteArrayView key, QByteArrayView data);
/// HMAC-SHA512 (the SP800-108 PRF). Empty on failure.
QByteArray hmacSha512(QByteArrayView key, QByteArrayView data);
/// MD5 of `data` via EVP_Digest.
QByteArray md5(QByteArrayView data);
/// SHA-1 of `data` via EVP_Digest (MachineKeySection.GetIVHash).
QByteArray sha1(QByteArrayView data);
/// SHA-256 of `data` via EVP_Digest (CryptoUtil.CreatePredictableIV).
QByteArray sha256(QByteArrayView data);
/// Output size in bytes of the MAC `alg` gives: 16, 20, 32, 48, 64.
int macSize(ValidationAlgorithm alg);
/// Cipher block size: 16 for AES, 8 for DES/3DES.
int blockSize(DecryptionAlgorithm alg);
/// Key bytes `alg` uses from `key` (first 8 for DES, 16/24 for 3DES, exact AES size); nullopt when `key` is
/// too short or (AES) of another size.
std::optional<QByteArray> cipherKey(DecryptionAlgorithm alg, const QByteArray &key);
/// CBC with PKCS#7 padding via EVP_CipherInit_ex2 (DES from the legacy provider). nullopt on bad padding or
/// an OpenSSL failure.
std::optional<QByteArray> cbc(DecryptionAlgorithm alg, const QByteArray &key, const QByteArray &iv,
                              QByteArrayView data, bool encrypt);
/// Constant-time equality of two byte strings of the same length (CRYPTO_memcmp); false for other lengths.
bool macEquals(QByteArrayView a, QByteArrayView b);

} // namespace sd::tokencrypto
