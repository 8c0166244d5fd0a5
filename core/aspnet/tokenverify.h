// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Token verifier: checks a `__VIEWSTATE` or a `.ASPXAUTH` forms ticket against a candidate <machineKey>, in
// the byte layouts of ../shared/reference/machinekey.md §2 (referencesource MachineKeySection.cs,
// NetFXCryptoService.cs, SP800_108.cs, ObjectStateFormatter.cs, FormsAuthenticationTicketSerializer.cs).
// Nothing is ever deserialised into objects: a ViewState is only described at its top level.

#include "aspnet/machinekey.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace sd {

/// What a token is.
enum class TokenKind
{
    ViewState,   ///< `__VIEWSTATE` (base64)
    FormsTicket, ///< `.ASPXAUTH` cookie (hex)
    Resource     ///< `d=` of WebResource.axd / ScriptResource.axd (HttpServerUtility.UrlTokenEncode text)
};

/// Which handler a resource `d=` token is for (Page.EncryptString purposes, Purpose.cs).
enum class ResourceHandler
{
    WebResource,   ///< AssemblyResourceLoader, purpose "AssemblyResourceLoader.WebResourceUrl"
    ScriptResource ///< ScriptResourceHandler, purpose "ScriptResourceHandler.ScriptResourceUrl"
};

/// The `<machineKey compatibilityMode>` families the verifier tells apart. Framework20SP1 and SP2 share the
/// legacy layouts (with the post-MS10-070 signData default, machinekey.md §2.3).
enum class KeyCompatibility
{
    Legacy,     ///< Framework20SP1 / Framework20SP2
    Framework45 ///< Framework45 (SP800-108 derived keys)
};

/// One `<machineKey>` to try. Unset algorithms or mode mean "try every one that fits the key sizes".
struct MachineKeyCandidate
{
    QString label;         ///< where it came from (file name, "keys line 3"), for reports
    QString validationKey; ///< hex
    QString decryptionKey; ///< hex (may be empty for a MAC-only legacy ViewState)
    std::optional<ValidationAlgorithm> validation;
    std::optional<DecryptionAlgorithm> decryption;
    std::optional<KeyCompatibility> compatibility;
};

/// What the server knew when it made the token.
struct TokenContext
{
    QString url;                           ///< page URL or path ("/app/default.aspx"), for Framework45
    QString appPath = QStringLiteral("/"); ///< application virtual path (HttpRuntime.AppDomainAppVirtualPath)
    QString appId;                         ///< HttpRuntime.AppDomainAppId ("/LM/W3SVC/1/ROOT/app"), for
                                           ///< IsolateByAppId
    QByteArray autogenKeys;                ///< HttpRuntime.s_autogenKeys (the decrypted auto-generated key
                            ///< blob, at least 64 bytes) for AutoGenerate keys; empty = unknown
    std::optional<quint32> generator;        ///< `__VIEWSTATEGENERATOR` (legacy ViewState modifier)
    std::optional<QString> viewStateUserKey; ///< Page.ViewStateUserKey
};

/// A decoded forms-authentication ticket (FormsAuthenticationTicketSerializer, machinekey.md §2.2).
struct FormsTicket
{
    int version = 2;
    QString name;
    QDateTime issueDate;  ///< UTC
    QDateTime expiration; ///< UTC
    bool persistent = false;
    QString userData;
    QString cookiePath = QStringLiteral("/");
};

/// Outcome of one verification.
enum class TokenStatus
{
    Valid,        ///< the MAC matched (and decryption, if any, succeeded)
    Invalid,      ///< well-formed but this key does not validate it
    NotProtected, ///< a bare `/wE…` ViewState: MAC disabled, nothing to verify
    Malformed     ///< not base64/hex, or too short to hold a MAC
};

