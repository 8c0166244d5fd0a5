// SPDX-License-Identifier: GPL-3.0-or-later
// The translations are complete: every message of translations/*.ts has a finished translation that keeps
// its source's placeholders (%1..%99, %n) and HTML tags. Issue 12: every change that adds a user-visible
// string translates it (zh_CN, cs) in the same change, and this test fails until it does.

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context, source;
    QStringList translations; ///< one, or the numerus forms
    bool unfinished = false;
    bool obsolete = false;
    qint64 line = 0;
};

/// Reads the messages of a Qt Linguist .ts file; `error` is set when the file does not parse.
QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader x(&f);
    QString context;
    Message m;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement()) {
            if (x.isEndElement() && x.name() == u"message") {
                out.append(m);
            }
            continue;
        }
        if (x.name() == u"name") {
            context = x.readElementText();
        } else if (x.name() == u"message") {
            m = Message{context, {}, {}, false, false, x.lineNumber()};
        } else if (x.name() == u"source") {
            m.source = x.readElementText();
        } else if (x.name() == u"translation") {
            const QString type = x.attributes().value(QStringLiteral("type")).toString();
            m.unfinished = type == u"unfinished";
            m.obsolete = type == u"obsolete" || type == u"vanished";
            const QString text = x.readElementText(QXmlStreamReader::IncludeChildElements);
            m.translations = {text};
        } else if (x.name() == u"numerusform") {
            m.translations.append(x.readElementText());
        }
    }
    if (x.hasError()) {
        *error = QStringLiteral("line %1: %2").arg(x.lineNumber()).arg(x.errorString());
    }
    return out;
}

/// The placeholders of a Qt string (%1..%99, %n, %L1), as a set.
QSet<QString> placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(s); it.hasNext();) {
        out.insert(it.next().captured(1));
    }
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(SD_TRANSLATIONS_DIR));
        const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 2, "translations/*.ts not found");
        for (const QString &f : files) {
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
        }
    }

    void complete()
    {
        QFETCH(QString, path);
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &m : messages) {
            if (m.obsolete) {
                continue;
            }
            const QString where =
                QStringLiteral("line %1 [%2] \"%3\"").arg(m.line).arg(m.context, m.source.left(60));
            if (m.unfinished || m.translations.isEmpty() || m.translations.first().isEmpty()) {
                problems << QStringLiteral("%1: not translated").arg(where);
                continue;
            }
            const QSet<QString> want = placeholders(m.source);
            for (const QString &t : m.translations) {
                if (placeholders(t) != want) {
                    problems << QStringLiteral("%1: placeholders differ in \"%2\"").arg(where, t.left(60));
                }
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s) in %2 (run lupdate, then translate):\n%3")
                                .arg(problems.size())
                                .arg(path, problems.mid(0, 20).join(u'\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
