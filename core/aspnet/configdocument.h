// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sd {

/// One attribute of a start tag, with its offsets (in UTF-16 code units of ConfigDocument::text()).
/// `start` is the first character of the name, `valueStart`/`valueEnd` bound the raw value
/// between the quotes, `end` is just past the closing quote.
struct XmlAttribute
{
    QString name;     ///< qualified name as written, e.g. "xdt:Transform"
    QString rawValue; ///< value as written (entities not expanded)
    qsizetype start = 0;
    qsizetype valueStart = 0;
    qsizetype valueEnd = 0;
    qsizetype end = 0;
    QChar quote = u'"';

    /// The value with the five predefined entities and character references expanded.
    QString value() const;
};

/// One element, with the offsets that let edits be spliced into the original text.
struct XmlElement
{
    QString name;               ///< qualified name as written
    QString localName;          ///< name without prefix
    qsizetype start = 0;        ///< offset of '<'
    qsizetype nameEnd = 0;      ///< offset just past the element name in the start tag
    qsizetype startTagEnd = 0;  ///< offset just past the start tag's '>'
    qsizetype endTagStart = -1; ///< offset of "</", or -1 for an empty-element tag
    qsizetype end = 0;          ///< offset just past the whole element
    bool selfClosing = false;   ///< written as <x ... />
    int line = 0;               ///< 1-based line of '<'
    int column = 0;             ///< 1-based column of '<'
    int parent = -1;            ///< index into ConfigDocument::elements(), -1 for the root
    QList<int> children;        ///< child element indices in document order
    QList<XmlAttribute> attributes;

    /// Attribute by exact (case-sensitive, as .NET config is) name, or nullptr.
    const XmlAttribute *attribute(const QString &attrName) const;
};

/// The two sections SessionDesk edits.
enum class SectionKind
{
    SessionState,
    MachineKey
};

/// The element name of a section kind: "sessionState" or "machineKey".
QString sectionElementName(SectionKind kind);

/// A configuration level inside one file: the application level (root `<system.web>` plus every
/// `<location>` without `path` or with `path="."`), or one `<location path="...">`.
struct ConfigScope
{
    QString path;          ///< "" for the application level, else the location path as written
    QList<int> locations;  ///< `<location>` element indices that make up this scope
    QList<int> systemWebs; ///< `<system.web>` element indices of this scope, in document order
    bool isApplicationLevel() const { return path.isEmpty(); }
};

/// Where a section of a scope stands.
struct SectionRef
{
    int element = -1;       ///< element index of the section in force (the last one), -1 if absent
    int count = 0;          ///< how many such elements the scope has (more than one is a finding)
    bool encrypted = false; ///< `configProtectionProvider` or an `<EncryptedData>` child
    QString configSource;   ///< value of `configSource`, if the section lives in another file
    bool readOnly() const { return encrypted || !configSource.isEmpty(); }
};

/// A parse or I/O problem: message plus 1-based line and column (0 when not about a position).
struct ConfigError
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;
    /// "FILE:LINE:COLUMN: MESSAGE" (position parts omitted when 0).
    QString toString() const;
};

/**
 * An ASP.NET .config file opened for byte-exact editing.
 *
 * The file is decoded (UTF-8 with or without BOM, UTF-16 LE/BE with BOM, us-ascii, ISO-8859-1, or
 * any encoding its XML declaration names that Qt knows), checked for well-formedness with
 * QXmlStreamReader, then scanned once more to record the offset of every element and attribute.
 * Edits splice new text into the decoded text and re-scan; toBytes() re-encodes with the file's
 * own encoding and BOM, so a document with no edit gives back the identical bytes and an edit
 * changes only the bytes of what it touched. A file whose bytes would not survive that round
 * trip is refused at load, so it is never written.
 *
 * Offsets everywhere are UTF-16 code units into text(). Comments, CDATA, processing
 * instructions and the DOCTYPE are skipped as whole tokens, so markup inside a comment is never
 * taken for an element.
 */
class ConfigDocument
{
public:
    ConfigDocument() = default;

