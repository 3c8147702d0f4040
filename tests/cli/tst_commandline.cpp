// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "windowdisplay.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data();
    void usageErrors();
    void signInOptions();
    void environmentAndOverride();
    void unknownCommandNamesTheCommands();
    void helpAndVersion();
    void doctorOptions();
    void wantsCommandLine_data();
    void wantsCommandLine();
    void windowDisplay_data();
    void windowDisplay();

private:
    ParsedCommandLine parse(const QStringList &args,
                            const QProcessEnvironment &env = QProcessEnvironment(),
                            QString *out = nullptr,
                            QString *err = nullptr);
};

ParsedCommandLine
TestCommandLine::parse(const QStringList &args, const QProcessEnvironment &env, QString *out, QString *err)
{
    QString outText;
    QString errText;
    QTextStream outStream(&outText);
    QTextStream errStream(&errText);
    CommandLine commandLine;
    ParsedCommandLine parsed = commandLine.parse(QStringList{u"logto-signin"_s} + args, env, outStream, errStream);
    outStream.flush();
    errStream.flush();
    if (out)
        *out = outText;
    if (err)
        *err = errText;
    return parsed;
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QStringList base{u"--endpoint"_s, u"https://abc.logto.app"_s, u"--app-id"_s, u"app"_s};

    QTest::newRow("no command") << base << 2;
    QTest::newRow("unknown command") << (QStringList{u"bogus"_s} + base) << 2;
    QTest::newRow("two commands") << (QStringList{u"status"_s, u"claims"_s} + base) << 2;
    QTest::newRow("unknown option") << (QStringList{u"status"_s, u"--nope"_s} + base) << 2;
    QTest::newRow("option of another command") << (QStringList{u"status"_s, u"--apple"_s} + base) << 2;
    QTest::newRow("no endpoint") << QStringList{u"sign-in"_s, u"--app-id"_s, u"app"_s} << 2;
    QTest::newRow("no app id") << QStringList{u"sign-in"_s, u"--endpoint"_s, u"https://abc.logto.app"_s} << 2;
    QTest::newRow("bad first screen") << (QStringList{u"sign-in"_s, u"--first-screen"_s, u"signup"_s} + base) << 2;
    QTest::newRow("bad direct sign-in") << (QStringList{u"sign-in"_s, u"--direct-sign-in"_s, u"apple"_s} + base) << 2;
    QTest::newRow("apple + direct")
        << (QStringList{u"sign-in"_s, u"--apple"_s, u"--direct-sign-in"_s, u"social:google"_s} + base) << 2;
    QTest::newRow("bad identifier") << (QStringList{u"sign-in"_s, u"--identifier"_s, u"fax"_s} + base) << 2;
    QTest::newRow("bad prompt") << (QStringList{u"sign-in"_s, u"--prompt"_s, u"consnet"_s} + base) << 2;
    QTest::newRow("bad ui locale") << (QStringList{u"sign-in"_s, u"--ui-locales"_s, u"th_TH"_s} + base) << 2;
    QTest::newRow("timeout zero") << (QStringList{u"sign-in"_s, u"--timeout"_s, u"0"_s} + base) << 2;
    QTest::newRow("timeout text") << (QStringList{u"sign-in"_s, u"--timeout"_s, u"soon"_s} + base) << 2;
    QTest::newRow("port too big") << (QStringList{u"sign-in"_s, u"--port"_s, u"70000"_s} + base) << 2;
    QTest::newRow("bad scope") << (QStringList{u"sign-in"_s, u"--scope"_s, u"a\"b"_s} + base) << 2;
    QTest::newRow("bad resource") << (QStringList{u"sign-in"_s, u"--resource"_s, u"/api"_s} + base) << 2;
    QTest::newRow("http remote endpoint")
        << QStringList{u"sign-in"_s, u"--endpoint"_s, u"http://abc.logto.app"_s, u"--app-id"_s, u"app"_s} << 1;
    QTest::newRow("--json is doctor's") << (QStringList{u"status"_s, u"--json"_s} + base) << 2;
    QTest::newRow("doctor without endpoint") << QStringList{u"doctor"_s, u"--app-id"_s, u"app"_s} << 2;
    QTest::newRow("doctor checks social targets only")
        << (QStringList{u"doctor"_s, u"--direct-sign-in"_s, u"sso:abc"_s} + base) << 2;
    QTest::newRow("doctor: apple + direct")
        << (QStringList{u"doctor"_s, u"--apple"_s, u"--direct-sign-in"_s, u"social:google"_s} + base) << 2;
    QTest::newRow("doctor takes no sign-in page options")
        << (QStringList{u"doctor"_s, u"--first-screen"_s, u"register"_s} + base) << 2;
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QString err;
    const ParsedCommandLine parsed = parse(args, {}, nullptr, &err);
    QVERIFY(!parsed.options);
    QCOMPARE(static_cast<int>(parsed.exitCode), exitCode);
    QVERIFY2(err.startsWith(u"error: "_s), qPrintable(err));
    QCOMPARE(err.count(u'\n'), 1);
}

