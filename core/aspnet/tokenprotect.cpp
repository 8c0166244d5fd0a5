// SPDX-License-Identifier: GPL-3.0-or-later
// protectToken() (the counterpart of verifyToken()) and the forms-ticket reader.
#include "aspnet/dotnetticks.h"
#include "aspnet/runtimekeys.h"
#include "aspnet/tokencrypto.h"
#include "aspnet/tokenverify.h"

#include "base/crypto.h"

#include <QCoreApplication>
#include <QtEndian>

namespace sd {

namespace tc = tokencrypto;

namespace {

/// The tr() of this file's free functions; lupdate files them under the enclosing namespace, "sd", so the
/// desktop app shows the causes translated (sessionctl has no translator and prints the English).
QString tr(const char *text)
{
    return QCoreApplication::translate("sd", text);
}

/// BinaryReader over a forms ticket; `ok` turns false on the first short read.
struct TicketReader
{
    const QByteArray &b;
    qsizetype pos = 0;
    bool ok = true;

    int byte()
    {
        if (pos >= b.size()) {
            ok = false;
            return 0;
        }
        return quint8(b[pos++]);
    }
    qint64 int64()
    {
        if (b.size() - pos < 8) {
            ok = false;
            return 0;
        }
        const qint64 v = qFromLittleEndian<qint64>(b.constData() + pos);
        pos += 8;
        return v;
    }
    QString string()
    {
        qint64 n = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            const int c = byte();
            n |= qint64(c & 0x7f) << shift;
            if (!(c & 0x80)) {
                break;
            }
        }
        if (!ok || n * 2 > b.size() - pos) {
            ok = false;
            return {};
        }
        QString s(n, Qt::Uninitialized);
        for (qint64 i = 0; i < n; ++i) {
            s[i] = QChar(qFromLittleEndian<quint16>(b.constData() + pos + 2 * i));
        }
        pos += 2 * n;
        return s;
    }
};

/// The runtime keys protectToken() uses: the options' key values turned into key bytes for its mode.
bool runtimeKeys(const ProtectOptions &o, const TokenContext &context, QByteArray &vkey, QByteArray &dkey,
                 QString *error)
{
    RuntimeKey v;
    RuntimeKey d;
    if (o.protection == TokenProtection::Framework45) {
        v = framework45RuntimeKey(o.validationKey, true, context);
        d = framework45RuntimeKey(o.decryptionKey, false, context);
    } else {
        const int vsize = legacyAutogenValidationBytes(o.validation);
        v = legacyRuntimeKey(o.validationKey, true, 0, vsize, context);
        d = legacyRuntimeKey(o.decryptionKey, false, vsize, legacyAutogenDecryptionBytes(o.decryption),
                             context);
    }
    if (!v.bytes || !d.bytes) {
        *error = v.bytes ? d.error : v.error;
        return false;
    }
    vkey = *v.bytes;
    dkey = *d.bytes;
    return true;
}

QByteArray legacyHash(ValidationAlgorithm alg, const QByteArray &vkey, const QByteArray &data,
                      const QByteArray &modifier)
{
    if (alg == ValidationAlgorithm::MD5) {
        return tc::md5(data + vkey + QByteArray(modifier.size(), '\0'));
    }
    return tc::hmac(alg, vkey, data + modifier);
}

/// Chained hash output cut to `length` bytes: T0 = H(data), Tn = H(Tn-1). With SHA-1 it is
/// MachineKeySection.GetIVHash (exact for SHA1 validation, whose _HashSize is the SHA-1 size; for other
/// validation sizes native GetSHA1Hash's handling of the larger buffer is unknown); with SHA-256 it is
/// CryptoUtil.CreatePredictableIV.
QByteArray chainedHash(QByteArray (*hash)(QByteArrayView), const QByteArray &data, qsizetype length)
{
    QByteArray out;
    QByteArray h = data;
    while (out.size() < length) {
        h = hash(h);
        out += h;
    }
    return out.left(length);
}

/// Legacy EncryptOrDecryptData(encrypt): C = CBC(zero IV, R || data || modifier), out = C || HashData(C). R
/// has the key's size (not the block size): random, or for resources (IVType.Hash) a hash of `data`.
std::optional<QByteArray> legacyEncrypt(const ProtectOptions &o, const QByteArray &vkey,
                                        const QByteArray &dkey, const QByteArray &data,
                                        const QByteArray &modifier, bool hashPrefix)
{
    const auto key = tc::cipherKey(o.decryption, dkey);
    if (!key) {
        return std::nullopt;
    }
    const auto prefix =
        hashPrefix ? std::optional(chainedHash(tc::sha1, data, key->size())) : randomBytes(key->size());
    if (!prefix) {
        return std::nullopt;
    }
    const auto c = tc::cbc(o.decryption, *key, QByteArray(tc::blockSize(o.decryption), '\0'),
                           *prefix + data + modifier, true);
    if (!c) {
        return std::nullopt;
    }
    return *c + legacyHash(o.validation, vkey, *c, {});
}

/// NetFXCryptoService.Protect: IV || CBC(K'enc, IV, clear) || HMAC(K'val, IV || C); the IV is random, or
/// predictable (CryptoServiceOptions.CacheableOutput, the resource URLs) = SHA-256 chain of `clear`.
std::optional<QByteArray> framework45Protect(const ProtectOptions &o, const QByteArray &vkey,
                                             const QByteArray &dkey, const QByteArray &clear,
                                             const QString &label, const QStringList &purposes,
                                             bool predictableIv)
{
    const QByteArray kval = deriveKeySp800108(vkey, label, purposes);
    const QByteArray kenc = deriveKeySp800108(dkey, label, purposes);
    const auto key = tc::cipherKey(o.decryption, kenc);
    if (!key) {
        return std::nullopt;
    }
    const int bs = tc::blockSize(o.decryption);
    const auto iv = predictableIv ? std::optional(chainedHash(tc::sha256, clear, bs)) : randomBytes(bs);
    if (!iv) {
        return std::nullopt;
    }
    const auto c = tc::cbc(o.decryption, *key, *iv, clear, true);
    if (!c) {
        return std::nullopt;
    }
    const QByteArray signedPart = *iv + *c;
    return signedPart + tc::hmac(o.validation, kval, signedPart);
}

QString framework45Label(TokenKind kind, ResourceHandler resource)
{
    switch (kind) {
    case TokenKind::ViewState:
        return QStringLiteral("WebForms.HiddenFieldPageStatePersister.ClientState");
    case TokenKind::FormsTicket:
        return QStringLiteral("FormsAuthentication.Ticket");
    case TokenKind::Resource:
        break;
    }
    return resource == ResourceHandler::WebResource
               ? QStringLiteral("AssemblyResourceLoader.WebResourceUrl")
               : QStringLiteral("ScriptResourceHandler.ScriptResourceUrl");
}

QByteArray viewStateModifier(const TokenContext &context)
{
    QByteArray m(4, '\0');
    qToLittleEndian<quint32>(context.generator.value_or(0), m.data());
    if (context.viewStateUserKey) {
        m.append(reinterpret_cast<const char *>(context.viewStateUserKey->utf16()),
                 context.viewStateUserKey->size() * 2);
    }
    return m;
}

} // namespace

