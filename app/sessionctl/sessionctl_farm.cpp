// SPDX-License-Identifier: GPL-3.0-or-later
// sessionctl farm compare: the servers of a web farm side by side (issue 13 points 5 and 7); sessionctl farm
// sync-machinekey: "Make consistent" for the machine key (point 5).
#include "sessionctl.h"
#include "sessionctl_p.h"

#include "aspnet/textdiff.h"
#include "iis/farm.h"
#include "iis/farmtokens.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace sd::ctl {

namespace {

/// The servers opened from the command line; the comparison points into them.
struct OpenedFarm
{
    std::vector<std::unique_ptr<ServerSnapshot>> snapshots;
    QList<FarmServer> servers;
};

/// Opens every PATH; false (error printed) when one cannot be read.
bool openServers(const QStringList &paths, OpenedFarm *farm)
{
    const QStringList names = farmServerNames(paths);
    for (qsizetype i = 0; i < paths.size(); ++i) {
        auto s = std::make_unique<ServerSnapshot>();
        QString error;
        if (!s->open(paths[i], &error)) {
            err() << kProgram << ": " << error << '\n';
            err().flush();
            return false;
        }
        farm->servers.append({names[i], s.get()});
        farm->snapshots.push_back(std::move(s));
    }
    return true;
}

QJsonObject cellJson(const QString &server, const FarmCell &c)
{
    QJsonObject o{{QStringLiteral("server"), server}, {QStringLiteral("present"), c.present}};
    if (c.present) {
        o.insert(QStringLiteral("value"), c.value);
        o.insert(QStringLiteral("file"), c.from.file);
        o.insert(QStringLiteral("line"), c.from.line);
        o.insert(QStringLiteral("default"), c.from.isDefault);
    }
    return o;
}

QJsonObject farmFindingJson(const FarmFinding &f)
{
    return QJsonObject{{QStringLiteral("code"), f.code},
                       {QStringLiteral("severity"), severityName(f.severity)},
                       {QStringLiteral("application"), f.application},
                       {QStringLiteral("setting"), f.setting},
                       {QStringLiteral("servers"), QJsonArray::fromStringList(f.servers)},
                       {QStringLiteral("message"), f.message},
                       {QStringLiteral("fix"), f.fix}};
}

/// The JSON report: servers (with their gaps), applications with their rows, findings and totals.
QJsonObject comparisonJson(const OpenedFarm &farm, const FarmComparison &c, bool onlyDifferences)
{
    QJsonArray servers, applications, findings;
    for (const FarmServer &s : farm.servers) {
        QJsonArray gaps;
        for (const SnapshotGap &g : s.snapshot->gaps()) {
            gaps.append(
                QJsonObject{{QStringLiteral("file"), g.file}, {QStringLiteral("message"), g.message}});
        }
        servers.append(QJsonObject{{QStringLiteral("name"), s.name},
                                   {QStringLiteral("path"), s.snapshot->path()},
                                   {QStringLiteral("gaps"), gaps}});
    }
    QJsonObject app;
    QJsonArray rows;
    const auto flush = [&] {
        if (!rows.isEmpty()) {
            applications.append(
                QJsonObject{{QStringLiteral("application"), app.value(QStringLiteral("name"))},
                            {QStringLiteral("rows"), rows}});
        }
        rows = QJsonArray();
    };
    for (const FarmRow &r : c.rows) {
        if (app.value(QStringLiteral("name")).toString() != r.application || app.isEmpty()) {
            flush();
            app = QJsonObject{{QStringLiteral("name"), r.application}};
        }
        if (onlyDifferences && !r.differs) {
            continue;
        }
        QJsonArray cells;
        for (qsizetype i = 0; i < r.cells.size(); ++i) {
            cells.append(cellJson(c.servers.value(i), r.cells[i]));
        }
        rows.append(QJsonObject{{QStringLiteral("setting"), r.setting},
                                {QStringLiteral("differs"), r.differs},
                                {QStringLiteral("cells"), cells}});
    }
    flush();
    int errors = 0, warnings = 0;
    for (const FarmFinding &f : c.findings) {
        findings.append(farmFindingJson(f));
        errors += f.severity == Severity::Error;
        warnings += f.severity == Severity::Warning;
    }
    return QJsonObject{{QStringLiteral("servers"), servers},
                       {QStringLiteral("applications"), applications},
                       {QStringLiteral("findings"), findings},
                       {QStringLiteral("errors"), errors},
                       {QStringLiteral("warnings"), warnings}};
}

/// The text report: one block per application, one line per setting ('!' marks a row that differs).
void printComparison(const OpenedFarm &farm, const FarmComparison &c, bool onlyDifferences)
{
    for (const FarmServer &s : farm.servers) {
        out() << "server " << s.name << ": " << s.snapshot->path() << " ("
              << s.snapshot->applications().size() << " application(s), " << s.snapshot->gaps().size()
              << " gap(s))\n";
    }
    QString current;
    bool first = true;
    for (const FarmRow &r : c.rows) {
        if (onlyDifferences && !r.differs) {
            continue;
        }
        if (first || r.application != current) {
            out() << '\n' << r.application << '\n';
            current = r.application;
            first = false;
        }
        QStringList cells;
        for (qsizetype i = 0; i < r.cells.size(); ++i) {
            cells << c.servers.value(i) + QStringLiteral(": ") +
                         (r.cells[i].present ? r.cells[i].value : QStringLiteral("(missing)"));
        }
        out() << (r.differs ? "! " : "  ") << r.setting.leftJustified(40) << ' '
              << cells.join(QStringLiteral(" | ")) << '\n';
    }
    if (!c.findings.isEmpty()) {
        out() << '\n';
    }
    for (const FarmFinding &f : c.findings) {
        out() << severityName(f.severity) << ' ' << f.code << " [" << f.application << ' ' << f.setting << "]"
              << (f.servers.isEmpty() ? QString() : QStringLiteral(" (") + f.servers.join(u',') + u')') << ' '
              << f.message << "\n    fix: " << f.fix << '\n';
    }
}

} // namespace