void TestCommandLine::signInOptions()
{
    const ParsedCommandLine parsed = parse({u"sign-in"_s,
                                            u"--endpoint"_s,
                                            u"https://abc.logto.app/"_s,
                                            u"--app-id"_s,
                                            u"app"_s,
                                            u"--apple"_s,
                                            u"--first-screen"_s,
                                            u"identifier:sign_in"_s,
                                            u"--identifier"_s,
                                            u"email,username"_s,
                                            u"--login-hint"_s,
                                            u"a+b@example.com"_s,
                                            u"--prompt"_s,
                                            u"login consent"_s,
                                            u"--ui-locales"_s,
                                            u"th"_s,
                                            u"--organization"_s,
                                            u"org-1"_s,
                                            u"--scope"_s,
                                            u"email"_s,
                                            u"--resource"_s,
                                            u"https://api.example.com"_s,
                                            u"--timeout"_s,
                                            u"30"_s,
                                            u"--port"_s,
                                            u"8123"_s,
                                            u"--no-browser"_s});
    QVERIFY(parsed.options);
    const CliOptions &o = *parsed.options;
    QCOMPARE(o.command, u"sign-in"_s);
    QCOMPARE(o.config.issuer(), u"https://abc.logto.app/oidc"_s);
    QCOMPARE(o.config.appId(), u"app"_s);
    QCOMPARE(o.signIn.directSignIn, u"social:apple"_s);
    QCOMPARE(o.signIn.firstScreen, u"identifier:sign_in"_s);
    QCOMPARE(o.signIn.identifiers, QStringList({u"email"_s, u"username"_s}));
    QCOMPARE(o.signIn.loginHint, u"a+b@example.com"_s);
    QCOMPARE(o.signIn.prompt, u"login consent"_s);
    QCOMPARE(o.signIn.uiLocales, u"th"_s);
    QCOMPARE(o.signIn.organizationId, u"org-1"_s);
    QCOMPARE(o.config.extraScopes(), QStringList{u"email"_s});
    QCOMPARE(o.config.resources(), QStringList{u"https://api.example.com"_s});
    QCOMPARE(o.timeout.count(), 30);
    QCOMPARE(o.port, quint16(8123));
    QVERIFY(o.noBrowser);
}

void TestCommandLine::environmentAndOverride()
{
    QProcessEnvironment env;
    env.insert(u"LOGTO_ENDPOINT"_s, u"https://env.logto.app"_s);
    env.insert(u"LOGTO_APP_ID"_s, u"env-app"_s);
    ParsedCommandLine parsed = parse({u"status"_s}, env);
    QVERIFY(parsed.options);
    QCOMPARE(parsed.options->config.issuer(), u"https://env.logto.app/oidc"_s);
    QCOMPARE(parsed.options->config.appId(), u"env-app"_s);

    parsed = parse({u"status"_s, u"--app-id"_s, u"cli-app"_s}, env);
    QVERIFY(parsed.options);
    QCOMPARE(parsed.options->config.appId(), u"cli-app"_s);
}