    /// Reads and parses `path`. Returns false and fills `error` (with line/column for XML errors).
    bool load(const QString &path, ConfigError *error);
    /// Parses bytes already in memory; `fileName` is only used in messages.
    bool loadFromBytes(const QByteArray &bytes, const QString &fileName, ConfigError *error);

    /// The document encoded as it was read (same encoding, same BOM).
    QByteArray toBytes() const;
    /// What save() does when the file on disk is no longer the one this document read (or last wrote).
    enum class SaveMode
    {
        RefuseIfChanged, ///< the default: fail with an error naming the file, write nothing
        Overwrite,       ///< the user chose to replace the other change
    };
    /**
     * Writes toBytes() to `path` atomically (QSaveFile). If `path` exists, its previous bytes are
     * first copied to `path + ".bak"` (replacing an older backup). When `path` is the file this document
     * was loaded from (or last saved to) and its bytes on disk changed since (another tool edited it),
     * nothing is written and `error` says so, unless `mode` is Overwrite. Returns false and fills `error`
     * on I/O failure; the original file is then untouched.
     */
    bool save(const QString &path, ConfigError *error, SaveMode mode = SaveMode::RefuseIfChanged) const;
    /// True when the file this document was loaded from (or last saved to) now holds other bytes, or is
    /// gone. False for a document not read from a file.
    bool changedOnDisk() const;

    const QString &fileName() const { return m_fileName; }
    const QString &text() const { return m_text; }
    /// Replaces the whole text (undo/redo). Returns false, leaving the document as it was, if the
    /// new text does not parse.
    bool setText(const QString &text, ConfigError *error = nullptr);
    bool isModified() const { return m_text != m_originalText; }
    /// The text as read (or last saved): what isModified() compares with.
    const QString &savedText() const { return m_originalText; }
    /// Makes the current text the saved state (after a successful save()).
    void markSaved() { m_originalText = m_text; }
    /// Name of the encoding the file was read with, e.g. "UTF-8", "UTF-16LE".
    QString encodingName() const { return m_encodingName; }
    bool hasBom() const { return !m_bom.isEmpty(); }
    /// "\r\n" if most line breaks are CRLF, else "\n".
    QString lineEnding() const;
    /// The indentation step the file uses ("\t", two or four spaces...), two spaces if unknown.
    QString indentUnit() const;

    const QList<XmlElement> &elements() const { return m_elements; }
    /// Index of the document element, -1 if none.
    int rootElement() const { return m_root; }
    /// True when the document element is `<configuration>` (in any namespace).
    bool isConfiguration() const;
    /// Scope 0 is always the application level; then one scope per distinct location path.
    const QList<ConfigScope> &scopes() const { return m_scopes; }
    /// Index of the scope with that path ("" or "." for the application level), or -1.
    int scopeIndex(const QString &path) const;
    /// Where the section of `kind` stands in `scope`.
    SectionRef section(int scope, SectionKind kind) const;
    /// First child of `element` with local name `localName`, or -1.
    int childElement(int element, const QString &localName) const;
    /// 1-based line number of a text offset.
    int lineOf(qsizetype offset) const;

    // ---- edits. Each returns false with `error` set and the text unchanged on failure ----

    /// Sets `attr` on the section of `kind` in `scope`, creating the section (and `<system.web>`)
    /// when absent. Refused on encrypted or configSource sections.
    bool setAttribute(int scope, SectionKind kind, const QString &attr, const QString &value, QString *error);
    /// Removes `attr` from the section; a missing attribute or section is not an error.
    bool unsetAttribute(int scope, SectionKind kind, const QString &attr, QString *error);
    /// Removes the section element (whole lines when it stands alone on its lines).
    bool removeSection(int scope, SectionKind kind, QString *error);
    /// Adds an empty section element if the scope lacks one; returns its element index or -1.
    int ensureSection(int scope, SectionKind kind, QString *error);
    /// Low-level edit: replaces text [start, end) and re-parses. Used by the edits above.
    bool replaceRange(qsizetype start, qsizetype end, const QString &replacement, QString *error);
    /// Generic edit of any element (by index into elements(), e.g. an applicationHost.config pool's
    /// `<processModel>`): replaces the value of `attr` in place, or appends `attr="value"` after the last
    /// attribute (keeping a one-attribute-a-line layout). Only those bytes change. Returns false with
    /// `error` set, the text unchanged, for a bad index or an edit that would not parse.
    bool setElementAttribute(int element, const QString &attr, const QString &value, QString *error);
    /// Inserts `elementText` (e.g. "<processModel />") as the last child of element `parent`, indented like
    /// its siblings; returns the new element's index, or -1 with `error` set and the text unchanged.
    int insertChildElement(int parent, const QString &elementText, QString *error);

