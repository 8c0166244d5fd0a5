// SPDX-License-Identifier: GPL-3.0-or-later
// The Tokens tab (issue 14 point 4), offscreen: the machinekey.md §3.2 vectors through the page with keys
// typed in; an HTML page and a Cookie header pasted (what was picked out, the ticket in the detail pane); a
// plain disclosed list holding key B gives the critical banner with Microsoft's advice; Cancel stops a long
// check; candidates follow the open web.config, the Doctor's snapshots, typed keys (masked dialog, 64-key
// cap) and key list files; keys never show; the results model passes QAbstractItemModelTester. And the
// agreement test: for the same inputs the page and `sessionctl token verify --json` give the same status,
// mode, validation, decryption and disclosed flag per candidate, and the same findings.
#include "aspnet/tokenverify.h"
#include "widgets/common/mainwindow.h"
#include "widgets/doctor/doctorview.h"
#include "widgets/tokens/tokenresultmodel.h"
#include "widgets/tokens/tokenspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include "modal.h"
#include "sessionctlrun.h"
#include "testfiles.h"

using namespace sd;

namespace {

const QString kKeyAVal = QStringLiteral("F5144F1A581A57BA3B60311AF7562A855998F7DD203CD8A71405599B980D8694B5C9"
                                        "86C888BE4FC0E6571C2CE600D58CE82B8FA13106"
                                        "B17D77EA4CECDDBBEC1B");
const QString kKeyADec = QStringLiteral("B47D3CD1E780CF30C739A080995B9B10B64354AA135A2D78");
const QString kKeyBVal = QStringLiteral("0074D9E5776602E629B362073918A43AD0D631800111D0453DB3416D3827C95B81F5"
                                        "75B388A6B425E39AC49BCDC2DC8A57AD2207DC72"
                                        "6E78544525A83AB4FE08");
const QString kKeyBDec = QStringLiteral("245EDC5AAF1F32D0087178F7409370AF0A2C1FDDE1240212C73604E0DE509029");

// machinekey.md §3.2
const QString kF45B = QStringLiteral(
    "3RP87RgckNbfc7fNdaHzH9YLqbIhzpA64gFfWB49lhzHpuHFAAO7C7Dl2zh0dWUqobBb4hwiZJ1a2bhP77aQiwqvVqg=");
const QString kLegacyMacB = QStringLiteral("/wEPDwUJODc0MjgwMjkwZGTCdzCrBtl0AFYdKsWX1bQ8DcMilw==");
const QString kNoMac = QStringLiteral("/wEPDwUJODc0MjgwMjkwZGQ=");
const QString kLegacyMacA =
    QStringLiteral("/wEPDwUJODExMDE5NzY5ZGScGv/wvQQvxzX/syyICaMJbvdEU3+6rpkkQNkouaLjoQ==");
const QString kLegacyEncA = QStringLiteral(
    "Sku67tgd5zl62MFTQS6R5/o3UAFb3RcqLRKRbq1QmH8o0VN+eaFOlONe3Gz1j82CEcYFb/1qdebQa3JrRwtUSAi/LIs=");
const QString kUrl = QStringLiteral("http://10.1.1.43/default2.aspx");
// tst_tokencli's captured resource tokens (key B): a legacy WebResource.axd URL, a Framework45 ScriptResource
// d=.
const QString kWebResourceUrl = QStringLiteral(
    "/WebResource.axd?d=csxgANq6A8wDXhKZYWeOxTn12X5UGyMiDbr-_rZsj1_Cg6UVSJFYesWU78zHhAVtCyLGHu3-2T_"
    "yBK-Qpp1SMtNG6Iw1&amp;t=638470699943647751");
const QString kScriptResourceF45 = QStringLiteral("NJmAwtEo3Ipnlaxl6CMhvk5STlL2tDTDCG0e3oilid6ymxLvreNy45XCPn"
                                                  "vXrp1sgG9OErpDERufQ_h5SXHO9Yqm3OlsG39tFrk2Mrl2rmXqA"
                                                  "GfxWzeWnl81_ZGZKKlD6FHMYMND0ZJ4CM_LQmUmqPmDAQI1");

QString htmlPage(const QString &viewState, const QString &generator)
{
    return QStringLiteral(
               "<html><body><form method=\"post\" action=\"./default.aspx\" id=\"form1\">\n"
               "<div class=\"aspNetHidden\">\n<input type=\"hidden\" name=\"__VIEWSTATE\" "
               "id=\"__VIEWSTATE\" value=\"%1\" />\n</div>\n<div class=\"aspNetHidden\">\n<input "
               "type=\"hidden\" name=\"__VIEWSTATEGENERATOR\" id=\"__VIEWSTATEGENERATOR\" value=\"%2\" />"
               "\n</div></form></body></html>\n")
        .arg(viewState, generator);
}

/// `n` distinct made-up keys in a plain key list (validationKey,decryptionKey a line).
QByteArray junkKeys(int n)
{
    QByteArray out("validationKey,decryptionKey\n");
    for (int i = 0; i < n; ++i) {
        const QByteArray k = QByteArray::number(i).rightJustified(8, '0');
        out += k.repeated(16) + ',' + k.repeated(8) + '\n';
    }
    return out;
}

/// What the user types into the page (and the same, as sessionctl options).
struct Inputs
{
    QString text; ///< pasted: a token, a page or a header
    int kind = -1;
    QString url;
    QString generator;
    QString appPath = QStringLiteral("/");
    QString appId{};
};

template <typename T> T *child(QWidget *w, const char *name)
{
    auto *c = w->findChild<T *>(QString::fromLatin1(name));
    if (!c) {
        qWarning("no %s", name);
    }
    return c;
}

void fill(TokensPage *p, const Inputs &in)
{
    child<QPlainTextEdit>(p, "tokenInput")->setPlainText(in.text);
    auto *kind = child<QComboBox>(p, "tokenKind");
    kind->setCurrentIndex(kind->findData(in.kind));
    child<QLineEdit>(p, "tokenUrl")->setText(in.url);
    child<QLineEdit>(p, "tokenGenerator")->setText(in.generator);
    child<QLineEdit>(p, "tokenAppPath")->setText(in.appPath);
    child<QLineEdit>(p, "tokenAppId")->setText(in.appId);
}

/// Clicks Verify and waits for the check to end.
bool run(TokensPage *p)
{
    QSignalSpy done(p, &TokensPage::finished);
    QTest::mouseClick(child<QPushButton>(p, "tokenVerify"), Qt::LeftButton);
    if (!p->isRunning()) {
        return false; // refused (no token)
    }
    return done.wait(60000);
}

/// The row of `model` whose candidate is `label`, or -1.
int rowOf(const QAbstractItemModel *m, const QString &label)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, TokenResultModel::CandidateColumn).data().toString() == label) {
            return r;
        }
    }
    return -1;
}

