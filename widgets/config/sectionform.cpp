// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/config/sectionform.h"

#include "aspnet/configschema.h"
#include "aspnet/configvalidator.h"
#include "aspnet/machinekey.h"
#include "widgets/common/retranslate.h"
#include "widgets/common/wheelguard.h"

#include <algorithm>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd {

namespace {

const char *kErrorStyle = "border: 2px solid #c0392b;";

QString attrLabel(const QString &attr)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("mode"), QT_TRANSLATE_NOOP("sd::SectionForm", "Session state mode:")},
        {QStringLiteral("stateConnectionString"), QT_TRANSLATE_NOOP("sd::SectionForm", "Connection string:")},
        {QStringLiteral("stateNetworkTimeout"), QT_TRANSLATE_NOOP("sd::SectionForm", "Time-out (seconds):")},
        {QStringLiteral("sqlConnectionString"), QT_TRANSLATE_NOOP("sd::SectionForm", "Connection string:")},
        {QStringLiteral("sqlCommandTimeout"), QT_TRANSLATE_NOOP("sd::SectionForm", "Time-out (seconds):")},
        {QStringLiteral("sqlConnectionRetryInterval"),
         QT_TRANSLATE_NOOP("sd::SectionForm", "Retry interval (seconds):")},
        {QStringLiteral("allowCustomSqlDatabase"),
         QT_TRANSLATE_NOOP("sd::SectionForm", "Enable custom database:")},
        {QStringLiteral("customProvider"), QT_TRANSLATE_NOOP("sd::SectionForm", "Provider:")},
        {QStringLiteral("cookieless"), QT_TRANSLATE_NOOP("sd::SectionForm", "Cookie mode:")},
        {QStringLiteral("cookieName"), QT_TRANSLATE_NOOP("sd::SectionForm", "Cookie name:")},
        {QStringLiteral("cookieSameSite"), QT_TRANSLATE_NOOP("sd::SectionForm", "SameSite:")},
        {QStringLiteral("timeout"), QT_TRANSLATE_NOOP("sd::SectionForm", "Time-out (minutes):")},
        {QStringLiteral("regenerateExpiredSessionId"),
         QT_TRANSLATE_NOOP("sd::SectionForm", "Regenerate expired session ID:")},
        {QStringLiteral("useHostingIdentity"), QT_TRANSLATE_NOOP("sd::SectionForm", "Use hosting identity:")},
        {QStringLiteral("compressionEnabled"),
         QT_TRANSLATE_NOOP("sd::SectionForm", "Compress session data:")},
        {QStringLiteral("partitionResolverType"),
         QT_TRANSLATE_NOOP("sd::SectionForm", "Partition resolver type:")},
        {QStringLiteral("sessionIDManagerType"),
         QT_TRANSLATE_NOOP("sd::SectionForm", "Session ID manager type:")},
        {QStringLiteral("validation"), QT_TRANSLATE_NOOP("sd::SectionForm", "Validation method:")},
        {QStringLiteral("decryption"), QT_TRANSLATE_NOOP("sd::SectionForm", "Encryption method:")},
        {QStringLiteral("validationKey"), QT_TRANSLATE_NOOP("sd::SectionForm", "Validation key:")},
        {QStringLiteral("decryptionKey"), QT_TRANSLATE_NOOP("sd::SectionForm", "Decryption key:")},
        {QStringLiteral("compatibilityMode"), QT_TRANSLATE_NOOP("sd::SectionForm", "Compatibility mode:")},
        {QStringLiteral("applicationName"), QT_TRANSLATE_NOOP("sd::SectionForm", "Application name:")},
        {QStringLiteral("dataProtectorType"), QT_TRANSLATE_NOOP("sd::SectionForm", "Data protector type:")},
    };
    const auto it = labels.find(attr);
    return it == labels.end() ? attr : QCoreApplication::translate("sd::SectionForm", it.value());
}

} // namespace

