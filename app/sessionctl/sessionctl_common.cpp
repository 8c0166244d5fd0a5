// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionctl.h"
#include "sessionctl_p.h"

#include <QJsonDocument>

namespace sd::ctl {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usageError(const QString &message, const QString &verb)
{
    err() << kProgram << ": " << message << '\n';
    err() << "Try '" << kProgram << (verb.isEmpty() ? QString() : u' ' + verb) << " --help'.\n";
    err().flush();
    return ExitUsage;
}

void printJson(const QJsonObject &o)
{
    out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    out().flush();
}

int parse(QCommandLineParser &p, const QStringList &args, const QString &verb, const QString &description)
{
    p.setApplicationDescription(description);
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    p.addOption(help);
    if (!p.parse(args))
        return usageError(p.errorText(), verb);
    if (p.isSet(help)) {
        QString text = p.helpText();
        text.replace(QStringLiteral("Usage: ") + args.first(),
                     QStringLiteral("Usage: ") + QString::fromLatin1(kProgram) + u' ' + verb);
        out() << text;
        out().flush();
        return ExitOk;
    }
    return -1;
}

} // namespace sd::ctl
