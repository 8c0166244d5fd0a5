// SPDX-License-Identifier: GPL-3.0-or-later
#include "aspnet/tokenverify.h"

#include "aspnet/dotnetticks.h"
#include "aspnet/runtimekeys.h"
#include "aspnet/tokencrypto.h"
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

const QString kViewStateLabel = QStringLiteral("WebForms.HiddenFieldPageStatePersister.ClientState");
const QString kFormsLabel = QStringLiteral("FormsAuthentication.Ticket");

/// The primary purpose Page.EncryptString gets for each handler's `d=` (Purpose.cs).
QString resourcePurpose(ResourceHandler h)
{
    return h == ResourceHandler::WebResource ? QStringLiteral("AssemblyResourceLoader.WebResourceUrl")
                                             : QStringLiteral("ScriptResourceHandler.ScriptResourceUrl");
}

const QList<ValidationAlgorithm> kAllValidation{ValidationAlgorithm::SHA1, ValidationAlgorithm::HMACSHA256,
                                                ValidationAlgorithm::HMACSHA512,
                                                ValidationAlgorithm::HMACSHA384, ValidationAlgorithm::MD5};
const QList<DecryptionAlgorithm> kAllDecryption{DecryptionAlgorithm::AES256, DecryptionAlgorithm::AES192,
                                                DecryptionAlgorithm::AES128, DecryptionAlgorithm::TripleDES,
                                                DecryptionAlgorithm::DES};

/// The runtime keys of a candidate in one mode (runtimekeys.h).
struct KeyBytes
{
    QByteArray validation;
    QByteArray decryption;
};

/// One way the candidate's key text becomes runtime keys: the mode, the key bytes, and the validation
/// algorithms they go with (legacy auto-generated validation keys are 64 or 128 bytes by algorithm).
struct KeyVariant
{
    KeyCompatibility mode;
    KeyBytes k;
    QList<ValidationAlgorithm> validations;
    QString derivation;
};

void appendWriterString(QByteArray &out, const QByteArray &utf8)
{
    quint32 n = quint32(utf8.size()); // BinaryWriter.Write7BitEncodedInt
    while (n >= 0x80) {
        out.append(char(n | 0x80));
        n >>= 7;
    }
    out.append(char(n));
    out.append(utf8);
}

/// MachineKeySection.HashData (machinekey.md §2.3), including the MD5 quirk: the key overwrites the
/// modifier, which never enters the hash; its length in zero bytes does.
QByteArray legacyHash(ValidationAlgorithm alg, const QByteArray &vkey, QByteArrayView data,
                      const QByteArray &modifier)
{
    if (alg == ValidationAlgorithm::MD5) {
        return tc::md5(data.toByteArray() + vkey + QByteArray(modifier.size(), '\0'));
    }
    return tc::hmac(alg, vkey, data.toByteArray() + modifier);
}

/// `data || MAC` → data, when the trailing MAC of `alg` matches.
std::optional<QByteArray> legacyUnsign(ValidationAlgorithm alg, const QByteArray &vkey,
                                       const QByteArray &bytes, const QByteArray &modifier)
{
    const int n = tc::macSize(alg);
    if (bytes.size() <= n) {
        return std::nullopt;
    }
    const QByteArrayView data(bytes.constData(), bytes.size() - n);
    if (!tc::macEquals(legacyHash(alg, vkey, data, modifier), QByteArrayView(bytes).last(n))) {
        return std::nullopt;
    }
    return data.toByteArray();
}

/// EncryptOrDecryptData decrypt half: zero IV, strip the key-size random prefix and the trailing modifier.
std::optional<QByteArray> legacyDecrypt(DecryptionAlgorithm alg, const QByteArray &dkey, const QByteArray &c,
                                        const QByteArray &modifier)
{
    const auto key = tc::cipherKey(alg, dkey);
    if (!key) {
        return std::nullopt;
    }
    const auto clear = tc::cbc(alg, *key, QByteArray(tc::blockSize(alg), '\0'), c, false);
    const qsizetype prefix = key->size();
    if (!clear || clear->size() < prefix + modifier.size() || !clear->endsWith(modifier)) {
        return std::nullopt;
    }
    return clear->mid(prefix, clear->size() - prefix - modifier.size());
}