SectionForm::SectionForm(SectionKind kind, QWidget *parent) : QWidget(parent), m_kind(kind)
{
    setObjectName(kind == SectionKind::SessionState ? QStringLiteral("sessionStatePage")
                                                    : QStringLiteral("machineKeyPage"));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_inner = new QWidget(scroll);
    new QVBoxLayout(m_inner);
    scroll->setWidget(m_inner);
    outer->addWidget(scroll);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sectionStatus"));
    m_status->setWordWrap(true);
    outer->insertWidget(0, m_status);

    if (kind == SectionKind::SessionState) {
        addGroup(nullptr, {QStringLiteral("mode")}, {});
        addGroup(QT_TR_NOOP("State server"),
                 {QStringLiteral("stateConnectionString"), QStringLiteral("stateNetworkTimeout")},
                 {QStringLiteral("StateServer")});
        addGroup(QT_TR_NOOP("SQL Server"),
                 {QStringLiteral("sqlConnectionString"), QStringLiteral("sqlCommandTimeout"),
                  QStringLiteral("allowCustomSqlDatabase"), QStringLiteral("sqlConnectionRetryInterval")},
                 {QStringLiteral("SQLServer")});
        buildProvidersView(addGroup(QT_TR_NOOP("Custom provider"), {QStringLiteral("customProvider")},
                                    {QStringLiteral("Custom")}));
        addGroup(QT_TR_NOOP("Cookie settings"),
                 {QStringLiteral("cookieless"), QStringLiteral("cookieName"), QStringLiteral("timeout"),
                  QStringLiteral("regenerateExpiredSessionId"), QStringLiteral("cookieSameSite")},
                 {});
        addGroup(QT_TR_NOOP("Advanced"),
                 {QStringLiteral("useHostingIdentity"), QStringLiteral("compressionEnabled"),
                  QStringLiteral("partitionResolverType"), QStringLiteral("sessionIDManagerType")},
                 {});
    } else {
        addGroup(
            QT_TR_NOOP("Algorithms"),
            {QStringLiteral("validation"), QStringLiteral("decryption"), QStringLiteral("compatibilityMode")},
            {});
        addGroup(QT_TR_NOOP("Keys"), {QStringLiteral("validationKey"), QStringLiteral("decryptionKey")}, {});
        buildMachineKeyTools();
        addGroup(QT_TR_NOOP("Advanced"),
                 {QStringLiteral("applicationName"), QStringLiteral("dataProtectorType")}, {});
    }
    static_cast<QVBoxLayout *>(m_inner->layout())->addStretch(1);
    onLanguageChange(this, [this] { alignLabels(); }); // after the labels' own hooks: their new texts
}

void SectionForm::alignLabels()
{
    QList<QWidget *> labels;
    int widest = 0;
    for (QFormLayout *form : m_inner->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
                item->widget()->setMinimumWidth(0);
                widest = std::max(widest, item->widget()->sizeHint().width());
                labels << item->widget();
            }
        }
    }
    for (QWidget *label : labels)
        label->setMinimumWidth(widest);
}

QFormLayout *SectionForm::addGroup(const char *title, const QStringList &attrs, const QStringList &modes)
{
    auto *box = new QGroupBox(m_inner);
    if (title)
        onLanguageChange(box, [box, title] { box->setTitle(tr(title)); });
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const QString &a : attrs)
        addField(form, a);
    static_cast<QVBoxLayout *>(m_inner->layout())->addWidget(box);
    if (!modes.isEmpty())
        m_modeGroups.append({box, modes});
    return form;
}

void SectionForm::buildProvidersView(QFormLayout *form)
{
    m_providers = new QTreeWidget;
    m_providers->setObjectName(QStringLiteral("providers"));
    m_providers->setRootIsDecorated(false);
    m_providers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_providers->setMinimumHeight(90);
    m_providers->setTextElideMode(Qt::ElideMiddle);
    m_providersNote = new QLabel;
    m_providersNote->setObjectName(QStringLiteral("providersNote"));
    m_providersNote->setWordWrap(true);
    auto *label = new QLabel;
    form->addRow(label);
    form->addRow(m_providers);
    form->addRow(m_providersNote);
    onLanguageChange(m_providers, [this, label] {
        m_providers->setAccessibleName(tr("Declared providers"));
        m_providers->setHeaderLabels({tr("Name"), tr("Type"), tr("Settings")});
        label->setText(tr("Declared providers:"));
        fillProviders(); // its note and tool tips
    });
}

