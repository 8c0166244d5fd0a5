// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The string hash ASP.NET (.NET Framework 4.x) feeds into __VIEWSTATEGENERATOR and into IsolateApps /
// IsolateByAppId legacy keys: StringComparer.InvariantCultureIgnoreCase.GetHashCode, i.e. a hash of the
// Windows sort key of the string (referencesource System.Web/Util/StringUtil.cs GetNonRandomizedHashCode and
// GetNonRandomizedStringComparerHashCode; mscorlib compareinfo.cs GetHashCodeOfString; coreclr
// classlibnative/nls/nlsinfo.cpp InternalGetGlobalizedHashCode and COMNlsHashProvider::HashSortKey).

#include <QByteArray>
#include <QStringView>

#include <optional>

namespace sd {

/**
 * The Windows sort key (LCMapStringEx LCMAP_SORTKEY | NORM_IGNORECASE | NORM_LINGUISTIC_CASING, invariant
 * locale) of `s`, terminator included. Weights from Microsoft's "Windows 10 Sorting Weight Table"
 * (SORTKEY DEFAULT). Only printable ASCII other than '-' and '\'' is known here: any other character
 * (non-ASCII, control characters, and the two word-sort punctuation marks whose special-weight bytes were not
 * confirmed) gives nullopt.
 */
std::optional<QByteArray> invariantIgnoreCaseSortKey(QStringView s);

/**
 * StringComparer.InvariantCultureIgnoreCase.GetHashCode(s) on .NET Framework 4.x without randomized string
 * hashing: HashSortKey over invariantIgnoreCaseSortKey(s) (two accumulators seeded 5381, `h*33 ^ byte`
 * over alternate bytes up to the first zero, result `h1 + h2 * 1566083941`), 0 for an empty string.
 * nullopt when the sort key is unknown (see invariantIgnoreCaseSortKey()).
 */
std::optional<qint32> invariantIgnoreCaseHash(QStringView s);

} // namespace sd
