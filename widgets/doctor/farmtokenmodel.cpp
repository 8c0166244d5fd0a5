// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/doctor/farmtokenmodel.h"

#include <QApplication>
#include <QColor>
#include <QStyle>

namespace sd {

FarmTokenModel::FarmTokenModel(QObject *parent) : QAbstractTableModel(parent) {}

void FarmTokenModel::setMatrices(const QList<FarmTokenMatrix> &matrices)
{
    const FarmTokenMatrix *shown = current();
    const QString application = shown ? shown->application : QString();
    const TokenKind kind = shown ? shown->kind : TokenKind::ViewState;
    beginResetModel();
    m_matrices = matrices;
    m_current = -1;
    endResetModel();
    setSelection(applications().contains(application) ? application : applications().value(0), kind);
}

QStringList FarmTokenModel::applications() const
{
    QStringList out;
    for (const FarmTokenMatrix &m : m_matrices) {
        if (!out.contains(m.application)) {
            out << m.application;
        }
    }
    return out;
}

void FarmTokenModel::setSelection(const QString &application, TokenKind kind)
{
    int found = -1;
    for (int i = 0; i < m_matrices.size() && found < 0; ++i) {
        if (m_matrices[i].application == application && m_matrices[i].kind == kind) {
            found = i;
        }
    }
    if (found == m_current) {
        return;
    }
    beginResetModel();
    m_current = found;
    endResetModel();
}

const FarmTokenMatrix *FarmTokenModel::current() const
{
    return m_current >= 0 && m_current < m_matrices.size() ? &m_matrices[m_current] : nullptr;
}

void FarmTokenModel::retranslate()
{
    if (rowCount() > 0) {
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

QString FarmTokenModel::outcomeText(FarmTokenOutcome outcome)
{
    switch (outcome) {
    case FarmTokenOutcome::Accepted:
        return tr("Accepted");
    case FarmTokenOutcome::AcceptedSameServer:
        return tr("Accepted (same server)");
    case FarmTokenOutcome::Rejected:
        return tr("Rejected");
    case FarmTokenOutcome::NoApplication:
        return tr("No such application");
    case FarmTokenOutcome::NotChecked:
        return tr("Not checked");
    }
    return {};
}

int FarmTokenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !current() ? 0 : int(current()->servers.size());
}

int FarmTokenModel::columnCount(const QModelIndex &parent) const
{
    return rowCount(parent);
}

QVariant FarmTokenModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FarmTokenOutcome outcome = current()->cells[index.row()][index.column()].outcome;
    const bool accepted =
        outcome == FarmTokenOutcome::Accepted || outcome == FarmTokenOutcome::AcceptedSameServer;
    switch (role) {
    case Qt::DisplayRole:
        return outcomeText(outcome);
    case Qt::ToolTipRole:
        return toolTip(index.row(), index.column());
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(accepted ? QStyle::SP_DialogApplyButton
                                                   : outcome == FarmTokenOutcome::Rejected
                                                       ? QStyle::SP_MessageBoxCritical
                                                       : QStyle::SP_MessageBoxQuestion);
    case Qt::BackgroundRole:
        return accepted                                ? QColor(200, 235, 200)
               : outcome == FarmTokenOutcome::Rejected ? QColor(255, 190, 190)
                                                       : QColor(225, 225, 225);
    case Qt::ForegroundRole:
        return QColor(Qt::black); // readable on the light markers in dark themes
    case OutcomeRole:
        return int(outcome);
    default:
        return {};
    }
}

QString FarmTokenModel::toolTip(int from, int to) const
{
    const FarmTokenMatrix &m = *current();
    const FarmTokenCell &cell = m.cells[from][to];
    QStringList lines{
        tr("%1 → %2: %3").arg(m.servers.value(from), m.servers.value(to), outcomeText(cell.outcome))};
    switch (cell.outcome) {
    case FarmTokenOutcome::Accepted:
        lines << tr("A %1 made by %2 is accepted by %3.")
                     .arg(farmTokenKindText(m.kind), m.servers.value(from), m.servers.value(to));
        break;
    case FarmTokenOutcome::AcceptedSameServer:
        lines << tr("The key is generated on the server (AutoGenerate): it accepts its own tokens only.");
        break;
    case FarmTokenOutcome::Rejected:
        lines << farmTokenUserError(m.kind);
        break;
    case FarmTokenOutcome::NoApplication:
        lines << tr("%1 or %2 has no application %3.")
                     .arg(m.servers.value(from), m.servers.value(to), m.application);
        break;
    case FarmTokenOutcome::NotChecked:
        break;
    }
    for (const FarmTokenReasonItem &r : cell.reasons) {
        lines << QStringLiteral("• ") + farmTokenReasonText(r, m, from, to);
    }
    return lines.join(u'\n');
}

QVariant FarmTokenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0 || section >= rowCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const QString server = current()->servers[section];
    switch (role) {
    case Qt::DisplayRole:
        return server;
    case Qt::ToolTipRole:
        return orientation == Qt::Horizontal ? tr("%1 receives the token").arg(server)
                                             : tr("%1 makes the token").arg(server);
    default:
        return {};
    }
}

} // namespace sd
