// SPDX-License-Identifier: MIT
// End to end, `sign-in --device` (RFC 8628) against the Logto-shaped provider in tests/idp, with
// real Chromium as the person's other device (tests/idp/browser.mjs types the code on Logto's
// /device page and signs in) and the real Secret Service (this test runs inside
// tests/with-keyring.sh): the session it stores works with `token` and `sign-out`; slow_down
// lengthens the polling interval as the provider sees it; denial, expiry, Ctrl-C and a bad ID-token
// signature store nothing; the QR code drawn in a real terminal (tmux) fits 80 columns and decodes
// (zbarimg) to verification_uri_complete.
#include "cliprocess.h"
#include "idpserver.h"
#include "runningcli.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString DeviceAppId = u"device-app"_s;
const QString DeviceGrant = u"urn:ietf:params:oauth:grant-type:device_code"_s;
const QString TokenPath = u"/oidc/token"_s;
const QByteArray Waiting = "Waiting for the other device";

QByteArray describe(const CliRun &run)
{
    return "exit " + QByteArray::number(run.exitCode) + (run.crashed ? " (crashed)" : "") + "; stdout: " + run.out
        + "; stderr: " + run.err;
}

// The user code as the command shows it: the line after "enter this code:".
QString userCodeIn(const QByteArray &err)
{
    const auto match = QRegularExpression(u"enter this code:\\n  ([A-Z0-9-]+)\\n"_s).match(QString::fromUtf8(err));
    return match.hasMatch() ? match.captured(1) : QString();
}

// The device_code polls the provider saw, in order: when, and what it answered.
struct Poll
{
    qint64 at = 0;
    int status = 0;
    bool slowDown = false;
};

QList<Poll> polls(const IdpServer &idp)
{
    QList<Poll> result;
    for (const QJsonValue &value : idp.requestLog()) {
        const QJsonObject entry = value.toObject();
        if (entry.value("path"_L1).toString() == TokenPath && entry.value("grant_type"_L1).toString() == DeviceGrant) {
            result.append({static_cast<qint64>(entry.value("at"_L1).toDouble()),
                           entry.value("status"_L1).toInt(),
                           entry.value("slow_down"_L1).toBool()});
        }
    }
    return result;
}

// Chromium as the other device: opens `url` (the verification URI), types `userCode` when the
// page asks for it, signs in as alice (or presses Cancel with `deny`).
int completeOnOtherDevice(const QString &url, const QString &userCode, bool deny = false)
{
    QProcess browser;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DEVICE_USER_CODE"_s, userCode);
    if (deny)
        environment.insert(u"DEVICE_DENY"_s, u"1"_s);
    browser.setProcessEnvironment(environment);
    browser.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    browser.start(u"node"_s, {IdpServer::idpDirectory() + u"/browser.mjs"_s, url});
    if (!browser.waitForFinished(90000)) {
        browser.kill();
        browser.waitForFinished(5000);
        return -1;
    }
    return browser.exitStatus() == QProcess::NormalExit ? browser.exitCode() : -1;
}

// Reads a QR code drawn with half blocks back into modules and writes it as a PGM image (each
// module 4×4 pixels, with a white border), for zbarimg.
bool writeQrImage(const QStringList &lines, const QString &path)
{
    qsizetype width = 0;
    for (const QString &line : lines)
        width = std::max(width, line.size());
    constexpr int Scale = 4;
    constexpr int Border = 8 * Scale;
    const qsizetype rows = lines.size() * 2;
    const qsizetype pixelsWide = width * Scale + 2 * Border;
    const qsizetype pixelsHigh = rows * Scale + 2 * Border;
    QByteArray image = "P5\n" + QByteArray::number(pixelsWide) + ' ' + QByteArray::number(pixelsHigh) + "\n255\n";
    QByteArray pixels(pixelsWide * pixelsHigh, char(255));
    for (qsizetype y = 0; y < lines.size(); ++y) {
        for (qsizetype x = 0; x < lines.at(y).size(); ++x) {
            const char16_t c = lines.at(y).at(x).unicode();
            const bool top = c == u'\u2588' || c == u'\u2580';
            const bool bottom = c == u'\u2588' || c == u'\u2584';
            for (int half = 0; half < 2; ++half) {
                if (!(half == 0 ? top : bottom))
                    continue;
                for (int dy = 0; dy < Scale; ++dy) {
                    const qsizetype py = Border + (y * 2 + half) * Scale + dy;
                    for (int dx = 0; dx < Scale; ++dx)
                        pixels[py * pixelsWide + Border + x * Scale + dx] = 0;
                }
            }
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(image + pixels) == image.size() + pixels.size();
}

} // namespace

class TestDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void signInThenTokenAndSignOut();
    void slowDownLengthensInterval();
    void endsWithoutStoring_data();
    void endsWithoutStoring();
    void badIdTokenSignatureIsRefused();
    void ordinaryAppIdIsExplained();
    void browserOnlyOptionsAreUsageErrors();
    void noBrowserNoDisplayMentionsDevice();
    void qrCodeInTerminal();

private:
    [[nodiscard]] QStringList arguments(const IdpServer &idp, const QStringList &extra = {}) const;
    [[nodiscard]] QProcessEnvironment environment() const;

    IdpServer m_idp;
    QTemporaryDir m_scratch;
};

