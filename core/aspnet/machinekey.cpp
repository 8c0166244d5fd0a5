// SPDX-License-Identifier: GPL-3.0-or-later
#include "aspnet/machinekey.h"
#include "base/crypto.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace sd {

QString validationName(ValidationAlgorithm alg)
{
    switch (alg) {
    case ValidationAlgorithm::MD5:
        return QStringLiteral("MD5");
    case ValidationAlgorithm::SHA1:
        return QStringLiteral("SHA1");
    case ValidationAlgorithm::HMACSHA256:
        return QStringLiteral("HMACSHA256");
    case ValidationAlgorithm::HMACSHA384:
        return QStringLiteral("HMACSHA384");
    case ValidationAlgorithm::HMACSHA512:
        return QStringLiteral("HMACSHA512");
    }
    return {};
}

QString decryptionName(DecryptionAlgorithm alg)
{
    switch (alg) {
    case DecryptionAlgorithm::AES128:
    case DecryptionAlgorithm::AES192:
    case DecryptionAlgorithm::AES256:
        return QStringLiteral("AES");
    case DecryptionAlgorithm::TripleDES:
        return QStringLiteral("3DES");
    case DecryptionAlgorithm::DES:
        return QStringLiteral("DES");
    }
    return {};
}

QStringList validationAlgorithmNames()
{
    return {QStringLiteral("HMACSHA256"), QStringLiteral("HMACSHA384"), QStringLiteral("HMACSHA512"),
            QStringLiteral("SHA1"), QStringLiteral("MD5")};
}

QStringList decryptionAlgorithmNames()
{
    return {QStringLiteral("AES"),     QStringLiteral("AES-256"), QStringLiteral("AES-192"),
            QStringLiteral("AES-128"), QStringLiteral("3DES"),    QStringLiteral("DES")};
}

std::optional<ValidationAlgorithm> parseValidationAlgorithm(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    if (n == u"MD5")
        return ValidationAlgorithm::MD5;
    if (n == u"SHA1")
        return ValidationAlgorithm::SHA1;
    if (n == u"HMACSHA256")
        return ValidationAlgorithm::HMACSHA256;
    if (n == u"HMACSHA384")
        return ValidationAlgorithm::HMACSHA384;
    if (n == u"HMACSHA512")
        return ValidationAlgorithm::HMACSHA512;
    return std::nullopt;
}

std::optional<DecryptionAlgorithm> parseDecryptionAlgorithm(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    if (n == u"AES" || n == u"AES-256" || n == u"AES256")
        return DecryptionAlgorithm::AES256;
    if (n == u"AES-192" || n == u"AES192")
        return DecryptionAlgorithm::AES192;
    if (n == u"AES-128" || n == u"AES128")
        return DecryptionAlgorithm::AES128;
    if (n == u"3DES" || n == u"TRIPLEDES")
        return DecryptionAlgorithm::TripleDES;
    if (n == u"DES")
        return DecryptionAlgorithm::DES;
    return std::nullopt;
}

int validationKeyBytes(ValidationAlgorithm alg)
{
    return alg == ValidationAlgorithm::HMACSHA384 || alg == ValidationAlgorithm::HMACSHA512 ? 128 : 64;
}

int decryptionKeyBytes(DecryptionAlgorithm alg)
{
    switch (alg) {
    case DecryptionAlgorithm::AES256:
        return 32;
    case DecryptionAlgorithm::AES192:
    case DecryptionAlgorithm::TripleDES:
        return 24;
    case DecryptionAlgorithm::AES128:
        return 16;
    case DecryptionAlgorithm::DES:
        return 8;
    }
    return 32;
}

namespace {

QByteArray withoutParity(const QByteArray &key)
{
    QByteArray k = key;
    for (auto &b : k)
        b = char(quint8(b) & 0xFE);
    return k;
}

} // namespace

