// SPDX-License-Identifier: GPL-3.0-or-later
// sessionctl iis set: pool and site attributes of an applicationHost.config with the byte-preserving engine
// (issue 13 points 5 "make consistent" and 7).
#include "sessionctl.h"
#include "sessionctl_p.h"

#include "aspnet/textdiff.h"
#include "iis/iisconfig.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace sd::ctl {

namespace {

/// Applies every ELEMENT.ATTR=VALUE of `assignments` to the pool or site `target`; false (error printed)
/// at the first that fails, the document then unchanged by it.
bool applyAssignments(IisConfig &config, bool pool, const QString &target, const QStringList &assignments)
{
    for (const QString &a : assignments) {
        const qsizetype eq = a.indexOf(u'=');
        if (eq <= 0) {
            usageError(QStringLiteral("'%1' is not ELEMENT.ATTR=VALUE").arg(a), QStringLiteral("iis set"));
            return false;
        }
        QString error;
        const bool ok = pool ? config.setPoolAttribute(target, a.left(eq), a.mid(eq + 1), &error)
                             : config.setSiteAttribute(target, a.left(eq), a.mid(eq + 1), &error);
        if (!ok) {
            err() << kProgram << ": " << error << "; nothing was written\n";
            err().flush();
            return false;
        }
    }
    return true;
}

} // namespace

int cmdIisSet(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption pool(QStringLiteral("pool"), QStringLiteral("Edit the application pool NAME."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption site(QStringLiteral("site"), QStringLiteral("Edit the site NAME."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Print the diff; write nothing."));
    p.addOptions({pool, site, dryRun});
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("An applicationHost.config."));
    p.addPositionalArgument(QStringLiteral("ELEMENT.ATTR=VALUE"),
                            QStringLiteral("e.g. processModel.idleTimeout=00:00:00, "
                                           "recycling.periodicRestart.time=00:00:00, or id=2 for a site."),
                            QStringLiteral("ELEMENT.ATTR=VALUE..."));
    if (int rc = parse(
            p, args, QStringLiteral("iis set"),
            QStringLiteral("Edit an application pool's or a site's attributes in applicationHost.config; "
                           "only the edited bytes change; FILE.bak keeps the previous file.\n"
                           "Exit status: 0 written (or shown), 2 usage or I/O error."));
        rc >= 0) {
        return rc;
    }
    const QStringList pos = p.positionalArguments();
    if (p.isSet(pool) == p.isSet(site)) {
        return usageError(QStringLiteral("give exactly one of --pool NAME and --site NAME"),
                          QStringLiteral("iis set"));
    }
    if (pos.size() < 2) {
        return usageError(QStringLiteral("missing FILE or ELEMENT.ATTR=VALUE"), QStringLiteral("iis set"));
    }
    IisConfig config;
    ConfigError e;
    if (!config.load(pos[0], &e)) {
        err() << kProgram << ": " << e.toString() << '\n';
        err().flush();
        return ExitUsage;
    }
    if (!config.isApplicationHost()) {
        return usageError(
            QStringLiteral("%1 is not an applicationHost.config (no <system.applicationHost>)").arg(pos[0]),
            QStringLiteral("iis set"));
    }
    const bool isPool = p.isSet(pool);
    if (!applyAssignments(config, isPool, p.value(isPool ? pool : site), pos.mid(1))) {
        return ExitUsage;
    }
    const ConfigDocument &doc = config.document();
    if (p.isSet(dryRun)) {
        out() << unifiedDiff(doc.savedText(), doc.text(), doc.fileName(),
                             doc.fileName() + QStringLiteral(" (edited)"));
        out().flush();
        return ExitOk;
    }
    if (!doc.isModified()) {
        out() << doc.fileName() << ": nothing to change\n";
        out().flush();
        return ExitOk;
    }
    if (!config.save(&e)) {
        err() << kProgram << ": " << e.toString() << '\n';
        err().flush();
        return ExitUsage;
    }
    out() << doc.fileName() << ": " << (pos.size() - 1) << " attribute(s) set (previous file kept as "
          << QFileInfo(doc.fileName()).fileName() << ".bak)\n";
    out().flush();
    return ExitOk;
}

} // namespace sd::ctl