void TestDevice::initTestCase()
{
    QVERIFY2(QFile::exists(CliProcess::executable()), qPrintable(CliProcess::executable()));
    QVERIFY2(m_idp.start(), qPrintable(m_idp.errorString()));
    QVERIFY(m_scratch.isValid());
}

void TestDevice::init()
{
    Keyring::clear();
    QVERIFY(m_idp.post(u"/__test/reset"_s));
}

QStringList TestDevice::arguments(const IdpServer &idp, const QStringList &extra) const
{
    return QStringList{
               u"sign-in"_s, u"--device"_s, u"--endpoint"_s, idp.endpoint().toString(), u"--app-id"_s, DeviceAppId}
    + extra;
}

QProcessEnvironment TestDevice::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    return environment;
}

void TestDevice::signInThenTokenAndSignOut()
{
    RunningCli cli(environment(), arguments(m_idp));
    QVERIFY2(cli.waitForStderr(Waiting, 30000), describe(cli.result()));
    const CliRun shown = cli.result();
    const QString userCode = userCodeIn(shown.err);
    QVERIFY2(QRegularExpression(u"^[A-Z]{4}-[A-Z]{4}$"_s).match(userCode).hasMatch(), shown.err);
    QVERIFY2(shown.err.contains((m_idp.endpoint().toString() + u"/device"_s).toUtf8()), shown.err);
    // Not a terminal here: no QR code.
    QVERIFY(!shown.err.contains("QR"));
    // The device code is a credential (43 base64url characters here): never shown.
    QVERIFY2(!QRegularExpression(u"[A-Za-z0-9_-]{30,}"_s).match(QString::fromUtf8(shown.err)).hasMatch(), shown.err);

    QCOMPARE(completeOnOtherDevice(m_idp.endpoint().toString() + u"/device"_s, userCode), 0);
    QVERIFY(cli.waitForExit(30000));
    const CliRun run = cli.result();
    QVERIFY2(run.exitCode == 0 && !run.crashed, describe(run));
    const QJsonObject claims = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(claims.value("sub"_L1).toString(), u"u-alice"_s);
    QCOMPARE(claims.value("aud"_L1).toString(), DeviceAppId);
    QVERIFY(!claims.contains("nonce"_L1)); // none in this flow, and none expected

    // Single flight, stopped at the first success: every poll before it pending, none after, and
    // never two within one interval (Logto revokes the grant when a used device code returns).
    const QList<Poll> seen = polls(m_idp);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.constLast().status, 200);
    for (qsizetype i = 0; i + 1 < seen.size(); ++i) {
        QCOMPARE(seen.at(i).status, 400);
        QVERIFY2(seen.at(i + 1).at - seen.at(i).at >= 4500, "polled faster than the 5 s default interval");
    }
    QVERIFY(!Keyring::lookup(u"%1 %2 refresh_token"_s.arg(m_idp.issuer(), DeviceAppId)).isEmpty());

    CliProcess process;
    const QStringList session{u"--endpoint"_s, m_idp.endpoint().toString(), u"--app-id"_s, DeviceAppId};
    const CliRun status = process.run(QStringList{u"status"_s} + session);
    QVERIFY2(status.exitCode == 0, describe(status));
    const CliRun token = process.run(QStringList{u"token"_s} + session);
    QVERIFY2(token.exitCode == 0 && token.out.trimmed().size() > 20, describe(token));
    const CliRun signOut = process.run(QStringList{u"sign-out"_s} + session);
    QVERIFY2(signOut.exitCode == 0, describe(signOut));
    QCOMPARE(Keyring::itemCount(), 0);
    QCOMPARE(process.run(QStringList{u"status"_s} + session).exitCode, 3);
}

