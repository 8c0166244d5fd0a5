// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tokens/tokenresultmodel.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QStyle>

namespace sd {

TokenResultModel::TokenResultModel(QObject *parent) : QAbstractTableModel(parent) {}

void TokenResultModel::setReport(const TokenReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

const CandidateOutcome *TokenResultModel::outcome(int row) const
{
    return row >= 0 && row < m_report.outcomes.size() ? &m_report.outcomes[row] : nullptr;
}

void TokenResultModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

QString TokenResultModel::statusText(TokenStatus s)
{
    switch (s) {
    case TokenStatus::Valid:
        return tr("Valid");
    case TokenStatus::Invalid:
        return tr("Invalid");
    case TokenStatus::NotProtected:
        return tr("Not protected");
    case TokenStatus::Malformed:
        return tr("Malformed");
    }
    return {};
}

QString TokenResultModel::protectionText(TokenProtection p)
{
    switch (p) {
    case TokenProtection::None:
        return tr("not protected");
    case TokenProtection::LegacyMac:
        return tr("legacy MAC");
    case TokenProtection::LegacyEncrypted:
        return tr("legacy encrypted");
    case TokenProtection::Framework45:
        return QStringLiteral("Framework45"); // the compatibilityMode value, as written in web.config
    }
    return {};
}

QString TokenResultModel::decryptionText(const TokenVerifyResult &r)
{
    if (!r.decryption) {
        return {};
    }
    return QStringLiteral("%1-%2")
        .arg(decryptionName(*r.decryption))
        .arg(decryptionKeyBytes(*r.decryption) * 8);
}

int TokenResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.outcomes.size());
}

int TokenResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenResultModel::raw(const CandidateOutcome &o, int column) const
{
    const TokenVerifyResult &r = o.result;
    const bool valid = r.status == TokenStatus::Valid;
    switch (column) {
    case CandidateColumn:
        return o.candidate.label;
    case ResultColumn:
        return tokenStatusName(r.status);
    case ModeColumn:
        return valid ? protectionName(r.protection) : QString();
    case ValidationColumn:
        return valid && r.validation ? validationName(*r.validation) : QString();
    case DecryptionColumn:
        return valid ? decryptionText(r) : QString();
    case DisclosedColumn:
        return o.disclosed;
    default:
        return {};
    }
}

QVariant TokenResultModel::display(const CandidateOutcome &o, int column) const
{
    const TokenVerifyResult &r = o.result;
    switch (column) {
    case ResultColumn:
        return statusText(r.status);
    case ModeColumn:
        return r.status == TokenStatus::Valid ? protectionText(r.protection) : QString();
    case DisclosedColumn:
        return o.disclosed ? tr("Yes") : tr("No");
    default:
        return raw(o, column);
    }
}

namespace {

QColor statusColour(TokenStatus s)
{
    switch (s) {
    case TokenStatus::Valid:
        return {0x1b, 0x7a, 0x2e};
    case TokenStatus::Invalid:
        return {0xb0, 0x30, 0x30};
    case TokenStatus::NotProtected:
        return {0xa0, 0x60, 0x00};
    case TokenStatus::Malformed:
        return {0x80, 0x80, 0x80};
    }
    return {};
}

QIcon statusIcon(TokenStatus s)
{
    const QStyle *style = QApplication::style();
    switch (s) {
    case TokenStatus::Valid:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case TokenStatus::Invalid:
        return style->standardIcon(QStyle::SP_DialogCancelButton);
    case TokenStatus::NotProtected:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case TokenStatus::Malformed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

} // namespace

QVariant TokenResultModel::data(const QModelIndex &index, int role) const
{
    const CandidateOutcome *o = index.isValid() ? outcome(index.row()) : nullptr;
    if (!o || index.column() >= ColumnCount) {
        return {};
    }
    const TokenStatus status = o->result.status;
    switch (role) {
    case Qt::DisplayRole:
        return display(*o, index.column());
    case RawRole:
        return raw(*o, index.column());
    case StatusRole:
        return int(status);
    case Qt::ToolTipRole:
        if (index.column() == CandidateColumn) {
            return o->candidate.label;
        }
        if (index.column() == ResultColumn && !o->result.cause.isEmpty()) {
            return o->result.cause;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn) {
            return statusColour(status);
        }
        if (index.column() == DisclosedColumn && o->disclosed) {
            return QColor(0xb0, 0x30, 0x30);
        }
        return {};
    case Qt::FontRole:
        if ((index.column() == ResultColumn && status == TokenStatus::Valid) ||
            (index.column() == DisclosedColumn && o->disclosed)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == ResultColumn ? QVariant(statusIcon(status)) : QVariant();
    default:
        return {};
    }
}

QVariant TokenResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case CandidateColumn:
        return tr("Candidate");
    case ResultColumn:
        return tr("Result");
    case ModeColumn:
        return tr("Mode");
    case ValidationColumn:
        return tr("Validation");
    case DecryptionColumn:
        return tr("Decryption");
    case DisclosedColumn:
        return tr("Disclosed");
    default:
        return {};
    }
}

} // namespace sd
