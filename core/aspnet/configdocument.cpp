// SPDX-License-Identifier: GPL-3.0-or-later
#include "aspnet/configdocument.h"
#include "base/crypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringConverter>
#include <QXmlStreamReader>

#include <algorithm>

namespace sd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::ConfigDocument", text);
}

bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

bool isNameEnd(QChar c)
{
    return isXmlSpace(c) || c == u'=' || c == u'>' || c == u'/' || c == u'<' || c == u'"' || c == u'\'';
}

QString localPart(const QString &qualified)
{
    const qsizetype colon = qualified.indexOf(u':');
    return colon < 0 ? qualified : qualified.mid(colon + 1);
}

bool allSpace(QStringView s)
{
    return std::all_of(s.begin(), s.end(), isXmlSpace);
}

/// Encoding chosen from the BOM or the XML declaration.
struct DetectedEncoding
{
    QByteArray bom;
    QByteArray name; // for QStringDecoder/QStringEncoder
    bool ok = true;
};

DetectedEncoding detectEncoding(const QByteArray &bytes)
{
    DetectedEncoding d;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        d.bom = bytes.left(3);
        d.name = "UTF-8";
        return d;
    }
    if (bytes.startsWith("\xFF\xFE")) {
        d.bom = bytes.left(2);
        d.name = "UTF-16LE";
        return d;
    }
    if (bytes.startsWith("\xFE\xFF")) {
        d.bom = bytes.left(2);
        d.name = "UTF-16BE";
        return d;
    }
    if (bytes.size() >= 2 && bytes[0] == '<' && bytes[1] == '\0') {
        d.name = "UTF-16LE";
        return d;
    }
    if (bytes.size() >= 2 && bytes[0] == '\0' && bytes[1] == '<') {
        d.name = "UTF-16BE";
        return d;
    }
    d.name = "UTF-8";
    static const QRegularExpression decl(
        QStringLiteral(R"(^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["'])"));
    const auto m = decl.match(QString::fromLatin1(bytes.left(256)));
    if (!m.hasMatch())
        return d;
    const QString declared = m.captured(1).toLower();
    if (declared == u"utf-8" || declared == u"utf8" || declared == u"us-ascii" || declared == u"ascii")
        return d;
    if (declared == u"iso-8859-1" || declared == u"latin1" || declared == u"latin-1" ||
        declared == u"iso8859-1") {
        d.name = "ISO-8859-1";
        return d;
    }
    if (declared == u"utf-16") { // no BOM and no NUL pattern: not really UTF-16
        d.ok = false;
        d.name = m.captured(1).toLatin1();
        return d;
    }
    d.name = m.captured(1).toLatin1();
    d.ok = QStringDecoder(d.name.constData()).isValid() && QStringEncoder(d.name.constData()).isValid();
    return d;
}

QString decodeEntities(QStringView raw)
{
    if (!raw.contains(u'&'))
        return raw.toString();
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != u'&') {
            out += raw[i];
            continue;
        }
        const qsizetype semi = raw.indexOf(u';', i);
        if (semi < 0) {
            out += raw.mid(i);
            break;
        }
        const QStringView ent = raw.mid(i + 1, semi - i - 1);
        if (ent == u"amp")
            out += u'&';
        else if (ent == u"lt")
            out += u'<';
        else if (ent == u"gt")
            out += u'>';
        else if (ent == u"quot")
            out += u'"';
        else if (ent == u"apos")
            out += u'\'';
        else if (ent.startsWith(u'#')) {
            bool ok = false;
            const uint cp = ent.startsWith(u"#x") || ent.startsWith(u"#X") ? ent.mid(2).toUInt(&ok, 16)
                                                                           : ent.mid(1).toUInt(&ok, 10);
            if (ok && cp > 0 && cp <= 0x10FFFF) {
                const char32_t c = cp;
                out += QString::fromUcs4(&c, 1);
            } else
                out += raw.mid(i, semi - i + 1);
        } else
            out += raw.mid(i, semi - i + 1); // a DTD entity: keep as written
        i = semi;
    }
    return out;
}

} // namespace

QString XmlAttribute::value() const
{
    return decodeEntities(rawValue);
}