void TestDevice::slowDownLengthensInterval()
{
    QVERIFY(m_idp.post(u"/__test/device/slow-down?count=1"_s));
    RunningCli cli(environment(), arguments(m_idp, {u"--timeout"_s, u"60"_s}));
    QVERIFY2(cli.waitForStderr(Waiting, 30000), describe(cli.result()));
    // slow_down at the first poll, then pending twice: 5 s, then 10 s, and 10 s again.
    QVERIFY2(QTest::qWaitFor([this] { return polls(m_idp).size() >= 3; }, 40000), "fewer than 3 polls");
    QVERIFY(m_idp.post(u"/__test/device/deny"_s));
    QVERIFY(cli.waitForExit(30000));
    QCOMPARE(cli.result().exitCode, 1);

    const QList<Poll> seen = polls(m_idp);
    QVERIFY(seen.at(0).slowDown);
    const qint64 second = seen.at(1).at - seen.at(0).at;
    const qint64 third = seen.at(2).at - seen.at(1).at;
    QVERIFY2(second >= 9500 && second < 14000, qPrintable(u"interval after slow_down: %1 ms"_s.arg(second)));
    QVERIFY2(third >= 9500 && third < 14000, qPrintable(u"the next interval: %1 ms"_s.arg(third)));
    QCOMPARE(Keyring::itemCount(), 0);
}

void TestDevice::endsWithoutStoring_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("denied in Chromium") << u"deny"_s << 1 << QByteArray("denied");
    QTest::newRow("code expired") << u"expire"_s << 1 << QByteArray("expired");
    QTest::newRow("Ctrl-C (SIGINT)") << u"sigint"_s << 4 << QByteArray("cancelled");
    QTest::newRow("SIGTERM") << u"sigterm"_s << 4 << QByteArray("cancelled");
    QTest::newRow("--timeout") << u"timeout"_s << 4 << QByteArray("timed out");
}

void TestDevice::endsWithoutStoring()
{
    QFETCH(QString, how);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);

    const QStringList extra = how == u"timeout"_s ? QStringList{u"--timeout"_s, u"3"_s} : QStringList{};
    RunningCli cli(environment(), arguments(m_idp, extra));
    QVERIFY2(cli.waitForStderr(Waiting, 30000), describe(cli.result()));
    if (how == u"deny"_s) {
        QCOMPARE(completeOnOtherDevice(m_idp.endpoint().toString() + u"/device"_s, userCodeIn(cli.result().err), true),
                 0);
    } else if (how == u"expire"_s) {
        QVERIFY(m_idp.post(u"/__test/device/expire"_s));
    } else if (how == u"sigint"_s) {
        cli.sendSignal(SIGINT);
    } else if (how == u"sigterm"_s) {
        cli.sendSignal(SIGTERM);
    }
    QVERIFY(cli.waitForExit(30000));
    const CliRun run = cli.result();
    QVERIFY2(run.exitCode == exitCode && !run.crashed, describe(run));
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.toLower().contains(message), describe(run));
    QVERIFY2(run.err.count("error: ") == 1, describe(run));
    QCOMPARE(Keyring::itemCount(), 0);
}

void TestDevice::badIdTokenSignatureIsRefused()
{
    IdpServer idp({u"--mutate"_s, u"id_token_bad_sig"_s});
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    RunningCli cli(environment(), arguments(idp));
    QVERIFY2(cli.waitForStderr(Waiting, 30000), describe(cli.result()));
    QCOMPARE(completeOnOtherDevice(idp.endpoint().toString() + u"/device"_s, userCodeIn(cli.result().err)), 0);
    QVERIFY(cli.waitForExit(30000));
    const CliRun run = cli.result();
    QVERIFY2(run.exitCode == 1, describe(run));
    QVERIFY2(run.err.contains("signature"), describe(run));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(Keyring::itemCount(), 0);
    // The tokens arrived once; the flow did not poll again after them.
    QCOMPARE(polls(idp).constLast().status, 200);
}

void TestDevice::ordinaryAppIdIsExplained()
{
    CliProcess process;
    const CliRun run = process.run(
        {u"sign-in"_s, u"--device"_s, u"--endpoint"_s, m_idp.endpoint().toString(), u"--app-id"_s, u"native-app"_s});
    QVERIFY2(run.exitCode == 1, describe(run));
    QVERIFY2(run.err.contains("Device flow"), describe(run));
    QVERIFY2(run.err.contains("not allowed for this client"), describe(run));
    QCOMPARE(Keyring::itemCount(), 0);
}

void TestDevice::browserOnlyOptionsAreUsageErrors()
{
    CliProcess process;
    for (const QStringList &extra : {QStringList{u"--apple"_s},
                                     QStringList{u"--no-browser"_s},
                                     QStringList{u"--login-hint"_s, u"alice"_s},
                                     QStringList{u"--port"_s, u"0"_s}}) {
        const CliRun run = process.run(arguments(m_idp, extra));
        QVERIFY2(run.exitCode == 2, describe(run));
        QVERIFY2(run.err.contains("does not apply to 'sign-in --device'"), describe(run));
    }
    QVERIFY(polls(m_idp).isEmpty());
}

