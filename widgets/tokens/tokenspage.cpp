// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tokens/tokenspage.h"

#include "aspnet/configdocument.h"
#include "iis/farmtokens.h"
#include "widgets/common/retranslate.h"
#include "widgets/doctor/doctorview.h"
#include "widgets/tokens/tokenresultmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>

namespace sd {

/// A check running on a worker thread: its own copy of everything it reads, and the progress and cancel flag
/// shared with the page.
struct TokenJob
{
    TokenCheckInput input;
    DisclosedKeyList hashes; ///< input.disclosedHashes points here
    std::atomic<int> done{0};
    int total = 0;
    std::atomic<bool> cancel{false};
};

namespace {

constexpr int kHexPreviewBytes = 256; ///< clear bytes shown in the detail pane; the rest is elided
constexpr int kBannerFindings = 4;    ///< findings spelled out in the banner; the rest are counted

enum ItemRole
{
    IdRole = Qt::UserRole,
    SourceRole
};

QString kindText(TokenKind k)
{
    switch (k) {
    case TokenKind::ViewState:
        return TokensPage::tr("ViewState");
    case TokenKind::FormsTicket:
        return TokensPage::tr("Forms ticket");
    case TokenKind::Resource:
        return TokensPage::tr("Resource token");
    }
    return {};
}

QString hex8(quint32 v)
{
    return QStringLiteral("%1").arg(v, 8, 16, QLatin1Char('0')).toUpper();
}

/// One "name: value" row of the detail pane's table.
QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value);
}

/// The clear bytes as hex, 32 bytes a line, elided after kHexPreviewBytes.
QString hexPreview(const QByteArray &bytes)
{
    QStringList lines;
    const qsizetype shown = std::min<qsizetype>(bytes.size(), kHexPreviewBytes);
    for (qsizetype i = 0; i < shown; i += 32) {
        lines << QString::fromLatin1(bytes.mid(i, std::min<qsizetype>(32, shown - i)).toHex(' '));
    }
    QString out = QStringLiteral("<pre style=\"margin:0\">%1</pre>").arg(lines.join(u'\n'));
    if (bytes.size() > shown) {
        out += TokensPage::tr("… %n more byte(s)", nullptr, int(bytes.size() - shown)).toHtmlEscaped();
    }
    return out;
}

QString dateText(const QDateTime &utc)
{
    if (!utc.isValid()) {
        return {};
    }
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    return TokensPage::tr("%1 local time (%2 UTC)")
        .arg(utc.toLocalTime().toString(format), utc.toUTC().toString(format));
}

bool sameCandidate(const MachineKeyCandidate &a, const MachineKeyCandidate &b)
{
    return a.label == b.label && a.validationKey == b.validationKey && a.decryptionKey == b.decryptionKey &&
           a.validation == b.validation && a.decryption == b.decryption && a.compatibility == b.compatibility;
}

QString fingerprintText(const QString &key)
{
    const QString fp = keyFingerprint(key);
    return fp.isEmpty() ? TokensPage::tr("none") : fp;
}

} // namespace

QString TokensPage::CandidateRow::id() const
{
    const QString name = source == KeyList ? file : keys.value(0).label;
    return QString::number(int(source)) + u':' + name;
}

TokensPage::TokensPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tokensPage"));
    m_model = new TokenResultModel(this);
    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(buildInput());
    top->addWidget(buildCandidates());
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setSizes({640, 420});
    auto *outer = new QSplitter(Qt::Vertical);
    outer->setObjectName(QStringLiteral("tokenSplitter"));
    outer->addWidget(top);
    outer->addWidget(buildResults());
    outer->setStretchFactor(0, 2);
    outer->setStretchFactor(1, 3);
    outer->setSizes({300, 450}); // the results (banner, table, detail) get the most room
    auto *v = new QVBoxLayout(this);
    v->addWidget(outer);
    m_watcher = new QFutureWatcher<TokenReport>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &TokensPage::checkFinished);
    m_snapshotWatcher = new QFutureWatcher<QList<MachineKeyCandidate>>(this);
    connect(m_snapshotWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_snapshotRows.clear();
        const auto future = m_snapshotWatcher->future();
        if (future.resultCount() > 0) {
            for (const MachineKeyCandidate &c : future.result()) {
                m_snapshotRows << CandidateRow{CandidateRow::Snapshot, {c}, {}, 0};
            }
        }
        refreshCandidates();
    });
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &TokensPage::updateProgress);
    onLanguageChange(this, [this] { retranslate(); });
}

TokensPage::~TokensPage()
{
    if (m_job) {
        m_job->cancel = true;
    }
    m_watcher->waitForFinished();
    m_snapshotWatcher->waitForFinished();
}