int cmdFarmCompare(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption only(QStringLiteral("only-differences"),
                                  QStringLiteral("Show only the settings that differ between the servers."));
    p.addOptions({json, only});
    p.addPositionalArgument(QStringLiteral("PATH"),
                            QStringLiteral("One per server: a snapshot folder (docs/doctor.md), an "
                                           "applicationHost.config or a web.config."),
                            QStringLiteral("PATH PATH..."));
    if (int rc = parse(p, args, QStringLiteral("farm compare"),
                       QStringLiteral("Compare the servers of a web farm: the settings that must agree, per "
                                      "application, and what each difference does to the users' sessions.\n"
                                      "Exit status: 0 no errors, 1 errors found, 2 usage or I/O error."));
        rc >= 0) {
        return rc;
    }
    if (p.positionalArguments().size() < 2) {
        return usageError(QStringLiteral("farm compare needs two or more PATHs, one per server"),
                          QStringLiteral("farm compare"));
    }
    OpenedFarm farm;
    if (!openServers(p.positionalArguments(), &farm)) {
        return ExitUsage;
    }
    const FarmComparison c = compareFarm(farm.servers);
    int errors = 0, warnings = 0;
    for (const FarmFinding &f : c.findings) {
        errors += f.severity == Severity::Error;
        warnings += f.severity == Severity::Warning;
    }
    if (p.isSet(json)) {
        printJson(comparisonJson(farm, c, p.isSet(only)));
    } else {
        printComparison(farm, c, p.isSet(only));
        out() << errors << " error(s), " << warnings << " warning(s) over " << c.servers.size()
              << " servers\n";
    }
    out().flush();
    return errors > 0 ? ExitFindings : ExitOk;
}

namespace {

/// Prints each edit's unified diff (`--- FILE`, `+++ FILE (edited)`), the server named above it.
void printEdits(const QList<FarmFileEdit> &edits)
{
    for (const FarmFileEdit &edit : edits) {
        const ConfigDocument &doc = *edit.document;
        out() << "# " << edit.server << '\n'
              << unifiedDiff(doc.savedText(), doc.text(), doc.fileName(),
                             doc.fileName() + QStringLiteral(" (edited)"));
    }
    out().flush();
}

} // namespace

