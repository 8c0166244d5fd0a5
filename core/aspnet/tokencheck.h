// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which key? (issue 14 point 2): one token against a set of candidate <machineKey>s and the disclosed-key
// list, as one report that `sessionctl token verify` prints and the GUI Tokens page shows. Also where the
// token comes from (a pasted HTML page, a Cookie header, a bare value) and where the candidates come from
// (a web.config's <machineKey>, a plain key list).

#include "aspnet/disclosedkeys.h"
#include "aspnet/tokenverify.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace sd {

class ConfigDocument;

/// A token picked out of pasted text.
struct ExtractedToken
{
    TokenKind kind = TokenKind::ViewState;
    QString token;                    ///< the bare value (base64 / hex), URL-decoded where it was
    std::optional<quint32> generator; ///< `__VIEWSTATEGENERATOR` when the text was an HTML page
    QString source;                   ///< "token", "HTML page" or "Cookie header"
};

/**
 * Picks the token out of `text`: an HTML page (the `__VIEWSTATE` hidden field's value, and
 * `__VIEWSTATEGENERATOR` beside it), a Cookie header or `Cookie:`/`Set-Cookie:` line (the `.ASPXAUTH`
 * value; a cookie named in `formsCookieName` when given), or the bare token itself. `kind` forces the kind
 * of a bare token; left open, detectTokenKind() decides (resource for an .axd URL or d=, forms for hex, else
 * ViewState). nullopt when the text
 * is empty or is a page/header without such a field.
 */
std::optional<ExtractedToken> extractToken(const QString &text, std::optional<TokenKind> kind = std::nullopt,
                                           const QString &formsCookieName = QStringLiteral(".ASPXAUTH"));

/**
 * The candidate of the application-level effective `<machineKey>` of `doc` (configschema defaults: its
 * compatibilityMode, defaulted from targetFramework as ConfigUtil.SetFX45DefaultValue, picks the mode;
 * `decryption="Auto"` leaves the algorithm open). `label` names it in reports.
 */
MachineKeyCandidate candidateFromConfig(const ConfigDocument &doc, const QString &label);

/**
 * Candidates from a plain key list: `validationKey,decryptionKey[,validation[,decryption]]` per line
 * (separator comma with optional spaces; `#` comments, blank lines and a header line skipped). Lines whose
 * key fields are all 64 lower-case hex digits are Microsoft's SHA-256 hashes (MachineKeys.csv), not keys,
 * and are skipped too; `hashLines` counts them. Labels are "LABEL:LINE".
 */
QList<MachineKeyCandidate> candidatesFromKeyList(const QByteArray &text, const QString &label,
                                                 int *hashLines = nullptr);

/// How serious a token finding is.
enum class TokenFindingLevel
{
    Critical, ///< the token was made with a publicly disclosed key: anyone can forge ViewState (code
              ///< injection)
    Warning,  ///< a candidate key is disclosed, though it did not make this token
};

/// A finding about the token or the keys, with what to do.
struct TokenFinding
{
    QString code; ///< "TOK001" (token made with a disclosed key), "TOK002" (a candidate key is disclosed)
    TokenFindingLevel level = TokenFindingLevel::Critical;
    QString candidate;  ///< the candidate's label
    QString message;    ///< one sentence (English; the GUI translates it by code)
    QStringList advice; ///< Microsoft's advice (machinekey.md §4), one step per entry
};

/// One candidate's outcome.
struct CandidateOutcome
{
    MachineKeyCandidate candidate;
    TokenVerifyResult result;
    bool fromDisclosedList = false; ///< the candidate came from the disclosed (plain) key list
    bool disclosed = false;         ///< its key is on the disclosed list (hash or plain)
};

/// What checkToken() was given besides the token.
struct TokenCheckInput
{
    ExtractedToken token;
    TokenContext context;
    QList<MachineKeyCandidate> candidates;             ///< the admin's keys
    const DisclosedKeyList *disclosedHashes = nullptr; ///< Microsoft's hash list (or any DisclosedKeyList)
    QList<MachineKeyCandidate> disclosedKeys;          ///< a plain disclosed key list: every key is tried
};

/// The report: the admin's candidates first (every one), then the disclosed keys that validate the token.
struct TokenReport
{
    TokenKind kind = TokenKind::ViewState;
    QList<CandidateOutcome> outcomes;
    QList<TokenFinding> findings;
    int triedDisclosed = 0; ///< disclosed keys tried
    bool valid = false;     ///< some candidate (or disclosed key) validates the token
    bool disclosed = false; ///< the key that validates it is disclosed
    bool cancelled = false;
};

/**
 * Verifies `input.token` against every candidate and every disclosed plain key (stopping at the first of
 * those that validates), checks each validating or candidate key against the disclosed lists, and adds
 * TOK001/TOK002 findings. `progress(done, total)` is called every few hundred keys; returning false cancels
 * (the report so far, `cancelled` set). Never throws; safe to run on a worker thread.
 */
TokenReport checkToken(const TokenCheckInput &input,
                       const std::function<bool(int done, int total)> &progress = {});

/// "valid", "invalid", "not protected" or "malformed".
QString tokenStatusName(TokenStatus s);
/// "viewstate", "forms" or "resource", as `--kind` takes them.
QString tokenKindName(TokenKind k);

/**
 * The report as JSON, the shape `sessionctl token verify --json` prints: {kind, valid, disclosed,
 * triedDisclosed, results:[{candidate, status, mode?, validation?, decryption?, clearHex?, generator?,
 * keys?, resource?, cause?, structure?, ticket?, disclosed}], findings:[{code, level, candidate, message,
 * advice[]}]}. Keys are never included, only the candidates' labels.
 */
QJsonObject tokenReportJson(const TokenReport &report);

} // namespace sd