namespace {

/// One provider setting as shown: "name=value", the secret masked unless `reveal`; a connectionString(Name)
/// naming a <connectionStrings> entry also shows that entry's string.
QString providerSetting(const ConfigDocument &doc, const QString &name, const QString &value, bool reveal)
{
    const QString bullets(8, QChar(0x2022));
    if (isSecretProviderSetting(name))
        return name + u'=' + (reveal || value.isEmpty() ? value : bullets);
    QString shown = reveal ? value : maskConnectionSecrets(value);
    if (name.startsWith(u"connectionString", Qt::CaseInsensitive)) {
        const QString entry = namedConnectionString(doc, value);
        if (!entry.isNull())
            shown += QCoreApplication::translate("sd::SectionForm", " (<connectionStrings> entry: %1)")
                         .arg(reveal ? entry : maskConnectionSecrets(entry));
    }
    return name + u'=' + shown;
}

} // namespace

void SectionForm::fillProviders()
{
    if (!m_providers)
        return;
    m_providers->clear();
    const QList<SessionStateProvider> providers =
        m_doc ? sessionStateProviders(*m_doc, m_scope) : QList<SessionStateProvider>{};
    const QString inForce =
        m_doc ? effectiveValue(*m_doc, m_scope, m_kind, QStringLiteral("customProvider")).value : QString();
    for (const SessionStateProvider &p : providers) {
        QStringList settings;
        for (const auto &[name, value] : p.settings)
            settings << providerSetting(*m_doc, name, value, keysRevealed());
        auto *item = new QTreeWidgetItem(m_providers, {p.name, p.type, settings.join(QStringLiteral(", "))});
        item->setToolTip(0, tr("<add> at line %1").arg(p.line));
        item->setToolTip(2, settings.join(u'\n'));
        item->setToolTip(1, p.type);
        if (p.name == inForce) { // the one Custom mode uses
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < 3; ++c)
                item->setFont(c, bold);
        }
    }
    // Name and Type fit their text, but Type (often a long assembly-qualified name, shown whole in its tool
    // tip) takes at most a third of the view, so Settings, where the masked secrets are, stays in sight.
    for (int c = 0; c < 2 && !providers.isEmpty(); ++c) {
        m_providers->resizeColumnToContents(c);
        m_providers->setColumnWidth(
            c, std::min(m_providers->columnWidth(c), std::max(120, m_providers->viewport()->width() / 3)));
    }
    m_providersNote->setText(
        providers.isEmpty() ? tr("No <providers> are declared here: Custom mode needs an <add name=... "
                                 "type=...> under <sessionState><providers>.")
                            : tr("Secrets (accessKey, passwords) follow Show keys on the Machine Key page."));
}

void SectionForm::setSecretsRevealed(bool revealed)
{
    m_secretsRevealed = revealed;
    fillProviders();
}

QStringList SectionForm::choices(const Field &f) const
{
    if (f.attr != u"customProvider")
        return attributeSpec(m_kind, f.attr)->allowed;
    QStringList names;
    if (m_doc)
        for (const SessionStateProvider &p : sessionStateProviders(*m_doc, m_scope))
            names << p.name;
    return names;
}