void TestCommandLine::unknownCommandNamesTheCommands()
{
    QString out;
    QString err;
    const ParsedCommandLine parsed = parse({u"frobnicate"_s}, {}, &out, &err);
    QVERIFY(!parsed.options);
    QCOMPARE(parsed.exitCode, ExitCode::Usage);
    QVERIFY(out.isEmpty());
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY2(err.startsWith(u"error: unknown command 'frobnicate'"_s), qPrintable(err));
    for (const QString &command : CommandLine::commands())
        QVERIFY2(err.contains(command), qPrintable(command));
}

void TestCommandLine::helpAndVersion()
{
    QString out;
    ParsedCommandLine parsed = parse({u"--help"_s}, {}, &out);
    QVERIFY(!parsed.options);
    QCOMPARE(parsed.exitCode, ExitCode::Success);
    // The command a person types, not this test's path (which QCommandLineParser would print).
    QVERIFY2(out.startsWith(u"Usage: logto-signin [options] command"_s), qPrintable(out.section(u'\n', 0, 0)));
    QVERIFY(!out.contains(QCoreApplication::applicationFilePath()));
    for (const QString &command : CommandLine::commands())
        QVERIFY2(out.contains(command), qPrintable(command));
    QVERIFY(out.contains(u"--endpoint"_s));

    parsed = parse({u"--version"_s}, {}, &out);
    QCOMPARE(parsed.exitCode, ExitCode::Success);
    QVERIFY(out.startsWith(u"logto-signin "_s));
}

// doctor takes --json, and an endpoint that fails validation reaches it (its first failed check).
void TestCommandLine::doctorOptions()
{
    QString err;
    ParsedCommandLine parsed =
        parse({u"doctor"_s, u"--json"_s, u"--endpoint"_s, u"https://abc.logto.app/"_s, u"--app-id"_s, u"app"_s},
              {},
              nullptr,
              &err);
    QVERIFY2(parsed.options, qPrintable(err));
    QCOMPARE(parsed.options->command, u"doctor"_s);
    QVERIFY(parsed.options->json);
    QCOMPARE(parsed.options->config.endpoint(), QUrl(u"https://abc.logto.app"_s));
    QCOMPARE(parsed.options->config.appId(), u"app"_s);

    parsed =
        parse({u"doctor"_s, u"--endpoint"_s, u"http://abc.logto.app"_s, u"--app-id"_s, u"app"_s}, {}, nullptr, &err);
    QVERIFY2(parsed.options, qPrintable(err));
    QCOMPARE(parsed.options->endpointInput, u"http://abc.logto.app"_s);
    QVERIFY(parsed.options->config.endpoint().isEmpty());
    QVERIFY(!parsed.options->json);
    QVERIFY(parsed.options->signIn.directSignIn.isEmpty());

    // --apple and --direct-sign-in social:<target>: the social sign-in doctor should find.
    const QStringList base{u"doctor"_s, u"--endpoint"_s, u"https://abc.logto.app"_s, u"--app-id"_s, u"app"_s};
    parsed = parse(base + QStringList{u"--apple"_s}, {}, nullptr, &err);
    QVERIFY2(parsed.options, qPrintable(err));
    QCOMPARE(parsed.options->signIn.directSignIn, u"social:apple"_s);
    parsed = parse(base + QStringList{u"--direct-sign-in"_s, u"social:google"_s}, {}, nullptr, &err);
    QVERIFY2(parsed.options, qPrintable(err));
    QCOMPARE(parsed.options->signIn.directSignIn, u"social:google"_s);
}

