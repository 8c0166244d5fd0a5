// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "Tokens" workspace tab (issue 14 point 4): which <machineKey> made this __VIEWSTATE, .ASPXAUTH ticket
// or WebResource.axd / ScriptResource.axd d= token? A token (or a whole HTML page, or a Cookie header) is
// checked with checkToken() against the candidate keys of what is open (the web.config, the Doctor's server
// snapshots), keys typed in and key list files, and against the disclosed-key list of Edit > Preferences, on
// a worker thread. The report is the one `sessionctl token verify --json` prints (tokenReportJson); the page
// shows it as a table, a detail pane and a findings banner (TOK001 critical, TOK002 warning, with Microsoft's
// advice). Keys are never shown.

#include "aspnet/disclosedkeys.h"
#include "aspnet/tokencheck.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QComboBox;
class QFrame;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;
class QVBoxLayout;

namespace sd {

class ConfigDocument;
class TokenResultModel;
struct DoctorResult;
struct TokenJob;

/**
 * The Tokens page. Object names: "tokenInput" (the pasted text), "tokenPicked" (what was picked out of it),
 * "tokenKind" (Auto, ViewState, Forms ticket, Resource), "tokenUrl", "tokenAppPath", "tokenAppId",
 * "tokenGenerator",
 * "tokenUserKey", "tokenVerify", "tokenProgress", "tokenCancel", "tokenCandidates" (check boxes),
 * "tokenAddKey", "tokenAddKeyList", "tokenRemoveCandidate", "tokenCapNote", "tokenDisclosedNote",
 * "tokenBanner" (its "findings" property lists "CODE level" of every finding, e.g. "TOK001 critical"),
 * "tokenSummary",
 * "tokenResults" (the table over resultModel()), "tokenDetail" (the selected row).
 *
 * Candidates, in this order: the open web.config's application-level <machineKey> (label: its path, as the
 * CLI labels --config), one per application of each Doctor snapshot ("SERVER: SITE/path"), keys typed in
 * (memory only, never saved), then key list files (one row "FILE (N keys)"; each key labelled "FILE:LINE" as
 * the CLI labels --keys). At most maxListedCandidates() rows of single keys are listed; the page says how
 * many were left out. A key list file's keys are not counted against that cap.
 */
class TokensPage : public QWidget
{
    Q_OBJECT

public:
    explicit TokensPage(QWidget *parent = nullptr);
    /// Cancels a running check and waits for its thread.
    ~TokensPage() override;

    /// The open web.config (nullptr: none): its application-level <machineKey> (candidateFromConfig) is the
    /// first candidate, labelled `path`. Read at once; the page keeps no pointer.
    void setOpenConfig(const ConfigDocument *doc, const QString &path);
    /// The Doctor's result (nullptr: none): each application of each snapshot becomes a candidate
    /// (snapshotKeyCandidates with the Doctor's server names), read on a worker thread since its keys are
    /// read back from the files; candidatesChanged() follows.
    void setDoctorResult(const DoctorResult *result);
    /// The disclosed-key list of Edit > Preferences (`list` empty: none; `error` why it did not load). Its
    /// hashes check every candidate; when its file is a plain key list, each of its keys is also tried
    /// against the token (candidatesFromKeyList), as `sessionctl token verify --disclosed-keys` does.
    void setDisclosedKeys(const DisclosedKeyList &list, const QString &error = {});
    /// Adds a key typed in (an empty label gets "Typed key N (fingerprint)"; a label already used gets "
    /// (2)", " (3)"...). False when the list is full.
    bool addTypedKey(MachineKeyCandidate key);
    /// Adds a plain key list file as one row. False with `error` (one sentence) when it cannot be read or
    /// holds no key (a hash list is named as such: it belongs in Edit > Preferences).
    bool addKeyListFile(const QString &path, QString *error);
    /// The keys the next check uses: the checked rows in order, key list files expanded.
    QList<MachineKeyCandidate> checkedCandidates() const;
    /// Starts checking the token (returns at once; finished() follows). False, with the reason in
    /// "tokenPicked", when no token can be picked out of the input or a field is wrong.
    bool verify();
    /// Asks a running check to stop; it ends with the keys tried so far (report().cancelled).
    void cancel();
    /// A check runs: from verify() until its report is shown.
    bool isRunning() const;
    /// The report shown (empty before the first check).
    const TokenReport &report() const;
    TokenResultModel *resultModel() const { return m_model; }
    /// Single-key candidate rows listed at most: 64.
    static int maxListedCandidates() { return 64; }

signals:
    /// A check ended and its report is shown.
    void finished();
    /// The candidate list changed (document, Doctor, typed keys, key lists).
    void candidatesChanged();

private:
    /// One row of the candidate list.
    struct CandidateRow
    {
        enum Source
        {
            Config,
            Snapshot,
            Typed,
            KeyList
        } source = Typed;
        QList<MachineKeyCandidate> keys; ///< one key, or a key list file's keys
        QString file;                    ///< KeyList: the file
        int hashLines = 0;               ///< KeyList: lines skipped as hashes
        QString id() const;              ///< identity for the check state: source and label or file
    };

