// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Tokens across servers (issue 14 points 2 and 3): the <machineKey> in force for each application of a server
// snapshot as a token-verifier candidate, with the real key values read back from the file that wrote them
// (the effective settings only hold fingerprints); and the farm token check (issue 14 point 3): a token made
// with each server's <machineKey> verified with each other server's, as a matrix of who accepts whom.

#include "aspnet/tokenverify.h"
#include "iis/farm.h"
#include "iis/serversnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

/// The index of the `<machineKey>` element of `doc` that has an attribute `attr` on (1-based) `line`, or -1.
int machineKeyAt(const ConfigDocument &doc, const QString &attr, int line);

/**
 * The value of machineKey attribute `attr` ("validationKey" or "decryptionKey") in force for `a`, read back
 * from the file and line its provenance names: the explicit hex (with any ",IsolateApps" modifiers) or
 * "AutoGenerate,…" as written (a key no file writes gives its default, "AutoGenerate,IsolateApps"). nullopt
 * with `error` set (one sentence naming the application) when the file that wrote an explicit key can no
 * longer be read or no longer has that `<machineKey>` on that line.
 */
std::optional<QString> writtenKeyValue(const SnapshotApplication &a, const QString &attr, QString *error);

/**
 * The token-verifier candidate of application `a`: its keys (writtenKeyValue(); an AutoGenerate or default
 * key stays "AutoGenerate,IsolateApps", which the verifier reports as not checkable), its validation and
 * decryption (Auto left open), and compatibilityMode (Framework45 or legacy). `label` names it in reports,
 * e.g. "web1: Default Web Site/shop".
 */
MachineKeyCandidate applicationKeyCandidate(const SnapshotApplication &a, const QString &label);

/// One candidate per application of `snapshot`, labelled "SERVER: SITE/path" ("SERVER: /" for a lone
/// web.config), in the snapshot's application order.
QList<MachineKeyCandidate> snapshotKeyCandidates(const ServerSnapshot &snapshot, const QString &server);

/// What a receiving server does with a token another server (or itself) made.
enum class FarmTokenOutcome
{
    Accepted,           ///< the token verifies with the receiver's key, algorithms and mode
    AcceptedSameServer, ///< AutoGenerate: a server accepts its own tokens (not computed, the key is unknown)
    Rejected,           ///< the receiver rejects it: the user sees farmTokenUserError()
    NoApplication,      ///< the issuing or the receiving server has no such application
    NotChecked          ///< one of the two servers' <machineKey> cannot make or check a token (reasons say)
};

/// Why a cell is rejected (or not checked); farmTokenReasonText() says it.
enum class FarmTokenReason
{
    IssuerAutoGenerate,    ///< the issuer's key is AutoGenerate: each server makes its own key
    ReceiverAutoGenerate,  ///< the receiver's key is AutoGenerate
    ValidationKey,         ///< different validationKey (values: the fingerprints)
    DecryptionKey,         ///< different decryptionKey (values: the fingerprints)
    Validation,            ///< different validation algorithm
    Decryption,            ///< different decryption algorithm (Auto resolved)
    CompatibilityMode,     ///< different compatibilityMode (values say when targetFramework defaulted it)
    IsolateApps,           ///< one key is isolated per application (",IsolateApps"), the other not (legacy)
    IsolateByAppId,        ///< ",IsolateByAppId" on one only, or the AppDomainAppIds differ (legacy)
    IsolatedExplicitKey,   ///< `server`: an explicit key with ",IsolateApps" is a Framework45 config error
    Framework45Validation, ///< `server`: validation MD5, 3DES or AES is a configuration error in Framework45
    UnsupportedAlgorithm,  ///< `server`: an algorithm not modelled (legacy AES/3DES validation, alg:...)
    KeyUnusable,           ///< `server`: a key that is not hex or does not fit its algorithm
    Crypto                 ///< no setting explains it; `detail` is the verifier's cause (English)
};

/// One reason of a cell, with what farmTokenReasonText() needs to say it (never a key, only fingerprints).
struct FarmTokenReasonItem
{
    FarmTokenReason reason = FarmTokenReason::Crypto;
    int server = -1;       ///< the server concerned (index into FarmTokenMatrix::servers), -1 for both
    QString issuerValue;   ///< the issuer's value ("HMACSHA256", a fingerprint, "Framework45 (...)")
    QString receiverValue; ///< the receiver's value
    QString detail;        ///< Crypto: the verifier's or protector's cause; else "" or the attribute value
};