    /// Escapes a value for an attribute quoted with `quote`.
    static QString escapeAttribute(const QString &value, QChar quote);

private:
    struct Scan; ///< state of parseText's offset scan (defined in configdocument.cpp)

    /// Checks `text` with QXmlStreamReader, then records every element's and attribute's offsets.
    /// On success replaces the text, elements and scopes; on failure fills `error` and changes nothing.
    bool parseText(const QString &text, ConfigError *error);
    /// Scans the whole text of `scan`, skipping comments, CDATA, processing instructions and
    /// declarations; false (with the scan's failure set) at the first malformed tag.
    static bool scanElements(Scan &scan);
    /// Scans the markup that starts with '<' at `pos`; `*next` is the offset after it (-1 if it
    /// never ends). False with the scan's failure set for a malformed tag.
    static bool scanMarkup(Scan &scan, qsizetype pos, qsizetype *next);
    /// Scans "</name>" at `pos` and closes the innermost open element, which must have that name.
    static bool scanEndTag(Scan &scan, qsizetype pos, qsizetype *next);
    /// Scans a start tag (or empty-element tag) at `pos` with its attributes and adds the element.
    static bool scanStartTag(Scan &scan, qsizetype pos, qsizetype *next);
    /// Scans one `name="value"` at offset `i` of a start tag of `elementName` into `a`.
    static bool scanAttribute(Scan &scan, const QString &elementName, qsizetype i, XmlAttribute *a);
    void buildScopes();
    int ensureSystemWeb(int scope, QString *error);
    qsizetype lineStart(qsizetype offset) const;
    QString indentOf(int element) const;

    QString m_fileName;
    QString m_text;
    QString m_originalText;
    /// SHA-256 of the bytes read from (or last written to) m_fileName by load()/save(); empty when the
    /// document did not come from a file. Mutable: save() is const and records what it wrote.
    mutable QByteArray m_diskHash;
    QByteArray m_bom;
    QString m_encodingName;
    QList<XmlElement> m_elements;
    QList<ConfigScope> m_scopes;
    QList<qsizetype> m_lineStarts;
    int m_root = -1;
};

/// One attribute edit of a section, addressed by scope path so it can be replayed on another read of the
/// same file (ConfigDocument::scopeIndex()).
struct AttributeEdit
{
    QString scopePath; ///< "" for the application level, else the `<location path>` as written
    SectionKind kind = SectionKind::SessionState;
    QString attribute;
    QString value;     ///< the edited value; null when the edit removes the attribute
    QString baseValue; ///< the value the edit started from; null when the attribute was absent
};

/// The attribute edits that turn `base` into `edited` (two texts of the same file): for every scope and
/// section, each attribute whose written value differs, is new, or is gone. In scope, section and attribute
/// order. Only attribute values are compared: SessionDesk makes no other edit.
QList<AttributeEdit> attributeEdits(const ConfigDocument &base, const ConfigDocument &edited);

/// Replays `edits` on `doc` (a fresh read of the file that another program changed). An edit applies when
/// its scope exists in `doc` and the attribute there still has the edit's base value (or already has the
/// edited value); it is skipped when the other program changed that same attribute (or removed its
/// location), and when `doc` refuses it (an encrypted section). Returns the edits that were not applied.
QList<AttributeEdit> reapplyEdits(ConfigDocument *doc, const QList<AttributeEdit> &edits);

} // namespace sd