    QWidget *buildInput();
    /// Kind, page URL, application path, generator and ViewStateUserKey.
    QLayout *buildContextForm();
    /// Verify, the progress bar and Cancel.
    QLayout *buildRunRow();
    QWidget *buildCandidates();
    QWidget *buildResults();
    QWidget *buildBanner();
    void retranslate();
    /// Says in "tokenPicked" what extractToken() finds in the input, or why nothing.
    void refreshPicked();
    /// The token picked out with the chosen kind; nullopt when none.
    std::optional<ExtractedToken> pickedToken() const;
    /// The context from the fields; false with `why` when a field is wrong.
    bool readContext(TokenContext *context, QString *why) const;
    /// The rows listed, in order: single-key rows up to the cap, then key list files; `leftOut` counts the
    /// single-key rows over the cap.
    QList<const CandidateRow *> shownRows(int *leftOut = nullptr) const;
    /// Fills the list widget from the rows (cap applied), keeping check states.
    void refreshCandidates();
    QString candidateText(const CandidateRow &row) const;
    QString candidateToolTip(const CandidateRow &row) const;
    void refreshDisclosedNote();
    /// The "Add key..." dialog (masked fields with a show toggle).
    void askForKey();
    void askForKeyList();
    void removeSelectedCandidates();
    void updateProgress();
    void checkFinished();
    /// Banner and summary for the report shown (again after a language change).
    void showReportTexts();
    void showDetail();
    QString summaryText() const;
    QString detailHtml(const CandidateOutcome &o) const;
    QString ticketRows(const FormsTicket &t) const;
    /// A valid result's generator (given or computed), resource handler and runtime key derivation.
    QString validRows(const TokenVerifyResult &r) const;
    QString findingText(const TokenFinding &f) const;

    QPlainTextEdit *m_input = nullptr;
    QLabel *m_picked = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_appPath = nullptr;
    QLineEdit *m_appId = nullptr;
    QLineEdit *m_generator = nullptr;
    QLineEdit *m_userKey = nullptr;
    QPushButton *m_verify = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QListWidget *m_candidates = nullptr;
    QPushButton *m_addKey = nullptr;
    QPushButton *m_addKeyList = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_capNote = nullptr;
    QLabel *m_disclosedNote = nullptr;
    QFrame *m_banner = nullptr;
    QVBoxLayout *m_bannerLayout = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    TokenResultModel *m_model = nullptr;
    QTimer *m_pickTimer = nullptr;
    QTimer *m_progressTimer = nullptr;

    QList<CandidateRow> m_configRows;
    QList<CandidateRow> m_snapshotRows;
    QList<CandidateRow> m_typedRows;
    QList<CandidateRow> m_listRows;
    QHash<QString, bool> m_checked; ///< by CandidateRow::id(); rows not in it are checked
    int m_typedCount = 0;           ///< keys typed in so far (numbers their labels)

    DisclosedKeyList m_disclosed;
    QString m_disclosedError;
    QList<MachineKeyCandidate> m_disclosedPlain;

    std::shared_ptr<TokenJob> m_job;
    QFutureWatcher<TokenReport> *m_watcher = nullptr;
    QFutureWatcher<QList<MachineKeyCandidate>> *m_snapshotWatcher = nullptr;
    bool m_hasReport = false;
};

} // namespace sd