int cmdFarmSyncMachineKey(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption from(
        QStringLiteral("from"),
        QStringLiteral("The server whose <machineKey> is copied (a PATH as for farm "
                       "compare)."),
        QStringLiteral("SERVER_PATH"));
    const QCommandLineOption app(QStringLiteral("app"),
                                 QStringLiteral("The application, SITE/path as farm compare names it."),
                                 QStringLiteral("SITE/path"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Print each file's diff; write nothing."));
    p.addOptions({from, app, dryRun});
    p.addPositionalArgument(QStringLiteral("TARGET_PATH"),
                            QStringLiteral("The servers to write, one PATH each."),
                            QStringLiteral("TARGET_PATH..."));
    if (int rc =
            parse(p, args, QStringLiteral("farm sync-machinekey"),
                  QStringLiteral("Copy one server's <machineKey> (keys and algorithms) to the other servers "
                                 "of a farm; only the edited bytes change, FILE.bak keeps each previous "
                                 "file.\nExit status: 0 written (or shown), 2 usage or I/O error."));
        rc >= 0) {
        return rc;
    }
    const QString cmd = QStringLiteral("farm sync-machinekey");
    if (!p.isSet(from) || !p.isSet(app) || p.positionalArguments().isEmpty()) {
        return usageError(
            QStringLiteral("give --from SERVER_PATH, --app SITE/path and one or more TARGET_PATHs"), cmd);
    }
    OpenedFarm farm;
    if (!openServers(QStringList{p.value(from)} + p.positionalArguments(), &farm)) {
        return ExitUsage;
    }
    QList<FarmFileEdit> edits;
    QString error;
    if (!syncMachineKey(farm.servers, 0, p.value(app), &edits, &error)) {
        err() << kProgram << ": " << error << "; nothing was written\n";
        err().flush();
        return ExitUsage;
    }
    if (p.isSet(dryRun) || edits.isEmpty()) {
        if (edits.isEmpty()) {
            out() << p.value(app) << ": every server already has the machine key of " << farm.servers[0].name
                  << "; nothing to change\n";
        }
        printEdits(edits);
        return ExitOk;
    }
    QStringList written;
    const bool saved = saveFarmEdits(edits, &written, &error);
    for (const QString &file : written) {
        out() << file << ": machine key of " << farm.servers[0].name << " written (previous file kept as "
              << QFileInfo(file).fileName() << ".bak)\n";
    }
    out().flush();
    if (!saved) {
        err() << kProgram << ": " << error << '\n';
        err().flush();
        return ExitUsage;
    }
    return ExitOk;
}

namespace {

/// "ok" (accepted, also by the server that made it), "FAIL" (rejected), "-" (no such application), "?" (not
/// checked).
QString cellMark(FarmTokenOutcome o)
{
    switch (o) {
    case FarmTokenOutcome::Accepted:
    case FarmTokenOutcome::AcceptedSameServer:
        return QStringLiteral("ok");
    case FarmTokenOutcome::Rejected:
        return QStringLiteral("FAIL");
    case FarmTokenOutcome::NoApplication:
        return QStringLiteral("-");
    case FarmTokenOutcome::NotChecked:
        return QStringLiteral("?");
    }
    return {};
}

/// One matrix: a header of receiving servers, one row per issuing server.
void printTokenMatrix(const FarmTokenMatrix &m)
{
    out() << '\n' << m.application << " (" << farmTokenKindText(m.kind) << ")\n";
    const QString corner = QStringLiteral("issuer \\ receiver");
    int width = int(corner.size());
    for (const QString &s : m.servers) {
        width = std::max(width, int(s.size()));
    }
    // Each column as wide as its server's name (at least "FAIL"); no trailing blanks.
    auto line = [&m, width](const QString &first, const std::function<QString(qsizetype)> &cell) {
        QString text = first.leftJustified(width);
        for (qsizetype j = 0; j < m.servers.size(); ++j) {
            text += QStringLiteral("  ") + cell(j).leftJustified(std::max(4, int(m.servers[j].size())));
        }
        while (text.endsWith(u' ')) {
            text.chop(1);
        }
        out() << text << '\n';
    };
    line(corner, [&m](qsizetype j) { return m.servers[j]; });
    for (qsizetype i = 0; i < m.servers.size(); ++i) {
        line(m.servers[i], [&m, i](qsizetype j) { return cellMark(m.cells[i][j].outcome); });
    }
}

/// The cells that are not accepted: who to whom, the outcome, what the user sees and why.
void printTokenFailures(const FarmTokenMatrix &m)
{
    for (qsizetype i = 0; i < m.servers.size(); ++i) {
        for (qsizetype j = 0; j < m.servers.size(); ++j) {
            const FarmTokenCell &c = m.cells[i][j];
            if (c.outcome == FarmTokenOutcome::Accepted ||
                c.outcome == FarmTokenOutcome::AcceptedSameServer) {
                continue;
            }
            out() << m.application << ' ' << farmTokenKindText(m.kind) << ' ' << m.servers[i] << " -> "
                  << m.servers[j] << ": " << farmTokenOutcomeText(c.outcome) << '\n';
            if (c.outcome == FarmTokenOutcome::Rejected) {
                out() << "    error: " << farmTokenUserError(m.kind) << '\n';
            }
            for (const FarmTokenReasonItem &r : c.reasons) {
                out() << "    reason: " << farmTokenReasonText(r, m, int(i), int(j)) << '\n';
            }
        }
    }
}

QJsonObject tokenMatrixJson(const FarmTokenMatrix &m)
{
    QJsonArray rows;
    for (qsizetype i = 0; i < m.servers.size(); ++i) {
        QJsonArray cells;
        for (qsizetype j = 0; j < m.servers.size(); ++j) {
            const FarmTokenCell &c = m.cells[i][j];
            QJsonArray reasons;
            for (const FarmTokenReasonItem &r : c.reasons) {
                reasons.append(
                    QJsonObject{{QStringLiteral("code"), farmTokenReasonCode(r.reason)},
                                {QStringLiteral("text"), farmTokenReasonText(r, m, int(i), int(j))}});
            }
            QJsonObject o{{QStringLiteral("issuer"), m.servers[i]},
                          {QStringLiteral("receiver"), m.servers[j]},
                          {QStringLiteral("outcome"), farmTokenOutcomeText(c.outcome)},
                          {QStringLiteral("computed"), c.computed},
                          {QStringLiteral("reasons"), reasons}};
            if (c.outcome == FarmTokenOutcome::Rejected) {
                o.insert(QStringLiteral("error"), farmTokenUserError(m.kind));
            }
            cells.append(o);
        }
        rows.append(cells);
    }
    return QJsonObject{{QStringLiteral("application"), m.application},
                       {QStringLiteral("kind"), m.kind == TokenKind::ViewState ? QStringLiteral("viewstate")
                                                                               : QStringLiteral("forms")},
                       {QStringLiteral("allAccepted"), m.allAccepted()},
                       {QStringLiteral("cells"), rows}};
}

/// Reads --application and --kind into `options`; -1 to continue, else the exit code (message printed).
int tokenFarmOptions(const QCommandLineParser &p, FarmTokenOptions *options)
{
    const QString verb = QStringLiteral("token farm");
    if (p.positionalArguments().size() < 2) {
        return usageError(QStringLiteral("token farm needs two or more PATHs, one per server"), verb);
    }
    options->application = p.value(QStringLiteral("application"));
    const QString kind = p.value(QStringLiteral("kind"));
    if (kind == u"viewstate") {
        options->kinds = {TokenKind::ViewState};
    } else if (kind == u"forms") {
        options->kinds = {TokenKind::FormsTicket};
    } else if (!kind.isEmpty()) {
        return usageError(QStringLiteral("unknown --kind '%1' (viewstate or forms)").arg(kind), verb);
    }
    return -1;
}

} // namespace

int cmdTokenFarm(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    p.addOptions({{QStringLiteral("application"),
                   QStringLiteral("Only this application, SITE/path as farm compare names it."),
                   QStringLiteral("APP")},
                  {QStringLiteral("kind"), QStringLiteral("viewstate or forms (default: both)."),
                   QStringLiteral("KIND")},
                  json});
    p.addPositionalArgument(QStringLiteral("PATH"),
                            QStringLiteral("One per server: a snapshot folder (docs/doctor.md), an "
                                           "applicationHost.config or a web.config."),
                            QStringLiteral("PATH PATH..."));
    if (int rc =
            parse(p, args, QStringLiteral("token farm"),
                  QStringLiteral("Make a ViewState and a forms ticket with each server's <machineKey> and "
                                 "verify them with every other server's: which server accepts the tokens "
                                 "of which, and for a rejection the error the user sees and why.\n"
                                 "Exit status: 0 every token accepted, 1 some rejected (or not checked, "
                                 "or an application missing), 2 usage or I/O error."));
        rc >= 0) {
        return rc;
    }
    FarmTokenOptions options;
    if (int rc = tokenFarmOptions(p, &options); rc >= 0) {
        return rc;
    }
    OpenedFarm farm;
    if (!openServers(p.positionalArguments(), &farm)) {
        return ExitUsage;
    }
    const QList<FarmTokenMatrix> matrices = farmTokenMatrix(farm.servers, options);
    if (matrices.isEmpty()) {
        return usageError(options.application.isEmpty()
                              ? QStringLiteral("no ASP.NET application on these servers")
                              : QStringLiteral("no server has the application %1").arg(options.application),
                          QStringLiteral("token farm"));
    }
    const bool all = std::all_of(matrices.begin(), matrices.end(),
                                 [](const FarmTokenMatrix &m) { return m.allAccepted(); });
    if (p.isSet(json)) {
        QJsonArray list;
        for (const FarmTokenMatrix &m : matrices) {
            list.append(tokenMatrixJson(m));
        }
        printJson(QJsonObject{{QStringLiteral("servers"), QJsonArray::fromStringList(matrices[0].servers)},
                              {QStringLiteral("matrices"), list},
                              {QStringLiteral("allAccepted"), all}});
        return all ? ExitOk : ExitFindings;
    }
    for (const FarmServer &s : farm.servers) {
        out() << "server " << s.name << ": " << s.snapshot->path() << '\n';
    }
    for (const FarmTokenMatrix &m : matrices) {
        printTokenMatrix(m);
    }
    out() << "\nok accepted, FAIL rejected, - no such application, ? not checked\n";
    if (!all) {
        out() << '\n';
    }
    for (const FarmTokenMatrix &m : matrices) {
        printTokenFailures(m);
    }
    out().flush();
    return all ? ExitOk : ExitFindings;
}

} // namespace sd::ctl