void TestCommandLine::wantsCommandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("commandLine");

    QTest::newRow("nothing") << QStringList() << false;
    QTest::newRow("a command") << QStringList{u"status"_s} << true;
    QTest::newRow("version") << QStringList{u"--version"_s} << true;
    QTest::newRow("help") << QStringList{u"-h"_s} << true;
    QTest::newRow("window options") << QStringList{u"--endpoint"_s, u"https://x"_s, u"--scope"_s, u"roles"_s} << false;
    QTest::newRow("option=value") << QStringList{u"--endpoint=https://x"_s} << false;
    QTest::newRow("Qt's options")
        << QStringList{u"-platform"_s, u"offscreen"_s, u"-style"_s, u"fusion"_s, u"-reverse"_s} << false;
    // An unknown word is a command nobody knows: a usage error, not the window.
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << true;
    QTest::newRow("unknown after options") << QStringList{u"--app-id"_s, u"a"_s, u"frobnicate"_s} << true;
    QTest::newRow("a typo") << QStringList{u"signin"_s} << true;
}

void TestCommandLine::wantsCommandLine()
{
    QFETCH(QStringList, args);
    QFETCH(bool, commandLine);
    QCOMPARE(CommandLine::wantsCommandLine(QStringList{u"logto-signin"_s} + args), commandLine);
}

void TestCommandLine::windowDisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<bool>("available");

    QTest::newRow("nothing") << QStringList() << QStringList() << false;
    QTest::newRow("empty variables") << QStringList() << QStringList{u"DISPLAY="_s, u"WAYLAND_DISPLAY="_s} << false;
    QTest::newRow("X11") << QStringList() << QStringList{u"DISPLAY=:0"_s} << true;
    QTest::newRow("Wayland") << QStringList() << QStringList{u"WAYLAND_DISPLAY=wayland-0"_s} << true;
    QTest::newRow("offscreen") << QStringList() << QStringList{u"QT_QPA_PLATFORM=offscreen"_s} << true;
    QTest::newRow("-platform offscreen") << QStringList{u"-platform"_s, u"offscreen"_s} << QStringList() << true;
    QTest::newRow("--platform=minimal") << QStringList{u"--platform=minimal"_s} << QStringList() << true;
    QTest::newRow("xcb, no DISPLAY") << QStringList()
                                     << QStringList{u"QT_QPA_PLATFORM=xcb"_s, u"WAYLAND_DISPLAY=wayland-0"_s} << false;
    QTest::newRow("xcb, -display") << QStringList{u"-display"_s, u":1"_s} << QStringList{u"QT_QPA_PLATFORM=xcb"_s}
                                   << true;
    QTest::newRow("wayland;xcb, X11 only")
        << QStringList() << QStringList{u"QT_QPA_PLATFORM=wayland;xcb"_s, u"DISPLAY=:0"_s} << true;
    QTest::newRow("wayland-egl, none") << QStringList() << QStringList{u"QT_QPA_PLATFORM=wayland-egl"_s} << false;
    QTest::newRow("the argument wins") << QStringList{u"-platform"_s, u"xcb"_s}
                                       << QStringList{u"QT_QPA_PLATFORM=offscreen"_s} << false;
}

void TestCommandLine::windowDisplay()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, environment);
    QFETCH(bool, available);
    QProcessEnvironment env;
    for (const QString &assignment : environment)
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    QCOMPARE(WindowDisplay::isAvailable(QStringList{u"logto-signin"_s} + args, env), available);
#else
    Q_UNUSED(available)
    QVERIFY(WindowDisplay::isAvailable(QStringList{u"logto-signin"_s} + args, env)); // the system's own display
#endif
    const QString message = WindowDisplay::missingMessage();
    QVERIFY(!message.contains(u'\n'));
    QVERIFY(message.contains(u"logto-signin sign-in"_s));
    QVERIFY(message.contains(u"logto-signin --help"_s));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
