// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/crypto.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace sd {

std::optional<QByteArray> randomBytes(qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    if (n > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), int(n)) != 1) {
        return std::nullopt;
    }
    return out;
}

QByteArray sha256(QByteArrayView data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(data.data(), std::size_t(data.size()), md, &len, EVP_sha256(), nullptr);
    return {reinterpret_cast<const char *>(md), qsizetype(len)};
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    const QByteArray da = sha256(a), db = sha256(b);
    return CRYPTO_memcmp(da.constData(), db.constData(), std::size_t(da.size())) == 0;
}

QString lastOpenSslError()
{
    const unsigned long code = ERR_get_error();
    if (code == 0) {
        return QStringLiteral("unknown OpenSSL error");
    }
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

} // namespace sd