QByteArray modifierFor(const TokenContext &context)
{
    QByteArray m(4, '\0');
    qToLittleEndian<quint32>(context.generator.value_or(0), m.data());
    if (context.viewStateUserKey) {
        const QString &k = *context.viewStateUserKey;
        m.append(reinterpret_cast<const char *>(k.utf16()), k.size() * 2);
    }
    return m;
}

QList<ValidationAlgorithm> validationsOf(const MachineKeyCandidate &key)
{
    return key.validation ? QList{*key.validation} : kAllValidation;
}

QList<DecryptionAlgorithm> decryptionsOf(const MachineKeyCandidate &key, const QByteArray &dkey)
{
    QList<DecryptionAlgorithm> out;
    for (DecryptionAlgorithm d : key.decryption ? QList{*key.decryption} : kAllDecryption) {
        if (tc::cipherKey(d, dkey)) {
            out << d;
        }
    }
    return out;
}

bool triesMode(const MachineKeyCandidate &key, KeyCompatibility mode)
{
    return !key.compatibility || *key.compatibility == mode;
}

/// The work of one verifyToken() call: inputs plus notes for the "likely cause" of a failure.
struct Attempt
{
    TokenKind kind;
    const QByteArray &bytes;
    const MachineKeyCandidate &key;
    const TokenContext &context;
    QStringList notes;
    bool macMatchedButDecryptFailed = false;
    bool isolated = false; ///< a tried key was IsolateApps / IsolateByAppId-derived
};

/// A valid result: how the token was protected (`decryption` unset when it was only signed) and its payload.
TokenVerifyResult validResult(TokenProtection protection, ValidationAlgorithm validation,
                              std::optional<DecryptionAlgorithm> decryption, QByteArray clear)
{
    TokenVerifyResult r;
    r.status = TokenStatus::Valid;
    r.protection = protection;
    r.validation = validation;
    r.decryption = decryption;
    r.clear = std::move(clear);
    return r;
}

/// Legacy MAC-only ViewState: data || MAC(data || modifier).
std::optional<TokenVerifyResult> tryLegacyMac(Attempt &a, const KeyVariant &kv)
{
    if (a.kind != TokenKind::ViewState || !a.context.generator) {
        return std::nullopt;
    }
    for (ValidationAlgorithm v : kv.validations) {
        if (auto data = legacyUnsign(v, kv.k.validation, a.bytes, modifierFor(a.context))) {
            return validResult(TokenProtection::LegacyMac, v, std::nullopt, *data);
        }
    }
    return std::nullopt;
}

/// Legacy encrypted: C || MAC(C), C = CBC(R || payload || modifier); forms payload = blob || MAC(blob);
/// resources (Page.EncryptString, IVType.Hash) have no modifier and R is a hash instead of random.
std::optional<TokenVerifyResult> tryLegacyEncrypted(Attempt &a, const KeyVariant &kv)
{
    const bool viewState = a.kind == TokenKind::ViewState;
    const bool forms = a.kind == TokenKind::FormsTicket;
    if (viewState && !a.context.generator) {
        return std::nullopt;
    }
    const QByteArray modifier = viewState ? modifierFor(a.context) : QByteArray();
    for (ValidationAlgorithm v : kv.validations) {
        const auto c = legacyUnsign(v, kv.k.validation, a.bytes, {});
        if (!c) {
            continue;
        }
        for (DecryptionAlgorithm d : decryptionsOf(a.key, kv.k.decryption)) {
            auto clear = legacyDecrypt(d, kv.k.decryption, *c, modifier);
            if (clear && forms) {
                clear = legacyUnsign(v, kv.k.validation, *clear, {});
            }
            if (clear) {
                return validResult(TokenProtection::LegacyEncrypted, v, d, std::move(*clear));
            }
        }
        a.macMatchedButDecryptFailed = true;
    }
    return std::nullopt;
}