QWidget *TokensPage::buildInput()
{
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    auto *inputLabel = new QLabel;
    m_input = new QPlainTextEdit;
    m_input->setObjectName(QStringLiteral("tokenInput"));
    m_input->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_input->setWordWrapMode(QTextOption::WrapAnywhere);
    inputLabel->setBuddy(m_input);
    m_picked = new QLabel;
    m_picked->setObjectName(QStringLiteral("tokenPicked"));
    m_picked->setWordWrap(true);
    m_pickTimer = new QTimer(this);
    m_pickTimer->setSingleShot(true);
    m_pickTimer->setInterval(150);
    connect(m_pickTimer, &QTimer::timeout, this, &TokensPage::refreshPicked);
    connect(m_input, &QPlainTextEdit::textChanged, m_pickTimer, qOverload<>(&QTimer::start));
    v->addWidget(inputLabel);
    v->addWidget(m_input, 1);
    v->addWidget(m_picked);
    v->addLayout(buildContextForm());
    v->addLayout(buildRunRow());
    onLanguageChange(box, [=, this] {
        inputLabel->setText(tr("Token, HTML &page or Cookie header:"));
        m_input->setPlaceholderText(
            tr("Paste a __VIEWSTATE value or a .ASPXAUTH cookie, the HTML of a page (its __VIEWSTATE and "
               "__VIEWSTATEGENERATOR are picked out), or a Cookie header (its .ASPXAUTH is picked out)."));
    });
    return box;
}

QLayout *TokensPage::buildContextForm()
{
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("tokenKind"));
    m_kind->addItem(QString(), -1);
    m_kind->addItem(QString(), int(TokenKind::ViewState));
    m_kind->addItem(QString(), int(TokenKind::FormsTicket));
    m_kind->addItem(QString(), int(TokenKind::Resource));
    m_kind->setSizeAdjustPolicy(
        QComboBox::AdjustToMinimumContentsLengthWithIcon); // long items: no wider page
    m_kind->setMinimumContentsLength(16);
    auto edit = [](const char *name) {
        auto *e = new QLineEdit;
        e->setObjectName(QString::fromLatin1(name));
        e->setClearButtonEnabled(true);
        return e;
    };
    m_url = edit("tokenUrl");
    m_appPath = edit("tokenAppPath");
    m_appPath->setText(QStringLiteral("/"));
    m_appId = edit("tokenAppId");
    m_generator = edit("tokenGenerator");
    m_generator->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Fa-f]{0,8}")), m_generator));
    m_userKey = edit("tokenUserKey");
    connect(m_generator, &QLineEdit::textChanged, this, &TokensPage::refreshPicked);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TokensPage::refreshPicked);
    auto *form = new QFormLayout;
    QList<QLabel *> labels;
    const QList<QWidget *> fields{m_kind, m_url, m_appPath, m_appId, m_generator, m_userKey};
    for (QWidget *field : fields) {
        auto *label = new QLabel;
        label->setBuddy(field);
        form->addRow(label, field);
        labels << label;
    }
    onLanguageChange(m_kind, [labels, this] {
        m_kind->setItemText(0, tr("Auto"));
        m_kind->setItemText(1, tr("ViewState"));
        m_kind->setItemText(2, tr("Forms ticket"));
        m_kind->setItemText(3, tr("Resource (WebResource.axd / ScriptResource.axd d=)"));
        labels[0]->setText(tr("&Kind:"));
        labels[1]->setText(tr("Page &URL:"));
        labels[2]->setText(tr("Applicatio&n path:"));
        labels[3]->setText(tr("App &ID:"));
        labels[4]->setText(tr("__VIEWSTATE&GENERATOR:"));
        labels[5]->setText(tr("ViewStateUserKe&y:"));
        m_url->setPlaceholderText(tr("http://server/app/page.aspx (Framework45 ViewState, generator)"));
        m_appPath->setPlaceholderText(tr("/ or /app"));
        m_appId->setPlaceholderText(tr("optional: /LM/W3SVC/1/ROOT/app, for IsolateByAppId"));
        m_generator->setPlaceholderText(tr("optional: 8 hex digits; else from the page or the URL"));
        m_userKey->setPlaceholderText(tr("optional: Page.ViewStateUserKey"));
    });
    return form;
}

QLayout *TokensPage::buildRunRow()
{
    m_verify = new QPushButton;
    m_verify->setObjectName(QStringLiteral("tokenVerify"));
    connect(m_verify, &QPushButton::clicked, this, &TokensPage::verify);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("tokenProgress"));
    m_progress->hide();
    m_cancel = new QPushButton;
    m_cancel->setObjectName(QStringLiteral("tokenCancel"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &TokensPage::cancel);
    auto *run = new QHBoxLayout;
    run->addWidget(m_verify);
    run->addWidget(m_progress, 1);
    run->addWidget(m_cancel);
    run->addStretch(0);
    onLanguageChange(m_verify, [this] {
        m_verify->setText(tr("Ve&rify"));
        m_cancel->setText(tr("Cancel"));
    });
    return run;
}

