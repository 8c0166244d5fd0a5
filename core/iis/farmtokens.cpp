// SPDX-License-Identifier: GPL-3.0-or-later
#include "iis/farmtokens.h"

#include "aspnet/configdocument.h"
#include "aspnet/dotnethash.h"
#include "aspnet/machinekey.h"
#include "base/crypto.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QtEndian>

namespace sd {

namespace {

/// The tr() of this file's free functions; lupdate files them under the enclosing namespace, "sd".
QString tr(const char *text)
{
    return QCoreApplication::translate("sd", text);
}

/// The cipher of `name` ("Auto", "AES", "3DES", "DES") for a key of `bytes` bytes: AES by key size, and
/// "Auto" as DES for an 8-byte key in legacy mode (MachineKeySection.ConfigureEncryptionObject) but AES in
/// Framework45 (MachineKeyCryptoAlgorithmFactory). nullopt for an unknown name or a size the cipher refuses.
std::optional<DecryptionAlgorithm> resolveDecryption(const QString &name, qsizetype bytes,
                                                     KeyCompatibility mode)
{
    const QString n = name.trimmed().toUpper();
    if (n == u"AUTO" && mode == KeyCompatibility::Legacy && bytes == 8) {
        return DecryptionAlgorithm::DES;
    }
    if (n == u"AUTO" || n == u"AES") {
        switch (bytes) {
        case 16:
            return DecryptionAlgorithm::AES128;
        case 24:
            return DecryptionAlgorithm::AES192;
        case 32:
            return DecryptionAlgorithm::AES256;
        default:
            return std::nullopt;
        }
    }
    if (n == u"3DES") {
        return bytes == 16 || bytes >= 24 ? std::optional(DecryptionAlgorithm::TripleDES) : std::nullopt;
    }
    if (n == u"DES") {
        return bytes >= 8 ? std::optional(DecryptionAlgorithm::DES) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

int machineKeyAt(const ConfigDocument &doc, const QString &attr, int line)
{
    for (int e = 0; e < doc.elements().size(); ++e) {
        const XmlAttribute *a = doc.elements()[e].attribute(attr);
        if (doc.elements()[e].localName == u"machineKey" && a && doc.lineOf(a->start) == line) {
            return e;
        }
    }
    return -1;
}

std::optional<QString> writtenKeyValue(const SnapshotApplication &a, const QString &attr, QString *error)
{
    const SettingValue *v = findSetting(a.settings, QStringLiteral("machineKey.") + attr);
    if (v && v->value.startsWith(u"AutoGenerate")) {
        return v->value;
    }
    ConfigDocument doc;
    ConfigError e;
    const int el =
        !v || v->from.isDefault || !doc.load(v->from.file, &e) ? -1 : machineKeyAt(doc, attr, v->from.line);
    if (el < 0) {
        if (error) {
            *error = tr("%1 has no explicit %2 (AutoGenerate or not written)").arg(a.siteName + a.path, attr);
        }
        return std::nullopt;
    }
    return doc.elements()[el].attribute(attr)->value();
}

MachineKeyCandidate applicationKeyCandidate(const SnapshotApplication &a, const QString &label)
{
    MachineKeyCandidate c;
    c.label = label;
    c.validationKey = writtenKeyValue(a, QStringLiteral("validationKey"), nullptr)
                          .value_or(QStringLiteral("AutoGenerate,IsolateApps"));
    c.decryptionKey = writtenKeyValue(a, QStringLiteral("decryptionKey"), nullptr)
                          .value_or(QStringLiteral("AutoGenerate,IsolateApps"));
    c.validation =
        parseValidationAlgorithm(settingValue(a.settings, QStringLiteral("machineKey.validation")));
    c.compatibility =
        settingValue(a.settings, QStringLiteral("machineKey.compatibilityMode")) == u"Framework45"
            ? KeyCompatibility::Framework45
            : KeyCompatibility::Legacy;
    const QString decryption = settingValue(a.settings, QStringLiteral("machineKey.decryption"));
    if (decryption.compare(QStringLiteral("Auto"), Qt::CaseInsensitive) != 0) {
        // "AES" is AES-128, -192 or -256 by the size of the key (a 24-byte key is AES-192).
        const QString hex = parseKeyValue(c.decryptionKey).hex;
        c.decryption =
            isEvenHex(hex) ? resolveDecryption(decryption, hex.size() / 2, *c.compatibility) : std::nullopt;
        if (!c.decryption) {
            c.decryption = parseDecryptionAlgorithm(decryption);
        }
    }
    return c;
}

QList<MachineKeyCandidate> snapshotKeyCandidates(const ServerSnapshot &snapshot, const QString &server)
{
    QList<MachineKeyCandidate> out;
    for (const SnapshotApplication &a : snapshot.applications()) {
        out << applicationKeyCandidate(a, QStringLiteral("%1: %2%3").arg(server, a.siteName, a.path));
    }
    return out;
}

namespace {

/// The `__VIEWSTATEGENERATOR` of the farm check's page. Both servers of a pair render the same page, so they
/// compute the same generator whatever its value; this one only has to be the same on both sides.
constexpr quint32 kFarmGenerator = 0xCA0B0334;

/// The clear ViewState of the farm check: Pair(Pair(String "874280290", Null), Null), as a page writes it
/// (machinekey.md §3.2).
const char *const kFarmViewState = "/wEPDwUJODc0MjgwMjkwZGQ=";

const QString kIsolateApps = QStringLiteral("IsolateApps");
const QString kIsolateByAppId = QStringLiteral("IsolateByAppId");

/// The <machineKey> one server uses for one application, resolved as ASP.NET resolves it.
struct ServerKey
{
    const SnapshotApplication *app = nullptr;
    KeyValue validationKey; ///< as written (default "AutoGenerate,IsolateApps")
    KeyValue decryptionKey;
    QString validationText; ///< the validation attribute in force, e.g. "HMACSHA256"
    QString decryptionText; ///< the decryption attribute in force, e.g. "Auto"
    std::optional<ValidationAlgorithm> validation;
    std::optional<DecryptionAlgorithm> decryption; ///< resolved for the explicit decryptionKey
    KeyCompatibility mode = KeyCompatibility::Legacy;
    QString modeText; ///< "Framework45 (httpRuntime targetFramework=\"4.8\")" when defaulted
    QByteArray vkey;  ///< the explicit validation key, legacy isolation applied; empty for AutoGenerate
    QByteArray dkey;  ///< the explicit decryption key, likewise
};

/// A legacy ViewState is only signed (viewStateEncryptionMode="Auto"): the decryption key plays no part.
bool usesDecryption(TokenKind kind, KeyCompatibility mode)
{
    return kind != TokenKind::ViewState || mode != KeyCompatibility::Legacy;
}

KeyValue writtenKey(const SnapshotApplication &a, const QString &attr)
{
    return parseKeyValue(
        writtenKeyValue(a, attr, nullptr).value_or(QStringLiteral("AutoGenerate,IsolateApps")));
}

/// Legacy ",IsolateApps" / ",IsolateByAppId" (MachineKeySection.RuntimeDataInitialize): key bytes 0-3 / 4-7
/// are overwritten with LE32 of StringComparer.InvariantCultureIgnoreCase.GetHashCode of the application path
/// / AppDomainAppId (dotnethash.h). For text that hash cannot be computed for (non-ASCII), a stand-in
/// (SHA-256 of the lower-cased text) still gives the same "equal or not" between two servers, which is all
/// the matrix needs.
QByteArray isolated(QByteArray key, const KeyValue &value, const SnapshotApplication &a)
{
    auto overwrite = [&key](int offset, const QString &text) {
        QByteArray h = sha256(text.toLower().toUtf8());
        if (const auto hash = invariantIgnoreCaseHash(text)) {
            qToLittleEndian<qint32>(*hash, h.data());
        }
        for (int i = 0; i < 4 && offset + i < key.size(); ++i) {
            key[offset + i] = h[i];
        }
    };
    if (value.modifiers.contains(kIsolateApps)) {
        overwrite(0, a.path.size() > 1 && a.path.endsWith(u'/') ? a.path.chopped(1) : a.path);
    }
    if (value.modifiers.contains(kIsolateByAppId)) {
        overwrite(4, a.appDomainAppId);
    }
    return key;
}

/// The explicit key bytes of `value` (isolation applied in legacy mode), or empty for AutoGenerate or bad
/// hex.
QByteArray keyBytes(const KeyValue &value, const SnapshotApplication &a, KeyCompatibility mode)
{
    if (value.autoGenerate() || !isEvenHex(value.hex)) {
        return {};
    }
    const QByteArray raw = QByteArray::fromHex(value.hex.toLatin1());
    return mode == KeyCompatibility::Legacy ? isolated(raw, value, a) : raw;
}

ServerKey resolveKey(const SnapshotApplication &a)
{
    ServerKey k;
    k.app = &a;
    k.validationKey = writtenKey(a, QStringLiteral("validationKey"));
    k.decryptionKey = writtenKey(a, QStringLiteral("decryptionKey"));
    k.validationText = settingValue(a.settings, QStringLiteral("machineKey.validation")).trimmed();
    k.decryptionText =
        settingValue(a.settings, QStringLiteral("machineKey.decryption"), QStringLiteral("Auto")).trimmed();
    k.validation = parseValidationAlgorithm(k.validationText);
    const SettingValue *mode = findSetting(a.settings, QStringLiteral("machineKey.compatibilityMode"));
    k.mode = mode && mode->value.trimmed() == u"Framework45" ? KeyCompatibility::Framework45
                                                             : KeyCompatibility::Legacy;
    k.modeText = mode ? mode->value.trimmed() : QStringLiteral("Framework20SP1");
    if (!mode || mode->from.isDefault) {
        k.modeText += QStringLiteral(" (httpRuntime targetFramework=\"%1\")")
                          .arg(settingValue(a.settings, QStringLiteral("httpRuntime.targetFramework")));
    }
    k.vkey = keyBytes(k.validationKey, a, k.mode);
    k.dkey = keyBytes(k.decryptionKey, a, k.mode);
    if (!k.dkey.isEmpty()) {
        k.decryption = resolveDecryption(k.decryptionText, k.dkey.size(), k.mode);
    }
    return k;
}

FarmTokenReasonItem reason(FarmTokenReason r, int server, const QString &detail = {})
{
    return FarmTokenReasonItem{r, server, {}, {}, detail};
}

FarmTokenReasonItem difference(FarmTokenReason r, const QString &issuer, const QString &receiver)
{
    return FarmTokenReasonItem{r, -1, issuer, receiver, {}};
}

/// Why server `k` (index `server`) cannot make or check a token of `kind`: its configuration errors and what
/// the check does not model. Empty when it can.
QList<FarmTokenReasonItem> problemsOf(const ServerKey &k, int server, TokenKind kind)
{
    QList<FarmTokenReasonItem> out;
    const bool fx45 = k.mode == KeyCompatibility::Framework45;
    const QString upper = k.validationText.toUpper();
    if (fx45 && (upper == u"MD5" || upper == u"AES" || upper == u"3DES")) {
        out << reason(FarmTokenReason::Framework45Validation, server, k.validationText);
    } else if (!k.validation) {
        out << reason(FarmTokenReason::UnsupportedAlgorithm, server,
                      QStringLiteral("validation=\"%1\"").arg(k.validationText));
    }
    QList<std::pair<QString, const KeyValue *>> keys{{QStringLiteral("validationKey"), &k.validationKey}};
    if (usesDecryption(kind, k.mode)) {
        keys.emplace_back(QStringLiteral("decryptionKey"), &k.decryptionKey);
    }
    for (const auto &[attr, value] : keys) {
        if (value->autoGenerate()) {
            continue;
        }
        const bool isolatedKey =
            value->modifiers.contains(kIsolateApps) || value->modifiers.contains(kIsolateByAppId);
        if (fx45 && isolatedKey) {
            out << reason(FarmTokenReason::IsolatedExplicitKey, server, attr);
        } else if (!isEvenHex(value->hex) || (attr == u"validationKey" && !fx45 && value->hex.size() < 40)) {
            out << reason(FarmTokenReason::KeyUnusable, server, attr);
        }
    }
    if (usesDecryption(kind, k.mode) && !k.dkey.isEmpty() && !k.decryption) {
        const bool known = QStringList{QStringLiteral("AUTO"), QStringLiteral("AES"), QStringLiteral("3DES"),
                                       QStringLiteral("DES")}
                               .contains(k.decryptionText.toUpper());
        out << (known ? reason(FarmTokenReason::KeyUnusable, server, QStringLiteral("decryptionKey"))
                      : reason(FarmTokenReason::UnsupportedAlgorithm, server,
                               QStringLiteral("decryption=\"%1\"").arg(k.decryptionText)));
    }
    return out;
}

/// True when a key that a token of `kind` needs is AutoGenerate on `k` (its own mode decides which).
bool autoGenerated(const ServerKey &k, TokenKind kind)
{
    return k.validationKey.autoGenerate() || (usesDecryption(kind, k.mode) && k.decryptionKey.autoGenerate());
}

/// "AES" for a resolved AES of any size, "Auto (AES)" when Auto chose it.
QString decryptionShown(const ServerKey &k)
{
    const QString name = k.decryption ? decryptionName(*k.decryption) : k.decryptionText;
    return k.decryptionText.compare(u"Auto", Qt::CaseInsensitive) == 0 ? QStringLiteral("Auto (%1)").arg(name)
                                                                       : name;
}

/// The cipher family of `k` ("AES", "3DES", "DES"): resolved for an explicit key, else as written with Auto
/// as AES (an AutoGenerate decryption key is never 8 bytes).
QString decryptionFamily(const ServerKey &k)
{
    if (k.decryption) {
        return decryptionName(*k.decryption);
    }
    const QString n = k.decryptionText.toUpper();
    return n == u"AUTO" ? QStringLiteral("AES") : n;
}

/// The isolation modifiers of `value` as written (", " joined), or "none".
QString isolation(const KeyValue &value, const QString &which)
{
    return value.modifiers.contains(which) ? which : QStringLiteral("none");
}

/// The key isolation differences between issuer `a` and receiver `b` (legacy only: Framework45 refuses it).
void isolationDifferences(const ServerKey &a, const ServerKey &b, TokenKind kind,
                          QList<FarmTokenReasonItem> *out)
{
    if (a.mode != KeyCompatibility::Legacy || b.mode != KeyCompatibility::Legacy) {
        return;
    }
    QList<std::pair<const KeyValue *, const KeyValue *>> keys{{&a.validationKey, &b.validationKey}};
    if (usesDecryption(kind, a.mode)) {
        keys.emplace_back(&a.decryptionKey, &b.decryptionKey);
    }
    bool apps = false, appIds = false;
    for (const auto &[x, y] : keys) {
        apps = apps || x->modifiers.contains(kIsolateApps) != y->modifiers.contains(kIsolateApps);
        const bool bx = x->modifiers.contains(kIsolateByAppId), by = y->modifiers.contains(kIsolateByAppId);
        appIds = appIds || bx != by ||
                 (bx && a.app->appDomainAppId.compare(b.app->appDomainAppId, Qt::CaseInsensitive) != 0);
    }
    if (apps) {
        out->append(difference(FarmTokenReason::IsolateApps, isolation(a.validationKey, kIsolateApps),
                               isolation(b.validationKey, kIsolateApps)));
    }
    if (appIds) {
        auto shown = [](const ServerKey &k) {
            return k.validationKey.modifiers.contains(kIsolateByAppId) ? k.app->appDomainAppId
                                                                       : QStringLiteral("none");
        };
        out->append(difference(FarmTokenReason::IsolateByAppId, shown(a), shown(b)));
    }
}

/// The settings in which issuer `a` and receiver `b` differ, as far as a token of `kind` depends on them.
/// `keys`: compare the keys themselves too (false when one is AutoGenerate).
QList<FarmTokenReasonItem> settingDifferences(const ServerKey &a, const ServerKey &b, TokenKind kind,
                                              bool keys)
{
    QList<FarmTokenReasonItem> out;
    if (a.mode != b.mode) {
        out << difference(FarmTokenReason::CompatibilityMode, a.modeText, b.modeText);
    }
    if (a.validationText.compare(b.validationText, Qt::CaseInsensitive) != 0) {
        out << difference(FarmTokenReason::Validation, a.validationText, b.validationText);
    }
    if (keys && a.validationKey.hex.compare(b.validationKey.hex, Qt::CaseInsensitive) != 0) {
        out << difference(FarmTokenReason::ValidationKey, keyFingerprint(a.validationKey.hex),
                          keyFingerprint(b.validationKey.hex));
    }
    if (usesDecryption(kind, a.mode)) {
        if (keys && a.decryptionKey.hex.compare(b.decryptionKey.hex, Qt::CaseInsensitive) != 0) {
            out << difference(FarmTokenReason::DecryptionKey, keyFingerprint(a.decryptionKey.hex),
                              keyFingerprint(b.decryptionKey.hex));
        }
        if (decryptionFamily(a) != decryptionFamily(b) || (keys && a.decryption != b.decryption)) {
            out << difference(FarmTokenReason::Decryption, decryptionShown(a), decryptionShown(b));
        }
    }
    if (keys) {
        isolationDifferences(a, b, kind, &out);
    }
    return out;
}

/// What the server of `k` knows when it renders or receives the farm check's page.
TokenContext contextOf(const ServerKey &k, const QString &page)
{
    TokenContext c;
    QString app = k.app->path.isEmpty() ? QStringLiteral("/") : k.app->path;
    while (app.size() > 1 && app.endsWith(u'/')) {
        app.chop(1);
    }
    c.appPath = app;
    c.url = (app == u"/" ? QString() : app) + u'/' + page;
    c.generator = kFarmGenerator;
    return c;
}

/// The clear bytes of the farm check's token of `kind`.
QByteArray clearToken(TokenKind kind)
{
    if (kind == TokenKind::ViewState) {
        return QByteArray::fromBase64(kFarmViewState);
    }
    FormsTicket t;
    t.name = QStringLiteral("farm-check");
    t.issueDate = QDateTime::currentDateTimeUtc();
    t.expiration = t.issueDate.addSecs(qint64(30) * 60);
    return serializeFormsTicket(t);
}

/// A token of `kind` as server `a` makes it; nullopt with `error` when protectToken() refuses.
std::optional<QString> makeToken(const ServerKey &a, TokenKind kind, const QString &page, QString *error)
{
    ProtectOptions o;
    o.validationKey = QString::fromLatin1(a.vkey.toHex());
    o.decryptionKey = QString::fromLatin1(a.dkey.toHex());
    o.validation = a.validation.value_or(ValidationAlgorithm::HMACSHA256);
    o.decryption = a.decryption.value_or(DecryptionAlgorithm::AES256);
    o.protection = a.mode == KeyCompatibility::Framework45 ? TokenProtection::Framework45
                   : kind == TokenKind::ViewState          ? TokenProtection::LegacyMac
                                                           : TokenProtection::LegacyEncrypted;
    return protectToken(kind, clearToken(kind), o, contextOf(a, page), error);
}

/// Server `b`'s key as a verifier candidate pinned to its own mode and algorithms.
MachineKeyCandidate pinnedCandidate(const ServerKey &b)
{
    MachineKeyCandidate c;
    c.label = b.app->siteName + b.app->path;
    c.validationKey = QString::fromLatin1(b.vkey.toHex());
    c.decryptionKey = QString::fromLatin1(b.dkey.toHex());
    c.validation = b.validation;
    c.decryption = b.decryption.value_or(DecryptionAlgorithm::AES256);
    c.compatibility = b.mode;
    return c;
}

/// One cell: server `i` (key `a`) makes a token of `kind`, server `j` (key `b`) receives it.
FarmTokenCell computeCell(const ServerKey *a, const ServerKey *b, int i, int j, TokenKind kind,
                          const QString &page)
{
    FarmTokenCell cell;
    if (!a || !b) {
        cell.outcome = FarmTokenOutcome::NoApplication;
        return cell;
    }
    cell.reasons = problemsOf(*a, i, kind);
    if (i != j) {
        cell.reasons += problemsOf(*b, j, kind);
    }
    if (!cell.reasons.isEmpty()) {
        cell.outcome = FarmTokenOutcome::NotChecked;
        return cell;
    }
    const bool autoA = autoGenerated(*a, kind), autoB = autoGenerated(*b, kind);
    if (autoA || autoB) {
        if (i == j) {
            cell.outcome = FarmTokenOutcome::AcceptedSameServer;
            return cell;
        }
        cell.outcome = FarmTokenOutcome::Rejected;
        if (autoA) {
            cell.reasons << reason(FarmTokenReason::IssuerAutoGenerate, i);
        }
        if (autoB) {
            cell.reasons << reason(FarmTokenReason::ReceiverAutoGenerate, j);
        }
        cell.reasons += settingDifferences(*a, *b, kind, false);
        return cell;
    }
    cell.computed = true;
    QString error;
    const std::optional<QString> token = makeToken(*a, kind, page, &error);
    if (!token) {
        cell.outcome = FarmTokenOutcome::NotChecked;
        cell.reasons << reason(FarmTokenReason::Crypto, i, error);
        return cell;
    }
    const TokenVerifyResult r = verifyToken(kind, *token, pinnedCandidate(*b), contextOf(*b, page));
    if (r.status == TokenStatus::Valid) {
        cell.outcome = FarmTokenOutcome::Accepted;
        return cell;
    }
    cell.outcome = FarmTokenOutcome::Rejected;
    cell.reasons = settingDifferences(*a, *b, kind, true);
    if (cell.reasons.isEmpty()) {
        cell.reasons << reason(FarmTokenReason::Crypto, j, r.cause);
    }
    return cell;
}

/// The application keys in compareFarm()'s order (first server's applications, then those only others have),
/// with the name FarmRow::application shows.
QList<std::pair<QString, QString>> farmApplications(const QList<FarmServer> &servers)
{
    QList<std::pair<QString, QString>> out;
    QStringList seen;
    for (const FarmServer &s : servers) {
        for (const SnapshotApplication &a :
             s.snapshot ? s.snapshot->applications() : QList<SnapshotApplication>()) {
            if (!seen.contains(farmApplicationKey(a))) {
                seen << farmApplicationKey(a);
                out.append({farmApplicationKey(a), a.siteName + a.path});
            }
        }
    }
    return out;
}

/// True when the application runs in a "No Managed Code" pool on every server that has it (no ASP.NET).
bool unmanaged(const QList<const SnapshotApplication *> &apps)
{
    for (const SnapshotApplication *a : apps) {
        const SettingValue *runtime =
            a ? findSetting(a->settings, QStringLiteral("pool.managedRuntimeVersion")) : nullptr;
        if (a && !(runtime && runtime->value.isEmpty())) {
            return false;
        }
    }
    return true;
}

} // namespace

bool FarmTokenMatrix::allAccepted() const
{
    return count(FarmTokenOutcome::Accepted) + count(FarmTokenOutcome::AcceptedSameServer) ==
           servers.size() * servers.size();
}

int FarmTokenMatrix::count(FarmTokenOutcome outcome) const
{
    int n = 0;
    for (const QList<FarmTokenCell> &row : cells) {
        for (const FarmTokenCell &c : row) {
            n += c.outcome == outcome;
        }
    }
    return n;
}

QList<FarmTokenMatrix> farmTokenMatrix(const QList<FarmServer> &servers, const FarmTokenOptions &options)
{
    QList<FarmTokenMatrix> out;
    QStringList names;
    for (const FarmServer &s : servers) {
        names << s.name;
    }
    for (const auto &[key, name] : farmApplications(servers)) {
        if (!options.application.isEmpty() && name.compare(options.application, Qt::CaseInsensitive) != 0) {
            continue;
        }
        QList<const SnapshotApplication *> apps;
        for (const FarmServer &s : servers) {
            const SnapshotApplication *found = nullptr;
            for (const SnapshotApplication &a :
                 s.snapshot ? s.snapshot->applications() : QList<SnapshotApplication>()) {
                found = !found && farmApplicationKey(a) == key ? &a : found;
            }
            apps << found;
        }
        if (unmanaged(apps)) {
            continue;
        }
        QList<std::optional<ServerKey>> keys;
        for (const SnapshotApplication *a : apps) {
            keys << (a ? std::optional(resolveKey(*a)) : std::nullopt);
        }
        for (TokenKind kind : options.kinds) {
            FarmTokenMatrix m{name, kind, names, {}};
            for (int i = 0; i < keys.size(); ++i) {
                QList<FarmTokenCell> row;
                for (int j = 0; j < keys.size(); ++j) {
                    row << computeCell(keys[i] ? &*keys[i] : nullptr, keys[j] ? &*keys[j] : nullptr, i, j,
                                       kind, options.page);
                }
                m.cells << row;
            }
            out << m;
        }
    }
    return out;
}

QString farmTokenKindText(TokenKind kind)
{
    return kind == TokenKind::ViewState ? tr("ViewState") : tr("forms ticket");
}

QString farmTokenOutcomeText(FarmTokenOutcome outcome)
{
    switch (outcome) {
    case FarmTokenOutcome::Accepted:
        return tr("accepted");
    case FarmTokenOutcome::AcceptedSameServer:
        return tr("accepted (same server)");
    case FarmTokenOutcome::Rejected:
        return tr("rejected");
    case FarmTokenOutcome::NoApplication:
        return tr("no such application");
    case FarmTokenOutcome::NotChecked:
        return tr("not checked");
    }
    return {};
}

QString farmTokenReasonCode(FarmTokenReason reason)
{
    static const char *const codes[] = {"issuerAutoGenerate",
                                        "receiverAutoGenerate",
                                        "validationKey",
                                        "decryptionKey",
                                        "validation",
                                        "decryption",
                                        "compatibilityMode",
                                        "isolateApps",
                                        "isolateByAppId",
                                        "isolatedExplicitKey",
                                        "framework45Validation",
                                        "unsupportedAlgorithm",
                                        "keyUnusable",
                                        "crypto"};
    return QLatin1String(codes[int(reason)]);
}

QString farmTokenUserError(TokenKind kind)
{
    if (kind == TokenKind::ViewState) {
        return tr(
            "The user gets the error page \"Validation of viewstate MAC failed.\" (event 4009 "
            "\"Viewstate verification failed. Reason: The viewstate supplied failed integrity check.\") "
            "and loses what the page held.");
    }
    return tr("Event 4005 \"Forms authentication failed for the request. Reason: The ticket supplied was "
              "invalid.\" is logged and the user is sent to the login page again.");
}

// Long function: one sentence per reason, a flat switch.
QString farmTokenReasonText(const FarmTokenReasonItem &r, const FarmTokenMatrix &matrix, int from, int to)
{
    const QString a = matrix.servers.value(from), b = matrix.servers.value(to);
    const QString server = matrix.servers.value(r.server);
    switch (r.reason) {
    case FarmTokenReason::IssuerAutoGenerate:
        return tr("%1 generates its own machine key (AutoGenerate): each server makes its own key, so a "
                  "token "
                  "%1 makes is valid only on %1.")
            .arg(server);
    case FarmTokenReason::ReceiverAutoGenerate:
        return tr("%1 generates its own machine key (AutoGenerate): each server makes its own key, so %1 "
                  "accepts only the tokens it made itself.")
            .arg(server);
    case FarmTokenReason::ValidationKey:
        return tr("Different validationKey (fingerprints %1: %2, %3: %4).")
            .arg(a, r.issuerValue, b, r.receiverValue);
    case FarmTokenReason::DecryptionKey:
        return tr("Different decryptionKey (fingerprints %1: %2, %3: %4).")
            .arg(a, r.issuerValue, b, r.receiverValue);
    case FarmTokenReason::Validation:
        return tr("Different validation algorithm (%1: %2, %3: %4).")
            .arg(a, r.issuerValue, b, r.receiverValue);
    case FarmTokenReason::Decryption:
        return tr("Different decryption algorithm (%1: %2, %3: %4).")
            .arg(a, r.issuerValue, b, r.receiverValue);
    case FarmTokenReason::CompatibilityMode:
        return tr("Different compatibilityMode (%1: %2, %3: %4): the servers protect tokens in different "
                  "formats.")
            .arg(a, r.issuerValue, b, r.receiverValue);
    case FarmTokenReason::IsolateApps:
        return tr("Different key isolation (%1: %2, %3: %4): IsolateApps changes the key for each "
                  "application "
                  "path.")
            .arg(a, r.issuerValue, b, r.receiverValue);
    case FarmTokenReason::IsolateByAppId:
        return tr("Different key isolation by AppDomainAppId (%1: %2, %3: %4): IsolateByAppId changes the "
                  "key "
                  "for each site ID and application path.")
            .arg(a, r.issuerValue, b, r.receiverValue);
    case FarmTokenReason::IsolatedExplicitKey:
        return tr("%1: an explicit %2 with IsolateApps or IsolateByAppId is a configuration error in "
                  "Framework45 mode; the application does not start.")
            .arg(server, r.detail);
    case FarmTokenReason::Framework45Validation:
        return tr("%1: validation=\"%2\" is a configuration error in Framework45 mode; the application does "
                  "not "
                  "start.")
            .arg(server, r.detail);
    case FarmTokenReason::UnsupportedAlgorithm:
        return tr("%1: %2 is not modelled by the token check.").arg(server, r.detail);
    case FarmTokenReason::KeyUnusable:
        return tr("%1: the %2 is not hex or does not fit its algorithm (a configuration error).")
            .arg(server, r.detail);
    case FarmTokenReason::Crypto:
        return tr("The token does not verify: %1.").arg(r.detail);
    }
    return {};
}

} // namespace sd