/// Framework45: IV || CBC(Kenc', IV, clear) || HMAC(Kval', IV || C) (NetFXCryptoService.Unprotect).
std::optional<TokenVerifyResult> tryFramework45(Attempt &a, const KeyVariant &kv, const QString &label,
                                                const QStringList &purposes)
{
    const QByteArray kval = deriveKeySp800108(kv.k.validation, label, purposes);
    const QByteArray kenc = deriveKeySp800108(kv.k.decryption, label, purposes);
    for (ValidationAlgorithm v : kv.validations) {
        const int n = tc::macSize(v);
        if (v == ValidationAlgorithm::MD5 || a.bytes.size() <= n + 8) {
            continue;
        }
        const QByteArrayView signedPart(a.bytes.constData(), a.bytes.size() - n);
        if (!tc::macEquals(tc::hmac(v, kval, signedPart), QByteArrayView(a.bytes).last(n))) {
            continue;
        }
        for (DecryptionAlgorithm d : decryptionsOf(a.key, kenc)) {
            const int bs = tc::blockSize(d);
            if (signedPart.size() < qsizetype(2) * bs) {
                continue;
            }
            const auto clear = tc::cbc(d, *tc::cipherKey(d, kenc), signedPart.first(bs).toByteArray(),
                                       signedPart.sliced(bs), false);
            if (clear) {
                return validResult(TokenProtection::Framework45, v, d, *clear);
            }
        }
        a.macMatchedButDecryptFailed = true;
    }
    return std::nullopt;
}

/// Framework45 for one key variant: the label and purposes of the token kind (both resource purposes).
std::optional<TokenVerifyResult> tryFramework45Kind(Attempt &a, const KeyVariant &kv)
{
    if (a.kind == TokenKind::FormsTicket) {
        return tryFramework45(a, kv, kFormsLabel, {});
    }
    if (a.kind == TokenKind::Resource) {
        for (ResourceHandler h : {ResourceHandler::WebResource, ResourceHandler::ScriptResource}) {
            if (auto r = tryFramework45(a, kv, resourcePurpose(h), {})) {
                r->resourceHandler = h;
                return r;
            }
        }
        return std::nullopt;
    }
    const QStringList purposes = viewStatePurposes(a.context);
    if (purposes.isEmpty()) {
        a.notes << tr("no page URL given, so Framework45 was not tried");
        return std::nullopt;
    }
    return tryFramework45(a, kv, kViewStateLabel, purposes);
}

std::optional<TokenVerifyResult> tryVariant(Attempt &a, const KeyVariant &kv)
{
    a.isolated = a.isolated || kv.derivation.contains(QStringLiteral("Isolate"));
    std::optional<TokenVerifyResult> r;
    if (kv.mode == KeyCompatibility::Framework45) {
        r = tryFramework45Kind(a, kv);
    } else {
        if (a.kind == TokenKind::ViewState && !a.context.generator) {
            a.notes << tr("no __VIEWSTATEGENERATOR given, so the legacy modes were not tried");
        }
        r = tryLegacyMac(a, kv);
        if (!r) {
            r = tryLegacyEncrypted(a, kv);
        }
    }
    if (r) {
        r->keyDerivation = kv.derivation;
    }
    return r;
}

QString joinDerivations(const RuntimeKey &v, const RuntimeKey &d)
{
    QStringList parts;
    if (!v.derivation.isEmpty()) {
        parts << QStringLiteral("validationKey ") + v.derivation;
    }
    if (!d.derivation.isEmpty()) {
        parts << QStringLiteral("decryptionKey ") + d.derivation;
    }
    return parts.join(QStringLiteral("; "));
}

/// Legacy runtime keys: one variant per auto-generated validation key size (64, 128 bytes) that the
/// candidate's algorithms need; merged into one when the key bytes do not depend on the size.
void addLegacyVariants(const MachineKeyCandidate &key, const TokenContext &context, QList<KeyVariant> &out,
                       QStringList &notes)
{
    for (int size : {64, 128}) {
        QList<ValidationAlgorithm> group;
        for (ValidationAlgorithm v : validationsOf(key)) {
            if (legacyAutogenValidationBytes(v) == size) {
                group << v;
            }
        }
        const RuntimeKey v = legacyRuntimeKey(key.validationKey, true, 0, size, context);
        const RuntimeKey d = legacyRuntimeKey(key.decryptionKey, false, size, 24, context);
        if (!v.bytes || !d.bytes) {
            notes << tr("legacy modes: ") + (v.bytes ? d.error : v.error);
            continue;
        }
        if (group.isEmpty()) {
            continue;
        }
        if (!out.isEmpty() && out.last().k.validation == *v.bytes && out.last().k.decryption == *d.bytes) {
            out.last().validations << group;
            continue;
        }
        out << KeyVariant{KeyCompatibility::Legacy, {*v.bytes, *d.bytes}, group, joinDerivations(v, d)};
    }
}