QString cell(const QAbstractItemModel *m, int row, int column, int role = Qt::DisplayRole)
{
    return m->index(row, column).data(role).toString();
}

/// Every text the page shows: labels, list rows and tool tips, table cells and tool tips, the detail pane.
QString allTexts(TokensPage *p)
{
    QStringList out;
    for (QLabel *l : p->findChildren<QLabel *>()) {
        out << l->text() << l->toolTip();
    }
    auto *list = child<QListWidget>(p, "tokenCandidates");
    for (int i = 0; i < list->count(); ++i) {
        out << list->item(i)->text() << list->item(i)->toolTip();
    }
    const QAbstractItemModel *m = p->resultModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        for (int c = 0; c < m->columnCount(); ++c) {
            out << cell(m, r, c) << cell(m, r, c, Qt::ToolTipRole);
        }
    }
    out << child<QTextBrowser>(p, "tokenDetail")->toHtml();
    return out.join(u'\n');
}

bool showsKey(TokensPage *p)
{
    const QString all = allTexts(p).toUpper();
    for (const QString &k : {kKeyAVal, kKeyADec, kKeyBVal, kKeyBDec}) {
        if (all.contains(k) || all.contains(k.left(24))) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestTokensGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_configB;        ///< web.config with key B, Framework45 (targetFramework 4.8), SHA1, AES
    QString m_keysA;          ///< key list file: key A
    QString m_plainB;         ///< plain disclosed list: 300 made-up keys, then key B
    QString m_hashes;         ///< tests/data's two-line copy of Microsoft's MachineKeys.csv
    QString m_keysB;          ///< key list file: key B
    QString m_configIsolated; ///< legacy web.config, key B with ",IsolateApps,IsolateByAppId"
    QString m_isolatedToken;  ///< a legacy encrypted ViewState of that config for /shop, app id 1

    static TokensPage *page(MainWindow &w)
    {
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("workspaceTabs"));
        tabs->setCurrentWidget(w.tokens());
        return w.tokens();
    }

    static void addAB(TokensPage *p)
    {
        QVERIFY(p->addTypedKey({QStringLiteral("key A"), kKeyAVal, kKeyADec, {}, {}, {}}));
        QVERIFY(p->addTypedKey({QStringLiteral("key B"), kKeyBVal, kKeyBDec, {}, {}, {}}));
    }

    /// The disclosed-key list of Edit > Preferences (empty: none).
    static void setDisclosedFile(const QString &file)
    {
        QSettings().setValue(QStringLiteral("disclosedKeysFile"), file);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QApplication::setOrganizationName(QStringLiteral("SessionDeskTest"));
        QApplication::setApplicationName(QStringLiteral("SessionDeskTest"));
        QLocale::setDefault(QLocale::c());
        m_configB = m_dir.filePath(QStringLiteral("web.config"));
        QVERIFY(writeFile(m_configB, QStringLiteral("<?xml version=\"1.0\"?>\n<configuration><system.web>"
                                                    "<httpRuntime targetFramework=\"4.8\" />"
                                                    "<machineKey validation=\"SHA1\" decryption=\"AES\" "
                                                    "validationKey=\"%1\" decryptionKey=\"%2\" />"
                                                    "</system.web></configuration>\n")
                                         .arg(kKeyBVal, kKeyBDec)
                                         .toUtf8()));
        m_keysA = m_dir.filePath(QStringLiteral("keys.txt"));
        QVERIFY(writeFile(m_keysA, "# key A\n" + (kKeyAVal + u',' + kKeyADec).toUtf8() + '\n'));
        m_plainB = m_dir.filePath(QStringLiteral("plain.txt"));
        QVERIFY(writeFile(m_plainB, junkKeys(300) + (kKeyBVal + u',' + kKeyBDec).toUtf8() + '\n'));
        m_hashes = QStringLiteral(SD_TESTDATA_DIR "/disclosed-keys/MachineKeys.csv");
        m_keysB = m_dir.filePath(QStringLiteral("keysB.txt"));
        QVERIFY(writeFile(m_keysB, (kKeyBVal + u',' + kKeyBDec).toUtf8() + '\n'));
        const QString modifiers = QStringLiteral(",IsolateApps,IsolateByAppId");
        m_configIsolated = m_dir.filePath(QStringLiteral("isolated.config"));
        QVERIFY(
            writeFile(m_configIsolated,
                      QStringLiteral("<?xml version=\"1.0\"?>\n<configuration><system.web>"
                                     "<machineKey compatibilityMode=\"Framework20SP1\" validation=\"SHA1\" "
                                     "decryption=\"AES\" validationKey=\"%1\" decryptionKey=\"%2\" />"
                                     "</system.web></configuration>\n")
                          .arg(kKeyBVal + modifiers, kKeyBDec + modifiers)
                          .toUtf8()));
        TokenContext c;
        c.appPath = QStringLiteral("/shop");
        c.appId = QStringLiteral("/LM/W3SVC/1/ROOT/shop");
        c.generator = 0x0BADF00D;
        QString error;
        const auto token =
            protectToken(TokenKind::ViewState, QByteArray::fromBase64(kNoMac.toLatin1()),
                         {kKeyBVal + modifiers, kKeyBDec + modifiers, ValidationAlgorithm::SHA1,
                          DecryptionAlgorithm::AES256, TokenProtection::LegacyEncrypted},
                         c, &error);
        QVERIFY2(token, qPrintable(error));
        m_isolatedToken = *token;
    }

    void init() { QSettings().clear(); }

    /// Every §3.2 vector against keys A and B typed in: the right key is Valid in the right mode, the other
    /// Invalid; a MAC-less ViewState is Not protected. The model passes QAbstractItemModelTester throughout.
    void vectors()
    {
        MainWindow w;
        w.show();
        TokensPage *p = page(w);
        QAbstractItemModelTester tester(p->resultModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        addAB(p);
        struct Vector
        {
            Inputs in;
            QString key, mode, validation, decryption;
            QString detail = QStringLiteral("ViewState structure"); ///< a line the detail pane shows
        };
        const QString b = QStringLiteral("key B");
        const QString a = QStringLiteral("key A");
        const QString sha1 = QStringLiteral("SHA1");
        const QString aes = QStringLiteral("AES-256");
        const QString mac = QStringLiteral("legacy MAC");
        const QString resource = QStringLiteral("Resource token");
        const QList<Vector> vectors{
            {{kLegacyMacB, -1, kUrl, QStringLiteral("9BD98A7D")}, b, mac, sha1, {}},
            // Without a generator the URL gives it (h1's viewStateGenerator).
            {{kLegacyMacB, -1, kUrl, {}},
             b,
             mac,
             sha1,
             {},
             QStringLiteral("9BD98A7D (computed from the page URL)")},
            {{kF45B, -1, kUrl, {}}, b, QStringLiteral("Framework45"), sha1, aes},
            {{kLegacyMacA, -1, {}, QStringLiteral("EDD8C9AE")}, a, mac, QStringLiteral("HMACSHA256"), {}},
            {{kLegacyEncA, int(TokenKind::ViewState), {}, QStringLiteral("EDD8C9AE")},
             a,
             QStringLiteral("legacy encrypted"),
             sha1,
             QStringLiteral("3DES-192")},
            // Resource d= tokens: a whole URL (Auto detects it), and a bare Framework45 value with Kind
            // Resource.
            {{kWebResourceUrl, -1, {}, {}},
             b,
             QStringLiteral("legacy encrypted"),
             sha1,
             aes,
             QStringLiteral("s|WebForms.js")},
            {{kScriptResourceF45, int(TokenKind::Resource), {}, {}},
             b,
             QStringLiteral("Framework45"),
             sha1,
             aes,
             QStringLiteral("ScriptResource.axd")},
        };
        const QAbstractItemModel *m = p->resultModel();
        for (const Vector &v : vectors) {
            fill(p, v.in);
            QVERIFY(run(p));
            QCOMPARE(m->rowCount(), 2);
            const int right = rowOf(m, v.key);
            const int wrong = 1 - right;
            QVERIFY(right >= 0);
            QCOMPARE(cell(m, right, TokenResultModel::ResultColumn), QStringLiteral("Valid"));
            QCOMPARE(cell(m, right, TokenResultModel::ModeColumn), v.mode);
            QCOMPARE(cell(m, right, TokenResultModel::ValidationColumn), v.validation);
            QCOMPARE(cell(m, right, TokenResultModel::DecryptionColumn), v.decryption);
            QCOMPARE(cell(m, right, TokenResultModel::DisclosedColumn), QStringLiteral("No"));
            QCOMPARE(cell(m, wrong, TokenResultModel::ResultColumn), QStringLiteral("Invalid"));
            QVERIFY(!cell(m, wrong, TokenResultModel::ResultColumn, Qt::ToolTipRole).isEmpty()); // the cause
            // The valid row is selected and detailed: the ViewState structure (resource text) and the clear
            // bytes.
            const QString detail = child<QTextBrowser>(p, "tokenDetail")->toPlainText();
            QVERIFY2(detail.contains(v.key) && detail.contains(v.detail) &&
                         detail.contains(QStringLiteral("Clear bytes")),
                     qPrintable(detail));
            QVERIFY(
                child<QLabel>(p, "tokenSummary")->text().startsWith(QStringLiteral("Valid with ") + v.key));
            QVERIFY(!child<QFrame>(p, "tokenBanner")->isVisible());
            QVERIFY(!showsKey(p));
        }
        fill(p, {kWebResourceUrl, -1, {}, {}});
        QTRY_VERIFY(child<QLabel>(p, "tokenPicked")->text().startsWith(resource + u','));
        fill(p, {kNoMac, -1, {}, {}});
        QVERIFY(run(p));
        QCOMPARE(cell(m, 0, TokenResultModel::ResultColumn), QStringLiteral("Not protected"));
        QVERIFY(child<QLabel>(p, "tokenSummary")->text().startsWith(QStringLiteral("Not protected")));
        fill(p, {QStringLiteral("not base64!"), int(TokenKind::ViewState), {}, {}});
        QVERIFY(run(p));
        QCOMPARE(cell(m, 0, TokenResultModel::ResultColumn), QStringLiteral("Malformed"));
        // A failure's detail says why.
        p->findChild<QTableView *>(QStringLiteral("tokenResults"))->selectRow(1);
        QVERIFY(child<QTextBrowser>(p, "tokenDetail")->toPlainText().contains(QStringLiteral("Cause")));
        // Unchecking a candidate leaves it out of the next check.
        auto *list = child<QListWidget>(p, "tokenCandidates");
        list->item(0)->setCheckState(Qt::Unchecked);
        fill(p, {kF45B, -1, kUrl, {}});
        QVERIFY(run(p));
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(cell(m, 0, TokenResultModel::CandidateColumn), QStringLiteral("key B"));
    }

    /// A whole HTML page: __VIEWSTATE and __VIEWSTATEGENERATOR are picked out; a Cookie header: .ASPXAUTH,
    /// and the detail pane shows the decoded ticket.
    void htmlPageAndCookieHeader()
    {
        MainWindow w;
        w.show();
        TokensPage *p = page(w);
        addAB(p);
        auto *picked = child<QLabel>(p, "tokenPicked");
        fill(p, {htmlPage(kLegacyMacA, QStringLiteral("EDD8C9AE")), -1, {}, {}});
        QTRY_COMPARE(picked->text(), QStringLiteral("ViewState from an HTML page, generator EDD8C9AE"));
        QVERIFY(run(p));
        const QAbstractItemModel *m = p->resultModel();
        QCOMPARE(cell(m, rowOf(m, QStringLiteral("key A")), TokenResultModel::ResultColumn),
                 QStringLiteral("Valid"));

        FormsTicket t;
        t.name = QStringLiteral("alice");
        t.issueDate = QDateTime(QDate(2025, 2, 6), QTime(10, 0), Qt::UTC);
        t.expiration = t.issueDate.addSecs(1800);
        t.persistent = true;
        t.userData = QStringLiteral("role=admin");
        QString error;
        ProtectOptions o{kKeyBVal, kKeyBDec, ValidationAlgorithm::SHA1, DecryptionAlgorithm::AES256,
                         TokenProtection::Framework45};
        const auto cookie = protectToken(TokenKind::FormsTicket, serializeFormsTicket(t), o, {}, &error);
        QVERIFY2(cookie, qPrintable(error));
        fill(p,
             {QStringLiteral("Cookie: ASP.NET_SessionId=lit3py55t21z5v55vlm25s55; .ASPXAUTH=%1; theme=dark")
                  .arg(*cookie),
              -1,
              {},
              {}});
        QTRY_COMPARE(picked->text(), QStringLiteral("Forms ticket from a Cookie header (.ASPXAUTH)"));
        QVERIFY(run(p));
        const int b = rowOf(m, QStringLiteral("key B"));
        QCOMPARE(cell(m, b, TokenResultModel::ResultColumn), QStringLiteral("Valid"));
        QCOMPARE(cell(m, b, TokenResultModel::ModeColumn), QStringLiteral("Framework45"));
        const QString detail = child<QTextBrowser>(p, "tokenDetail")->toPlainText();
        for (const char *expected : {"Ticket name", "alice", "2025-02-06 10:00:00 UTC",
                                     "2025-02-06 10:30:00 UTC", "Persistent", "role=admin", "Cookie path"}) {
            QVERIFY2(detail.contains(QLatin1String(expected)), expected);
        }
        QVERIFY(!showsKey(p));
        // Nothing to pick out.
        fill(p, {QStringLiteral("<html><input type=\"text\" name=\"q\" /></html>"), -1, {}, {}});
        QTRY_VERIFY(picked->text().startsWith(QStringLiteral("No token found")));
        QVERIFY(!run(p));
    }

    /// The disclosed list of Edit > Preferences: a plain list holding key B is tried key by key; the token
    /// made with key B gives the critical banner with Microsoft's advice.
    void plainDisclosedListGivesCriticalBanner()
    {
        setDisclosedFile(m_plainB);
        MainWindow w;
        w.show();
        TokensPage *p = page(w);
        QVERIFY(child<QLabel>(p, "tokenDisclosedNote")->text().contains(QStringLiteral("301 key(s)")));
        QVERIFY(p->addKeyListFile(m_keysA, nullptr));
        fill(p, {kLegacyMacB, -1, {}, QStringLiteral("9BD98A7D")});
        QVERIFY(run(p));
        const QAbstractItemModel *m = p->resultModel();
        const int found = rowOf(m, m_plainB + QStringLiteral(":302"));
        QVERIFY(found >= 0);
        QCOMPARE(cell(m, found, TokenResultModel::ResultColumn), QStringLiteral("Valid"));
        QCOMPARE(cell(m, found, TokenResultModel::DisclosedColumn), QStringLiteral("Yes"));
        auto *banner = child<QFrame>(p, "tokenBanner");
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->property("findings").toStringList(), QStringList{QStringLiteral("TOK001 critical")});
        QVERIFY(banner->styleSheet().contains(QStringLiteral("#fde7e9")));
        const QString text = child<QLabel>(banner, "tokenBannerText")->text();
        QVERIFY(text.contains(QStringLiteral("Critical TOK001")));
        QVERIFY(text.contains(QStringLiteral("Microsoft&#x27;s advice")) ||
                text.contains(QStringLiteral("advice")));
        QVERIFY(text.contains(QStringLiteral("generate new keys")));
        QVERIFY(child<QLabel>(p, "tokenSummary")->text().contains(QStringLiteral("publicly disclosed key")));
        QVERIFY(!showsKey(p));
    }

    /// Microsoft's hash list: the candidate that made the token is TOK001, another disclosed one TOK002.
    void hashListMarksCandidates()
    {
        setDisclosedFile(m_hashes);
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(m_configB));
        TokensPage *p = page(w);
        QVERIFY(child<QLabel>(p, "tokenDisclosedNote")->text().contains(QStringLiteral("key hash")));
        QVERIFY(p->addKeyListFile(m_keysA, nullptr));
        fill(p, {kF45B, -1, kUrl, {}});
        QVERIFY(run(p));
        QCOMPARE(child<QFrame>(p, "tokenBanner")->property("findings").toStringList(),
                 (QStringList{QStringLiteral("TOK001 critical"), QStringLiteral("TOK002 warning")}));
    }

    /// Cancel stops a long check (a plain disclosed list of 20,000 keys) with the results so far; the UI
    /// stays live while it runs.
    void cancelStops()
    {
        const QString big = m_dir.filePath(QStringLiteral("big.txt"));
        QVERIFY(writeFile(big, junkKeys(20000)));
        setDisclosedFile(big);
        MainWindow w;
        w.show();
        TokensPage *p = page(w);
        addAB(p);
        fill(p,
             {htmlPage(kLegacyMacA, QStringLiteral("EDD8C9AF")), -1, {}, {}}); // wrong generator: no key fits
        QSignalSpy done(p, &TokensPage::finished);
        QTest::mouseClick(child<QPushButton>(p, "tokenVerify"), Qt::LeftButton);
        QVERIFY(p->isRunning()); // Verify returned at once
        auto *cancel = child<QPushButton>(p, "tokenCancel");
        QVERIFY(cancel->isVisible());
        QVERIFY(child<QProgressBar>(p, "tokenProgress")->isVisible());
        QVERIFY(!child<QPushButton>(p, "tokenVerify")->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QVERIFY(p->report().cancelled);
        QVERIFY(p->report().triedDisclosed < 20000);
        QVERIFY(child<QLabel>(p, "tokenSummary")->text().startsWith(QStringLiteral("Cancelled after")));
        QVERIFY(child<QPushButton>(p, "tokenVerify")->isEnabled());
        QVERIFY(!cancel->isVisible());
    }

    /// Candidates: the open web.config (labelled with its path), each application of a Doctor snapshot, a key
    /// typed in the masked dialog, a key list file as one row; at most 64 single keys.
    void candidates()
    {
        MainWindow w;
        w.show();
        TokensPage *p = page(w);
        auto *list = child<QListWidget>(p, "tokenCandidates");
        QCOMPARE(list->count(), 0);
        QVERIFY(child<QLabel>(p, "tokenCapNote")->text().startsWith(QStringLiteral("No candidate key")));
        QVERIFY(w.openFile(m_configB));
        page(w);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), m_configB);
        QVERIFY(list->item(0)->toolTip().contains(QStringLiteral("Framework45")));

        QSignalSpy loaded(w.doctor(), &DoctorView::loaded);
        w.openServerSnapshot(QStringLiteral(SD_TESTDATA_DIR "/iis/guifarm/web1"));
        QVERIFY(loaded.wait(30000));
        page(w);
        QTRY_VERIFY(list->count() > 1);
        QVERIFY2(list->item(1)->text().startsWith(QStringLiteral("web1: ")),
                 qPrintable(list->item(1)->text()));
        const int withSnapshot = list->count();

        whenModal([](QWidget *d) {
            QCOMPARE(d->objectName(), QStringLiteral("tokenKeyDialog"));
            auto *v = child<QLineEdit>(d, "keyDialogValidationKey");
            auto *k = child<QLineEdit>(d, "keyDialogDecryptionKey");
            QCOMPARE(v->echoMode(), QLineEdit::Password);
            QCOMPARE(k->echoMode(), QLineEdit::Password);
            child<QCheckBox>(d, "keyDialogShowKeys")->setChecked(true);
            QCOMPARE(v->echoMode(), QLineEdit::Normal);
            child<QCheckBox>(d, "keyDialogShowKeys")->setChecked(false);
            QCOMPARE(v->echoMode(), QLineEdit::Password);
            v->setText(QStringLiteral("not hex"));
            auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            ok->click();
            QVERIFY(child<QLabel>(d, "keyDialogError")->isVisible()); // refused, the dialog stays
            v->setText(kKeyBVal);
            k->setText(kKeyBDec);
            ok->click();
        });
        QTest::mouseClick(child<QPushButton>(p, "tokenAddKey"), Qt::LeftButton);
        QCOMPARE(list->count(), withSnapshot + 1);
        QVERIFY(list->item(withSnapshot)->text().startsWith(QStringLiteral("Typed key 1 (")));
        QVERIFY(!list->item(withSnapshot)->text().contains(kKeyBVal.left(16)));

        QString error;
        QVERIFY(!p->addKeyListFile(m_hashes, &error));
        QVERIFY(error.contains(QStringLiteral("Preferences")));
        QVERIFY(p->addKeyListFile(m_plainB, &error));
        QCOMPARE(list->item(list->count() - 1)->text(), m_plainB + QStringLiteral(" (301 key(s))"));
        QCOMPARE(p->checkedCandidates().size(), withSnapshot + 1 + 301);

        // The cap: single keys up to 64; a key list file does not count.
        int added = 0;
        while (p->addTypedKey({{}, kKeyAVal, kKeyADec, {}, {}, {}})) {
            QVERIFY(++added < 100);
        }
        QCOMPARE(list->count(), TokensPage::maxListedCandidates() + 1);
        QVERIFY(child<QLabel>(p, "tokenCapNote")->text().contains(QStringLiteral("64")));
        // Removing typed rows and key lists; the automatic rows stay.
        list->clearSelection();
        for (int i = 0; i < list->count(); ++i) {
            list->item(i)->setSelected(i >= withSnapshot);
        }
        QTest::mouseClick(child<QPushButton>(p, "tokenRemoveCandidate"), Qt::LeftButton);
        QCOMPARE(list->count(), withSnapshot);
        // Two keys typed in under one name are told apart.
        QVERIFY(p->addTypedKey({QStringLiteral("farm key"), kKeyAVal, kKeyADec, {}, {}, {}}));
        QVERIFY(p->addTypedKey({QStringLiteral("farm key"), kKeyBVal, kKeyBDec, {}, {}, {}}));
        QCOMPARE(list->item(withSnapshot)->text(), QStringLiteral("farm key"));
        QCOMPARE(list->item(withSnapshot + 1)->text(), QStringLiteral("farm key (2)"));
        QVERIFY(!showsKey(p));
    }

    /// THE AGREEMENT TEST: the page and `sessionctl token verify --json` on the same inputs.
    void agreesWithSessionctl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("generator");
        QTest::addColumn<QStringList>("app"); ///< application path and id
        QTest::addColumn<QString>("config");  ///< "B", "isolated" or none
        QTest::addColumn<QString>("keys");    ///< the key list file: "A" or "B"
        QTest::addColumn<QString>("disclosed");
        QTest::addColumn<QStringList>("findings");
        QTest::addColumn<bool>("valid"); ///< some key validates the token (the case means what it says)
        const QString none;
        const QString a = QStringLiteral("A");
        const QString b = QStringLiteral("B");
        const QStringList root{QStringLiteral("/"), none};
        const QStringList noFindings;
        QTest::newRow("Framework45, web.config + keys file")
            << kF45B << -1 << kUrl << none << root << b << a << none << noFindings << true;
        QTest::newRow("legacy MAC, HTML page")
            << htmlPage(kLegacyMacA, QStringLiteral("EDD8C9AE")) << -1 << none << none << root << b << a
            << none << noFindings << true;
        QTest::newRow("legacy encrypted") << kLegacyEncA << -1 << none << QStringLiteral("EDD8C9AE") << root
                                          << none << a << none << noFindings << true;
        QTest::newRow("wrong generator") << kLegacyEncA << -1 << none << QStringLiteral("EDD8C9AF") << root
                                         << none << a << none << noFindings << false;
        QTest::newRow("generator computed from the URL")
            << kLegacyMacB << -1 << kUrl << none << root << b << b << none << noFindings << true;
        QTest::newRow("not protected")
            << kNoMac << -1 << none << none << root << b << a << none << noFindings << false;
        QTest::newRow("malformed") << QStringLiteral("not base64!") << int(TokenKind::ViewState) << none
                                   << none << root << none << a << none << noFindings << false;
        QTest::newRow("WebResource.axd URL, legacy")
            << kWebResourceUrl << -1 << none << none << root << b << b << none << noFindings << true;
        QTest::newRow("ScriptResource d=, Framework45")
            << kScriptResourceF45 << int(TokenKind::Resource) << none << none << root << b << a << none
            << noFindings << true;
        QTest::newRow("IsolateApps + IsolateByAppId")
            << m_isolatedToken << -1 << none << QStringLiteral("0BADF00D")
            << QStringList{QStringLiteral("/shop"), QStringLiteral("/LM/W3SVC/1/ROOT/shop")}
            << QStringLiteral("isolated") << a << none << noFindings << true;
        QTest::newRow("IsolateByAppId, another app id")
            << m_isolatedToken << -1 << none << QStringLiteral("0BADF00D")
            << QStringList{QStringLiteral("/shop"), QStringLiteral("/LM/W3SVC/2/ROOT/shop")}
            << QStringLiteral("isolated") << a << none << noFindings << false;
        QTest::newRow("hash list MachineKeys.csv")
            << kF45B << -1 << kUrl << none << root << b << a << QStringLiteral("hashes")
            << QStringList{QStringLiteral("TOK001 critical"), QStringLiteral("TOK002 warning")} << true;
        QTest::newRow("plain disclosed list")
            << kLegacyMacB << -1 << none << QStringLiteral("9BD98A7D") << root << none << a
            << QStringLiteral("plain") << QStringList{QStringLiteral("TOK001 critical")} << true;
    }

    void agreesWithSessionctl()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, url);
        QFETCH(QString, generator);
        QFETCH(QStringList, app);
        QFETCH(QString, config);
        QFETCH(QString, keys);
        QFETCH(QString, disclosed);
        QFETCH(QStringList, findings);
        QFETCH(bool, valid);
        const QString disclosedFile = disclosed == u"hashes"  ? m_hashes
                                      : disclosed == u"plain" ? m_plainB
                                                              : QString();
        const QString configFile = config == u"B"          ? m_configB
                                   : config == u"isolated" ? m_configIsolated
                                                           : QString();
        const QString keysFile = keys == u"B" ? m_keysB : m_keysA;

        // sessionctl: the token in a file (a page as it is), the same candidates and disclosed list.
        const QString input = m_dir.filePath(QStringLiteral("input.txt"));
        QVERIFY(writeFile(input, text.toUtf8()));
        QStringList args{QStringLiteral("token"),
                         QStringLiteral("verify"),
                         QStringLiteral("--file"),
                         input,
                         QStringLiteral("--json"),
                         QStringLiteral("--app-path"),
                         app[0]};
        if (!app[1].isEmpty()) {
            args << QStringLiteral("--app-id") << app[1];
        }
        if (!url.isEmpty()) {
            args << QStringLiteral("--url") << url;
        }
        if (!generator.isEmpty()) {
            args << QStringLiteral("--generator") << generator;
        }
        if (kind >= 0) {
            args << QStringLiteral("--kind") << tokenKindName(TokenKind(kind));
        }
        if (!configFile.isEmpty()) {
            args << QStringLiteral("--config") << configFile;
        }
        args << QStringLiteral("--keys") << keysFile;
        if (!disclosedFile.isEmpty()) {
            args << QStringLiteral("--disclosed-keys") << disclosedFile;
        }
        const Run cli = sessionctl(args);
        QVERIFY2(cli.exitCode == 0 || cli.exitCode == 1, cli.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(cli.out).object();
        const QJsonArray results = json.value(QStringLiteral("results")).toArray();
        QVERIFY(!results.isEmpty());
        QCOMPARE(json.value(QStringLiteral("valid")).toBool(), valid);

        // The page: the same file open, the same key list, the same Preferences.
        setDisclosedFile(disclosedFile);
        MainWindow w;
        w.show();
        if (!configFile.isEmpty()) {
            QVERIFY(w.openFile(configFile));
        }
        TokensPage *p = page(w);
        QVERIFY(p->addKeyListFile(keysFile, nullptr));
        fill(p, {text, kind, url, generator, app[0], app[1]});
        QVERIFY(run(p));

        const QAbstractItemModel *m = p->resultModel();
        QCOMPARE(m->rowCount(), int(results.size()));
        QCOMPARE(tokenKindName(p->report().kind), json.value(QStringLiteral("kind")).toString());
        const int raw = TokenResultModel::RawRole;
        for (int i = 0; i < results.size(); ++i) {
            const QJsonObject o = results[i].toObject();
            const QString label = o.value(QStringLiteral("candidate")).toString();
            const int r = rowOf(m, label);
            QVERIFY2(r >= 0, qPrintable(label));
            QCOMPARE(cell(m, r, TokenResultModel::ResultColumn, raw),
                     o.value(QStringLiteral("status")).toString());
            QCOMPARE(cell(m, r, TokenResultModel::ModeColumn, raw),
                     o.value(QStringLiteral("mode")).toString());
            QCOMPARE(cell(m, r, TokenResultModel::ValidationColumn, raw),
                     o.value(QStringLiteral("validation")).toString());
            QCOMPARE(cell(m, r, TokenResultModel::DecryptionColumn, raw),
                     o.value(QStringLiteral("decryption")).toString());
            QCOMPARE(m->index(r, TokenResultModel::DisclosedColumn).data(raw).toBool(),
                     o.value(QStringLiteral("disclosed")).toBool());
            // What the user reads says the same (English here), the detail pane too.
            const QString status = o.value(QStringLiteral("status")).toString();
            QCOMPARE(cell(m, r, TokenResultModel::ResultColumn).toLower(), status);
            p->findChild<QTableView *>(QStringLiteral("tokenResults"))->selectRow(r);
            const QString detail = child<QTextBrowser>(p, "tokenDetail")->toPlainText();
            const QString generator = o.value(QStringLiteral("generator")).toString().left(8);
            for (const QString &part : {generator, o.value(QStringLiteral("keys")).toString(),
                                        o.value(QStringLiteral("resource")).toString(),
                                        o.value(QStringLiteral("cause")).toString()}) {
                QVERIFY2(detail.contains(part), qPrintable(part + QStringLiteral(" not in ") + detail));
            }
        }
        QStringList cliFindings;
        for (const QJsonValue f : json.value(QStringLiteral("findings")).toArray()) {
            cliFindings << f.toObject().value(QStringLiteral("code")).toString() + u' ' +
                               f.toObject().value(QStringLiteral("level")).toString();
        }
        QCOMPARE(cliFindings, findings);
        auto *banner = child<QFrame>(p, "tokenBanner");
        QCOMPARE(banner->property("findings").toStringList(), cliFindings);
        QCOMPARE(banner->isVisible(), !cliFindings.isEmpty());
        QCOMPARE(p->report().valid, json.value(QStringLiteral("valid")).toBool());
        QCOMPARE(p->report().disclosed, json.value(QStringLiteral("disclosed")).toBool());
        QCOMPARE(p->report().triedDisclosed, json.value(QStringLiteral("triedDisclosed")).toInt());
    }
};

QTEST_MAIN(TestTokensGui)
#include "tst_tokensgui.moc"