void SectionForm::addField(QFormLayout *form, const QString &attr)
{
    const AttributeSpec *spec = attributeSpec(m_kind, attr);
    Field f;
    f.attr = attr;
    f.label = new QLabel;
    // The reason a value is refused, readable without a mouse (and by screen readers, with the field's
    // accessibleDescription): a line under the field, shown only when there is one. Made before the
    // connections below copy `f`.
    f.form = form;
    f.problem = new QLabel;
    f.problem->setObjectName(attr + QStringLiteral("Problem"));
    f.problem->setWordWrap(true);
    f.problem->setTextFormat(Qt::PlainText);
    f.problem->setStyleSheet(QStringLiteral("color: #b03030"));
    QWidget *w = nullptr;
    const bool providerList = attr == u"customProvider"; // the declared providers, as in IIS Manager
    if (spec->type == AttributeType::Enum || spec->type == AttributeType::Bool ||
        spec->type == AttributeType::Algorithm || providerList) {
        f.combo = new QComboBox;
        f.combo->setEditable(spec->type == AttributeType::Algorithm || providerList); // alg:NAME, any name
        guardWheel(f.combo); // scrolling the page must not change the value
        w = f.combo;
        connect(f.combo, &QComboBox::activated, this, [this, f] { commit(f); });
        if (f.combo->isEditable()) {
            f.combo->installEventFilter(this); // has the focus; hands keys to its line edit
            f.combo->lineEdit()->installEventFilter(this);
            connect(f.combo->lineEdit(), &QLineEdit::editingFinished, this, [this, f] { commit(f); });
            connect(f.combo->lineEdit(), &QLineEdit::textEdited, this,
                    [this, f](const QString &t) { checkAsYouType(f, t); });
        }
    } else {
        f.edit = new QLineEdit;
        w = f.edit;
        if (spec->type == AttributeType::Key) {
            f.edit->setEchoMode(QLineEdit::Password);
            f.edit->setFont(QFont(QStringLiteral("monospace")));
        }
        f.edit->installEventFilter(this);
        connect(f.edit, &QLineEdit::editingFinished, this, [this, f] { commit(f); });
        connect(f.edit, &QLineEdit::textEdited, this, [this, f](const QString &t) { checkAsYouType(f, t); });
    }
    w->setObjectName(attr);
    onLanguageChange(w, [w, spec, label = f.label, attr] {
        label->setText(attrLabel(attr));
        w->setToolTip(attributeHelp(*spec)); // markField replaces it with the reason a value is refused
        w->setWhatsThis(attributeHelp(*spec));
    });
    f.label->setBuddy(w);
    form->addRow(f.label, w);
    form->addRow(QString(), f.problem);
    form->setRowVisible(f.problem, false);
    m_fields.append(f);
}