/// How a valid token was protected.
enum class TokenProtection
{
    None,
    LegacyMac,       ///< data || MAC(data || modifier)
    LegacyEncrypted, ///< C || MAC(C), C = CBC(R || data || modifier)
    Framework45      ///< IV || CBC(data) || HMAC(IV || C), SP800-108 keys
};

/// Result of verifyToken().
struct TokenVerifyResult
{
    TokenStatus status = TokenStatus::Malformed;
    TokenProtection protection = TokenProtection::None;
    std::optional<ValidationAlgorithm> validation;
    std::optional<DecryptionAlgorithm> decryption; ///< set when the token was encrypted
    QByteArray clear;                              ///< the payload (decrypted, MAC removed)
    QString structure; ///< ViewState: top-level ObjectStateFormatter text; Resource: the decrypted text
                       ///< ("pAssembly|Resource", "sWebForms.js", "ZSystem.Web.Extensions|...")
    std::optional<ResourceHandler> resourceHandler; ///< Resource: the purpose that matched (Framework45) or,
                                                    ///< legacy, the handler the text's first letter names
    std::optional<FormsTicket> ticket;              ///< forms ticket, decoded
    std::optional<quint32> generator;               ///< legacy ViewState: the __VIEWSTATEGENERATOR used
    bool generatorComputed = false; ///< `generator` came from viewStateGenerator(), not the context
    QString keyDerivation; ///< Valid: how the candidate's keys became the runtime keys (runtimekeys.h), e.g.
                           ///< "validationKey IsolateApps (/app)"; empty when the hex was used as written
    QString cause;         ///< Invalid/Malformed: the likely reason (English)
};

/// "Framework45", "legacy MAC", "legacy encrypted" or "not protected".
QString protectionName(TokenProtection p);

/// "WebResource.axd" or "ScriptResource.axd".
QString resourceHandlerName(ResourceHandler h);

/**
 * Decodes token text: ViewState base64 (also URL-encoded %2B/%2F/%3D), forms cookie hex, resource tokens as
 * HttpServerUtility.UrlTokenDecode (base64 with '-' for '+', '_' for '/', the padding replaced by its count
 * as a last digit 0-2), also picked out of a whole URL ("/WebResource.axd?d=…&amp;t=…"). nullopt if the
 * text is not of that kind.
 */
std::optional<QByteArray> decodeTokenText(TokenKind kind, const QString &text);

/// HttpServerUtility.UrlTokenEncode of `bytes` (empty for empty input).
QString urlTokenEncode(const QByteArray &bytes);

/**
 * Guesses the kind of pasted token text (what `sessionctl token verify` does without --kind): Resource when
 * the text names WebResource.axd or ScriptResource.axd or has a `d=` parameter, or is UrlToken text (only
 * A-Z a-z 0-9 '-' '_', ending in 0, 1 or 2) that is not standard base64 (it has '-' or '_', or its length is
 * not a multiple of 4); FormsTicket for hex; ViewState otherwise.
 */
TokenKind detectTokenKind(const QString &text);

/**
 * Verifies `token` against `key`. Tries the algorithms and modes the candidate leaves open. For a
 * ViewState the legacy mode needs `context.generator` (computed with viewStateGenerator() when only
 * `context.url` is given); Framework45 needs `context.url` (its purposes come
 * from the page path and `context.appPath`, as ObjectStateFormatter.GetSpecificPurposes derives them).
 * Key values go through legacyRuntimeKey() / framework45RuntimeKey() (runtimekeys.h) for each mode, so
 * "HEX,IsolateApps", "AutoGenerate,IsolateApps" (with `context.autogenKeys`) and IsolateByAppId (with
 * `context.appId`) are honoured, and a modifier the mode rejects is reported in the cause.
 * Never throws; bad input gives Malformed with a cause.
 */
TokenVerifyResult verifyToken(TokenKind kind, const QString &token, const MachineKeyCandidate &key,
                              const TokenContext &context);