QWidget *TokensPage::buildCandidates()
{
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel;
    m_candidates = new QListWidget;
    m_candidates->setObjectName(QStringLiteral("tokenCandidates"));
    m_candidates->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_candidates->setTextElideMode(Qt::ElideLeft); // paths: the file name end matters
    m_candidates->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_candidates->setUniformItemSizes(true);
    connect(m_candidates, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        m_checked.insert(item->data(IdRole).toString(), item->checkState() == Qt::Checked);
    });
    m_addKey = new QPushButton;
    m_addKey->setObjectName(QStringLiteral("tokenAddKey"));
    connect(m_addKey, &QPushButton::clicked, this, &TokensPage::askForKey);
    m_addKeyList = new QPushButton;
    m_addKeyList->setObjectName(QStringLiteral("tokenAddKeyList"));
    connect(m_addKeyList, &QPushButton::clicked, this, &TokensPage::askForKeyList);
    m_remove = new QPushButton;
    m_remove->setObjectName(QStringLiteral("tokenRemoveCandidate"));
    m_remove->setEnabled(false);
    connect(m_remove, &QPushButton::clicked, this, &TokensPage::removeSelectedCandidates);
    connect(m_candidates, &QListWidget::itemSelectionChanged, this, [this] {
        bool removable = false;
        for (const QListWidgetItem *i : m_candidates->selectedItems()) {
            const int source = i->data(SourceRole).toInt();
            removable = removable || source == CandidateRow::Typed || source == CandidateRow::KeyList;
        }
        m_remove->setEnabled(removable);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addKey);
    buttons->addWidget(m_addKeyList);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    m_capNote = new QLabel;
    m_capNote->setObjectName(QStringLiteral("tokenCapNote"));
    m_capNote->setWordWrap(true);
    m_disclosedNote = new QLabel;
    m_disclosedNote->setObjectName(QStringLiteral("tokenDisclosedNote"));
    m_disclosedNote->setWordWrap(true);
    v->addWidget(title);
    v->addWidget(m_candidates, 1);
    v->addLayout(buttons);
    v->addWidget(m_capNote);
    v->addWidget(m_disclosedNote);
    onLanguageChange(box, [=, this] {
        title->setText(tr("Candidate keys (checked ones are tried):"));
        m_addKey->setText(tr("&Add key..."));
        m_addKey->setToolTip(tr("Type a validation and decryption key; kept in memory only, never saved"));
        m_addKeyList->setText(tr("Add key list..."));
        m_addKeyList->setToolTip(
            tr("A text file with one validationKey,decryptionKey[,validation[,decryption]] per line"));
        m_remove->setText(tr("Rem&ove"));
    });
    return box;
}

QWidget *TokensPage::buildBanner()
{
    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("tokenBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_bannerLayout = new QVBoxLayout(m_banner);
    m_bannerLayout->setContentsMargins(8, 6, 8, 6);
    auto *text = new QLabel;
    text->setObjectName(QStringLiteral("tokenBannerText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_bannerLayout->addWidget(text);
    m_banner->hide();
    return m_banner;
}

QWidget *TokensPage::buildResults()
{
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("tokenSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("tokenResults"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(TokenResultModel::CandidateColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TokensPage::showDetail);
    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("tokenDetail"));
    m_detail->setOpenLinks(false);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    v->addWidget(buildBanner());
    v->addWidget(m_summary);
    v->addWidget(split, 1);
    onLanguageChange(box,
                     [this] { m_detail->setPlaceholderText(tr("Select a result to see its details.")); });
    return box;
}

void TokensPage::retranslate()
{
    m_model->retranslate();
    refreshPicked();
    refreshCandidates();
    refreshDisclosedNote();
    if (isRunning()) {
        updateProgress();
    } else {
        showReportTexts();
    }
    showDetail();
}

// ---- the token and its context ----

std::optional<ExtractedToken> TokensPage::pickedToken() const
{
    const int kind = m_kind->currentData().toInt();
    return extractToken(m_input->toPlainText(),
                        kind < 0 ? std::nullopt : std::optional<TokenKind>(TokenKind(kind)));
}

void TokensPage::refreshPicked()
{
    m_pickTimer->stop();
    m_picked->setStyleSheet(QString());
    if (m_input->toPlainText().trimmed().isEmpty()) {
        m_picked->setText(tr("Paste a token to check which candidate key made it."));
        return;
    }
    const auto t = pickedToken();
    if (!t) {
        m_picked->setStyleSheet(QStringLiteral("color: #b03030"));
        m_picked->setText(tr("No token found: no __VIEWSTATE field in the page, no .ASPXAUTH cookie in the "
                             "header."));
        return;
    }
    const QString kind = kindText(t->kind);
    QString text;
    if (t->source == u"HTML page") {
        text = t->generator ? tr("%1 from an HTML page, generator %2").arg(kind, hex8(*t->generator))
                            : tr("%1 from an HTML page, without __VIEWSTATEGENERATOR").arg(kind);
    } else if (t->source == u"Cookie header") {
        text = tr("%1 from a Cookie header (.ASPXAUTH)").arg(kind);
    } else {
        text = tr("%1, %n character(s)", nullptr, int(t->token.size())).arg(kind);
    }
    const QString generator = m_generator->text().trimmed();
    if (!generator.isEmpty() && t->kind == TokenKind::ViewState) {
        text += u' ' + tr("(generator %1 as typed)").arg(generator.toUpper());
    }
    m_picked->setText(text);
}

bool TokensPage::readContext(TokenContext *context, QString *why) const
{
    context->url = m_url->text().trimmed();
    context->appPath = m_appPath->text().trimmed();
    if (context->appPath.isEmpty()) {
        context->appPath = QStringLiteral("/");
    }
    context->appId = m_appId->text().trimmed();
    const QString generator = m_generator->text().trimmed();
    if (!generator.isEmpty()) {
        bool ok = false;
        const quint32 g = generator.toUInt(&ok, 16);
        if (!ok || generator.size() > 8) {
            *why = tr("__VIEWSTATEGENERATOR takes up to 8 hex digits.");
            return false;
        }
        context->generator = g;
    }
    if (!m_userKey->text().isEmpty()) {
        context->viewStateUserKey = m_userKey->text();
    }
    return true;
}

// ---- candidates ----

void TokensPage::setOpenConfig(const ConfigDocument *doc, const QString &path)
{
    QList<CandidateRow> rows;
    if (doc && !path.isEmpty()) {
        rows << CandidateRow{CandidateRow::Config, {candidateFromConfig(*doc, path)}, {}, 0};
    }
    const bool same = rows.size() == m_configRows.size() &&
                      (rows.isEmpty() || sameCandidate(rows[0].keys[0], m_configRows[0].keys[0]));
    m_configRows = rows;
    if (!same) {
        refreshCandidates();
    }
}

void TokensPage::setDoctorResult(const DoctorResult *result)
{
    if (!result || !result->error.isEmpty() || result->snapshots.isEmpty()) {
        m_snapshotWatcher->setFuture(QFuture<QList<MachineKeyCandidate>>());
        m_snapshotRows.clear();
        refreshCandidates();
        return;
    }
    const QStringList names = result->names;
    const QList<std::shared_ptr<ServerSnapshot>> snapshots = result->snapshots;
    m_snapshotWatcher->setFuture(QtConcurrent::run([names, snapshots] {
        QList<MachineKeyCandidate> out;
        for (int i = 0; i < snapshots.size(); ++i) {
            out << snapshotKeyCandidates(*snapshots[i], names.value(i));
        }
        return out;
    }));
}

bool TokensPage::addTypedKey(MachineKeyCandidate key)
{
    int leftOut = 0;
    int single = 0;
    for (const CandidateRow *r : shownRows(&leftOut)) {
        single += r->source != CandidateRow::KeyList;
    }
    if (single + leftOut >= maxListedCandidates()) {
        return false;
    }
    ++m_typedCount;
    if (key.label.trimmed().isEmpty()) {
        key.label = tr("Typed key %1 (%2)").arg(m_typedCount).arg(fingerprintText(key.validationKey));
    }
    const QString name = key.label;
    auto taken = [this](const QString &label) {
        return std::any_of(m_typedRows.cbegin(), m_typedRows.cend(),
                           [&label](const CandidateRow &r) { return r.keys.value(0).label == label; });
    };
    for (int n = 2; taken(key.label); ++n) {
        key.label = QStringLiteral("%1 (%2)").arg(name).arg(n); // a name the results can tell apart
    }
    m_typedRows << CandidateRow{CandidateRow::Typed, {key}, {}, 0};
    refreshCandidates();
    return true;
}

bool TokensPage::addKeyListFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        }
        return false;
    }
    int hashes = 0;
    const QList<MachineKeyCandidate> keys = candidatesFromKeyList(f.readAll(), path, &hashes);
    if (keys.isEmpty()) {
        if (error) {
            *error = hashes > 0 ? tr("%1 holds key hashes (Microsoft's MachineKeys.csv), not keys: set it as "
                                     "the disclosed-key list in Edit > Preferences.")
                                      .arg(QDir::toNativeSeparators(path))
                                : tr("%1 holds no key: expected lines of "
                                     "validationKey,decryptionKey[,validation[,decryption]].")
                                      .arg(QDir::toNativeSeparators(path));
        }
        return false;
    }
    CandidateRow row{CandidateRow::KeyList, keys, path, hashes};
    m_listRows.removeIf([&row](const CandidateRow &r) { return r.id() == row.id(); });
    m_listRows << row;
    refreshCandidates();
    return true;
}

