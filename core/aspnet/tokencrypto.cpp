// SPDX-License-Identifier: GPL-3.0-or-later
#include "aspnet/tokencrypto.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/provider.h>

#include <memory>

namespace sd::tokencrypto {

namespace {

const char *digestName(ValidationAlgorithm alg)
{
    switch (alg) {
    case ValidationAlgorithm::MD5:
        return "MD5";
    case ValidationAlgorithm::SHA1:
        return "SHA1";
    case ValidationAlgorithm::HMACSHA256:
        return "SHA256";
    case ValidationAlgorithm::HMACSHA384:
        return "SHA384";
    case ValidationAlgorithm::HMACSHA512:
        return "SHA512";
    }
    return "SHA1";
}

/// Loads the default and legacy providers once (single DES lives in "legacy"); retain_fallbacks keeps the
/// default provider available as well.
void ensureProviders()
{
    static const bool loaded = [] {
        OSSL_PROVIDER_try_load(nullptr, "default", 1);
        OSSL_PROVIDER_try_load(nullptr, "legacy", 1);
        return true;
    }();
    (void)loaded;
}

QByteArray hmacWith(const char *digest, QByteArrayView key, QByteArrayView data)
{
    std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr),
                                                          EVP_MAC_free);
    if (!mac) {
        return {};
    }
    std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> ctx(EVP_MAC_CTX_new(mac.get()),
                                                                  EVP_MAC_CTX_free);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char *>(digest), 0),
        OSSL_PARAM_construct_end()};
    static const unsigned char empty = 0;
    const auto *k = key.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(key.data());
    if (!ctx || EVP_MAC_init(ctx.get(), k, size_t(key.size()), params) != 1 ||
        EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char *>(data.data()),
                       size_t(data.size())) != 1) {
        return {};
    }
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    size_t len = 0;
    if (EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len, size_t(out.size())) !=
        1) {
        return {};
    }
    out.resize(qsizetype(len));
    return out;
}

QByteArray digest(const EVP_MD *md, QByteArrayView data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &len, md,
                   nullptr) != 1) {
        return {};
    }
    out.resize(qsizetype(len));
    return out;
}

const char *cipherName(DecryptionAlgorithm alg, qsizetype keyBytes)
{
    switch (alg) {
    case DecryptionAlgorithm::AES256:
        return "AES-256-CBC";
    case DecryptionAlgorithm::AES192:
        return "AES-192-CBC";
    case DecryptionAlgorithm::AES128:
        return "AES-128-CBC";
    case DecryptionAlgorithm::TripleDES:
        return keyBytes == 16 ? "DES-EDE-CBC" : "DES-EDE3-CBC";
    case DecryptionAlgorithm::DES:
        return "DES-CBC";
    }
    return "AES-256-CBC";
}

} // namespace

QByteArray hmac(ValidationAlgorithm alg, QByteArrayView key, QByteArrayView data)
{
    return hmacWith(digestName(alg), key, data);
}

QByteArray hmacSha512(QByteArrayView key, QByteArrayView data)
{
    return hmacWith("SHA512", key, data);
}

QByteArray md5(QByteArrayView data)
{
    return digest(EVP_md5(), data);
}

QByteArray sha1(QByteArrayView data)
{
    return digest(EVP_sha1(), data);
}

QByteArray sha256(QByteArrayView data)
{
    return digest(EVP_sha256(), data);
}

int macSize(ValidationAlgorithm alg)
{
    switch (alg) {
    case ValidationAlgorithm::MD5:
        return 16;
    case ValidationAlgorithm::SHA1:
        return 20;
    case ValidationAlgorithm::HMACSHA256:
        return 32;
    case ValidationAlgorithm::HMACSHA384:
        return 48;
    case ValidationAlgorithm::HMACSHA512:
        return 64;
    }
    return 20;
}

int blockSize(DecryptionAlgorithm alg)
{
    return (alg == DecryptionAlgorithm::DES || alg == DecryptionAlgorithm::TripleDES) ? 8 : 16;
}

std::optional<QByteArray> cipherKey(DecryptionAlgorithm alg, const QByteArray &key)
{
    switch (alg) {
    case DecryptionAlgorithm::DES:
        return key.size() >= 8 ? std::optional(key.left(8)) : std::nullopt;
    case DecryptionAlgorithm::TripleDES:
        if (key.size() == 16 || key.size() == 24) {
            return key;
        }
        return key.size() > 24 ? std::optional(key.left(24)) : std::nullopt;
    default:
        return key.size() == decryptionKeyBytes(alg) ? std::optional(key) : std::nullopt;
    }
}

std::optional<QByteArray> cbc(DecryptionAlgorithm alg, const QByteArray &key, const QByteArray &iv,
                              QByteArrayView data, bool encrypt)
{
    ensureProviders();
    std::unique_ptr<EVP_CIPHER, decltype(&EVP_CIPHER_free)> cipher(
        EVP_CIPHER_fetch(nullptr, cipherName(alg, key.size()), nullptr), EVP_CIPHER_free);
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                        EVP_CIPHER_CTX_free);
    if (!cipher || !ctx || EVP_CIPHER_get_key_length(cipher.get()) != key.size() ||
        EVP_CIPHER_get_iv_length(cipher.get()) != iv.size()) {
        return std::nullopt;
    }
    if (EVP_CipherInit_ex2(ctx.get(), cipher.get(), reinterpret_cast<const unsigned char *>(key.constData()),
                           reinterpret_cast<const unsigned char *>(iv.constData()), encrypt ? 1 : 0,
                           nullptr) != 1) {
        return std::nullopt;
    }
    QByteArray out(data.size() + 32, Qt::Uninitialized);
    int n1 = 0;
    int n2 = 0;
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    if (EVP_CipherUpdate(ctx.get(), o, &n1, reinterpret_cast<const unsigned char *>(data.data()),
                         int(data.size())) != 1 ||
        EVP_CipherFinal_ex(ctx.get(), o + n1, &n2) != 1) {
        return std::nullopt;
    }
    out.resize(n1 + n2);
    return out;
}

bool macEquals(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && !a.isEmpty() && CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace sd::tokencrypto