/// Framework45 ViewState purposes for `url` in `appPath`: {"TemplateSourceDirectory: /DIR", "Type: X_ASPX"}
/// plus "ViewStateUserKey: K" when given (machinekey.md §2.1; ObjectStateFormatter.GetSpecificPurposes). The
/// type is the compiled page's class name (BaseCodeDomTreeGenerator.GetGeneratedClassName: app-relative
/// path, non-alphanumerics as '_'). Empty when `url` has no page path.
QStringList viewStatePurposes(const TokenContext &context);

/**
 * The `__VIEWSTATEGENERATOR` of the page at `context.url` in `context.appPath`
 * (Page.GetClientStateIdentifier:
 * `(uint)(hash(TemplateSourceDirectory) + hash(GetType().Name))` with StringUtil.GetNonRandomizedHashCode(s,
 * ignoreCase: true) = StringComparer.InvariantCultureIgnoreCase.GetHashCode, see dotnethash.h), e.g.
 * 0x9BD98A7D for http://10.1.1.43/default2.aspx in "/". nullopt without a page path or when the hash cannot
 * be computed (a character other than printable ASCII, or '-' / '\'' in the directory). Assumes the page has
 * no
 * @Page ClassName and ASP.NET's randomized string hashing is off (the default).
 */
std::optional<quint32> viewStateGenerator(const TokenContext &context);

/// SP800-108 counter-mode KDF with HMACSHA512 (SP800_108.cs): `key.size()` bytes derived from `key` with
/// `label` and the BinaryWriter-encoded `purposes` as context.
QByteArray deriveKeySp800108(const QByteArray &key, const QString &label, const QStringList &purposes);

/// How protectToken() protects.
struct ProtectOptions
{
    QString
        validationKey; ///< hex, optionally with ASP.NET's modifiers ("HEX,IsolateApps", "AutoGenerate,...")
    QString decryptionKey; ///< likewise
    ValidationAlgorithm validation = ValidationAlgorithm::HMACSHA256;
    DecryptionAlgorithm decryption = DecryptionAlgorithm::AES256;
    TokenProtection protection = TokenProtection::Framework45; ///< not None
    ResourceHandler resource = ResourceHandler::WebResource;   ///< Resource: whose purpose (Framework45)
};

/**
 * Protects `clear` as ASP.NET would (the counterpart of verifyToken(), for round-trip tests and the farm
 * check): returns ViewState base64, forms-ticket upper-case hex or a resource UrlToken (Page.EncryptString:
 * Framework45 with the predictable IV of CryptoUtil.CreatePredictableIV, legacy EncryptOrDecryptData with
 * IVType.Hash; legacy MAC-only is not a resource layout). The keys are turned into runtime keys for
 * the chosen mode with `context` (appPath, appId, autogenKeys) as verifyToken() does. nullopt and `error` for
 * a bad key or one the mode rejects, an MD5 Framework45 MAC (rejected by ASP.NET too) or an OpenSSL failure.
 */
std::optional<QString> protectToken(TokenKind kind, const QByteArray &clear, const ProtectOptions &options,
                                    const TokenContext &context, QString *error);

/// FormsAuthenticationTicketSerializer.Serialize: the clear bytes of `ticket`.
QByteArray serializeFormsTicket(const FormsTicket &ticket);
/// FormsAuthenticationTicketSerializer.Deserialize; nullopt for bytes that are not a v1 ticket.
std::optional<FormsTicket> parseFormsTicket(const QByteArray &clear);

/// The top level of an ObjectStateFormatter payload (`FF 01` + tokens) as text, e.g.
/// `Pair(Pair(String "874280290", Null), Null)`; nested containers beyond a few levels are elided.
QString describeViewState(const QByteArray &clear);
/// True when `clear` is exactly one complete `FF 01` ObjectStateFormatter payload of the token kinds
/// describeViewState() reads (how a bare, MAC-less ViewState is recognised).
bool isCompleteViewState(const QByteArray &clear);

} // namespace sd