/// Every (mode, runtime keys) pair the candidate stands for; `notes` says why a mode is missing.
QList<KeyVariant> keyVariants(const MachineKeyCandidate &key, const TokenContext &context, QStringList &notes)
{
    QList<KeyVariant> out;
    if (triesMode(key, KeyCompatibility::Legacy)) {
        addLegacyVariants(key, context, out, notes);
    }
    if (triesMode(key, KeyCompatibility::Framework45)) {
        const RuntimeKey v = framework45RuntimeKey(key.validationKey, true, context);
        const RuntimeKey d = framework45RuntimeKey(key.decryptionKey, false, context);
        if (v.bytes && d.bytes) {
            out << KeyVariant{KeyCompatibility::Framework45,
                              {*v.bytes, *d.bytes},
                              validationsOf(key),
                              joinDerivations(v, d)};
        } else {
            notes << tr("Framework45: ") + (v.bytes ? d.error : v.error);
        }
    }
    notes.removeDuplicates();
    return out;
}

/// The handler a decrypted `d=` text belongs to, from its first letter: 's', 'p', 'f' for
/// AssemblyResourceLoader (System.Web, partial or full assembly name), 'Z', 'U', 'Q', 'R' (either case) and
/// 'T' for ScriptResourceHandler.
std::optional<ResourceHandler> handlerOfText(const QString &text)
{
    if (text.isEmpty()) {
        return std::nullopt;
    }
    if (QStringLiteral("spf").contains(text[0])) {
        return ResourceHandler::WebResource;
    }
    if (QStringLiteral("ZzUuQqRrT").contains(text[0])) {
        return ResourceHandler::ScriptResource;
    }
    return std::nullopt;
}

void describeClear(TokenKind kind, TokenVerifyResult &r)
{
    if (kind == TokenKind::ViewState) {
        r.structure = describeViewState(r.clear);
        return;
    }
    if (kind == TokenKind::Resource) {
        r.structure = QString::fromUtf8(r.clear);
        if (!r.resourceHandler) {
            r.resourceHandler = handlerOfText(r.structure);
        }
        return;
    }
    r.ticket = parseFormsTicket(r.clear);
    if (!r.ticket) {
        r.cause = tr("the MAC matches but the payload is not a version 1 forms ticket");
    }
}

TokenVerifyResult failure(TokenStatus status, const QString &cause)
{
    TokenVerifyResult r;
    r.status = status;
    r.cause = cause;
    return r;
}

/// `context`, with the generator computed from the URL for a ViewState that has a URL but no generator.
TokenContext contextWithGenerator(TokenKind kind, const TokenContext &context, QStringList &notes)
{
    TokenContext c = context;
    if (kind != TokenKind::ViewState || c.generator || c.url.isEmpty()) {
        return c;
    }
    c.generator = viewStateGenerator(c);
    if (c.generator) {
        notes << tr("__VIEWSTATEGENERATOR %1 was computed from the URL; give the page's own if it "
                    "differs")
                     .arg(QString::number(*c.generator, 16).toUpper().rightJustified(8, QLatin1Char('0')));
    } else {
        notes << tr("the __VIEWSTATEGENERATOR cannot be computed for this page path (only printable "
                    "ASCII without '-' or apostrophes is known); give it");
    }
    return c;
}

QString invalidCause(Attempt &a)
{
    QString cause = a.macMatchedButDecryptFailed
                        ? tr("the MAC matches but decryption fails: wrong decryptionKey or "
                             "decryption algorithm")
                        : tr("no MAC matches: wrong validationKey, validation algorithm, "
                             "compatibility mode, or (ViewState) generator, page or "
                             "ViewStateUserKey");
    if (a.isolated) {
        a.notes
            << (a.context.appId.isEmpty()
                    ? tr("the keys were derived with IsolateApps/IsolateByAppId for app path %1: another "
                         "application path or id gives other keys")
                          .arg(appVirtualPath(a.context))
                    : tr("the keys were derived with IsolateApps/IsolateByAppId for app path %1 and app id "
                         "%2: another application path or id gives other keys")
                          .arg(appVirtualPath(a.context), a.context.appId));
    }
    a.notes.removeDuplicates();
    if (!a.notes.isEmpty()) {
        cause += QStringLiteral("; ") + a.notes.join(QStringLiteral("; "));
    }
    return cause;
}

} // namespace