QList<const TokensPage::CandidateRow *> TokensPage::shownRows(int *leftOut) const
{
    QList<const CandidateRow *> out;
    int single = 0;
    int left = 0;
    for (const QList<CandidateRow> *rows : {&m_configRows, &m_snapshotRows, &m_typedRows}) {
        for (const CandidateRow &r : *rows) {
            if (single < maxListedCandidates()) {
                out << &r;
                ++single;
            } else {
                ++left;
            }
        }
    }
    for (const CandidateRow &r : m_listRows) {
        out << &r;
    }
    if (leftOut) {
        *leftOut = left;
    }
    return out;
}

QList<MachineKeyCandidate> TokensPage::checkedCandidates() const
{
    QList<MachineKeyCandidate> out;
    for (const CandidateRow *r : shownRows()) {
        if (m_checked.value(r->id(), true)) {
            out << r->keys;
        }
    }
    return out;
}

QString TokensPage::candidateText(const CandidateRow &row) const
{
    if (row.source == CandidateRow::KeyList) {
        return tr("%1 (%n key(s))", nullptr, int(row.keys.size())).arg(QDir::toNativeSeparators(row.file));
    }
    return row.keys.value(0).label;
}

QString TokensPage::candidateToolTip(const CandidateRow &row) const
{
    QStringList lines;
    switch (row.source) {
    case CandidateRow::Config:
        lines << tr("The <machineKey> of the open web.config (application level)");
        break;
    case CandidateRow::Snapshot:
        lines << tr("The <machineKey> in force for this application of a server snapshot open in the Doctor");
        break;
    case CandidateRow::Typed:
        lines << tr("Typed in: kept in memory only, never saved");
        break;
    case CandidateRow::KeyList:
        lines << tr("Key list file: %n key(s), each tried", nullptr, int(row.keys.size()));
        if (row.hashLines > 0) {
            lines << tr("%n line(s) of key hashes skipped: a hash list belongs in Edit > Preferences",
                        nullptr, row.hashLines);
        }
        return lines.join(u'\n');
    }
    const MachineKeyCandidate &c = row.keys.value(0);
    const QString any = tr("any");
    lines << tr("Validation: %1; decryption: %2; mode: %3")
                 .arg(c.validation ? validationName(*c.validation) : any,
                      c.decryption ? decryptionName(*c.decryption) : any,
                      !c.compatibility ? any
                      : *c.compatibility == KeyCompatibility::Framework45
                          ? QStringLiteral("Framework45")
                          : tr("legacy (Framework20SP1/SP2)"));
    lines << tr("Key fingerprints (SHA-256, first 8 hex digits): validation %1, decryption %2")
                 .arg(fingerprintText(c.validationKey), fingerprintText(c.decryptionKey));
    return lines.join(u'\n');
}

