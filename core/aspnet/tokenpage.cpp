// SPDX-License-Identifier: GPL-3.0-or-later
// What a page URL tells about its ViewState: the Framework45 purposes and the legacy __VIEWSTATEGENERATOR.
#include "aspnet/dotnethash.h"
#include "aspnet/runtimekeys.h"
#include "aspnet/tokenverify.h"

#include <QUrl>

namespace sd {

namespace {

/// Util.MakeValidTypeNameFromString (referencesource System.Web/UI/Util.cs): a leading decimal digit gets
/// a '_' in front, every character that is not a letter or decimal digit (Char.IsLetterOrDigit) becomes '_'.
QString makeValidTypeName(const QString &s)
{
    QString out;
    out.reserve(s.size() + 1);
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        const bool digit = c.category() == QChar::Number_DecimalDigit;
        if (i == 0 && digit) {
            out += QLatin1Char('_');
        }
        out += (c.isLetter() || digit) ? c : QLatin1Char('_');
    }
    return out;
}

/// The page's virtual path from `context.url` (scheme and host, query and fragment dropped,
/// percent-decoded); empty when it does not name a page.
QString pageVirtualPath(const TokenContext &context)
{
    QString path = context.url.trimmed();
    if (path.contains(QStringLiteral("://"))) {
        path = QUrl(path).path(QUrl::FullyDecoded);
    } else {
        path = QUrl::fromPercentEncoding(
            path.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('#'), 0, 0).toUtf8());
    }
    if (!path.startsWith(QLatin1Char('/')) || path.endsWith(QLatin1Char('/'))) {
        return {};
    }
    return path;
}

/// TemplateSourceDirectory (the page's directory without trailing slash, "/" at the root) and
/// GetType().Name of the compiled page (BaseCodeDomTreeGenerator.GetGeneratedClassName: the app-relative
/// directory plus file name through makeValidTypeName(), lower-cased), e.g. "/app/sub/Page.aspx" in "/app"
/// → ("/app/sub", "sub_page_aspx"). Both empty without a page path.
std::pair<QString, QString> pageIdentity(const TokenContext &context)
{
    const QString path = pageVirtualPath(context);
    if (path.isEmpty()) {
        return {};
    }
    const QString app = appVirtualPath(context);
    const QString dir = path.left(qMax<qsizetype>(path.lastIndexOf(QLatin1Char('/')), 1));
    QString relative = path;
    if (app == QStringLiteral("/") || path.startsWith(app + QLatin1Char('/'), Qt::CaseInsensitive)) {
        relative = path.mid(app.size());
    }
    while (relative.startsWith(QLatin1Char('/'))) {
        relative.remove(0, 1);
    }
    return {dir, makeValidTypeName(relative).toLower()};
}

} // namespace

QStringList viewStatePurposes(const TokenContext &context)
{
    const auto [dir, type] = pageIdentity(context);
    if (dir.isEmpty()) {
        return {};
    }
    QStringList purposes{QStringLiteral("TemplateSourceDirectory: ") + dir.toUpper(),
                         QStringLiteral("Type: ") + type.toUpper()};
    if (context.viewStateUserKey) {
        purposes << QStringLiteral("ViewStateUserKey: ") + *context.viewStateUserKey;
    }
    return purposes;
}

std::optional<quint32> viewStateGenerator(const TokenContext &context)
{
    const auto [dir, type] = pageIdentity(context);
    if (dir.isEmpty()) {
        return std::nullopt;
    }
    const auto d = invariantIgnoreCaseHash(dir);
    const auto t = invariantIgnoreCaseHash(type);
    if (!d || !t) {
        return std::nullopt;
    }
    return quint32(*d) + quint32(*t);
}

} // namespace sd
