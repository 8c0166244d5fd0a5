// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aspnet/configdocument.h"
#include "aspnet/configvalidator.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace sd {

/// Editor page for one section (`<sessionState>` or `<machineKey>`) of one scope. Each field
/// shows the effective value (placeholder = default); an empty field or the "(default)" choice
/// removes the attribute. Values are checked as you type against the full validator; a change is
/// handed to the main window through editRequested() when the field is left or a choice is made.
class SectionForm : public QWidget
{
    Q_OBJECT

public:
    SectionForm(SectionKind kind, QWidget *parent = nullptr);

    /// Shows `doc`'s section of `scope` (the document must outlive the next refresh call) and
    /// marks the fields that `findings` (the validation of `doc`) names with an error.
    void refresh(const ConfigDocument *doc, int scope, const QList<Finding> &findings);
    /// Commits the value of the field that has keyboard focus, if it differs from the file.
    void commitPending();
    /// Forgets the document: later focus changes commit nothing (used while the window is torn down).
    void detach();
    /// Puts the focus on the field of `attr` (from a findings click). Returns false if none.
    bool focusAttribute(const QString &attr);
    SectionKind kind() const { return m_kind; }
    /// True when "Show keys" is checked (machineKey page), or on another page when setSecretsRevealed(true)
    /// passed that choice on; false while keys are masked.
    bool keysRevealed() const;
    /// Shows (true) or masks the secrets of the declared providers (accessKey, passwords in connection
    /// strings): the machineKey page's "Show keys" choice, handed on by the main window.
    void setSecretsRevealed(bool revealed);

protected:
    /// Ctrl+Z / Ctrl+Shift+Z in a text field: the field's own undo only while it holds uncommitted typing;
    /// otherwise the key is left to the window's Undo/Redo actions, which undo document edits.
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    /// Set (`value` non-null) or remove (`value` null) one attribute.
    void editRequested(sd::SectionKind kind, const QString &attr, const QString &value);
    /// Several machineKey attributes at once (Generate Keys, the IIS check boxes).
    void editsRequested(sd::SectionKind kind, const QList<std::pair<QString, QString>> &attrs,
                        const QString &label);
    /// "Show keys" was checked (`revealed` true) or unchecked.
    void keysRevealedChanged(bool revealed);

private:
    struct Field
    {
        QString attr;
        QComboBox *combo = nullptr;
        QLineEdit *edit = nullptr;
        QLabel *label = nullptr;
        QLabel *problem = nullptr; ///< the validation reason, in a row under the field (hidden when none)
        QFormLayout *form = nullptr;
    };

    /// Adds a group box of fields, enabled only in `modes` (all modes when empty). `title` is the
    /// untranslated title (QT_TR_NOOP; nullptr for none), translated again on each language change. Returns
    /// its form.
    QFormLayout *addGroup(const char *title, const QStringList &attrs, const QStringList &modes);
    /// The read-only list of declared `<providers>` (name, type, settings), under the Provider field.
    void buildProvidersView(QFormLayout *form);
    /// Fills the providers list of the current scope; secrets masked unless keysRevealed().
    void fillProviders();
    /// The choices of a combo field: the schema's allowed values, or the declared provider names.
    QStringList choices(const Field &f) const;
    void addField(QFormLayout *form, const QString &attr);
    void buildMachineKeyTools();
    /// Gives every form label of the page the width of the widest, so the fields of all groups start in one
    /// column (issue 12 point 14). Run again after a language change.
    void alignLabels();
    /// Show keys, Generate Keys, Copy XML and the web-farm note, as rows of the key options `grid`.
    void addKeyButtons(QFormLayout *grid);
    /// An encrypted section's field: empty, "(encrypted: value unknown)", never a default or inherited value.
    void showEncrypted(const Field &f);
    /// The line above the fields: where the section is, or why it is read-only (encrypted: with which
    /// provider and how to decrypt it).
    QString statusText(const ConfigDocument *doc, const SectionRef &ref) const;
    void commit(const Field &f);
    /// True when the field holds a value not yet handed over (typed, focus still in the field).
    bool isPending(const Field &f) const;
    void checkAsYouType(const Field &f, const QString &text);
    void markField(const Field &f, const QList<Finding> &findings);
    QString fieldText(const Field &f) const;
    void updateEnabled();
    void generateKeys();
    void copyXml();

    SectionKind m_kind;
    const ConfigDocument *m_doc = nullptr;
    int m_scope = 0;
    QList<Finding> m_findings; ///< from the last refresh(), to re-mark the fields when "Show keys" changes
    bool m_refreshing = false;
    QList<Field> m_fields;
    QList<std::pair<QGroupBox *, QStringList>> m_modeGroups;
    QLabel *m_status = nullptr;
    QWidget *m_inner = nullptr; ///< holds the group boxes, inside the scroll area
    // machineKey extras
    QCheckBox *m_autoValidation = nullptr;
    QCheckBox *m_isolateValidation = nullptr;
    QCheckBox *m_autoDecryption = nullptr;
    QCheckBox *m_isolateDecryption = nullptr;
    QCheckBox *m_revealKeys = nullptr;
    // sessionState extras
    QTreeWidget *m_providers = nullptr;
    QLabel *m_providersNote = nullptr;
    bool m_secretsRevealed = false;
};

/// `text` with every run of 16 or more hex digits (key material in a finding) replaced by bullets.
QString maskKeyMaterial(const QString &text);

} // namespace sd