void TokensPage::refreshCandidates()
{
    {
        const QSignalBlocker block(m_candidates);
        m_candidates->clear();
    }
    int leftOut = 0;
    const QList<const CandidateRow *> rows = shownRows(&leftOut);
    {
        const QSignalBlocker block(m_candidates);
        for (const CandidateRow *r : rows) {
            auto *item = new QListWidgetItem(candidateText(*r), m_candidates);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(m_checked.value(r->id(), true) ? Qt::Checked : Qt::Unchecked);
            item->setData(IdRole, r->id());
            item->setData(SourceRole, int(r->source));
            item->setToolTip(candidateToolTip(*r));
            static const QStyle::StandardPixmap icons[] = {QStyle::SP_FileIcon, QStyle::SP_ComputerIcon,
                                                           QStyle::SP_FileDialogNewFolder,
                                                           QStyle::SP_FileDialogDetailedView};
            item->setIcon(style()->standardIcon(icons[int(r->source)]));
        }
    }
    m_remove->setEnabled(false);
    QString note = rows.isEmpty()
                       ? tr("No candidate key: open a web.config or a server snapshot, or add keys.")
                       : tr("Up to %1 single keys are listed; a key list file is one row with all "
                            "its keys.")
                             .arg(maxListedCandidates());
    if (leftOut > 0) {
        note += u' ' + tr("%n key(s) over that limit are left out.", nullptr, leftOut);
    }
    m_capNote->setText(note);
    emit candidatesChanged();
}

void TokensPage::removeSelectedCandidates()
{
    QSet<QString> ids;
    for (const QListWidgetItem *i : m_candidates->selectedItems()) {
        ids.insert(i->data(IdRole).toString());
    }
    auto gone = [&ids](const CandidateRow &r) { return ids.contains(r.id()); };
    m_typedRows.removeIf(gone);
    m_listRows.removeIf(gone);
    refreshCandidates();
}

void TokensPage::askForKeyList()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add a Key List"), QString(),
                                                      tr("Key lists (*.txt *.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!addKeyListFile(path, &error)) {
        QMessageBox::warning(this, tr("Add a Key List"), error);
    }
}

// ---- the disclosed-key list ----

void TokensPage::setDisclosedKeys(const DisclosedKeyList &list, const QString &error)
{
    m_disclosed = list;
    m_disclosedError = error;
    m_disclosedPlain.clear();
    if (!list.isEmpty()) {
        QFile f(list.path());
        if (f.open(QIODevice::ReadOnly)) {
            m_disclosedPlain = candidatesFromKeyList(f.readAll(), list.path());
        }
    }
    refreshDisclosedNote();
}

void TokensPage::refreshDisclosedNote()
{
    m_disclosedNote->setStyleSheet(QString());
    if (m_disclosed.isEmpty()) {
        if (!m_disclosedError.isEmpty()) {
            m_disclosedNote->setStyleSheet(QStringLiteral("color: #b03030"));
        }
        m_disclosedNote->setText(
            (m_disclosedError.isEmpty() ? QString() : m_disclosedError + u' ') +
            tr("No disclosed-key list: set Microsoft's MachineKeys.csv (or a plain key list) in Edit > "
               "Preferences to find tokens made with publicly disclosed keys."));
        return;
    }
    const QString file = QDir::toNativeSeparators(m_disclosed.path());
    m_disclosedNote->setText(
        m_disclosedPlain.isEmpty()
            ? tr("Disclosed-key list (Edit > Preferences): %1, %n key hash(es); every candidate is checked "
                 "against it.",
                 nullptr, m_disclosed.size())
                  .arg(file)
            : tr("Disclosed-key list (Edit > Preferences): %1, %n key(s); each is also tried against the "
                 "token.",
                 nullptr, int(m_disclosedPlain.size()))
                  .arg(file));
}

// ---- running a check ----

bool TokensPage::verify()
{
    if (isRunning()) {
        return false;
    }
    refreshPicked();
    const auto token = pickedToken();
    if (!token) {
        return false;
    }
    auto job = std::make_shared<TokenJob>();
    QString why;
    if (!readContext(&job->input.context, &why)) {
        m_picked->setStyleSheet(QStringLiteral("color: #b03030"));
        m_picked->setText(why);
        return false;
    }
    job->input.token = *token;
    job->input.candidates = checkedCandidates();
    if (!m_disclosed.isEmpty()) {
        job->hashes = m_disclosed;
        job->input.disclosedHashes = &job->hashes;
        job->input.disclosedKeys = m_disclosedPlain;
    }
    if (job->input.candidates.isEmpty() && job->input.disclosedKeys.isEmpty()) {
        // As `sessionctl token verify` without keys: still says whether the token is protected at all.
        job->input.candidates << MachineKeyCandidate{tr("(no key)"), {}, {}, {}, {}, {}};
    }
    job->total = int(job->input.candidates.size() + job->input.disclosedKeys.size());
    m_job = job;
    m_watcher->setFuture(QtConcurrent::run([job] {
        return checkToken(job->input, [job](int done, int) {
            job->done = done;
            return !job->cancel;
        });
    }));
    m_verify->setEnabled(false);
    m_progress->setRange(0, job->total);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_progressTimer->start();
    updateProgress();
    return true;
}