void SectionForm::buildMachineKeyTools()
{
    auto *box = new QGroupBox(m_inner);
    auto *grid = new QFormLayout(box);
    m_autoValidation = new QCheckBox;
    m_isolateValidation = new QCheckBox;
    m_autoDecryption = new QCheckBox;
    m_isolateDecryption = new QCheckBox;
    m_autoValidation->setObjectName(QStringLiteral("autoValidationKey"));
    m_isolateValidation->setObjectName(QStringLiteral("isolateValidationKey"));
    m_autoDecryption->setObjectName(QStringLiteral("autoDecryptionKey"));
    m_isolateDecryption->setObjectName(QStringLiteral("isolateDecryptionKey"));
    auto row = [](QCheckBox *a, QCheckBox *b) {
        auto *w = new QWidget;
        auto *h = new QHBoxLayout(w);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(a);
        h->addWidget(b);
        h->addStretch(1);
        return w;
    };
    auto *validationLabel = new QLabel, *decryptionLabel = new QLabel;
    grid->addRow(validationLabel, row(m_autoValidation, m_isolateValidation));
    grid->addRow(decryptionLabel, row(m_autoDecryption, m_isolateDecryption));
    onLanguageChange(box, [=, this] {
        box->setTitle(tr("Key options"));
        validationLabel->setText(tr("Validation key:"));
        decryptionLabel->setText(tr("Decryption key:"));
        for (QCheckBox *c : {m_autoValidation, m_autoDecryption})
            c->setText(tr("Automatically generate at runtime"));
        for (QCheckBox *c : {m_isolateValidation, m_isolateDecryption})
            c->setText(tr("Generate a unique key for each application"));
    });
    // The IIS Manager check boxes: AutoGenerate[,IsolateApps] or an explicit key.
    auto applyChecks = [this](const QString &attr, QCheckBox *autoBox, QCheckBox *isolate) {
        if (m_refreshing)
            return;
        if (autoBox->isChecked()) {
            emit editsRequested(m_kind,
                                {{attr, isolate->isChecked() ? QStringLiteral("AutoGenerate,IsolateApps")
                                                             : QStringLiteral("AutoGenerate")}},
                                tr("Generate %1 at runtime").arg(attr));
        } else {
            QString error;
            const auto key =
                generateMachineKey(ValidationAlgorithm::HMACSHA256, DecryptionAlgorithm::AES256, &error);
            if (!key)
                return;
            emit editsRequested(m_kind,
                                {{attr, attr == u"validationKey" ? key->validationKey : key->decryptionKey}},
                                tr("Set an explicit %1").arg(attr));
        }
    };
    connect(m_autoValidation, &QCheckBox::clicked, this, [=, this] {
        applyChecks(QStringLiteral("validationKey"), m_autoValidation, m_isolateValidation);
    });
    connect(m_isolateValidation, &QCheckBox::clicked, this, [=, this] {
        applyChecks(QStringLiteral("validationKey"), m_autoValidation, m_isolateValidation);
    });
    connect(m_autoDecryption, &QCheckBox::clicked, this, [=, this] {
        applyChecks(QStringLiteral("decryptionKey"), m_autoDecryption, m_isolateDecryption);
    });
    connect(m_isolateDecryption, &QCheckBox::clicked, this, [=, this] {
        applyChecks(QStringLiteral("decryptionKey"), m_autoDecryption, m_isolateDecryption);
    });

    addKeyButtons(grid);
    static_cast<QVBoxLayout *>(m_inner->layout())->addWidget(box);
}

void SectionForm::addKeyButtons(QFormLayout *grid)
{
    auto *buttons = new QWidget;
    auto *h = new QHBoxLayout(buttons);
    h->setContentsMargins(0, 0, 0, 0);
    m_revealKeys = new QCheckBox;
    m_revealKeys->setObjectName(QStringLiteral("revealKeys"));
    auto *generate = new QPushButton;
    generate->setObjectName(QStringLiteral("generateKeys"));
    auto *copy = new QPushButton;
    copy->setObjectName(QStringLiteral("copyXml"));
    h->addWidget(m_revealKeys);
    h->addStretch(1);
    h->addWidget(generate);
    h->addWidget(copy);
    grid->addRow(buttons);
    auto *farm = new QLabel;
    farm->setWordWrap(true);
    onLanguageChange(buttons, [=, this] {
        m_revealKeys->setText(tr("Show keys"));
        generate->setText(tr("&Generate Keys"));
        copy->setText(tr("&Copy XML"));
        farm->setText(tr("In a web farm every server needs the same validation and decryption keys."));
    });
    grid->addRow(farm);
    connect(m_revealKeys, &QCheckBox::toggled, this, [this](bool on) {
        for (const Field &f : m_fields)
            if (f.edit && (f.attr == u"validationKey" || f.attr == u"decryptionKey"))
                f.edit->setEchoMode(on || parseKeyValue(f.edit->text()).hex.isEmpty() ? QLineEdit::Normal
                                                                                      : QLineEdit::Password);
        for (const Field &f : std::as_const(m_fields))
            markField(f, m_findings); // the error tooltips follow "Show keys" too
        emit keysRevealedChanged(on);
    });
    connect(generate, &QPushButton::clicked, this, &SectionForm::generateKeys);
    connect(copy, &QPushButton::clicked, this, &SectionForm::copyXml);
}

