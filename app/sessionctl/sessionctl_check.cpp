// SPDX-License-Identifier: GPL-3.0-or-later
// sessionctl check: findings for .config files.
#include "sessionctl.h"
#include "sessionctl_p.h"

#include "aspnet/configdocument.h"
#include "aspnet/configvalidator.h"
#include "aspnet/disclosedkeys.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace sd::ctl {

namespace {

/// The totals of one `check` run and its JSON file list.
struct CheckTally
{
    int rc = ExitOk;
    int errors = 0;
    int warnings = 0;
    QJsonArray files;
};

/// A finding as `check --json` lists it.
QJsonObject findingJson(const Finding &f)
{
    return QJsonObject{
        {QStringLiteral("code"), f.code},          {QStringLiteral("severity"), severityName(f.severity)},
        {QStringLiteral("element"), f.element},    {QStringLiteral("attribute"), f.attribute},
        {QStringLiteral("location"), f.scopePath}, {QStringLiteral("line"), f.line},
        {QStringLiteral("message"), f.message},    {QStringLiteral("fix"), f.fix}};
}

/// Prints a finding as a compiler-style line and its fix.
void printFinding(const QString &file, const Finding &f)
{
    out() << file << ':' << f.line << ": " << severityName(f.severity) << ' ' << f.code << " [" << f.element
          << (f.attribute.isEmpty() ? QString() : u'@' + f.attribute)
          << (f.scopePath.isEmpty() ? QString() : QStringLiteral(" in location ") + f.scopePath) << "] "
          << f.message << "\n    fix: " << f.fix << '\n';
}

/// Checks one file into `t`: its findings (text or JSON), or the I/O error that stops it being judged.
void checkFile(const QString &file, const ValidationOptions &options, bool json, CheckTally &t)
{
    ConfigDocument doc;
    ConfigError e;
    QList<Finding> findings;
    QJsonObject fileJson{{QStringLiteral("file"), file}};
    if (!doc.load(file, &e)) {
        if (e.line == 0) { // I/O or encoding: cannot judge the file at all
            err() << kProgram << ": " << e.toString() << '\n';
            fileJson.insert(QStringLiteral("error"), e.toString());
            t.files.append(fileJson);
            t.rc = ExitUsage;
            return;
        }
        findings << Finding{QStringLiteral("CF000"),
                            Severity::Error,
                            QStringLiteral("configuration"),
                            QString(),
                            0,
                            QString(),
                            e.line,
                            e.message,
                            QStringLiteral("fix the XML; ASP.NET refuses the whole file")};
    } else {
        findings = validateDocument(doc, options);
    }
    QJsonArray fj;
    for (const auto &f : findings) {
        t.errors += f.severity == Severity::Error;
        t.warnings += f.severity == Severity::Warning;
        if (json) {
            fj.append(findingJson(f));
        } else {
            printFinding(file, f);
        }
    }
    fileJson.insert(QStringLiteral("findings"), fj);
    t.files.append(fileJson);
    if (hasErrors(findings) && t.rc == ExitOk) {
        t.rc = ExitFindings;
    }
}

/// The closing summary: the JSON document, or the "N error(s), M warning(s)" line.
void printCheckSummary(const CheckTally &t, int fileCount, const DisclosedKeyList *disclosed, bool json)
{
    if (json) {
        QJsonObject o{{QStringLiteral("files"), t.files},
                      {QStringLiteral("errors"), t.errors},
                      {QStringLiteral("warnings"), t.warnings}};
        if (disclosed) {
            o.insert(QStringLiteral("disclosedKeys"),
                     QJsonObject{{QStringLiteral("file"), disclosed->path()},
                                 {QStringLiteral("keys"), disclosed->size()}});
        }
        printJson(o);
    } else {
        out() << t.errors << " error(s), " << t.warnings << " warning(s) in " << fileCount << " file(s)";
        if (disclosed) {
            out() << "; keys checked against " << disclosed->size() << " publicly disclosed keys";
        }
        out() << '\n';
    }
}

} // namespace

int cmdCheck(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption disclosed(
        QStringLiteral("disclosed-keys"),
        QStringLiteral("Microsoft's list of publicly disclosed machine keys "
                       "(MachineKeys.csv from microsoft/mstic), or a plain list "
                       "of keys."),
        QStringLiteral("CSV"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    p.addOptions({disclosed, json});
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral(".config files to check."),
                            QStringLiteral("FILE..."));
    if (int rc =
            parse(p, args, QStringLiteral("check"),
                  QStringLiteral("Check <sessionState> and <machineKey> for errors ASP.NET would refuse, "
                                 "session-loss risks and security problems.\nExit status: 0 no errors, 1 "
                                 "errors found, 2 usage or I/O error."));
        rc >= 0) {
        return rc;
    }
    if (p.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("missing FILE"), QStringLiteral("check"));
    }
    DisclosedKeyList list;
    ValidationOptions options;
    if (p.isSet(disclosed)) {
        QString error;
        if (!list.load(p.value(disclosed), &error)) {
            err() << kProgram << ": " << error << '\n';
            err().flush();
            return ExitUsage;
        }
        options.disclosedKeys = &list;
    }
    CheckTally tally;
    for (const QString &file : p.positionalArguments()) {
        checkFile(file, options, p.isSet(json), tally);
    }
    printCheckSummary(tally, int(p.positionalArguments().size()), options.disclosedKeys ? &list : nullptr,
                      p.isSet(json));
    out().flush();
    err().flush();
    return tally.rc;
}

} // namespace sd::ctl
