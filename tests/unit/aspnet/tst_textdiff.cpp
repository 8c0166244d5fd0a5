// SPDX-License-Identifier: GPL-3.0-or-later
// The line diff behind the save preview and `sessionctl config set --dry-run` (aspnet/textdiff.h).
#include "aspnet/textdiff.h"

#include <QTest>

using namespace sd;

namespace {

/// "l1\nl2\n...lN\n" with line `changed` (1-based, 0 for none) written in upper case.
QString numbered(int count, QList<int> changed = {})
{
    QString out;
    for (int i = 1; i <= count; ++i)
        out += (changed.contains(i) ? QStringLiteral("L%1\n") : QStringLiteral("l%1\n")).arg(i);
    return out;
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void noChange()
    {
        const QString text = QStringLiteral("<configuration>\n  <system.web />\n</configuration>\n");
        QVERIFY(diffLines(text, text).isEmpty());
        QVERIFY(unifiedDiff(text, text, QStringLiteral("a"), QStringLiteral("b")).isEmpty());
        QVERIFY(unifiedDiff(QString(), QString(), QStringLiteral("a"), QStringLiteral("b")).isEmpty());
    }

    void lineEndingsAreNotContent()
    {
        // Same lines, LF against CRLF: nothing to show.
        QVERIFY(diffLines(QStringLiteral("a\r\nb\r\n"), QStringLiteral("a\nb\n")).isEmpty());
        QVERIFY(unifiedDiff(QStringLiteral("a\r\nb\r\n"), QStringLiteral("a\nb\n"), QStringLiteral("a"),
                            QStringLiteral("b"))
                    .isEmpty());
    }

    void crlfEditHasNoCarriageReturns()
    {
        const QString before = QStringLiteral("<a>\r\n<b x=\"1\"/>\r\n</a>\r\n");
        const QString after = QStringLiteral("<a>\r\n<b x=\"2\"/>\r\n</a>\r\n");
        QCOMPARE(unifiedDiff(before, after, QStringLiteral("web.config"), QStringLiteral("web.config (new)")),
                 QStringLiteral("--- web.config\n+++ web.config (new)\n@@ -1,3 +1,3 @@\n <a>\n-<b "
                                "x=\"1\"/>\n+<b x=\"2\"/>\n </a>\n"));
    }

    void changeInTheMiddleKeepsThreeLinesOfContext()
    {
        QCOMPARE(unifiedDiff(numbered(10), numbered(10, {5}), QStringLiteral("a"), QStringLiteral("b")),
                 QStringLiteral("--- a\n+++ b\n@@ -2,7 +2,7 @@\n l2\n l3\n l4\n-l5\n+L5\n l6\n l7\n l8\n"));
    }

    void contextWidth()
    {
        QCOMPARE(unifiedDiff(numbered(10), numbered(10, {5}), QStringLiteral("a"), QStringLiteral("b"), 0),
                 QStringLiteral("--- a\n+++ b\n@@ -5,1 +5,1 @@\n-l5\n+L5\n"));
        QCOMPARE(unifiedDiff(numbered(10), numbered(10, {5}), QStringLiteral("a"), QStringLiteral("b"), 1),
                 QStringLiteral("--- a\n+++ b\n@@ -4,3 +4,3 @@\n l4\n-l5\n+L5\n l6\n"));
    }

    void twoHunks()
    {
        QCOMPARE(
            unifiedDiff(numbered(20), numbered(20, {2, 18}), QStringLiteral("a"), QStringLiteral("b"), 1),
            QStringLiteral("--- a\n+++ b\n@@ -1,3 +1,3 @@\n l1\n-l2\n+L2\n l3\n@@ -17,3 +17,3 @@\n "
                           "l17\n-l18\n+L18\n l19\n"));
        // Changes closer than twice the context make one hunk.
        QCOMPARE(unifiedDiff(numbered(10), numbered(10, {3, 6}), QStringLiteral("a"), QStringLiteral("b"), 1),
                 QStringLiteral("--- a\n+++ b\n@@ -2,6 +2,6 @@\n l2\n-l3\n+L3\n l4\n l5\n-l6\n+L6\n l7\n"));
    }

    void insertAndDeleteAtStartAndEnd()
    {
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        QCOMPARE(unifiedDiff(QStringLiteral("a\nb\n"), QStringLiteral("x\na\nb\n"), a, b),
                 QStringLiteral("--- a\n+++ b\n@@ -1,2 +1,3 @@\n+x\n a\n b\n"));
        QCOMPARE(unifiedDiff(QStringLiteral("a\nb\n"), QStringLiteral("b\n"), a, b),
                 QStringLiteral("--- a\n+++ b\n@@ -1,2 +1,1 @@\n-a\n b\n"));
        QCOMPARE(unifiedDiff(QStringLiteral("a\n"), QStringLiteral("a\nb\n"), a, b),
                 QStringLiteral("--- a\n+++ b\n@@ -1,1 +1,2 @@\n a\n+b\n"));
        QCOMPARE(unifiedDiff(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nb\n"), a, b),
                 QStringLiteral("--- a\n+++ b\n@@ -1,3 +1,2 @@\n a\n b\n-c\n"));
        // No final line break on either side.
        QCOMPARE(unifiedDiff(QStringLiteral("a\nb"), QStringLiteral("a\nc"), a, b),
                 QStringLiteral("--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n"));
    }

    void diffLineNumbers()
    {
        // Insert one line in the middle of five: context lines carry both numbers, the new one only newLine.
        const QList<DiffLine> d =
            diffLines(QStringLiteral("1\n2\n3\n4\n5\n"), QStringLiteral("1\n2\nnew\n3\n4\n5\n"), 1);
        QCOMPARE(d.size(), 3);
        QCOMPARE(d[0].kind, QChar(u' '));
        QCOMPARE(d[0].text, QStringLiteral("2"));
        QCOMPARE(d[0].oldLine, 2);
        QCOMPARE(d[0].newLine, 2);
        QCOMPARE(d[1].kind, QChar(u'+'));
        QCOMPARE(d[1].text, QStringLiteral("new"));
        QCOMPARE(d[1].oldLine, 0);
        QCOMPARE(d[1].newLine, 3);
        QCOMPARE(d[2].kind, QChar(u' '));
        QCOMPARE(d[2].oldLine, 3);
        QCOMPARE(d[2].newLine, 4);
        // A removed line carries only oldLine.
        const QList<DiffLine> r = diffLines(QStringLiteral("1\n2\n3\n"), QStringLiteral("1\n3\n"), 0);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].kind, QChar(u'-'));
        QCOMPARE(r[0].oldLine, 2);
        QCOMPARE(r[0].newLine, 0);
    }