void TestDevice::noBrowserNoDisplayMentionsDevice()
{
    // The browser flow with no browser to start and no display: it says that --device exists,
    // and still waits for the browser flow (it never switches flows by itself).
    CliProcess process;
    process.environment().insert(u"BROWSER"_s, m_scratch.filePath(u"no-such-browser"_s));
    process.environment().remove(u"DISPLAY"_s);
    process.environment().remove(u"WAYLAND_DISPLAY"_s);
    const CliRun run = process.run({u"sign-in"_s,
                                    u"--endpoint"_s,
                                    m_idp.endpoint().toString(),
                                    u"--app-id"_s,
                                    u"native-app"_s,
                                    u"--timeout"_s,
                                    u"2"_s});
    QVERIFY2(run.exitCode == 4, describe(run));
    QVERIFY2(run.err.contains("'sign-in --device'") && run.err.contains("Device flow"), describe(run));
    QVERIFY(polls(m_idp).isEmpty());
    QCOMPARE(m_idp.countRequests(u"/oidc/device/auth"_s), 0);
}

void TestDevice::qrCodeInTerminal()
{
    const QString tmux = QStandardPaths::findExecutable(u"tmux"_s);
    const QString zbarimg = QStandardPaths::findExecutable(u"zbarimg"_s);
    QVERIFY2(!tmux.isEmpty(), "tmux is missing (apt-get install tmux)");
    QVERIFY2(!zbarimg.isEmpty(), "zbarimg is missing (apt-get install zbar-tools)");

    // A private tmux server, 80 columns wide, running the command as a person would.
    const QString socket = m_scratch.filePath(u"tmux.sock"_s);
    const auto runTmux = [&](const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(tmux, QStringList{u"-S"_s, socket, u"-f"_s, u"/dev/null"_s} + arguments);
        process.waitForFinished(10000);
        return process.readAllStandardOutput();
    };
    QStringList command{CliProcess::executable()};
    command += arguments(m_idp);
    for (QString &word : command)
        word = u"'%1'"_s.arg(word);
    runTmux({u"new-session"_s,
             u"-d"_s,
             u"-x"_s,
             u"80"_s,
             u"-y"_s,
             u"50"_s,
             u"env LC_ALL=C.UTF-8 LANGUAGE=en "_s + command.join(u' ') + u"; sleep 60"_s});
    const auto cleanup = qScopeGuard([&] { runTmux({u"kill-server"_s}); });

    QString screen;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     screen = QString::fromUtf8(runTmux({u"capture-pane"_s, u"-p"_s}));
                     return screen.contains(QString::fromLatin1(Waiting));
                 },
                 30000),
             qPrintable(screen));
    const QStringList lines = screen.split(u'\n');
    for (const QString &line : lines)
        QVERIFY2(line.size() <= 80, qPrintable(line));

    const QString userCode = userCodeIn(screen.toUtf8());
    QVERIFY2(QRegularExpression(u"^[A-Z]{4}-[A-Z]{4}$"_s).match(userCode).hasMatch(), qPrintable(screen));
    const qsizetype first = lines.indexOf(QRegularExpression(u"Or scan this QR code.*"_s)) + 1;
    const qsizetype last = lines.indexOf(QRegularExpression(u"Waiting for the other device.*"_s));
    QVERIFY2(first > 0 && last > first + 10, qPrintable(screen));
    const QString image = m_scratch.filePath(u"qr.pgm"_s);
    QVERIFY(writeQrImage(lines.mid(first, last - first), image));

    QProcess zbar;
    zbar.start(zbarimg, {u"--quiet"_s, u"--raw"_s, image});
    QVERIFY(zbar.waitForFinished(30000));
    QCOMPARE(zbar.exitCode(), 0);
    const QString decoded = QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
    QCOMPARE(decoded, m_idp.endpoint().toString() + u"/device?user_code="_s + userCode);

    // The link works as a person's phone would use it: the code is already filled in.
    QCOMPARE(completeOnOtherDevice(decoded, QString()), 0);
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     screen = QString::fromUtf8(runTmux({u"capture-pane"_s, u"-p"_s}));
                     return screen.contains(u"\"sub\":\"u-alice\""_s);
                 },
                 30000),
             qPrintable(screen));
    QVERIFY(!Keyring::lookup(u"%1 %2 refresh_token"_s.arg(m_idp.issuer(), DeviceAppId)).isEmpty());
}

QTEST_GUILESS_MAIN(TestDevice)
#include "tst_device.moc"
