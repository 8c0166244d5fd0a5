// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The results table of the Tokens page (issue 14 point 4): one row per candidate key of a TokenReport, in the
// report's order (the admin's candidates, then a disclosed key that validates the token).

#include "aspnet/tokencheck.h"

#include <QAbstractTableModel>

namespace sd {

/**
 * A read-only table over a TokenReport. Columns: Candidate (its label, never a key), Result (Valid / Invalid
 * / Not protected / Malformed, coloured, with an icon), Mode, Validation, Decryption, Disclosed (Yes/No).
 * RawRole gives each cell as `sessionctl token verify --json` spells it (tokenReportJson), so a test can
 * compare the page with the command line.
 */
class TokenResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CandidateColumn,
        ResultColumn,
        ModeColumn,
        ValidationColumn,
        DecryptionColumn,
        DisclosedColumn,
        ColumnCount
    };
    /// Extra data roles.
    enum Role
    {
        RawRole =
            Qt::UserRole + 1, ///< the JSON value of the cell: "valid", "Framework45", "AES-256", true...
        StatusRole            ///< int (TokenStatus), any column
    };

    explicit TokenResultModel(QObject *parent = nullptr);

    /// Shows `report` (a reset).
    void setReport(const TokenReport &report);
    const TokenReport &report() const { return m_report; }
    /// The outcome of `row`, or nullptr when out of range.
    const CandidateOutcome *outcome(int row) const;
    /// Header titles and texts follow a language change (emits headerDataChanged and dataChanged).
    void retranslate();

    /// "Valid", "Invalid", "Not protected", "Malformed", translated.
    static QString statusText(TokenStatus s);
    /// "Framework45", "legacy MAC", "legacy encrypted", "not protected", translated where they are words.
    static QString protectionText(TokenProtection p);
    /// The decryption of a valid result as the JSON says it ("AES-256", "3DES-192"), "" when not encrypted.
    static QString decryptionText(const TokenVerifyResult &r);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant raw(const CandidateOutcome &o, int column) const;
    QVariant display(const CandidateOutcome &o, int column) const;

    TokenReport m_report;
};

} // namespace sd