const XmlAttribute *XmlElement::attribute(const QString &attrName) const
{
    for (const auto &a : attributes)
        if (a.name == attrName)
            return &a;
    return nullptr;
}

QString sectionElementName(SectionKind kind)
{
    return kind == SectionKind::SessionState ? QStringLiteral("sessionState") : QStringLiteral("machineKey");
}

QString ConfigError::toString() const
{
    QString s = file;
    if (line > 0) {
        s += u':' + QString::number(line);
        if (column > 0)
            s += u':' + QString::number(column);
    }
    if (!s.isEmpty())
        s += QStringLiteral(": ");
    return s + message;
}

bool ConfigDocument::load(const QString &path, ConfigError *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = {path, 0, 0, tr("cannot open the file: %1").arg(f.errorString())};
        return false;
    }
    const QByteArray bytes = f.readAll();
    if (!loadFromBytes(bytes, path, error))
        return false;
    m_diskHash = sha256(bytes);
    return true;
}

bool ConfigDocument::changedOnDisk() const
{
    if (m_diskHash.isEmpty())
        return false;
    QFile f(m_fileName);
    if (!f.open(QIODevice::ReadOnly))
        return true;
    return sha256(f.readAll()) != m_diskHash;
}

bool ConfigDocument::loadFromBytes(const QByteArray &bytes, const QString &fileName, ConfigError *error)
{
    const DetectedEncoding enc = detectEncoding(bytes);
    if (!enc.ok) {
        if (error)
            *error = {fileName, 1, 0,
                      tr("the XML declaration names the encoding \"%1\", which this tool cannot read and "
                         "write back byte for byte")
                          .arg(QString::fromLatin1(enc.name))};
        return false;
    }
    const QByteArray body = bytes.mid(enc.bom.size());
    QStringDecoder decoder(enc.name.constData());
    QString text = decoder(body);
    if (decoder.hasError()) {
        const qsizetype bad = text.indexOf(QChar(QChar::ReplacementCharacter));
        int line = 1 + int(text.left(std::max<qsizetype>(bad, 0)).count(u'\n'));
        if (error)
            *error = {
                fileName, line, 0,
                tr("the file is not valid %1 text; it is left untouched").arg(QString::fromLatin1(enc.name))};
        return false;
    }
    QStringEncoder encoder(enc.name.constData());
    const QByteArray again = encoder(text);
    if (again != body) {
        if (error)
            *error = {fileName, 0, 0,
                      tr("the file's %1 bytes do not survive decoding and encoding unchanged, so it is "
                         "opened for nothing and never written")
                          .arg(QString::fromLatin1(enc.name))};
        return false;
    }
    ConfigDocument fresh;
    fresh.m_fileName = fileName;
    fresh.m_bom = enc.bom;
    fresh.m_encodingName = QString::fromLatin1(enc.name);
    if (!fresh.parseText(text, error))
        return false;
    fresh.m_originalText = fresh.m_text;
    *this = std::move(fresh);
    return true;
}

QByteArray ConfigDocument::toBytes() const
{
    QStringEncoder encoder(m_encodingName.toLatin1().constData());
    return m_bom + QByteArray(encoder(m_text));
}

bool ConfigDocument::save(const QString &path, ConfigError *error, SaveMode mode) const
{
    const QByteArray bytes = toBytes();
    const bool sameFile = !m_diskHash.isEmpty() && QFileInfo(path) == QFileInfo(m_fileName);
    if (sameFile && mode == SaveMode::RefuseIfChanged && QFile::exists(path) && changedOnDisk()) {
        if (error)
            *error = {path, 0, 0,
                      tr("the file changed on disk since it was read (another program edited it); nothing "
                         "was written, so that change is not lost")};
        return false;
    }
    if (QFile::exists(path)) {
        QFile old(path);
        if (!old.open(QIODevice::ReadOnly)) {
            if (error)
                *error = {path, 0, 0, tr("cannot read the file to back it up: %1").arg(old.errorString())};
            return false;
        }
        const QByteArray previous = old.readAll();
        QSaveFile bak(path + QStringLiteral(".bak"));
        if (!bak.open(QIODevice::WriteOnly) || bak.write(previous) != previous.size() || !bak.commit()) {
            if (error)
                *error = {path + QStringLiteral(".bak"), 0, 0,
                          tr("cannot write the backup: %1").arg(bak.errorString())};
            return false;
        }
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        if (error)
            *error = {path, 0, 0, tr("cannot write the file: %1").arg(out.errorString())};
        return false;
    }
    if (sameFile)
        m_diskHash = sha256(bytes);
    return true;
}

