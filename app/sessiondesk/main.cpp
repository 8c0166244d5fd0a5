// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/application.h"
#include "widgets/common/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SessionDesk"));
    QApplication::setApplicationName(QStringLiteral("SessionDesk"));
    QApplication::setApplicationVersion(QStringLiteral(SESSIONDESK_VERSION));
    sd::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Edit and check ASP.NET session state settings."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("main", "A web.config to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption sample(
        QStringLiteral("sample"), QCoreApplication::translate("main", "Open the bundled sample web.config."));
    const QCommandLineOption quitAfter(
        QStringLiteral("quit-after"),
        QCoreApplication::translate("main", "Quit after MS milliseconds (smoke tests)."),
        QStringLiteral("MS"));
    const QCommandLineOption noLocal(
        QStringLiteral("no-local-server"),
        QCoreApplication::translate(
            "main", "Do not start a local sessionstated when no connection profile is saved."));
    const QCommandLineOption monitorTab(QStringLiteral("monitor"),
                                        QCoreApplication::translate("main", "Start on the Monitor tab."));
    const QCommandLineOption snapshot(
        QStringLiteral("snapshot"),
        QCoreApplication::translate("main",
                                    "Open a server snapshot (folder, applicationHost.config or web.config) "
                                    "in the Doctor tab."),
        QStringLiteral("PATH"));
    const QCommandLineOption farm(
        QStringLiteral("farm"),
        QCoreApplication::translate("main",
                                    "Compare the servers of a web farm in the Doctor tab: one snapshot "
                                    "per --farm, two or more."),
        QStringLiteral("PATH"));
    parser.addOptions({sample, quitAfter, noLocal, monitorTab, snapshot, farm});
    parser.process(app);

    sd::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().first());
    else if (parser.isSet(sample))
        QMetaObject::invokeMethod(&window, [&window] {
            if (auto *b = window.findChild<QWidget *>(QStringLiteral("startSample")))
                QMetaObject::invokeMethod(b, "click");
        });
    // The monitor: reconnect to the last profile used; with no saved profile, start a local state server
    // (a child process on free loopback ports, stopped with the app) and connect to it. A FILE or --sample
    // opened above keeps the Configuration tab in front.
    window.startMonitor(!parser.isSet(noLocal));
    if (parser.isSet(monitorTab))
        window.showMonitor(true);
    if (parser.isSet(snapshot))
        window.openServerSnapshot(parser.value(snapshot));
    if (parser.values(farm).size() >= 2)
        window.compareFarm(parser.values(farm));
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QApplication::quit);
    return app.exec();
}