void SectionForm::generateKeys()
{
    if (!m_doc)
        return;
    const QString v = effectiveValue(*m_doc, m_scope, m_kind, QStringLiteral("validation")).value;
    const QString d = effectiveValue(*m_doc, m_scope, m_kind, QStringLiteral("decryption")).value;
    // Keep the chosen algorithms when the generator supports them; else the secure defaults.
    const auto valg = parseValidationAlgorithm(v).value_or(ValidationAlgorithm::HMACSHA256);
    const auto dalg = parseDecryptionAlgorithm(d).value_or(DecryptionAlgorithm::AES256);
    QString error;
    const auto key = generateMachineKey(valg, dalg, &error);
    if (!key) {
        QMessageBox::critical(this, tr("Generate Keys"), error);
        return;
    }
    QList<std::pair<QString, QString>> attrs{{QStringLiteral("validationKey"), key->validationKey},
                                             {QStringLiteral("decryptionKey"), key->decryptionKey}};
    if (!parseValidationAlgorithm(v))
        attrs.append({QStringLiteral("validation"), key->validation});
    if (!parseDecryptionAlgorithm(d))
        attrs.append({QStringLiteral("decryption"), key->decryption});
    emit editsRequested(m_kind, attrs, tr("Generate Keys"));
}

void SectionForm::copyXml()
{
    if (!m_doc)
        return;
    GeneratedMachineKey k;
    k.validation = effectiveValue(*m_doc, m_scope, m_kind, QStringLiteral("validation")).value;
    k.decryption = effectiveValue(*m_doc, m_scope, m_kind, QStringLiteral("decryption")).value;
    k.validationKey = effectiveValue(*m_doc, m_scope, m_kind, QStringLiteral("validationKey")).value;
    k.decryptionKey = effectiveValue(*m_doc, m_scope, m_kind, QStringLiteral("decryptionKey")).value;
    QApplication::clipboard()->setText(k.toXml());
    m_status->setText(tr("Copied the <machineKey> element to the clipboard."));
}

QString SectionForm::fieldText(const Field &f) const
{
    if (f.combo) {
        if (f.combo->isEditable() && f.combo->currentText() != f.combo->itemText(0))
            return f.combo->currentText().trimmed();
        const QVariant data = f.combo->currentData();
        return data.isNull() ? QString() : data.toString();
    }
    return f.edit->text();
}

bool SectionForm::isPending(const Field &f) const
{
    if (m_refreshing || !m_doc)
        return false;
    const QString text = fieldText(f);
    const SectionRef ref = m_doc->section(m_scope, m_kind);
    const XmlAttribute *current =
        ref.element >= 0 ? m_doc->elements()[ref.element].attribute(f.attr) : nullptr;
    return text.isEmpty() ? current != nullptr : (!current || current->value() != text);
}

void SectionForm::commit(const Field &f)
{
    if (!isPending(f))
        return;
    const QString text = fieldText(f);
    emit editRequested(m_kind, f.attr, text.isEmpty() ? QString() : text);
}

bool SectionForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (!key->matches(QKeySequence::Undo) && !key->matches(QKeySequence::Redo))
        return false;
    for (const Field &f : std::as_const(m_fields)) {
        const bool mine =
            f.edit ? watched == f.edit : (f.combo && (watched == f.combo || watched == f.combo->lineEdit()));
        if (mine && !isPending(f)) {
            event->ignore(); // not taken by the line edit: the window's Undo/Redo shortcut answers
            return true;
        }
    }
    return false; // uncommitted typing: the line edit undoes it first
}

void SectionForm::commitPending()
{
    for (const Field &f : std::as_const(m_fields)) {
        QWidget *w = f.combo ? static_cast<QWidget *>(f.combo) : f.edit;
        if (w && (w->hasFocus() || w->isAncestorOf(QApplication::focusWidget())))
            commit(f);
    }
}

void SectionForm::detach()
{
    m_doc = nullptr;
}