bool ConfigDocument::setText(const QString &text, ConfigError *error)
{
    ConfigDocument copy = *this;
    if (!copy.parseText(text, error))
        return false;
    *this = std::move(copy);
    return true;
}

/// The state of parseText's second pass over one text: the elements found so far, the open ones, and
/// where and why the scan stopped if it failed.
struct ConfigDocument::Scan
{
    const QString &text;
    const QList<qsizetype> &lineStarts; ///< offset of each line's first character
    QList<XmlElement> elements;
    QList<int> stack; ///< indices of the elements whose end tag is still to come
    int root = -1;
    int failLine = 0;
    int failColumn = 0;
    QString failMessage;

    /// 1-based line and column of the text offset `off`.
    void position(qsizetype off, int *line, int *col) const
    {
        const auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(), off);
        const qsizetype idx = (it - lineStarts.begin()) - 1;
        *line = int(idx + 1);
        *col = int(off - lineStarts[idx] + 1);
    }

    /// Records a failure at offset `off`; always returns false.
    bool fail(qsizetype off, const QString &message)
    {
        position(off, &failLine, &failColumn);
        failMessage = message;
        return false;
    }

    /// Offset just past the first `terminator` at or after `from`, or -1 when there is none.
    qsizetype skipPast(QStringView terminator, qsizetype from) const
    {
        const qsizetype e = text.indexOf(terminator, from);
        return e < 0 ? qsizetype(-1) : e + terminator.size();
    }

    /// Offset just past the '>' that ends a "<!..." declaration starting at `pos` (quotes and an
    /// internal subset in brackets skipped), or -1 when it never ends.
    qsizetype skipDeclaration(qsizetype pos) const
    {
        int depth = 0;
        QChar quote;
        for (qsizetype i = pos + 2; i < text.size(); ++i) {
            const QChar c = text[i];
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'')
                quote = c;
            else if (c == u'[')
                ++depth;
            else if (c == u']')
                --depth;
            else if (c == u'>' && depth <= 0)
                return i + 1;
        }
        return -1;
    }

    /// Appends a scanned start tag to the tree: child of the innermost open element, or the root.
    /// An element that is not self-closing stays open until its end tag.
    void attach(XmlElement &&e)
    {
        const int index = int(elements.size());
        if (!stack.isEmpty()) {
            e.parent = stack.last();
            elements[e.parent].children.append(index);
        } else if (root < 0)
            root = index;
        const bool open = !e.selfClosing;
        elements.append(std::move(e));
        if (open)
            stack.append(index);
    }
};

namespace {

/// Offsets of the first character of every line of `text`.
QList<qsizetype> lineStartsOf(const QString &text)
{
    QList<qsizetype> lineStarts{0};
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i] == u'\n')
            lineStarts.append(i + 1);
    return lineStarts;
}

} // namespace

bool ConfigDocument::parseText(const QString &text, ConfigError *error)
{
    auto fail = [&](int line, int column, const QString &message) {
        if (error)
            *error = {m_fileName, line, column, message};
        return false;
    };

    // 1. Well-formedness, by Qt's XML reader (messages with line and column).
    {
        QXmlStreamReader reader(text);
        while (!reader.atEnd())
            reader.readNext();
        if (reader.hasError())
            return fail(int(reader.lineNumber()), int(reader.columnNumber()),
                        tr("not well-formed XML: %1").arg(reader.errorString()));
    }

    // 2. Offsets of every element and attribute.
    QList<qsizetype> lineStarts = lineStartsOf(text);
    Scan scan{text, lineStarts, {}, {}, -1, 0, 0, {}};
    if (!scanElements(scan))
        return fail(scan.failLine, scan.failColumn, scan.failMessage);

    m_text = text;
    m_elements = std::move(scan.elements);
    m_lineStarts = std::move(lineStarts);
    m_root = scan.root;
    buildScopes();
    return true;
}

