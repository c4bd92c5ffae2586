// SPDX-License-Identifier: GPL-3.0-or-later
// /etc/guichet/*.conf: `key = value` lines read as command-line options, every bad line named.
#include "configfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace guichet;

class TestConfigFile : public QObject
{
    Q_OBJECT

    const QStringList known{QStringLiteral("server"), QStringLiteral("pack-key"), QStringLiteral("office")};

private Q_SLOTS:
    void reads_keys_values_and_repeats()
    {
        const configfile::Parsed parsed = configfile::parse("# a comment\n\n server =  https://g.example/x=1 \npack-key = /etc/a.pub\npack-key=/etc/b.pub\n",
                                                            QStringLiteral("kiosk.conf"), known);
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join(u'\n')));
        QCOMPARE(parsed.entries.size(), 3);
        QCOMPARE(parsed.entries.at(0).value, QStringLiteral("https://g.example/x=1"));
        QCOMPARE(parsed.entries.at(0).line, 3);
        QCOMPARE(configfile::toArguments(parsed.entries),
                 QStringList({"--server=https://g.example/x=1", "--pack-key=/etc/a.pub", "--pack-key=/etc/b.pub"}));
    }

    void names_each_bad_line()
    {
        const configfile::Parsed parsed = configfile::parse("server\nvolume = 5\noffice =\n--server = x\noffice = bapa-bxl\n",
                                                            QStringLiteral("kiosk.conf"), known);
        QCOMPARE(parsed.entries.size(), 1);
        QCOMPARE(parsed.problems.size(), 4);
        QVERIFY(parsed.problems.at(0).startsWith(QStringLiteral("kiosk.conf:1: expected `key = value`")));
        QVERIFY(parsed.problems.at(1).startsWith(QStringLiteral("kiosk.conf:2: unknown key \"volume\"")));
        QCOMPARE(parsed.problems.at(2), QStringLiteral("kiosk.conf:3: office has no value"));
        QVERIFY(parsed.problems.at(3).startsWith(QStringLiteral("kiosk.conf:4: unknown key \"--server\"")));
    }

    void the_command_line_after_the_file_wins()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("server = https://from.file\noffice = a\n");
        file.close();
        QStringList problems;
        const QStringList args = configfile::expandArguments({"kiosk", "--config", path, "--office", "b"}, known, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(args, QStringList({"kiosk", "--server=https://from.file", "--office=a", "--office", "b"}));
    }

    void an_unreadable_file_is_one_problem()
    {
        QStringList problems;
        const QStringList args = configfile::expandArguments({"kiosk", "--config=/nonexistent/kiosk.conf", "--mute"}, known, &problems);
        QCOMPARE(args, QStringList({"kiosk", "--mute"}));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.at(0).startsWith(QStringLiteral("/nonexistent/kiosk.conf: cannot read the configuration")));
    }
};

QTEST_GUILESS_MAIN(TestConfigFile)
#include "tst_configfile.moc"