void SectionForm::checkAsYouType(const Field &f, const QString &text)
{
    if (!m_doc)
        return;
    // Validate a copy with the typed value: the same rules as the findings panel.
    ConfigDocument probe = *m_doc;
    QString error;
    const bool ok = text.isEmpty() ? probe.unsetAttribute(m_scope, m_kind, f.attr, &error)
                                   : probe.setAttribute(m_scope, m_kind, f.attr, text, &error);
    if (!ok) {
        Finding refused;
        refused.severity = Severity::Error;
        refused.scope = m_scope;
        refused.element = sectionElementName(m_kind);
        refused.attribute = f.attr;
        refused.message = error;
        markField(f, {refused});
        return;
    }
    markField(f, validateDocument(probe));
}

void SectionForm::markField(const Field &f, const QList<Finding> &findings)
{
    QString problem;
    for (const Finding &fi : findings)
        if (fi.severity == Severity::Error && fi.scope == m_scope && fi.attribute == f.attr &&
            fi.element == sectionElementName(m_kind))
            problem = fi.fix.isEmpty() ? fi.message : fi.message + u'\n' + fi.fix;
    if (!keysRevealed())
        problem = maskKeyMaterial(problem); // the tooltip shows no more of a key than the field does
    QWidget *w = f.combo ? static_cast<QWidget *>(f.combo) : f.edit;
    const QString help = attributeHelp(*attributeSpec(m_kind, f.attr));
    w->setStyleSheet(problem.isEmpty() ? QString() : QString::fromLatin1(kErrorStyle));
    w->setToolTip(problem.isEmpty() ? help : problem);
    w->setAccessibleDescription(problem.isEmpty() ? help : problem);
    w->setProperty("invalid", !problem.isEmpty());
    f.problem->setText(problem);
    f.form->setRowVisible(f.problem, !problem.isEmpty());
}

void SectionForm::showEncrypted(const Field &f)
{
    const QString unknown = tr("(encrypted: value unknown)");
    if (f.combo) {
        f.combo->clear();
        f.combo->addItem(unknown, QVariant());
        f.combo->setCurrentIndex(0);
    } else {
        f.edit->setText(QString());
        f.edit->setPlaceholderText(unknown);
        f.edit->setEchoMode(QLineEdit::Normal);
    }
}

QString SectionForm::statusText(const ConfigDocument *doc, const SectionRef &ref) const
{
    if (!doc)
        return {};
    if (ref.encrypted) {
        const XmlAttribute *provider =
            ref.element >= 0
                ? doc->elements()[ref.element].attribute(QStringLiteral("configProtectionProvider"))
                : nullptr;
        return tr("This section is encrypted with %1: its values are unknown here and it is shown read-only. "
                  "To read it, decrypt it on the server: aspnet_regiis -pdf \"system.web/%2\" <site folder>.")
            .arg(provider ? provider->value() : tr("protected configuration"), sectionElementName(m_kind));
    }
    if (!ref.configSource.isEmpty())
        return tr("This section is kept in %1 and is shown read-only.").arg(ref.configSource);
    if (ref.element < 0)
        return tr("<%1> is not in this level: the values shown are in force. Changing one adds the element.")
            .arg(sectionElementName(m_kind));
    return tr("<%1> at line %2.").arg(sectionElementName(m_kind)).arg(doc->elements()[ref.element].line);
}