bool ConfigDocument::scanElements(Scan &scan)
{
    const QString &text = scan.text;
    const qsizetype n = text.size();
    qsizetype pos = 0;
    while (pos < n) {
        if (text[pos] != u'<') {
            pos = text.indexOf(u'<', pos);
            if (pos < 0)
                break;
            continue;
        }
        qsizetype next = -1;
        if (!scanMarkup(scan, pos, &next))
            return false;
        if (next < 0)
            return scan.fail(pos, tr("unterminated markup"));
        pos = next;
    }
    if (!scan.stack.isEmpty())
        return scan.fail(scan.elements[scan.stack.last()].start,
                         tr("element <%1> is never closed").arg(scan.elements[scan.stack.last()].name));
    return true;
}

bool ConfigDocument::scanMarkup(Scan &scan, qsizetype pos, qsizetype *next)
{
    const QStringView rest = QStringView(scan.text).mid(pos);
    if (rest.startsWith(u"<!--"))
        *next = scan.skipPast(u"-->", pos + 4);
    else if (rest.startsWith(u"<![CDATA["))
        *next = scan.skipPast(u"]]>", pos + 9);
    else if (rest.startsWith(u"<?"))
        *next = scan.skipPast(u"?>", pos + 2);
    else if (rest.startsWith(u"<!"))
        *next = scan.skipDeclaration(pos);
    else if (rest.startsWith(u"</"))
        return scanEndTag(scan, pos, next);
    else
        return scanStartTag(scan, pos, next);
    return true;
}

bool ConfigDocument::scanEndTag(Scan &scan, qsizetype pos, qsizetype *next)
{
    const QString &text = scan.text;
    qsizetype i = pos + 2;
    while (i < text.size() && !isNameEnd(text[i]))
        ++i;
    const QString name = text.mid(pos + 2, i - pos - 2);
    const qsizetype gt = text.indexOf(u'>', i);
    if (gt < 0 || scan.stack.isEmpty() || scan.elements[scan.stack.last()].name != name)
        return scan.fail(pos, tr("unexpected end tag </%1>").arg(name));
    XmlElement &e = scan.elements[scan.stack.takeLast()];
    e.endTagStart = pos;
    e.end = gt + 1;
    *next = gt + 1;
    return true;
}

bool ConfigDocument::scanStartTag(Scan &scan, qsizetype pos, qsizetype *next)
{
    const QString &text = scan.text;
    const qsizetype n = text.size();
    XmlElement e;
    e.start = pos;
    scan.position(pos, &e.line, &e.column);
    qsizetype i = pos + 1;
    while (i < n && !isNameEnd(text[i]))
        ++i;
    e.name = text.mid(pos + 1, i - pos - 1);
    e.localName = localPart(e.name);
    e.nameEnd = i;
    if (e.name.isEmpty())
        return scan.fail(pos, tr("a '<' that starts no element"));
    for (;;) {
        while (i < n && isXmlSpace(text[i]))
            ++i;
        if (i >= n)
            return scan.fail(pos, tr("unterminated start tag <%1>").arg(e.name));
        if (text[i] == u'>') {
            e.startTagEnd = i + 1;
            break;
        }
        if (text[i] == u'/' && i + 1 < n && text[i + 1] == u'>') {
            e.startTagEnd = e.end = i + 2;
            e.selfClosing = true;
            break;
        }
        XmlAttribute a;
        if (!scanAttribute(scan, e.name, i, &a))
            return false;
        e.attributes.append(a);
        i = a.end;
    }
    *next = e.startTagEnd;
    scan.attach(std::move(e));
    return true;
}