QString resourceHandlerName(ResourceHandler h)
{
    return h == ResourceHandler::WebResource ? QStringLiteral("WebResource.axd")
                                             : QStringLiteral("ScriptResource.axd");
}

QString protectionName(TokenProtection p)
{
    switch (p) {
    case TokenProtection::None:
        return QStringLiteral("not protected");
    case TokenProtection::LegacyMac:
        return QStringLiteral("legacy MAC");
    case TokenProtection::LegacyEncrypted:
        return QStringLiteral("legacy encrypted");
    case TokenProtection::Framework45:
        return QStringLiteral("Framework45");
    }
    return {};
}

QByteArray deriveKeySp800108(const QByteArray &key, const QString &label, const QStringList &purposes)
{
    QByteArray context;
    for (const QString &p : purposes) {
        appendWriterString(context, p.toUtf8());
    }
    QByteArray fixed = label.toUtf8();
    fixed.append('\0');
    fixed.append(context);
    QByteArray lBits(4, '\0');
    qToBigEndian<quint32>(quint32(key.size()) * 8, lBits.data());
    fixed.append(lBits);
    QByteArray out;
    for (quint32 i = 1; out.size() < key.size(); ++i) {
        QByteArray block(4, '\0');
        qToBigEndian<quint32>(i, block.data());
        out.append(tc::hmacSha512(key, block + fixed));
    }
    return out.left(key.size());
}

TokenVerifyResult verifyToken(TokenKind kind, const QString &token, const MachineKeyCandidate &key,
                              const TokenContext &context)
{
    const auto bytes = decodeTokenText(kind, token);
    if (!bytes) {
        return failure(TokenStatus::Malformed,
                       kind == TokenKind::FormsTicket ? tr("not a hex forms ticket")
                       : kind == TokenKind::Resource
                           ? tr("not a UrlToken d= value (base64 with - and _, padding count last)")
                           : tr("not base64"));
    }
    QStringList notes;
    const TokenContext withGenerator = contextWithGenerator(kind, context, notes);
    Attempt a{kind, *bytes, key, withGenerator, notes, false, false};
    const QList<KeyVariant> variants = keyVariants(key, withGenerator, a.notes);
    for (const KeyVariant &kv : variants) {
        if (auto r = tryVariant(a, kv)) {
            describeClear(kind, *r);
            if (r->protection == TokenProtection::LegacyMac ||
                (r->protection == TokenProtection::LegacyEncrypted && kind == TokenKind::ViewState)) {
                r->generator = withGenerator.generator;
                r->generatorComputed = !context.generator.has_value();
            }
            return *r;
        }
    }
    if (kind == TokenKind::ViewState && isCompleteViewState(*bytes)) {
        TokenVerifyResult r =
            failure(TokenStatus::NotProtected, tr("a bare ObjectStateFormatter payload: MAC disabled "
                                                  "(EnableViewStateMac=false), nothing to verify"));
        r.clear = *bytes;
        r.structure = describeViewState(*bytes);
        return r;
    }
    if (bytes->size() < 16 + 16) {
        return failure(TokenStatus::Malformed, tr("truncated: too short to hold data and a MAC"));
    }
    if (variants.isEmpty()) {
        return failure(TokenStatus::Invalid,
                       tr("the candidate key cannot be checked: ") + a.notes.join(QStringLiteral("; ")));
    }
    return failure(TokenStatus::Invalid, invalidCause(a));
}

QByteArray serializeFormsTicket(const FormsTicket &ticket)
{
    auto writeString = [](QByteArray &out, const QString &s) {
        quint32 n = quint32(s.size()); // 7-bit-encoded char count, then UTF-16LE
        while (n >= 0x80) {
            out.append(char(n | 0x80));
            n >>= 7;
        }
        out.append(char(n));
        for (QChar c : s) {
            out.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        }
    };
    QByteArray out;
    out.append(char(1)).append(char(ticket.version));
    QByteArray n(8, '\0');
    qToLittleEndian<qint64>(ticksFromDateTime(ticket.issueDate), n.data());
    out.append(n).append(char(0xFE));
    qToLittleEndian<qint64>(ticksFromDateTime(ticket.expiration), n.data());
    out.append(n).append(char(ticket.persistent ? 1 : 0));
    writeString(out, ticket.name);
    writeString(out, ticket.userData);
    writeString(out, ticket.cookiePath);
    out.append(char(0xFF));
    return out;
}

} // namespace sd