std::optional<FormsTicket> parseFormsTicket(const QByteArray &clear)
{
    TicketReader r{clear};
    if (r.byte() != 1) {
        return std::nullopt;
    }
    FormsTicket t;
    t.version = r.byte();
    const qint64 issued = r.int64();
    const bool spacer = r.byte() == 0xFE;
    const qint64 expires = r.int64();
    const int persistent = r.byte();
    t.persistent = persistent == 1;
    t.name = r.string();
    t.userData = r.string();
    t.cookiePath = r.string();
    const bool footer = r.byte() == 0xFF;
    if (!r.ok || !spacer || !footer || r.pos != clear.size() || persistent > 1 || issued < 0 || expires < 0 ||
        issued > kMaxDateTimeTicks || expires > kMaxDateTimeTicks) {
        return std::nullopt;
    }
    t.issueDate = dateTimeFromTicks(issued);
    t.expiration = dateTimeFromTicks(expires);
    return t;
}

std::optional<QString> protectToken(TokenKind kind, const QByteArray &clear, const ProtectOptions &options,
                                    const TokenContext &context, QString *error)
{
    QByteArray vkey;
    QByteArray dkey;
    if (!runtimeKeys(options, context, vkey, dkey, error)) {
        return std::nullopt;
    }
    const bool viewState = kind == TokenKind::ViewState;
    std::optional<QByteArray> out;
    switch (options.protection) {
    case TokenProtection::None:
    case TokenProtection::LegacyMac:
        if (!viewState) {
            *error = tr("forms tickets and resource tokens are always encrypted");
            return std::nullopt;
        }
        out = options.protection == TokenProtection::None
                  ? clear
                  : clear + legacyHash(options.validation, vkey, clear, viewStateModifier(context));
        break;
    case TokenProtection::LegacyEncrypted:
        out = kind == TokenKind::FormsTicket
                  ? legacyEncrypt(options, vkey, dkey,
                                  clear + legacyHash(options.validation, vkey, clear, {}), {}, false)
                  : legacyEncrypt(options, vkey, dkey, clear,
                                  viewState ? viewStateModifier(context) : QByteArray(),
                                  kind == TokenKind::Resource);
        break;
    case TokenProtection::Framework45:
        if (options.validation == ValidationAlgorithm::MD5) {
            *error = tr("Framework45 does not accept MD5 validation");
            return std::nullopt;
        }
        out = framework45Protect(options, vkey, dkey, clear, framework45Label(kind, options.resource),
                                 viewState ? viewStatePurposes(context) : QStringList(),
                                 kind == TokenKind::Resource);
        break;
    }
    if (!out) {
        *error = tr("cannot protect: key size does not fit the algorithm, or OpenSSL failed");
        return std::nullopt;
    }
    switch (kind) {
    case TokenKind::ViewState:
        return QString::fromLatin1(out->toBase64());
    case TokenKind::FormsTicket:
        return QString::fromLatin1(out->toHex().toUpper());
    case TokenKind::Resource:
        break;
    }
    return urlTokenEncode(*out);
}

} // namespace sd