bool ConfigDocument::scanAttribute(Scan &scan, const QString &elementName, qsizetype i, XmlAttribute *a)
{
    const QString &text = scan.text;
    const qsizetype n = text.size();
    a->start = i;
    while (i < n && !isNameEnd(text[i]))
        ++i;
    a->name = text.mid(a->start, i - a->start);
    while (i < n && isXmlSpace(text[i]))
        ++i;
    if (a->name.isEmpty() || i >= n || text[i] != u'=')
        return scan.fail(i, tr("malformed attribute in <%1>").arg(elementName));
    ++i;
    while (i < n && isXmlSpace(text[i]))
        ++i;
    if (i >= n || (text[i] != u'"' && text[i] != u'\''))
        return scan.fail(i, tr("unquoted attribute value in <%1>").arg(elementName));
    a->quote = text[i];
    a->valueStart = i + 1;
    const qsizetype close = text.indexOf(a->quote, a->valueStart);
    if (close < 0)
        return scan.fail(i, tr("unterminated attribute value in <%1>").arg(elementName));
    a->valueEnd = close;
    a->end = close + 1;
    a->rawValue = text.mid(a->valueStart, a->valueEnd - a->valueStart);
    return true;
}

bool ConfigDocument::isConfiguration() const
{
    return m_root >= 0 && m_elements[m_root].localName == u"configuration";
}

void ConfigDocument::buildScopes()
{
    m_scopes.clear();
    m_scopes.append(ConfigScope{});
    if (!isConfiguration())
        return;
    auto addSystemWebs = [this](ConfigScope &scope, int container) {
        for (int c : m_elements[container].children)
            if (m_elements[c].localName == u"system.web")
                scope.systemWebs.append(c);
    };
    for (int child : m_elements[m_root].children) {
        const XmlElement &e = m_elements[child];
        if (e.localName == u"system.web")
            m_scopes[0].systemWebs.append(child);
        if (e.localName != u"location")
            continue;
        const XmlAttribute *p = e.attribute(QStringLiteral("path"));
        const QString path = p ? p->value().trimmed() : QString();
        int target = 0;
        if (!path.isEmpty() && path != u".") {
            target = -1;
            for (int s = 1; s < m_scopes.size(); ++s)
                if (m_scopes[s].path.compare(path, Qt::CaseInsensitive) == 0)
                    target = s;
            if (target < 0) {
                m_scopes.append(ConfigScope{path, {}, {}});
                target = int(m_scopes.size() - 1);
            }
        }
        m_scopes[target].locations.append(child);
        addSystemWebs(m_scopes[target], child);
    }
    for (auto &s : m_scopes)
        std::sort(s.systemWebs.begin(), s.systemWebs.end());
}

int ConfigDocument::scopeIndex(const QString &path) const
{
    const QString p = path.trimmed();
    if (p.isEmpty() || p == u".")
        return 0;
    for (int s = 1; s < m_scopes.size(); ++s)
        if (m_scopes[s].path.compare(p, Qt::CaseInsensitive) == 0)
            return s;
    return -1;
}

int ConfigDocument::childElement(int element, const QString &localName) const
{
    if (element < 0 || element >= m_elements.size())
        return -1;
    for (int c : m_elements[element].children)
        if (m_elements[c].localName == localName)
            return c;
    return -1;
}

SectionRef ConfigDocument::section(int scope, SectionKind kind) const
{
    SectionRef ref;
    if (scope < 0 || scope >= m_scopes.size())
        return ref;
    const QString name = sectionElementName(kind);
    for (int sw : m_scopes[scope].systemWebs)
        for (int c : m_elements[sw].children)
            if (m_elements[c].localName == name) {
                ++ref.count;
                ref.element = c;
            }
    if (ref.element >= 0) {
        const XmlElement &e = m_elements[ref.element];
        ref.encrypted = e.attribute(QStringLiteral("configProtectionProvider")) != nullptr ||
                        childElement(ref.element, QStringLiteral("EncryptedData")) >= 0;
        if (const XmlAttribute *cs = e.attribute(QStringLiteral("configSource")))
            ref.configSource = cs->value();
    }
    return ref;
}

int ConfigDocument::lineOf(qsizetype offset) const
{
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return int(it - m_lineStarts.begin());
}

qsizetype ConfigDocument::lineStart(qsizetype offset) const
{
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return *(it - 1);
}

QString ConfigDocument::lineEnding() const
{
    const qsizetype crlf = m_text.count(QStringLiteral("\r\n"));
    const qsizetype lf = m_text.count(u'\n') - crlf;
    return crlf > lf ? QStringLiteral("\r\n") : QStringLiteral("\n");
}

