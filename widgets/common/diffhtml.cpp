// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/diffhtml.h"

namespace sd {

namespace {

/// One line: line number, +/-/space and the text, coloured as in a review tool.
QString diffLineHtml(const DiffLine &l)
{
    const QString color = l.kind == u'+'   ? QStringLiteral("#1e7b34")
                          : l.kind == u'-' ? QStringLiteral("#b03030")
                                           : QStringLiteral("#555");
    const QString bg = l.kind == u'+'   ? QStringLiteral("#e6ffec")
                       : l.kind == u'-' ? QStringLiteral("#ffebe9")
                                        : QStringLiteral("transparent");
    const int line = l.newLine ? l.newLine : l.oldLine;
    return QStringLiteral("<span style=\"color:%1; background:%2\">%3 %4 %5</span>\n")
        .arg(color, bg, QString::number(line).rightJustified(5), QString(l.kind), l.text.toHtmlEscaped());
}

} // namespace

QString diffHunksHtml(const QList<DiffLine> &diff)
{
    QString html;
    const QList<DiffHunk> hunks = diffHunks(diff);
    for (qsizetype h = 0; h < hunks.size(); ++h) {
        html += QStringLiteral("%1<span style=\"color:#6a5acd\">%2</span>\n")
                    .arg(h > 0 ? QStringLiteral("\n") : QString(), hunks[h].header().toHtmlEscaped());
        for (const DiffLine &l : hunks[h].lines) {
            html += diffLineHtml(l);
        }
    }
    return html;
}

QString diffHunksHtml(const QString &oldText, const QString &newText)
{
    return diffHunksHtml(diffLines(oldText, newText));
}

} // namespace sd
