// SPDX-License-Identifier: MIT
// First contact with the real executable, as a person meets it: a mistyped command, the window
// started where there is no display (over ssh, in a container, in CI), and --help. Each must
// answer in one line with what to do instead and exit 2, never abort inside Qt. No provider
// and no keychain are needed.
#include "cliprocess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray describe(const CliRun &run)
{
    return "exit " + QByteArray::number(run.exitCode) + (run.crashed ? " (crashed)" : "") + "; stdout: " + run.out
        + "; stderr: " + run.err;
}

bool isOneErrorLine(const QByteArray &err)
{
    return err.startsWith("error: ") && err.count('\n') == 1 && err.endsWith('\n');
}

} // namespace

class TestFirstContact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void unknownCommandIsAUsageError_data();
    void unknownCommandIsAUsageError();
    void windowWithoutDisplay_data();
    void windowWithoutDisplay();
    void helpNamesTheCommandNotThePath();
    void offscreenStillOpensTheWindow();
    void windowRejectsABadTimeout_data();
    void windowRejectsABadTimeout();

private:
    // No display of any kind, and nothing of the person's own (settings, keychain, runtime dir).
    [[nodiscard]] CliProcess headless() const;

    QTemporaryDir m_scratch;
};

void TestFirstContact::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    QVERIFY2(QFile::exists(CliProcess::executable()), qPrintable(CliProcess::executable()));
    QVERIFY(QDir(m_scratch.path()).mkpath(u"config"_s));
}

void TestFirstContact::windowRejectsABadTimeout_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("zero") << u"0"_s;
    QTest::newRow("not a number") << u"soon"_s;
    QTest::newRow("too long") << u"86401"_s;
}

void TestFirstContact::windowRejectsABadTimeout()
{
    // The window reads --timeout as `sign-in` does (before, it ignored it and opened anyway).
    QFETCH(QString, value);
    CliProcess cli = headless();
    cli.environment().insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const CliRun run = cli.run({u"--timeout"_s, value}, 20000);
    QVERIFY2(!run.crashed, describe(run).constData());
    QVERIFY2(run.exitCode == 2, describe(run).constData());
    QVERIFY2(isOneErrorLine(run.err), run.err.constData());
    QVERIFY2(run.err.contains("--timeout"), run.err.constData());
}

CliProcess TestFirstContact::headless() const
{
    CliProcess cli;
    QProcessEnvironment &env = cli.environment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    env.insert(u"HOME"_s, m_scratch.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_scratch.filePath(u"config"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, m_scratch.path()); // 0700, as QStandardPaths wants
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/logto-no-bus"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return cli;
}

void TestFirstContact::unknownCommandIsAUsageError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("frobnicate") << QStringList{u"frobnicate"_s};
    QTest::newRow("a typo, with options") << QStringList{u"--endpoint"_s, u"https://abc.logto.app"_s, u"signin"_s};
}

void TestFirstContact::unknownCommandIsAUsageError()
{
    QFETCH(QStringList, args);
    const CliRun run = headless().run(args, 30000);
    QVERIFY2(!run.crashed, describe(run).constData());
    QVERIFY2(run.exitCode == 2, describe(run).constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY2(isOneErrorLine(run.err), run.err.constData());
    QVERIFY2(run.err.contains("unknown command"), run.err.constData());
    for (const char *command : {"sign-in", "status", "claims", "userinfo", "token", "sign-out", "doctor"})
        QVERIFY2(run.err.contains(command), run.err.constData());
}

void TestFirstContact::windowWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("platform"); // QT_QPA_PLATFORM, empty: unset

    QTest::newRow("nothing chosen") << QStringList() << QString();
    QTest::newRow("with window options")
        << QStringList{u"--endpoint"_s, u"https://abc.logto.app"_s, u"--app-id"_s, u"app"_s} << QString();
    QTest::newRow("xcb chosen") << QStringList() << u"xcb"_s;
    QTest::newRow("-platform wayland") << QStringList{u"-platform"_s, u"wayland"_s} << QString();
}

void TestFirstContact::windowWithoutDisplay()
{
    QFETCH(QStringList, args);
    QFETCH(QString, platform);
    CliProcess cli = headless();
    if (!platform.isEmpty())
        cli.environment().insert(u"QT_QPA_PLATFORM"_s, platform);
    const CliRun run = cli.run(args, 30000);
    // Before the fix: "could not connect to display", then SIGABRT in the platform plugin.
    QVERIFY2(!run.crashed, describe(run).constData());
    QVERIFY2(run.exitCode == 2, describe(run).constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY2(isOneErrorLine(run.err), run.err.constData());
    QVERIFY2(run.err.contains("display"), run.err.constData());
    QVERIFY2(run.err.contains("logto-signin sign-in"), run.err.constData());
    QVERIFY2(run.err.contains("logto-signin --help"), run.err.constData());
}

void TestFirstContact::helpNamesTheCommandNotThePath()
{
    // The tests run the executable by its full path, which QCommandLineParser would print.
    QVERIFY(QDir::isAbsolutePath(CliProcess::executable()));
    const CliRun run = headless().run({u"--help"_s}, 30000);
    QVERIFY2(run.exitCode == 0, describe(run).constData());
    QVERIFY2(run.out.startsWith("Usage: logto-signin [options] command\n"), run.out.left(200).constData());
    QVERIFY(!run.out.contains(CliProcess::executable().toUtf8()));
    QVERIFY(run.err.isEmpty());
}

void TestFirstContact::offscreenStillOpensTheWindow()
{
    // QT_QPA_PLATFORM=offscreen needs no display: the window must start. The first instance
    // answers a second launch only once its first frame is out, so a second launch that
    // exits 0 proves both got that far.
    CliProcess cli = headless();
    cli.environment().insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess primary;
    primary.setProcessEnvironment(cli.environment());
    primary.setStandardInputFile(QProcess::nullDevice());
    primary.start(CliProcess::executable(), QStringList());
    QVERIFY2(primary.waitForStarted(10000), qPrintable(primary.errorString()));
    QByteArray primaryErr;
    const auto drained = [&] {
        primaryErr += primary.readAllStandardError();
        return primaryErr.constData();
    };
    const QString lock = m_scratch.filePath(u"io.github.logtosignin.LogtoSignin.lock"_s);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lock) || primary.state() == QProcess::NotRunning, 30000);
    QVERIFY2(primary.state() == QProcess::Running, drained());

    // A second launch waits 3 s for the first frame; a loaded machine may need more.
    CliRun second;
    QVERIFY(QTest::qWaitFor(
        [&] {
            second = cli.run({}, 30000);
            return second.exitCode == 0 || second.crashed || primary.state() != QProcess::Running;
        },
        60000));
    QVERIFY2(!second.crashed && second.exitCode == 0, describe(second).constData());
    QVERIFY2(primary.state() == QProcess::Running, drained());
    primary.terminate();
    QVERIFY(primary.waitForFinished(10000));
    drained();
    QVERIFY2(!primaryErr.contains("needs a display"), primaryErr.constData());
}

QTEST_GUILESS_MAIN(TestFirstContact)
#include "tst_firstcontact.moc"