QString ConfigDocument::indentOf(int element) const
{
    const XmlElement &e = m_elements[element];
    const qsizetype ls = lineStart(e.start);
    const QStringView before = QStringView(m_text).mid(ls, e.start - ls);
    if (allSpace(before))
        return before.toString();
    return e.parent >= 0 ? indentOf(e.parent) + indentUnit() : QString();
}

QString ConfigDocument::indentUnit() const
{
    QHash<QString, int> votes;
    for (const XmlElement &e : m_elements) {
        if (e.parent < 0)
            continue;
        const XmlElement &p = m_elements[e.parent];
        const qsizetype ls = lineStart(e.start);
        const qsizetype pls = lineStart(p.start);
        if (ls == pls)
            continue;
        const QStringView mine = QStringView(m_text).mid(ls, e.start - ls);
        const QStringView theirs = QStringView(m_text).mid(pls, p.start - pls);
        if (!allSpace(mine) || !allSpace(theirs) || !mine.startsWith(theirs) || mine.size() == theirs.size())
            continue;
        ++votes[mine.mid(theirs.size()).toString()];
    }
    QString best = QStringLiteral("  ");
    int bestVotes = 0;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it)
        if (it.value() > bestVotes || (it.value() == bestVotes && it.key() < best)) {
            best = it.key();
            bestVotes = it.value();
        }
    return best;
}

QString ConfigDocument::escapeAttribute(const QString &value, QChar quote)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (c == u'&')
            out += QStringLiteral("&amp;");
        else if (c == u'<')
            out += QStringLiteral("&lt;");
        else if (c == u'"' && quote == u'"')
            out += QStringLiteral("&quot;");
        else if (c == u'\'' && quote == u'\'')
            out += QStringLiteral("&apos;");
        else if (c == u'\n')
            out += QStringLiteral("&#xA;");
        else if (c == u'\r')
            out += QStringLiteral("&#xD;");
        else if (c == u'\t')
            out += QStringLiteral("&#x9;");
        else
            out += c;
    }
    return out;
}

bool ConfigDocument::replaceRange(qsizetype start, qsizetype end, const QString &replacement, QString *error)
{
    if (start < 0 || end < start || end > m_text.size()) {
        if (error)
            *error = tr("edit outside the document");
        return false;
    }
    QString next = m_text;
    next.replace(start, end - start, replacement);
    ConfigError err;
    if (!setText(next, &err)) {
        if (error)
            *error = tr("the edit would break the file (%1); nothing was changed").arg(err.message);
        return false;
    }
    return true;
}

int ConfigDocument::insertChildElement(int parent, const QString &elementText, QString *error)
{
    if (parent < 0 || parent >= m_elements.size()) {
        if (error)
            *error = tr("no such element");
        return -1;
    }
    const XmlElement p = m_elements[parent];
    const QString nl = lineEnding();
    const QString parentIndent = indentOf(parent);
    QString childIndent = parentIndent + indentUnit();
    for (int c : p.children) {
        const qsizetype ls = lineStart(m_elements[c].start);
        if (ls > p.start && allSpace(QStringView(m_text).mid(ls, m_elements[c].start - ls))) {
            childIndent = m_text.mid(ls, m_elements[c].start - ls);
            break;
        }
    }
    qsizetype at = 0;
    bool ok = false;
    if (p.selfClosing) {
        const qsizetype from = p.attributes.isEmpty() ? p.nameEnd : p.attributes.last().end;
        const QString replacement =
            u'>' + nl + childIndent + elementText + nl + parentIndent + QStringLiteral("</") + p.name + u'>';
        at = from + 1 + nl.size() + childIndent.size();
        ok = replaceRange(from, p.end, replacement, error);
    } else {
        const qsizetype ls = lineStart(p.endTagStart);
        if (ls > p.startTagEnd && allSpace(QStringView(m_text).mid(ls, p.endTagStart - ls))) {
            at = ls + childIndent.size();
            ok = replaceRange(ls, ls, childIndent + elementText + nl, error);
        } else {
            at = p.endTagStart + nl.size() + childIndent.size();
            ok = replaceRange(p.endTagStart, p.endTagStart,
                              nl + childIndent + elementText + nl + parentIndent, error);
        }
    }
    if (!ok)
        return -1;
    for (int i = 0; i < m_elements.size(); ++i)
        if (m_elements[i].start == at)
            return i;
    if (error)
        *error = tr("internal error: inserted element not found");
    return -1;
}