    void lcsMatchesMovedLines()
    {
        // Only the attribute line that changed is shown, the unchanged one between stays context.
        const QString before =
            QStringLiteral("<s\n  mode=\"InProc\"\n  cookieless=\"UseCookies\"\n  timeout=\"20\" />\n");
        const QString after =
            QStringLiteral("<s\n  mode=\"StateServer\"\n  cookieless=\"UseCookies\"\n  timeout=\"30\" />\n");
        QCOMPARE(
            unifiedDiff(before, after, QStringLiteral("a"), QStringLiteral("b")),
            QStringLiteral("--- a\n+++ b\n@@ -1,4 +1,4 @@\n <s\n-  mode=\"InProc\"\n+  mode=\"StateServer\"\n"
                           "   cookieless=\"UseCookies\"\n-  timeout=\"20\" />\n+  timeout=\"30\" />\n"));
    }

    void hugeChangeIsOneReplacement()
    {
        // Over 4,000 differing lines on each side: no LCS, every old line removed then every new one added.
        QString before;
        QString after;
        for (int i = 0; i < 4001; ++i) {
            before += QStringLiteral("a%1\n").arg(i);
            after += QStringLiteral("b%1\n").arg(i);
        }
        const QList<DiffLine> d = diffLines(before, after);
        QCOMPARE(d.size(), 8002);
        QCOMPARE(d.first().kind, QChar(u'-'));
        QCOMPARE(d[4000].text, QStringLiteral("a4000"));
        QCOMPARE(d[4001].kind, QChar(u'+'));
        QCOMPARE(d[4001].newLine, 1);
        QCOMPARE(d.last().newLine, 4001);
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
