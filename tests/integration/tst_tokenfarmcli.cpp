// SPDX-License-Identifier: GPL-3.0-or-later
// `sessionctl token farm` (issue 14 point 3): the real binary over tests/data/iis/farm/tokens (six web.config
// servers: same key, another validation, legacy, legacy with another decryptionKey, AutoGenerate) and the
// three-server snapshot folders; the text matrix, the failures with the user's error and the reasons, JSON,
// --kind and --application, exit codes, and no key in the output.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include "sessionctlrun.h"

namespace {

QString farmDir()
{
    return QStringLiteral(SD_TESTDATA_DIR "/iis/farm");
}

QString server(const char *name)
{
    return farmDir() + QStringLiteral("/tokens/") + QLatin1String(name) + QStringLiteral(".config");
}

QStringList tokenFarm(const QStringList &rest)
{
    return QStringList{QStringLiteral("token"), QStringLiteral("farm")} + rest;
}

const char *const kValidationKey = "6907A054A174D17269AFDF4DC1E1CB502A3F7971DB3AFD78F3EB6B22FCE73746";
const char *const kDecryptionKey = "B4934ECFABB7A6A3CE739412CA96A4999F520546391BF2543268EC609412E021";

} // namespace

class TestTokenFarmCli : public QObject
{
    Q_OBJECT

private slots:
    void sameKeyAccepted()
    {
        const Run r = sessionctl(tokenFarm({server("web1"), server("web2")}));
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("/ (ViewState)")) &&
                     text.contains(QStringLiteral("/ (forms ticket)")),
                 r.out.constData());
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\nweb1.config +ok +ok\\n"))));
        QCOMPARE(text.count(QStringLiteral("FAIL")), 1); // the legend only
        QVERIFY(!text.contains(QStringLiteral(": rejected")));
    }

    void matrixAndFailures()
    {
        const Run r =
            sessionctl(tokenFarm({server("web1"), server("sha1"), server("legacy"), server("autogen")}));
        QCOMPARE(r.exitCode, 1);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("issuer \\ receiver")), r.out.constData());
        QVERIFY(text.contains(QStringLiteral("web1.config: ") + server("web1")));
        // web1's row: only itself.
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\nweb1.config +ok +FAIL +FAIL +FAIL\\n"))));
        QVERIFY(
            text.contains(QRegularExpression(QStringLiteral("\\nautogen.config +FAIL +FAIL +FAIL +ok\\n"))));
        QVERIFY(
            text.contains(QStringLiteral("/ ViewState web1.config -> sha1.config: rejected\n"
                                         "    error: The user gets the error page \"Validation of viewstate "
                                         "MAC failed.\"")));
        QVERIFY(text.contains(QStringLiteral(
            "    reason: Different validation algorithm (web1.config: HMACSHA256, sha1.config: SHA1).")));
        QVERIFY(text.contains(QStringLiteral("/ forms ticket web1.config -> legacy.config: rejected\n"
                                             "    error: Event 4005 \"Forms authentication failed for the "
                                             "request. Reason: The ticket supplied was invalid.\"")));
        QVERIFY(text.contains(QStringLiteral("Different compatibilityMode (web1.config: Framework45")));
        QVERIFY(text.contains(
            QStringLiteral("reason: autogen.config generates its own machine key (AutoGenerate)")));
        // autogen accepts its own tokens: "ok" on the diagonal, and no failure line for it.
        QVERIFY(!text.contains(QStringLiteral("autogen.config -> autogen.config")));
        QVERIFY(!r.out.contains(kValidationKey) && !r.out.contains(kDecryptionKey));
    }

    void json()
    {
        const Run r = sessionctl(tokenFarm(
            {server("web1"), server("web2"), server("legacy"), server("legacy2"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("servers")).toArray().size(), 4);
        QVERIFY(!o.value(QStringLiteral("allAccepted")).toBool());
        const QJsonArray matrices = o.value(QStringLiteral("matrices")).toArray();
        QCOMPARE(matrices.size(), 2);
        const QJsonObject viewState = matrices[0].toObject();
        QCOMPARE(viewState.value(QStringLiteral("kind")).toString(), QStringLiteral("viewstate"));
        QCOMPARE(viewState.value(QStringLiteral("application")).toString(), QStringLiteral("/"));
        const QJsonArray rows = viewState.value(QStringLiteral("cells")).toArray();
        auto cell = [](const QJsonArray &rows, int i, int j) { return rows[i].toArray()[j].toObject(); };
        QCOMPARE(cell(rows, 0, 1).value(QStringLiteral("outcome")).toString(), QStringLiteral("accepted"));
        QVERIFY(cell(rows, 0, 1).value(QStringLiteral("computed")).toBool());
        QVERIFY(!cell(rows, 0, 1).contains(QStringLiteral("error")));
        // legacy ViewState is only signed: legacy2's other decryptionKey accepts it; forms tickets it
        // rejects.
        QCOMPARE(cell(rows, 2, 3).value(QStringLiteral("outcome")).toString(), QStringLiteral("accepted"));
        const QJsonObject fail = cell(rows, 0, 2);
        QCOMPARE(fail.value(QStringLiteral("outcome")).toString(), QStringLiteral("rejected"));
        QVERIFY(fail.value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("Validation of viewstate MAC failed.")));
        QCOMPARE(fail.value(QStringLiteral("reasons"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("compatibilityMode"));
        const QJsonArray forms = matrices[1].toObject().value(QStringLiteral("cells")).toArray();
        QCOMPARE(cell(forms, 2, 3).value(QStringLiteral("outcome")).toString(), QStringLiteral("rejected"));
        QCOMPARE(cell(forms, 2, 3)
                     .value(QStringLiteral("reasons"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("decryptionKey"));
        QVERIFY(!r.out.contains(kValidationKey) && !r.out.contains(kDecryptionKey));
    }

    void kindAndApplication()
    {
        const QString dir = farmDir() + QStringLiteral("/three-server/");
        const QStringList servers{dir + QStringLiteral("web1"), dir + QStringLiteral("web2"),
                                  dir + QStringLiteral("web3")};
        Run r =
            sessionctl(tokenFarm(servers + QStringList{QStringLiteral("--kind"), QStringLiteral("forms"),
                                                       QStringLiteral("--application"),
                                                       QStringLiteral("shop/"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 1);
        const QJsonArray matrices =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("matrices")).toArray();
        QCOMPARE(matrices.size(), 1);
        QCOMPARE(matrices[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("forms"));
        QCOMPARE(matrices[0].toObject().value(QStringLiteral("application")).toString(),
                 QStringLiteral("Shop/"));
        // web1 and web2 (another site ID, the same key) agree.
        r = sessionctl(tokenFarm({dir + QStringLiteral("web1"), dir + QStringLiteral("web2"),
                                  QStringLiteral("--kind"), QStringLiteral("viewstate")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Shop/ (ViewState)"));
        QVERIFY(!r.out.contains("forms ticket"));
    }

    void usage()
    {
        QCOMPARE(sessionctl(tokenFarm({server("web1")})).exitCode, 2);
        QCOMPARE(sessionctl(tokenFarm({server("web1"), server("web2"), QStringLiteral("--kind"),
                                       QStringLiteral("resource")}))
                     .exitCode,
                 2);
        const Run none = sessionctl(tokenFarm(
            {server("web1"), server("web2"), QStringLiteral("--application"), QStringLiteral("Nowhere/")}));
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains("no server has the application Nowhere/"));
        QCOMPARE(
            sessionctl(tokenFarm({server("web1"), farmDir() + QStringLiteral("/missing.config")})).exitCode,
            2);
        const Run help = sessionctl(tokenFarm({QStringLiteral("--help")}));
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("Usage: sessionctl token farm"));
        QVERIFY(sessionctl({QStringLiteral("--help")}).out.contains("token farm PATH PATH..."));
    }
};

QTEST_GUILESS_MAIN(TestTokenFarmCli)
#include "tst_tokenfarmcli.moc"