int ConfigDocument::ensureSystemWeb(int scope, QString *error)
{
    const ConfigScope &s = m_scopes[scope];
    for (int sw : s.systemWebs)
        if (m_elements[sw].parent == m_root)
            return sw;
    if (!s.systemWebs.isEmpty())
        return s.systemWebs.first();
    if (!isConfiguration()) {
        if (error)
            *error = tr("the document element is not <configuration>");
        return -1;
    }
    const int container = s.locations.isEmpty() ? m_root : s.locations.first();
    return insertChildElement(container, QStringLiteral("<system.web></system.web>"), error);
}

int ConfigDocument::ensureSection(int scope, SectionKind kind, QString *error)
{
    if (scope < 0 || scope >= m_scopes.size()) {
        if (error)
            *error = tr("no such location");
        return -1;
    }
    const SectionRef ref = section(scope, kind);
    if (ref.element >= 0)
        return ref.element;
    const QString before = m_text;
    const int sw = ensureSystemWeb(scope, error);
    if (sw < 0)
        return -1;
    const int e = insertChildElement(sw, u'<' + sectionElementName(kind) + QStringLiteral(" />"), error);
    if (e < 0)
        setText(before);
    return e;
}

bool ConfigDocument::setAttribute(int scope, SectionKind kind, const QString &attr, const QString &value,
                                  QString *error)
{
    const SectionRef ref = section(scope, kind);
    if (ref.readOnly()) {
        if (error)
            *error = ref.encrypted ? tr("<%1> is encrypted; decrypt it (aspnet_regiis -pd) to edit it")
                                         .arg(sectionElementName(kind))
                                   : tr("<%1> is kept in %2; edit that file instead")
                                         .arg(sectionElementName(kind), ref.configSource);
        return false;
    }
    const QString before = m_text;
    const int index = ensureSection(scope, kind, error);
    if (index < 0)
        return false;
    const bool ok = setElementAttribute(index, attr, value, error);
    if (!ok)
        setText(before);
    return ok;
}

bool ConfigDocument::setElementAttribute(int element, const QString &attr, const QString &value,
                                         QString *error)
{
    if (element < 0 || element >= m_elements.size()) {
        if (error)
            *error = tr("no such element");
        return false;
    }
    const XmlElement e = m_elements[element];
    bool ok = false;
    if (const XmlAttribute *a = e.attribute(attr)) {
        ok = a->value() == value ||
             replaceRange(a->valueStart, a->valueEnd, escapeAttribute(value, a->quote), error);
    } else {
        const QChar quote = e.attributes.isEmpty() ? QChar(u'"') : e.attributes.first().quote;
        const QString text = attr + u'=' + quote + escapeAttribute(value, quote) + quote;
        if (e.attributes.isEmpty()) {
            ok = replaceRange(e.nameEnd, e.nameEnd, u' ' + text, error);
        } else {
            const XmlAttribute &last = e.attributes.last();
            const qsizetype ls = lineStart(last.start);
            const QStringView lead = QStringView(m_text).mid(ls, last.start - ls);
            if (ls > e.start && allSpace(lead)) // one attribute a line: keep that layout
                ok = replaceRange(last.end, last.end, lineEnding() + lead.toString() + text, error);
            else
                ok = replaceRange(last.end, last.end, u' ' + text, error);
        }
    }
    return ok;
}

bool ConfigDocument::unsetAttribute(int scope, SectionKind kind, const QString &attr, QString *error)
{
    const SectionRef ref = section(scope, kind);
    if (ref.element < 0)
        return true;
    if (ref.readOnly()) {
        if (error)
            *error =
                tr("<%1> is read-only here (encrypted or in another file)").arg(sectionElementName(kind));
        return false;
    }
    const XmlElement &e = m_elements[ref.element];
    for (qsizetype i = 0; i < e.attributes.size(); ++i) {
        if (e.attributes[i].name != attr)
            continue;
        const qsizetype from = i == 0 ? e.nameEnd : e.attributes[i - 1].end;
        return replaceRange(from, e.attributes[i].end, QString(), error);
    }
    return true;
}