bool isWeakDesKey(const QByteArray &key)
{
    // The 4 weak and 12 semi-weak DES keys (FIPS 74), compared with parity bits cleared.
    static const std::array<quint64, 16> weak{
        0x0101010101010101ULL, 0xFEFEFEFEFEFEFEFEULL, 0xE0E0E0E0F1F1F1F1ULL, 0x1F1F1F1F0E0E0E0EULL,
        0x011F011F010E010EULL, 0x1F011F010E010E01ULL, 0x01E001E001F101F1ULL, 0xE001E001F101F101ULL,
        0x01FE01FE01FE01FEULL, 0xFE01FE01FE01FE01ULL, 0x1FE01FE00EF10EF1ULL, 0xE01FE01FF10EF10EULL,
        0x1FFE1FFE0EFE0EFEULL, 0xFE1FFE1FFE0EFE0EULL, 0xE0FEE0FEF1FEF1FEULL, 0xFEE0FEE0FEF1FEF1ULL};
    if (key.size() != 8)
        return false;
    const QByteArray k = withoutParity(key);
    for (quint64 w : weak) {
        QByteArray wb(8, '\0');
        for (int i = 0; i < 8; ++i)
            wb[i] = char((w >> (56 - 8 * i)) & 0xFE);
        if (wb == k)
            return true;
    }
    return false;
}

bool isWeakTripleDesKey(const QByteArray &key)
{
    if (key.size() != 16 && key.size() != 24)
        return false;
    const QByteArray k = withoutParity(key);
    const QByteArray k1 = k.mid(0, 8);
    const QByteArray k2 = k.mid(8, 8);
    const QByteArray k3 = key.size() == 24 ? k.mid(16, 8) : k1;
    return k1 == k2 || k2 == k3;
}

bool isEvenHex(const QString &s)
{
    if (s.isEmpty() || s.size() % 2 != 0)
        return false;
    for (QChar c : s)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    return true;
}

KeyValue parseKeyValue(const QString &value)
{
    KeyValue kv;
    const QStringList parts = value.split(u',');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString p = parts[i].trimmed();
        const bool known = p == u"AutoGenerate" || p == u"IsolateApps" || p == u"IsolateByAppId";
        if (i == 0 && !known)
            kv.hex = p;
        else
            kv.modifiers.append(p);
    }
    return kv;
}

QString GeneratedMachineKey::toXml() const
{
    return QStringLiteral("<machineKey decryption=\"%1\" decryptionKey=\"%2\" validation=\"%3\" "
                          "validationKey=\"%4\" />")
        .arg(decryption, decryptionKey, validation, validationKey);
}

std::optional<GeneratedMachineKey> generateMachineKey(ValidationAlgorithm validation,
                                                      DecryptionAlgorithm decryption, QString *error)
{
    auto fail = [error]() -> std::optional<GeneratedMachineKey> {
        if (error)
            *error =
                QCoreApplication::translate("sd::MachineKey", "OpenSSL could not supply random bytes: %1")
                    .arg(lastOpenSslError());
        return std::nullopt;
    };
    const auto vkey = randomBytes(validationKeyBytes(validation));
    if (!vkey)
        return fail();
    std::optional<QByteArray> dkey;
    for (;;) {
        dkey = randomBytes(decryptionKeyBytes(decryption));
        if (!dkey)
            return fail();
        if (decryption == DecryptionAlgorithm::DES && isWeakDesKey(*dkey))
            continue;
        if (decryption == DecryptionAlgorithm::TripleDES && isWeakTripleDesKey(*dkey))
            continue;
        break;
    }
    GeneratedMachineKey k;
    k.validation = validationName(validation);
    k.decryption = decryptionName(decryption);
    k.validationKey = QString::fromLatin1(vkey->toHex().toUpper());
    k.decryptionKey = QString::fromLatin1(dkey->toHex().toUpper());
    return k;
}

QString keyFingerprint(const QString &key)
{
    const QString k = key.trimmed();
    if (k.isEmpty() || k.startsWith(u"AutoGenerate")) {
        return {};
    }
    static const QRegularExpression hex(QStringLiteral("^([0-9A-Fa-f]{2})+$"));
    const QByteArray bytes = hex.match(k).hasMatch() ? QByteArray::fromHex(k.toLatin1()) : k.toUtf8();
    return QString::fromLatin1(sha256(bytes).toHex().left(8));
}

} // namespace sd