/// One cell: a token of the matrix's kind made by server `issuer` and sent to server `receiver`.
struct FarmTokenCell
{
    FarmTokenOutcome outcome = FarmTokenOutcome::NotChecked;
    QList<FarmTokenReasonItem> reasons; ///< empty for Accepted
    bool computed = false;              ///< protectToken()/verifyToken() ran (false: decided by the settings)
};

/// The matrix of one application and one token kind.
struct FarmTokenMatrix
{
    QString application; ///< "SITE/path" as FarmRow::application names it
    TokenKind kind = TokenKind::ViewState;
    QStringList servers;               ///< the FarmServer names, in order
    QList<QList<FarmTokenCell>> cells; ///< [issuer][receiver], servers.size() squared

    /// True when every cell is Accepted or AcceptedSameServer.
    bool allAccepted() const;
    /// The number of cells whose outcome is `outcome`.
    int count(FarmTokenOutcome outcome) const;
};

/// What farmTokenMatrix() computes.
struct FarmTokenOptions
{
    QString application; ///< only this application (FarmRow::application, case-insensitive); "" = all
    QList<TokenKind> kinds{TokenKind::ViewState, TokenKind::FormsTicket};
    QString page = QStringLiteral("default.aspx"); ///< the ViewState's page, relative to the application
};

/**
 * The farm token check: per application (matched across servers as compareFarm() matches them, in its order)
 * and per kind in `options.kinds`, for each ordered pair (A issues, B receives): protectToken() with A's
 * effective keys, algorithms and mode (Framework45 or legacy; `decryption="Auto"` is AES, or DES for an
 * 8-byte key in legacy mode, as MachineKeySection.RuntimeDataInitialize / MachineKeyCryptoAlgorithmFactory
 * do), as a ViewState of `options.page` (Framework45 purposes; legacy: MAC only with a generator, as
 * viewStateEncryptionMode="Auto" does) or a forms ticket, then verifyToken() with B's key pinned to B's
 * mode and algorithms. A rejection is explained by comparing the two servers' settings, and confirmed by the
 * crypto result. An AutoGenerate key cannot make a token: A→A is AcceptedSameServer, A→B Rejected. Legacy
 * ",IsolateApps" / ",IsolateByAppId" are applied to both servers' explicit keys with a stand-in hash of the
 * (case-insensitive) application path / AppDomainAppId in key bytes 0-3 / 4-7, which gives ASP.NET's
 * equal-or-not outcome without its exact hash. Applications of "No Managed Code" pools are left out. Never
 * fails; keys stay in memory only.
 */
QList<FarmTokenMatrix> farmTokenMatrix(const QList<FarmServer> &servers,
                                       const FarmTokenOptions &options = {});

/// "ViewState" or "forms ticket" (translated, context "sd").
QString farmTokenKindText(TokenKind kind);
/// "accepted", "accepted (same server)", "rejected", "no such application", "not checked" (translated).
QString farmTokenOutcomeText(FarmTokenOutcome outcome);
/// A stable code of a reason for JSON: "issuerAutoGenerate", "validationKey", "compatibilityMode"...
QString farmTokenReasonCode(FarmTokenReason reason);
/**
 * What the user sees on the receiving server when it rejects a token of `kind` (translated): ViewState:
 * the error page "Validation of viewstate MAC failed." and event 4009; forms ticket: event 4005 "Forms
 * authentication failed for the request. Reason: The ticket supplied was invalid." and the login page again
 * (referencesource System.Web.txt ViewState_AuthenticationFailed,
 * Webevent_msg_AuditFormsAuthenticationFailure, Webevent_detail_InvalidTicketFailure;
 * FormsAuthenticationModule.ExtractTicketFromCookie).
 */
QString farmTokenUserError(TokenKind kind);
/// One reason as a sentence (translated), naming the servers of `matrix` by name, from issuer `from` to
/// receiver `to`.
QString farmTokenReasonText(const FarmTokenReasonItem &reason, const FarmTokenMatrix &matrix, int from,
                            int to);

} // namespace sd