bool ConfigDocument::removeSection(int scope, SectionKind kind, QString *error)
{
    const SectionRef ref = section(scope, kind);
    if (ref.element < 0)
        return true;
    const XmlElement &e = m_elements[ref.element];
    const qsizetype ls = lineStart(e.start);
    qsizetype lineEnd = m_text.indexOf(u'\n', e.end);
    lineEnd = lineEnd < 0 ? m_text.size() : lineEnd + 1;
    if (allSpace(QStringView(m_text).mid(ls, e.start - ls)) &&
        allSpace(QStringView(m_text).mid(e.end, lineEnd - e.end)))
        return replaceRange(ls, lineEnd, QString(), error);
    return replaceRange(e.start, e.end, QString(), error);
}

namespace {

/// The value of `attr` as written on the section of `kind` in `scope` of `doc`; null when absent (or the
/// scope or section is).
QString writtenValue(const ConfigDocument &doc, int scope, SectionKind kind, const QString &attr)
{
    const SectionRef ref = doc.section(scope, kind);
    if (ref.element < 0)
        return QString();
    const XmlAttribute *a = doc.elements()[ref.element].attribute(attr);
    if (!a)
        return QString();
    const QString v = a->value();
    return v.isNull() ? QString::fromLatin1("") : v; // written but empty is not absent
}

/// The attribute names written on the section of `kind` in `scope` of `doc`, in document order.
QStringList writtenNames(const ConfigDocument &doc, int scope, SectionKind kind)
{
    QStringList names;
    const SectionRef ref = doc.section(scope, kind);
    if (ref.element >= 0)
        for (const XmlAttribute &a : doc.elements()[ref.element].attributes)
            names.append(a.name);
    return names;
}

} // namespace

QList<AttributeEdit> attributeEdits(const ConfigDocument &base, const ConfigDocument &edited)
{
    QList<AttributeEdit> edits;
    for (int s = 0; s < edited.scopes().size(); ++s) {
        const QString path = edited.scopes()[s].path;
        const int b = base.scopeIndex(path.isEmpty() ? QStringLiteral(".") : path);
        for (SectionKind kind : {SectionKind::SessionState, SectionKind::MachineKey}) {
            QStringList names = writtenNames(edited, s, kind);
            for (const QString &n : writtenNames(base, b, kind))
                if (!names.contains(n))
                    names.append(n);
            for (const QString &n : std::as_const(names)) {
                const QString mine = writtenValue(edited, s, kind, n);
                const QString before = b < 0 ? QString() : writtenValue(base, b, kind, n);
                if (mine != before || mine.isNull() != before.isNull())
                    edits.append({path, kind, n, mine, before});
            }
        }
    }
    return edits;
}

QList<AttributeEdit> reapplyEdits(ConfigDocument *doc, const QList<AttributeEdit> &edits)
{
    QList<AttributeEdit> dropped;
    for (const AttributeEdit &e : edits) {
        const int scope = doc->scopeIndex(e.scopePath.isEmpty() ? QStringLiteral(".") : e.scopePath);
        if (scope < 0) {
            dropped.append(e);
            continue;
        }
        const QString theirs = writtenValue(*doc, scope, e.kind, e.attribute);
        auto same = [](const QString &a, const QString &b) { return a == b && a.isNull() == b.isNull(); };
        if (same(theirs, e.value))
            continue; // the other program made the same change
        if (!same(theirs, e.baseValue)) {
            dropped.append(e); // the other program changed this attribute too: theirs is kept
            continue;
        }
        QString error;
        const bool ok = e.value.isNull() ? doc->unsetAttribute(scope, e.kind, e.attribute, &error)
                                         : doc->setAttribute(scope, e.kind, e.attribute, e.value, &error);
        if (!ok)
            dropped.append(e);
    }
    return dropped;
}

} // namespace sd