void SectionForm::refresh(const ConfigDocument *doc, int scope, const QList<Finding> &findings)
{
    m_doc = doc;
    m_scope = scope;
    m_findings = findings;
    m_refreshing = true;
    const SectionRef ref = doc ? doc->section(scope, m_kind) : SectionRef{};
    for (const Field &f : m_fields) {
        const AttributeSpec *spec = attributeSpec(m_kind, f.attr);
        const EffectiveValue v = doc ? effectiveValue(*doc, scope, m_kind, f.attr) : EffectiveValue{};
        const bool own = v.origin == ValueOrigin::File;
        const QString shownValue = v.value.isEmpty() ? tr("(none)") : v.value;
        const QString inherited = v.origin == ValueOrigin::Inherited ? tr("inherited: %1").arg(shownValue)
                                                                     : tr("default: %1").arg(shownValue);
        QWidget *w = f.combo ? static_cast<QWidget *>(f.combo) : f.edit;
        if (ref.encrypted) { // never invent a value: the file holds only ciphertext
            showEncrypted(f);
            w->setEnabled(false);
            markField(f, findings);
            continue;
        }
        if (f.combo) {
            f.combo->clear();
            const QString shown = own ? spec->defaultValue : v.value;
            const QString shownText = shown.isEmpty() ? tr("(none)") : shown;
            f.combo->addItem(v.origin == ValueOrigin::Inherited ? tr("(inherited: %1)").arg(shownText)
                                                                : tr("(default: %1)").arg(shownText),
                             QVariant());
            for (const QString &a : choices(f))
                f.combo->addItem(a, a);
            if (own) {
                int idx = f.combo->findData(v.value);
                if (idx < 0) { // a value the file has but ASP.NET would refuse: keep it visible
                    f.combo->addItem(v.value, v.value);
                    idx = f.combo->count() - 1;
                }
                f.combo->setCurrentIndex(idx);
            } else {
                f.combo->setCurrentIndex(0);
            }
        } else {
            f.edit->setText(own ? v.value : QString());
            f.edit->setPlaceholderText(inherited);
            if (spec->type == AttributeType::Key) // only explicit hex keys are secrets
                f.edit->setEchoMode(parseKeyValue(v.value).hex.isEmpty() || m_revealKeys->isChecked()
                                        ? QLineEdit::Normal
                                        : QLineEdit::Password);
        }
        w->setEnabled(doc && !ref.readOnly());
        markField(f, findings);
    }
    if (m_autoValidation && doc) {
        const KeyValue vk =
            parseKeyValue(effectiveValue(*doc, scope, m_kind, QStringLiteral("validationKey")).value);
        const KeyValue dk =
            parseKeyValue(effectiveValue(*doc, scope, m_kind, QStringLiteral("decryptionKey")).value);
        m_autoValidation->setChecked(vk.hex.isEmpty());
        m_isolateValidation->setChecked(vk.modifiers.contains(QStringLiteral("IsolateApps")));
        m_isolateValidation->setEnabled(vk.hex.isEmpty() && !ref.readOnly());
        m_autoDecryption->setChecked(dk.hex.isEmpty());
        m_isolateDecryption->setChecked(dk.modifiers.contains(QStringLiteral("IsolateApps")));
        m_isolateDecryption->setEnabled(dk.hex.isEmpty() && !ref.readOnly());
        m_autoValidation->setEnabled(!ref.readOnly());
        m_autoDecryption->setEnabled(!ref.readOnly());
        if (ref.encrypted) { // the key settings are unknown too: check nothing
            for (QCheckBox *box :
                 {m_autoValidation, m_isolateValidation, m_autoDecryption, m_isolateDecryption})
                box->setChecked(false);
        }
    }
    m_status->setText(statusText(doc, ref));
    fillProviders();
    updateEnabled();
    m_refreshing = false;
}

void SectionForm::updateEnabled()
{
    if (!m_doc)
        return;
    const QString mode = effectiveValue(*m_doc, m_scope, m_kind, QStringLiteral("mode")).value;
    for (const auto &[box, modes] : m_modeGroups)
        box->setEnabled(modes.contains(mode));
}

bool SectionForm::focusAttribute(const QString &attr)
{
    for (const Field &f : m_fields)
        if (f.attr == attr) {
            QWidget *w = f.combo ? static_cast<QWidget *>(f.combo) : f.edit;
            w->setFocus(Qt::OtherFocusReason);
            if (auto *scroll = findChild<QScrollArea *>())
                scroll->ensureWidgetVisible(w);
            return true;
        }
    return false;
}

bool SectionForm::keysRevealed() const
{
    return m_revealKeys != nullptr ? m_revealKeys->isChecked() : m_secretsRevealed;
}

QString maskKeyMaterial(const QString &text)
{
    static const QRegularExpression hexRun(QStringLiteral("[0-9A-Fa-f]{16,}"));
    QString masked = text;
    masked.replace(hexRun, QString(8, QChar(0x2022)));
    return masked;
}

} // namespace sd
