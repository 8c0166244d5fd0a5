// SPDX-License-Identifier: GPL-3.0-or-later
#include "aspnet/runtimekeys.h"

#include "aspnet/dotnethash.h"

#include <QCoreApplication>
#include <QtEndian>

namespace sd {

namespace {

/// The tr() of this file's free functions; lupdate files them under the enclosing namespace, "sd", so the
/// desktop app shows the causes translated (sessionctl has no translator and prints the English).
QString tr(const char *text)
{
    return QCoreApplication::translate("sd", text);
}

const QString kIsolateApps = QStringLiteral("IsolateApps");
const QString kIsolateByAppId = QStringLiteral("IsolateByAppId");
const QString kAutoGenerate = QStringLiteral("AutoGenerate");

/// CryptoUtil.HexToBinary / MachineKeySection.HexStringToByteArray: even length, hex digits only (either
/// case); nullopt otherwise. An empty string gives an empty array.
std::optional<QByteArray> hexToBinary(const QString &s)
{
    if (s.size() % 2 != 0) {
        return std::nullopt;
    }
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F'))) {
            return std::nullopt;
        }
    }
    return QByteArray::fromHex(s.toLatin1());
}

RuntimeKey failed(const QString &error)
{
    RuntimeKey k;
    k.error = error;
    return k;
}

const char *attributeName(bool validation)
{
    return validation ? "validationKey" : "decryptionKey";
}

/// Overwrites key bytes [at, at+4) with LE32 of the hash of `text` (RuntimeDataInitialize).
bool isolate(QByteArray &key, int at, const QString &text, const QString &flag, RuntimeKey &out)
{
    const auto hash = invariantIgnoreCaseHash(text);
    if (!hash) {
        out.error = tr("%1: cannot compute the .NET hash of \"%2\" (only printable ASCII without '-' or "
                       "apostrophes is known)")
                        .arg(flag, text);
        return false;
    }
    if (key.size() < at + 4) {
        out.error = tr("%1: the key is shorter than %2 bytes").arg(flag).arg(at + 4);
        return false;
    }
    qToLittleEndian<qint32>(*hash, key.data() + at);
    return true;
}

} // namespace

int legacyAutogenValidationBytes(ValidationAlgorithm alg)
{
    return (alg == ValidationAlgorithm::HMACSHA384 || alg == ValidationAlgorithm::HMACSHA512) ? 128 : 64;
}

int legacyAutogenDecryptionBytes(DecryptionAlgorithm alg)
{
    return alg == DecryptionAlgorithm::DES ? 8 : 24;
}

QString appVirtualPath(const TokenContext &context)
{
    QString app = context.appPath.trimmed();
    if (!app.startsWith(QLatin1Char('/'))) {
        app.prepend(QLatin1Char('/'));
    }
    while (app.size() > 1 && app.endsWith(QLatin1Char('/'))) {
        app.chop(1);
    }
    return app;
}

RuntimeKey legacyRuntimeKey(const QString &value, bool validation, int offset, int size,
                            const TokenContext &context)
{
    QString text = value.trimmed();
    const bool byAppId = text.endsWith(QLatin1Char(',') + kIsolateByAppId);
    if (byAppId) {
        text.chop(kIsolateByAppId.size() + 1);
    }
    const bool apps = text.endsWith(QLatin1Char(',') + kIsolateApps);
    if (apps) {
        text.chop(kIsolateApps.size() + 1);
    }
    RuntimeKey out;
    QStringList how;
    if (text == kAutoGenerate) {
        if (context.autogenKeys.size() < offset + size) {
            return failed(tr("%1 is AutoGenerate and the auto-generated key blob "
                             "(HttpRuntime.s_autogenKeys) is not given")
                              .arg(QLatin1String(attributeName(validation))));
        }
        out.bytes = context.autogenKeys.mid(offset, size);
        how << kAutoGenerate;
    } else {
        out.bytes = hexToBinary(text);
        if (!out.bytes || (validation && text.size() < 40)) {
            return failed(tr("%1 \"%2\" is not accepted by the legacy modes (%3)")
                              .arg(QLatin1String(attributeName(validation)), text.left(24),
                                   validation ? tr("needs at least 40 hex digits, even length")
                                              : tr("needs even-length hex")));
        }
    }
    if (apps) {
        const QString path = appVirtualPath(context);
        if (!isolate(*out.bytes, 0, path, kIsolateApps, out)) {
            return failed(out.error);
        }
        how << QStringLiteral("IsolateApps (%1)").arg(path);
    }
    if (byAppId) {
        if (context.appId.isEmpty()) {
            return failed(tr("IsolateByAppId needs the AppDomainAppId (e.g. /LM/W3SVC/1/ROOT/app)"));
        }
        if (!isolate(*out.bytes, 4, context.appId, kIsolateByAppId, out)) {
            return failed(out.error);
        }
        how << QStringLiteral("IsolateByAppId (%1)").arg(context.appId);
    }
    out.derivation = how.join(QStringLiteral(", "));
    return out;
}

RuntimeKey framework45RuntimeKey(const QString &value, bool validation, const TokenContext &context)
{
    const QString text = value.trimmed();
    RuntimeKey out;
    out.bytes = hexToBinary(text);
    if (out.bytes && !out.bytes->isEmpty()) {
        return out;
    }
    const QStringList flags = text.split(QLatin1Char(','));
    for (const QString &f : flags) {
        if (f != kAutoGenerate && f != kIsolateApps && f != kIsolateByAppId) {
            return failed(tr("%1 \"%2\" is a configuration error in Framework45 (only plain hex or "
                             "AutoGenerate[,IsolateApps][,IsolateByAppId]; IsolateApps cannot "
                             "modify an explicit key)")
                              .arg(QLatin1String(attributeName(validation)), text.left(40)));
        }
    }
    if (!flags.contains(kAutoGenerate)) {
        return failed(tr("%1 \"%2\" has no AutoGenerate: a configuration error in Framework45")
                          .arg(QLatin1String(attributeName(validation)), text));
    }
    if (context.autogenKeys.size() < 64) {
        return failed(tr("%1 is AutoGenerate and the auto-generated key blob "
                         "(HttpRuntime.s_autogenKeys) is not given")
                          .arg(QLatin1String(attributeName(validation))));
    }
    QStringList purposes;
    QStringList how{kAutoGenerate};
    if (flags.contains(kIsolateApps)) {
        purposes << kIsolateApps + QStringLiteral(": ") + appVirtualPath(context);
        how << QStringLiteral("IsolateApps (%1)").arg(appVirtualPath(context));
    }
    if (flags.contains(kIsolateByAppId)) {
        if (context.appId.isEmpty()) {
            return failed(tr("IsolateByAppId needs the AppDomainAppId (e.g. /LM/W3SVC/1/ROOT/app)"));
        }
        purposes << kIsolateByAppId + QStringLiteral(": ") + context.appId;
        how << QStringLiteral("IsolateByAppId (%1)").arg(context.appId);
    }
    const QByteArray master = context.autogenKeys.mid(validation ? 32 : 0, 32);
    out.bytes = deriveKeySp800108(master, QStringLiteral("MachineKeyDerivation"), purposes);
    out.derivation = how.join(QStringLiteral(", "));
    return out;
}

} // namespace sd
