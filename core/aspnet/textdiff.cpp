// SPDX-License-Identifier: GPL-3.0-or-later
#include "aspnet/textdiff.h"

#include <QStringList>

#include <vector>

namespace sd {

namespace {

QStringList splitLines(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (auto &l : lines)
        if (l.endsWith(u'\r'))
            l.chop(1);
    if (!lines.isEmpty() && lines.last().isEmpty() && text.endsWith(u'\n'))
        lines.removeLast();
    return lines;
}

} // namespace

QList<DiffLine> diffLines(const QString &oldText, const QString &newText, int context)
{
    if (oldText == newText)
        return {};
    const QStringList a = splitLines(oldText);
    const QStringList b = splitLines(newText);
    qsizetype pre = 0;
    while (pre < a.size() && pre < b.size() && a[pre] == b[pre])
        ++pre;
    qsizetype suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf])
        ++suf;
    const qsizetype n = a.size() - pre - suf;
    const qsizetype m = b.size() - pre - suf;

    QList<DiffLine> all;
    for (qsizetype i = 0; i < pre; ++i)
        all.append({u' ', a[i], int(i + 1), int(i + 1)});
    if (n <= 4000 && m <= 4000) {
        std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[size_t(i)][size_t(j)] =
                    a[pre + i] == b[pre + j]
                        ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                        : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[pre + i] == b[pre + j]) {
                all.append({u' ', a[pre + i], int(pre + i + 1), int(pre + j + 1)});
                ++i;
                ++j;
            } else if (i < n && (j == m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
                all.append({u'-', a[pre + i], int(pre + i + 1), 0});
                ++i;
            } else {
                all.append({u'+', b[pre + j], 0, int(pre + j + 1)});
                ++j;
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            all.append({u'-', a[pre + i], int(pre + i + 1), 0});
        for (qsizetype j = 0; j < m; ++j)
            all.append({u'+', b[pre + j], 0, int(pre + j + 1)});
    }
    for (qsizetype k = 0; k < suf; ++k)
        all.append({u' ', a[pre + n + k], int(pre + n + k + 1), int(pre + m + k + 1)});

    // Keep changes plus `context` lines around them.
    QList<DiffLine> out;
    std::vector<bool> keep(size_t(all.size()), false);
    for (qsizetype i = 0; i < all.size(); ++i)
        if (all[i].kind != u' ')
            for (qsizetype k = std::max<qsizetype>(0, i - context);
                 k <= std::min(all.size() - 1, i + context); ++k)
                keep[size_t(k)] = true;
    for (qsizetype i = 0; i < all.size(); ++i)
        if (keep[size_t(i)])
            out.append(all[i]);
    return out;
}

QString DiffHunk::header() const
{
    return QStringLiteral("@@ -%1,%2 +%3,%4 @@").arg(oldStart).arg(oldCount).arg(newStart).arg(newCount);
}

QList<DiffHunk> diffHunks(const QList<DiffLine> &lines)
{
    QList<DiffHunk> hunks;
    int lastOld = 0, lastNew = 0;
    for (const DiffLine &l : lines) {
        const bool contOld = l.oldLine == 0 || lastOld == 0 || l.oldLine == lastOld + 1;
        const bool contNew = l.newLine == 0 || lastNew == 0 || l.newLine == lastNew + 1;
        if (hunks.isEmpty() || !contOld || !contNew) {
            hunks.append(DiffHunk{});
            lastOld = lastNew = 0;
        }
        DiffHunk &h = hunks.last();
        if (l.oldLine) {
            h.oldStart = h.oldStart ? h.oldStart : l.oldLine;
            ++h.oldCount;
            lastOld = l.oldLine;
        }
        if (l.newLine) {
            h.newStart = h.newStart ? h.newStart : l.newLine;
            ++h.newCount;
            lastNew = l.newLine;
        }
        h.lines.append(l);
    }
    return hunks;
}

QString unifiedDiff(const QString &oldText, const QString &newText, const QString &oldName,
                    const QString &newName, int context)
{
    const QList<DiffLine> lines = diffLines(oldText, newText, context);
    if (lines.isEmpty())
        return {};
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(oldName, newName);
    for (const DiffHunk &h : diffHunks(lines)) {
        out += h.header() + u'\n';
        for (const DiffLine &l : h.lines)
            out += l.kind + l.text + u'\n';
    }
    return out;
}

} // namespace sd
