// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aspnet/configdocument.h"

#include <QList>
#include <QString>

namespace sd {

class DisclosedKeyList;

/// How bad a finding is. Error: ASP.NET rejects the file or it is unsafe to run (exit code 1).
enum class Severity
{
    Info,
    Warning,
    Error
};

/// "info", "warning" or "error".
QString severityName(Severity s);

/// One problem or risk found in a configuration file. Codes are stable (docs/findings.md).
struct Finding
{
    QString code; ///< e.g. "SS002"
    Severity severity = Severity::Warning;
    QString element;   ///< "sessionState", "machineKey" or "configuration"
    QString attribute; ///< attribute name, "" when about the element
    int scope = 0;     ///< index into ConfigDocument::scopes()
    QString scopePath; ///< "" for the application level
    int line = 0;      ///< 1-based line in the file, 0 if not tied to one
    QString message;   ///< what is wrong, one sentence
    QString fix;       ///< what to do, one line
};

/// Options for validateDocument().
struct ValidationOptions
{
    const DisclosedKeyList *disclosedKeys = nullptr; ///< checks keys against this list when set
};

/**
 * Checks every `<sessionState>` and `<machineKey>` of every scope against ASP.NET's rules
 * (aspnet-state-service.md §5, machinekey.md §1.3/§2) and the session-loss and security risks an
 * admin checks. Never fails: a document that is not a `<configuration>` gives finding CF001.
 * Findings come sorted by line.
 */
QList<Finding> validateDocument(const ConfigDocument &doc, const ValidationOptions &options = {});

/// True if any finding has Error severity.
bool hasErrors(const QList<Finding> &findings);

} // namespace sd