void TokensPage::cancel()
{
    if (m_job) {
        m_job->cancel = true;
        m_cancel->setEnabled(false);
        updateProgress();
    }
}

bool TokensPage::isRunning() const
{
    return m_job != nullptr; // from verify() until its report is shown
}

const TokenReport &TokensPage::report() const
{
    return m_model->report();
}

void TokensPage::updateProgress()
{
    if (!m_job) {
        return;
    }
    const int done = m_job->done;
    m_progress->setValue(done);
    m_summary->setStyleSheet(QString());
    m_summary->setText(m_job->cancel ? tr("Cancelling...")
                                     : tr("Checking %1 of %n key(s)...", nullptr, m_job->total).arg(done));
}

void TokensPage::checkFinished()
{
    m_progressTimer->stop();
    m_progress->hide();
    m_cancel->hide();
    m_verify->setEnabled(true);
    const auto future = m_watcher->future();
    m_model->setReport(future.resultCount() > 0 ? future.result() : TokenReport{});
    m_hasReport = true;
    m_job.reset();
    for (int c = TokenResultModel::ResultColumn; c < TokenResultModel::ColumnCount; ++c) {
        m_table->resizeColumnToContents(c); // the candidate column takes the rest
    }
    int select = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->outcome(r)->result.status == TokenStatus::Valid) {
            select = r;
            break;
        }
    }
    if (m_model->rowCount() > 0) {
        m_table->selectRow(select);
    }
    showReportTexts();
    showDetail();
    emit finished();
}

// ---- showing the report ----

QString TokensPage::findingText(const TokenFinding &f) const
{
    QString message;
    if (f.code == u"TOK001") {
        message =
            tr("This token was made with a publicly disclosed machine key: anyone can forge ViewState and "
               "tickets for this application, which attackers use for code injection.");
    } else if (f.code == u"TOK002") {
        message =
            tr("This candidate key is on the publicly disclosed list, though it did not make this token.");
    } else {
        message = f.message; // a code this page does not know yet: the core's English text
    }
    const QString level = f.level == TokenFindingLevel::Critical ? tr("Critical") : tr("Warning");
    return QStringLiteral("<p style=\"margin:0\"><b>%1 %2</b> %3: %4</p>")
        .arg(level.toHtmlEscaped(), f.code.toHtmlEscaped(), f.candidate.toHtmlEscaped(),
             message.toHtmlEscaped());
}

