// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The farm token check of issue 14 point 3 on the Doctor's farm page: for one application and one token
// kind, a table with a row per issuing server and a column per receiving server, each cell "Accepted" or
// "Rejected" (colour and icon), its tool tip the error the user sees and why. Keys are never shown.

#include "iis/farmtokens.h"

#include <QAbstractTableModel>

namespace sd {

/**
 * A read-only table over the matrices of farmTokenMatrix(): setMatrices() takes every application and kind,
 * setSelection() picks the one shown. Rows: the server that makes the token (vertical header), columns: the
 * server that receives it (horizontal header); both in FarmTokenMatrix::servers order.
 */
class FarmTokenModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// Extra data roles.
    enum Role
    {
        OutcomeRole = Qt::UserRole + 1 ///< int: the cell's FarmTokenOutcome
    };

    explicit FarmTokenModel(QObject *parent = nullptr);

    /// Takes the matrices of a farm (a reset); the selection is the first application and ViewState when
    /// the one shown before is gone.
    void setMatrices(const QList<FarmTokenMatrix> &matrices);
    /// The applications of the matrices, in their order ("SITE/path").
    QStringList applications() const;
    /// Shows the matrix of `application` and `kind` (a reset); none when there is no such matrix.
    void setSelection(const QString &application, TokenKind kind);
    /// The matrix shown, or nullptr.
    const FarmTokenMatrix *current() const;
    /// Cells, headers and tool tips follow a language change (emits headerDataChanged and dataChanged).
    void retranslate();

    /// "Accepted", "Accepted (same server)", "Rejected", "No such application", "Not checked".
    static QString outcomeText(FarmTokenOutcome outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// "web1 → web3: Rejected", the error the user sees and the reasons, one per line.
    QString toolTip(int from, int to) const;

    QList<FarmTokenMatrix> m_matrices;
    int m_current = -1;
};

} // namespace sd
