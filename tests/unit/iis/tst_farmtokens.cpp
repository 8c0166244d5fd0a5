// SPDX-License-Identifier: GPL-3.0-or-later
// Farm token check (issue 14 point 3) and the machine key of a snapshot's applications as verifier
// candidates: writtenKeyValue() (explicit, AutoGenerate, default), applicationKeyCandidate() and
// snapshotKeyCandidates(); farmTokenMatrix() over tests/data/iis/farm/tokens (same key, another validation
// algorithm, Framework45 against legacy, another decryption key, AutoGenerate), the three-server farm, a
// server without the application, IsolateApps / IsolateByAppId and Framework45 configuration errors, and
// the time for eight servers.
#include "iis/farmtokens.h"

#include "testfiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sd;

namespace {

QString farmDir()
{
    return QStringLiteral(SD_TESTDATA_DIR "/iis/farm");
}

QString tokensDir()
{
    return farmDir() + QStringLiteral("/tokens/");
}

/// Opened snapshots (the FarmServers point into them).
struct Farm
{
    std::vector<std::unique_ptr<ServerSnapshot>> snapshots;
    QList<FarmServer> servers;
};

bool open(const QStringList &paths, Farm *farm)
{
    const QStringList names = farmServerNames(paths);
    for (qsizetype i = 0; i < paths.size(); ++i) {
        auto s = std::make_unique<ServerSnapshot>();
        QString error;
        if (!s->open(paths[i], &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        farm->servers.append({names[i], s.get()});
        farm->snapshots.push_back(std::move(s));
    }
    return true;
}

QStringList sl(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

QStringList tokenServers()
{
    QStringList out;
    for (const char *n : {"web1", "web2", "sha1", "legacy", "legacy2", "autogen"})
        out << tokensDir() + QLatin1String(n) + QStringLiteral(".config");
    return out;
}

/// The matrix as text, one line per issuer: "+" accepted, "s" same server, "x" rejected, "-" no application,
/// "?" not checked.
QStringList shape(const FarmTokenMatrix &m)
{
    QStringList out;
    for (const QList<FarmTokenCell> &row : m.cells) {
        QString line;
        for (const FarmTokenCell &c : row) {
            switch (c.outcome) {
            case FarmTokenOutcome::Accepted:
                line += u'+';
                break;
            case FarmTokenOutcome::AcceptedSameServer:
                line += u's';
                break;
            case FarmTokenOutcome::Rejected:
                line += u'x';
                break;
            case FarmTokenOutcome::NoApplication:
                line += u'-';
                break;
            case FarmTokenOutcome::NotChecked:
                line += u'?';
                break;
            }
        }
        out << line;
    }
    return out;
}

QStringList reasonCodes(const FarmTokenCell &c)
{
    QStringList out;
    for (const FarmTokenReasonItem &r : c.reasons)
        out << farmTokenReasonCode(r.reason);
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// tokens/web1.config with its <machineKey> attributes replaced by `machineKey` and, when `legacy`, without
/// the httpRuntime targetFramework (so compatibilityMode defaults to Framework20SP1).
QByteArray variant(const QString &machineKey, bool legacy)
{
    QString text = QString::fromUtf8(readFile(tokensDir() + QStringLiteral("web1.config")));
    static const QRegularExpression mk(QStringLiteral("<machineKey [^>]*/>"));
    text.replace(mk, QStringLiteral("<machineKey %1 />").arg(machineKey));
    if (legacy)
        text.remove(QStringLiteral("        <httpRuntime targetFramework=\"4.8\" />\n"));
    return text.toUtf8();
}

const QString kVk =
    QStringLiteral("6907A054A174D17269AFDF4DC1E1CB502A3F7971DB3AFD78F3EB6B22FCE73746EF1F51105981522E6922"
                   "AC1C1E2B4AA94A29DB37526A7733EEDAB483F4DBE70B");
const QString kDk = QStringLiteral("B4934ECFABB7A6A3CE739412CA96A4999F520546391BF2543268EC609412E021");

} // namespace

class TestFarmTokens : public QObject
{
    Q_OBJECT

private slots:
    void writtenKeyValues()
    {
        QTemporaryDir dir;
        const QString explicitFile = tokensDir() + QStringLiteral("web1.config");
        const QString generated = dir.filePath(QStringLiteral("generated.config"));
        QVERIFY(writeFile(generated, variant(QStringLiteral("validationKey=\"AutoGenerate,IsolateApps\" "
                                                            "decryptionKey=\"AutoGenerate\""),
                                             false)));
        const QString isolated = dir.filePath(QStringLiteral("isolated.config"));
        QVERIFY(writeFile(
            isolated,
            variant(QStringLiteral("validationKey=\"%1,IsolateApps\" decryptionKey=\"%2\"").arg(kVk, kDk),
                    true)));
        Farm farm;
        QVERIFY(
            open({explicitFile, generated, tokensDir() + QStringLiteral("autogen.config"), isolated}, &farm));
        QString error;
        const SnapshotApplication &e = farm.snapshots[0]->applications().first();
        QCOMPARE(writtenKeyValue(e, QStringLiteral("validationKey"), &error).value_or(QString()), kVk);
        QCOMPARE(writtenKeyValue(e, QStringLiteral("decryptionKey"), &error).value_or(QString()), kDk);
        // AutoGenerate written: the value as written.
        const SnapshotApplication &g = farm.snapshots[1]->applications().first();
        QCOMPARE(writtenKeyValue(g, QStringLiteral("validationKey"), &error).value_or(QString()),
                 QStringLiteral("AutoGenerate,IsolateApps"));
        QCOMPARE(writtenKeyValue(g, QStringLiteral("decryptionKey"), &error).value_or(QString()),
                 QStringLiteral("AutoGenerate"));
        // Not written: the default.
        const SnapshotApplication &d = farm.snapshots[2]->applications().first();
        QCOMPARE(writtenKeyValue(d, QStringLiteral("validationKey"), &error).value_or(QString()),
                 QStringLiteral("AutoGenerate,IsolateApps"));
        // Modifiers stay as written.
        const SnapshotApplication &i = farm.snapshots[3]->applications().first();
        QCOMPARE(writtenKeyValue(i, QStringLiteral("validationKey"), &error).value_or(QString()),
                 kVk + QStringLiteral(",IsolateApps"));
        // The file no longer has the <machineKey> the snapshot read: no value, and the error says which.
        QVERIFY(writeFile(isolated, variant(QStringLiteral("validation=\"SHA1\""), true)));
        error.clear();
        QVERIFY(!writtenKeyValue(i, QStringLiteral("validationKey"), &error));
        QVERIFY2(error.contains(QStringLiteral("validationKey")), qPrintable(error));
    }

    void keyCandidates()
    {
        Farm farm;
        const QString dir = farmDir() + QStringLiteral("/three-server/");
        QVERIFY(open({dir + QStringLiteral("web1"), tokensDir() + QStringLiteral("autogen.config"),
                      tokensDir() + QStringLiteral("legacy.config")},
                     &farm));
        const QList<MachineKeyCandidate> web1 =
            snapshotKeyCandidates(*farm.snapshots[0], QStringLiteral("web1"));
        QCOMPARE(web1.size(), 1);
        QCOMPARE(web1[0].label, QStringLiteral("web1: Shop/"));
        QCOMPARE(web1[0].validationKey, kVk);
        QCOMPARE(web1[0].decryptionKey, kDk);
        QCOMPARE(web1[0].validation, std::optional(ValidationAlgorithm::HMACSHA256));
        QCOMPARE(web1[0].decryption, std::optional(DecryptionAlgorithm::AES256));
        QCOMPARE(web1[0].compatibility, std::optional(KeyCompatibility::Framework45));
        const QList<MachineKeyCandidate> generated =
            snapshotKeyCandidates(*farm.snapshots[1], QStringLiteral("autogen"));
        QCOMPARE(generated.size(), 1);
        QCOMPARE(generated[0].label, QStringLiteral("autogen: /"));
        QCOMPARE(generated[0].validationKey, QStringLiteral("AutoGenerate,IsolateApps"));
        QCOMPARE(generated[0].decryptionKey, QStringLiteral("AutoGenerate,IsolateApps"));
        const MachineKeyCandidate legacy =
            applicationKeyCandidate(farm.snapshots[2]->applications().first(), QStringLiteral("l"));
        QCOMPARE(legacy.compatibility, std::optional(KeyCompatibility::Legacy));
        QVERIFY(!legacy.decryption); // decryption="Auto": left open
    }

    void aesKeySizeOfCandidate()
    {
        // decryption="AES" with a 24-byte key is AES-192, not AES-256.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("aes192.config"));
        QVERIFY(writeFile(file, variant(QStringLiteral("validationKey=\"%1\" decryptionKey=\"%2\" "
                                                       "validation=\"SHA1\" decryption=\"AES\"")
                                            .arg(kVk, kDk.left(48)),
                                        false)));
        Farm farm;
        QVERIFY(open({file}, &farm));
        const MachineKeyCandidate c =
            applicationKeyCandidate(farm.snapshots[0]->applications().first(), QStringLiteral("x"));
        QCOMPARE(c.decryption, std::optional(DecryptionAlgorithm::AES192));
    }

    void tokenFarmViewState()
    {
        Farm farm;
        QVERIFY(open(tokenServers(), &farm));
        const QList<FarmTokenMatrix> all = farmTokenMatrix(farm.servers);
        QCOMPARE(all.size(), 2);
        const FarmTokenMatrix &m = all[0];
        QCOMPARE(m.kind, TokenKind::ViewState);
        QCOMPARE(m.application, QStringLiteral("/"));
        QCOMPARE(m.servers, sl({"web1.config", "web2.config", "sha1.config", "legacy.config",
                                "legacy2.config", "autogen.config"}));
        // web1 web2 sha1 legacy legacy2 autogen
        QCOMPARE(shape(m), sl({"++xxxx", "++xxxx", "xx+xxx", "xxx++x", "xxx++x", "xxxxxs"}));
        QVERIFY(m.cells[0][1].computed);
        QCOMPARE(reasonCodes(m.cells[0][2]), sl({"validation"}));
        QCOMPARE(m.cells[0][2].reasons[0].issuerValue, QStringLiteral("HMACSHA256"));
        QCOMPARE(m.cells[0][2].reasons[0].receiverValue, QStringLiteral("SHA1"));
        QCOMPARE(reasonCodes(m.cells[0][3]), sl({"compatibilityMode"}));
        QVERIFY(m.cells[0][3].reasons[0].issuerValue.contains(QStringLiteral("targetFramework=\"4.8\"")));
        QVERIFY(m.cells[0][3].reasons[0].receiverValue.startsWith(QStringLiteral("Framework20SP1")));
        // Framework45 encrypts: web1's ViewState also needs legacy2's other decryptionKey.
        QCOMPARE(reasonCodes(m.cells[0][4]), sl({"compatibilityMode", "decryptionKey"}));
        QCOMPARE(reasonCodes(m.cells[0][5]), sl({"receiverAutoGenerate"}));
        QCOMPARE(m.cells[0][5].reasons[0].server, 5);
        QVERIFY(!m.cells[0][5].computed);
        QCOMPARE(reasonCodes(m.cells[5][0]), sl({"issuerAutoGenerate"}));
        QCOMPARE(m.cells[5][5].outcome, FarmTokenOutcome::AcceptedSameServer);
        // A legacy ViewState is only signed: another decryptionKey does not matter (crypto says so).
        QCOMPARE(m.cells[3][4].outcome, FarmTokenOutcome::Accepted);
        QVERIFY(m.cells[3][4].computed);
        QVERIFY(!m.allAccepted());
        QCOMPARE(m.count(FarmTokenOutcome::Accepted), 9);
        // The texts name the servers and never hold a key.
        const QString text = farmTokenReasonText(m.cells[0][2].reasons[0], m, 0, 2);
        QVERIFY2(text.contains(QStringLiteral("web1.config: HMACSHA256")) &&
                     text.contains(QStringLiteral("sha1.config: SHA1")),
                 qPrintable(text));
        QVERIFY(farmTokenReasonText(m.cells[5][0].reasons[0], m, 5, 0)
                    .startsWith(QStringLiteral("autogen.config")));
        QVERIFY(farmTokenUserError(TokenKind::ViewState)
                    .contains(QStringLiteral("Validation of viewstate MAC failed.")));
    }

    void tokenFarmForms()
    {
        Farm farm;
        QVERIFY(open(tokenServers(), &farm));
        FarmTokenOptions o;
        o.kinds = {TokenKind::FormsTicket};
        const QList<FarmTokenMatrix> all = farmTokenMatrix(farm.servers, o);
        QCOMPARE(all.size(), 1);
        const FarmTokenMatrix &m = all[0];
        QCOMPARE(m.kind, TokenKind::FormsTicket);
        QCOMPARE(shape(m), sl({"++xxxx", "++xxxx", "xx+xxx", "xxx+xx", "xxxx+x", "xxxxxs"}));
        // Forms tickets are encrypted in legacy mode too: legacy2's other decryptionKey rejects them. Auto
        // and AES resolve to the same AES-256 for a 32-byte key, so the algorithms are no reason.
        QCOMPARE(reasonCodes(m.cells[3][4]), sl({"decryptionKey"}));
        QVERIFY(m.cells[3][4].computed);
        const QString fp = keyFingerprint(kDk);
        QCOMPARE(m.cells[3][4].reasons[0].issuerValue, fp);
        QVERIFY(!farmTokenReasonText(m.cells[3][4].reasons[0], m, 3, 4).contains(kDk));
        QVERIFY(farmTokenUserError(TokenKind::FormsTicket).contains(QStringLiteral("4005")));
    }

    void threeServerFarm()
    {
        Farm farm;
        const QString dir = farmDir() + QStringLiteral("/three-server/");
        QVERIFY(
            open({dir + QStringLiteral("web1"), dir + QStringLiteral("web2"), dir + QStringLiteral("web3")},
                 &farm));
        const QList<FarmTokenMatrix> all = farmTokenMatrix(farm.servers);
        QCOMPARE(all.size(), 2);
        for (const FarmTokenMatrix &m : all) {
            QCOMPARE(m.application, QStringLiteral("Shop/"));
            // web2's other site ID does not change the keys; web3's other machine key does.
            QCOMPARE(shape(m), sl({"++x", "++x", "xx+"}));
            QCOMPARE(reasonCodes(m.cells[0][2]), sl({"validationKey", "decryptionKey"}));
        }
        FarmTokenOptions only;
        only.application = QStringLiteral("shop/");
        QCOMPARE(farmTokenMatrix(farm.servers, only).size(), 2);
        only.application = QStringLiteral("Other/");
        QVERIFY(farmTokenMatrix(farm.servers, only).isEmpty());
    }

    void missingApplication()
    {
        Farm farm;
        const QString dir = farmDir() + QStringLiteral("/cases/FARM009-missing/");
        QVERIFY(open({dir + QStringLiteral("a.config"), dir + QStringLiteral("b.config")}, &farm));
        FarmTokenOptions o;
        o.kinds = {TokenKind::ViewState};
        const QList<FarmTokenMatrix> all = farmTokenMatrix(farm.servers, o);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].application, QStringLiteral("Shop/"));
        QCOMPARE(shape(all[0]), sl({"++", "++"}));
        QCOMPARE(all[1].application, QStringLiteral("Shop/cart"));
        QCOMPARE(shape(all[1]), sl({"+-", "--"}));
        QCOMPARE(farmTokenOutcomeText(FarmTokenOutcome::NoApplication),
                 QStringLiteral("no such application"));
    }

    void isolation()
    {
        QTemporaryDir dir;
        auto write = [&dir](const char *name, const QString &machineKey, bool legacy) {
            const QString path = dir.filePath(QLatin1String(name));
            return writeFile(path, variant(machineKey, legacy)) ? path : QString();
        };
        const QString keys =
            QStringLiteral("validationKey=\"%1%3\" decryptionKey=\"%2%3\" validation=\"SHA1\" "
                           "decryption=\"AES\"");
        const QStringList paths{
            write("iso1.config", keys.arg(kVk, kDk, QStringLiteral(",IsolateApps")), true),
            write("iso2.config", keys.arg(kVk, kDk, QStringLiteral(",IsolateApps")), true),
            write("plain.config", keys.arg(kVk, kDk, QString()), true),
            write("fx45iso.config", keys.arg(kVk, kDk, QStringLiteral(",IsolateApps")), false),
            write(
                "md5.config",
                QStringLiteral("validationKey=\"%1\" decryptionKey=\"%2\" validation=\"MD5\"").arg(kVk, kDk),
                false)};
        Farm farm;
        QVERIFY(open(paths, &farm));
        FarmTokenOptions o;
        o.kinds = {TokenKind::FormsTicket};
        const FarmTokenMatrix m = farmTokenMatrix(farm.servers, o).value(0);
        QCOMPARE(shape(m), sl({"++x??", "++x??", "xx+??", "?????", "?????"}));
        QCOMPARE(reasonCodes(m.cells[0][2]), sl({"isolateApps"}));
        QCOMPARE(m.cells[0][2].reasons[0].issuerValue, QStringLiteral("IsolateApps"));
        QCOMPARE(m.cells[0][2].reasons[0].receiverValue, QStringLiteral("none"));
        QCOMPARE(reasonCodes(m.cells[3][3]), sl({"isolatedExplicitKey", "isolatedExplicitKey"}));
        QCOMPARE(reasonCodes(m.cells[0][4]), sl({"framework45Validation"}));
        QCOMPARE(m.cells[0][4].reasons[0].server, 4);
    }

    void isolateByAppId()
    {
        // Legacy keys with ",IsolateByAppId" on two servers that give the site another ID: other keys.
        QTemporaryDir dir;
        QStringList paths;
        for (const char *n : {"a.config", "b.config"}) {
            QString text = QString::fromUtf8(
                readFile(farmDir() + QStringLiteral("/cases/FARM001-siteid/") + QLatin1String(n)));
            text.replace(QStringLiteral("validation=\"HMACSHA256\""),
                         QStringLiteral("validation=\"HMACSHA256\" compatibilityMode=\"Framework20SP1\""));
            static const QRegularExpression vk(QStringLiteral("validationKey=\"([0-9A-F]+)\""));
            text.replace(vk, QStringLiteral("validationKey=\"\\1,IsolateByAppId\""));
            paths << dir.filePath(QLatin1String(n));
            QVERIFY(writeFile(paths.last(), text.toUtf8()));
        }
        Farm farm;
        QVERIFY(open(paths, &farm));
        FarmTokenOptions o;
        o.kinds = {TokenKind::ViewState};
        o.application = QStringLiteral("Shop/");
        const FarmTokenMatrix m = farmTokenMatrix(farm.servers, o).value(0);
        QCOMPARE(shape(m), sl({"+x", "x+"}));
        QCOMPARE(reasonCodes(m.cells[0][1]), sl({"isolateByAppId"}));
        QCOMPARE(m.cells[0][1].reasons[0].issuerValue, QStringLiteral("/LM/W3SVC/1/ROOT"));
        QCOMPARE(m.cells[0][1].reasons[0].receiverValue, QStringLiteral("/LM/W3SVC/2/ROOT"));
    }

    void eightServersTime()
    {
        QStringList paths;
        for (int i = 0; i < 8; ++i)
            paths << tokenServers().value(i % 6);
        Farm farm;
        QVERIFY(open(paths, &farm));
        QElapsedTimer t;
        t.start();
        QList<FarmTokenMatrix> all = farmTokenMatrix(farm.servers);
        const qint64 first = t.restart(); // the first one also loads OpenSSL's providers
        all = farmTokenMatrix(farm.servers);
        const qint64 ms = t.elapsed();
        qInfo("farm token check, 8 servers, 1 application, ViewState and forms ticket (128 cells): first "
              "%lld ms, "
              "then %lld ms",
              first, ms);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].cells.size(), 8);
        QVERIFY(ms < 10000);
    }
};

QTEST_GUILESS_MAIN(TestFarmTokens)
#include "tst_farmtokens.moc"