void TokensPage::showReportTexts()
{
    auto *text = m_banner->findChild<QLabel *>(QStringLiteral("tokenBannerText"));
    const TokenReport &r = report();
    QStringList codes;
    bool critical = false;
    QString html;
    for (int i = 0; i < r.findings.size(); ++i) {
        const TokenFinding &f = r.findings[i];
        const bool isCritical = f.level == TokenFindingLevel::Critical;
        codes << f.code + u' ' + (isCritical ? QStringLiteral("critical") : QStringLiteral("warning"));
        critical = critical || isCritical;
        if (i < kBannerFindings) {
            html += findingText(f);
        }
    }
    if (r.findings.size() > kBannerFindings) {
        html += QStringLiteral("<p style=\"margin:0\">%1</p>")
                    .arg(tr("… and %n more finding(s).", nullptr, int(r.findings.size() - kBannerFindings))
                             .toHtmlEscaped());
    }
    if (!r.findings.isEmpty()) {
        html += QStringLiteral("<p style=\"margin:4px 0 0 0\">%1</p><ul style=\"margin:0\">")
                    .arg(tr("Microsoft's advice for a publicly disclosed key:").toHtmlEscaped());
        for (const QString &step :
             {tr("Web farm with fixed keys: generate new keys and put the same new values on all servers."),
              tr("Single server with fixed keys: remove <machineKey> so ASP.NET uses keys auto-generated at "
                 "runtime."),
              tr("SharePoint or Exchange: use their own key-rotation procedure."),
              tr("Rotating keys does not remove a backdoor already planted: investigate the servers, and "
                 "consider "
                 "rebuilding web-facing servers offline if they were exploited.")}) {
            html += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    text->setText(html);
    m_banner->setProperty("findings", codes);
    m_banner->setStyleSheet(critical ? QStringLiteral("#tokenBanner { background: #fde7e9; border: 1px solid "
                                                      "#c42b1c; } QLabel { color: #5c0000; }")
                                     : QStringLiteral("#tokenBanner { background: #fff4ce; border: 1px solid "
                                                      "#d8a300; }"));
    m_banner->setVisible(!r.findings.isEmpty());
    m_summary->setText(summaryText());
}

QString TokensPage::summaryText() const
{
    if (!m_hasReport) {
        return tr("Paste a token, check the candidate keys and press Verify.");
    }
    const TokenReport &r = report();
    QStringList valid;
    bool notProtected = false;
    bool malformed = false;
    int candidates = 0;
    for (const CandidateOutcome &o : r.outcomes) {
        candidates += !o.fromDisclosedList;
        notProtected = notProtected || o.result.status == TokenStatus::NotProtected;
        malformed = malformed || o.result.status == TokenStatus::Malformed;
        if (o.result.status == TokenStatus::Valid) {
            valid << o.candidate.label;
        }
    }
    QString s;
    if (r.cancelled) {
        s = tr("Cancelled after %n key(s); the results so far are shown.", nullptr,
               candidates + r.triedDisclosed);
    } else if (!valid.isEmpty()) {
        s = r.disclosed ? tr("Made with a publicly disclosed key: %1.").arg(valid.join(QStringLiteral(", ")))
                        : tr("Valid with %1.").arg(valid.join(QStringLiteral(", ")));
    } else if (notProtected) {
        s = tr("Not protected: this ViewState carries no MAC, so anyone can change it (enableViewStateMac is "
               "off).");
    } else if (malformed) {
        s = tr("Malformed: this is not a token of that kind; the detail says why.");
    } else {
        s = tr("No candidate key validates this token.");
    }
    s += u' ' + tr("%n candidate(s) checked.", nullptr, candidates);
    if (r.triedDisclosed > 0) {
        s += u' ' + tr("%n publicly disclosed key(s) tried.", nullptr, r.triedDisclosed);
    }
    return s;
}

void TokensPage::showDetail()
{
    const QModelIndex current = m_table->currentIndex();
    const CandidateOutcome *o = current.isValid() ? m_model->outcome(current.row()) : nullptr;
    if (!o) {
        m_detail->clear();
        return;
    }
    m_detail->setHtml(detailHtml(*o));
}

QString TokensPage::ticketRows(const FormsTicket &t) const
{
    QString html;
    html += row(tr("Ticket name"), t.name.toHtmlEscaped());
    html += row(tr("Issued"), dateText(t.issueDate).toHtmlEscaped());
    html += row(tr("Expires"), dateText(t.expiration).toHtmlEscaped());
    html += row(tr("Persistent"), (t.persistent ? tr("Yes") : tr("No")).toHtmlEscaped());
    html += row(tr("User data"),
                t.userData.isEmpty() ? tr("(none)").toHtmlEscaped() : t.userData.toHtmlEscaped());
    html += row(tr("Cookie path"), t.cookiePath.toHtmlEscaped());
    html += row(tr("Ticket version"), QString::number(t.version));
    return html;
}

QString TokensPage::validRows(const TokenVerifyResult &r) const
{
    QString html;
    if (r.status != TokenStatus::Valid) {
        return html;
    }
    if (r.generator) {
        const QString g = hex8(*r.generator);
        html += row(QStringLiteral("__VIEWSTATEGENERATOR"),
                    (r.generatorComputed ? tr("%1 (computed from the page URL)").arg(g) : g).toHtmlEscaped());
    }
    if (r.resourceHandler) {
        html += row(tr("Handler"), resourceHandlerName(*r.resourceHandler).toHtmlEscaped());
    }
    if (!r.keyDerivation.isEmpty()) {
        html += row(tr("Runtime keys"), r.keyDerivation.toHtmlEscaped());
    }
    return html;
}

QString TokensPage::detailHtml(const CandidateOutcome &o) const
{
    const TokenVerifyResult &r = o.result;
    QString result = TokenResultModel::statusText(r.status);
    if (r.status == TokenStatus::Valid) {
        QStringList how{TokenResultModel::protectionText(r.protection)};
        if (r.validation) {
            how << validationName(*r.validation);
        }
        if (r.decryption) {
            how << TokenResultModel::decryptionText(r);
        }
        result += QStringLiteral(" (%1)").arg(how.join(QStringLiteral(", ")));
    }
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    html += row(tr("Candidate"), o.candidate.label.toHtmlEscaped());
    html += row(tr("Result"), result.toHtmlEscaped());
    if (o.fromDisclosedList) {
        html += row(tr("Found in"), tr("the disclosed-key list").toHtmlEscaped());
    }
    html += row(tr("Disclosed"),
                (o.disclosed ? tr("Yes: this key is publicly disclosed") : tr("No")).toHtmlEscaped());
    html += row(tr("Key fingerprints"), tr("validation %1, decryption %2")
                                            .arg(fingerprintText(o.candidate.validationKey),
                                                 fingerprintText(o.candidate.decryptionKey))
                                            .toHtmlEscaped());
    html += validRows(r);
    if (!r.cause.isEmpty()) {
        html += row(tr("Cause"), r.cause.toHtmlEscaped());
    }
    if (!r.structure.isEmpty()) {
        const QString name = r.resourceHandler ? tr("%1 text").arg(resourceHandlerName(*r.resourceHandler))
                                               : tr("ViewState structure");
        html += row(name, QStringLiteral("<code>%1</code>").arg(r.structure.toHtmlEscaped()));
    }
    if (r.ticket) {
        html += ticketRows(*r.ticket);
    }
    html += QStringLiteral("</table>");
    if (!r.clear.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Clear bytes (%n byte(s)):", nullptr, int(r.clear.size())).toHtmlEscaped());
        html += hexPreview(r.clear);
    }
    return html;
}

// ---- the "Add key..." dialog ----

namespace {

/// The fields of the "Add key..." dialog.
struct KeyFields
{
    QLineEdit *name = nullptr;
    QLineEdit *validationKey = nullptr;
    QLineEdit *decryptionKey = nullptr;
    QCheckBox *show = nullptr;
    QComboBox *validation = nullptr;
    QComboBox *decryption = nullptr;
    QComboBox *mode = nullptr;
};

KeyFields buildKeyForm(QDialog *d, QFormLayout *form)
{
    KeyFields f;
    auto edit = [d](const char *name, bool secret) {
        auto *e = new QLineEdit(d);
        e->setObjectName(QString::fromLatin1(name));
        if (secret) {
            e->setEchoMode(QLineEdit::Password);
        }
        return e;
    };
    f.name = edit("keyDialogName", false);
    f.name->setPlaceholderText(TokensPage::tr("optional: how the results name this key"));
    f.validationKey = edit("keyDialogValidationKey", true);
    f.decryptionKey = edit("keyDialogDecryptionKey", true);
    f.show = new QCheckBox(TokensPage::tr("Show keys"), d);
    f.show->setObjectName(QStringLiteral("keyDialogShowKeys"));
    QObject::connect(f.show, &QCheckBox::toggled, d, [f](bool on) {
        f.validationKey->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        f.decryptionKey->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    const QString any = TokensPage::tr("Any (try each)");
    f.validation = new QComboBox(d);
    f.validation->setObjectName(QStringLiteral("keyDialogValidation"));
    f.validation->addItem(any);
    f.validation->addItems(validationAlgorithmNames());
    f.decryption = new QComboBox(d);
    f.decryption->setObjectName(QStringLiteral("keyDialogDecryption"));
    f.decryption->addItem(any);
    f.decryption->addItems(decryptionAlgorithmNames());
    f.mode = new QComboBox(d);
    f.mode->setObjectName(QStringLiteral("keyDialogMode"));
    f.mode->addItem(any);
    f.mode->addItem(QStringLiteral("Framework45"), int(KeyCompatibility::Framework45));
    f.mode->addItem(TokensPage::tr("Legacy (Framework20SP1/SP2)"), int(KeyCompatibility::Legacy));
    form->addRow(TokensPage::tr("&Name:"), f.name);
    form->addRow(TokensPage::tr("&validationKey:"), f.validationKey);
    form->addRow(TokensPage::tr("&decryptionKey:"), f.decryptionKey);
    form->addRow(QString(), f.show);
    form->addRow(TokensPage::tr("V&alidation:"), f.validation);
    form->addRow(TokensPage::tr("D&ecryption:"), f.decryption);
    form->addRow(TokensPage::tr("&Mode:"), f.mode);
    return f;
}

MachineKeyCandidate candidateOf(const KeyFields &f)
{
    MachineKeyCandidate c;
    c.label = f.name->text().trimmed();
    c.validationKey = f.validationKey->text().trimmed();
    c.decryptionKey = f.decryptionKey->text().trimmed();
    if (f.validation->currentIndex() > 0) {
        c.validation = parseValidationAlgorithm(f.validation->currentText());
    }
    if (f.decryption->currentIndex() > 0) {
        c.decryption = parseDecryptionAlgorithm(f.decryption->currentText());
    }
    if (f.mode->currentIndex() > 0) {
        c.compatibility = KeyCompatibility(f.mode->currentData().toInt());
    }
    return c;
}

/// Why the keys typed cannot be used, or "" when they can.
QString keyProblem(const MachineKeyCandidate &c)
{
    if (!isEvenHex(parseKeyValue(c.validationKey).hex)) {
        return TokensPage::tr("The validationKey must be hex digits (an even number of them).");
    }
    if (!c.decryptionKey.isEmpty() && !isEvenHex(parseKeyValue(c.decryptionKey).hex)) {
        return TokensPage::tr("The decryptionKey must be hex digits (an even number of them), or empty.");
    }
    return {};
}

} // namespace

void TokensPage::askForKey()
{
    QDialog d(this);
    d.setObjectName(QStringLiteral("tokenKeyDialog"));
    d.setWindowTitle(tr("Add a Key"));
    auto *form = new QFormLayout(&d);
    const KeyFields fields = buildKeyForm(&d, form);
    auto *hint =
        new QLabel(tr("The key is kept in memory only while SessionDesk runs: it is never saved, and the "
                      "results name it, never show it."),
                   &d);
    hint->setWordWrap(true);
    form->addRow(hint);
    auto *problem = new QLabel(&d);
    problem->setObjectName(QStringLiteral("keyDialogError"));
    problem->setStyleSheet(QStringLiteral("color: #b03030"));
    problem->setWordWrap(true);
    problem->hide();
    form->addRow(problem);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    connect(box, &QDialogButtonBox::accepted, &d, [&] {
        const QString why = keyProblem(candidateOf(fields));
        if (!why.isEmpty()) {
            problem->setText(why);
            problem->show();
            return;
        }
        d.accept();
    });
    connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    form->addRow(box);
    d.setMinimumWidth(560);
    d.adjustSize();
    if (d.exec() != QDialog::Accepted) {
        return;
    }
    if (!addTypedKey(candidateOf(fields))) {
        QMessageBox::warning(this, tr("Add a Key"),
                             tr("The list holds at most %1 single keys; put more keys in a key list file.")
                                 .arg(maxListedCandidates()));
    }
}

} // namespace sd
