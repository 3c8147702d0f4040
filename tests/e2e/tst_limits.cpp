// SPDX-License-Identifier: MIT
// End to end: a provider that answers too much or too slowly (issue 11, defect 3). The real
// executable, after a real sign-in, against the Logto-shaped provider's /__test/huge and
// /__test/trickle faults and the real Secret Service (run through tests/with-keyring.sh).
// The commands here need no browser, so what is measured is the app alone: its peak memory
// (GNU time's maximum RSS) and how long it runs.
#include "cliprocess.h"
#include "idpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString AppId = u"native-app"_s;
// Longer than any access token here lives: `token` must refresh.
const QStringList ForceRefresh{u"--min-validity"_s, u"86400"_s};
constexpr qint64 HugeBytes = 64 * 1024 * 1024;
constexpr qint64 PeakRssLimitKiB = 100 * 1024;
constexpr int NetworkTimeoutSeconds = 3;
const QString GnuTime = u"/usr/bin/time"_s;

QByteArray describe(const CliRun &run)
{
    return "exit " + QByteArray::number(run.exitCode) + (run.crashed ? " (crashed)" : "") + "; stdout: " + run.out
        + "; stderr: " + run.err;
}

// The contract's failure shape: exactly one line, `error: ...`.
bool isOneErrorLine(const QByteArray &err)
{
    return err.startsWith("error: ") && err.count('\n') == 1 && err.endsWith('\n');
}

QByteArray storedRefreshToken(const QString &issuer)
{
    return Keyring::lookup(u"%1 %2 refresh_token"_s.arg(issuer, AppId));
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void refusedWithBoundedMemoryAndTime_data();
    void refusedWithBoundedMemoryAndTime();

private:
    [[nodiscard]] CliRun signIn(const IdpServer &idp);
    [[nodiscard]] static QStringList arguments(const QString &command, const IdpServer &idp, const QStringList &extra);
    // Runs the app under GNU time; `peakKiB` gets its maximum resident set size.
    [[nodiscard]] CliRun runMeasured(const QStringList &arguments, qint64 &peakKiB, int timeoutMs);

    QTemporaryDir m_scratch;
    int m_runs = 0;
};

void TestLimits::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run this test through tests/with-keyring.sh");
    QVERIFY(m_scratch.isValid());
    QVERIFY2(QFile::exists(IdpServer::idpDirectory() + u"/node_modules"_s),
             "tests/idp/node_modules is missing: run scripts/setup.sh (npm ci)");
    QVERIFY2(QFile::exists(GnuTime), "GNU time is missing: run scripts/setup.sh (Debian package time)");
}

void TestLimits::init()
{
    Keyring::clear();
    QCOMPARE(Keyring::itemCount(), 0);
    const QString index =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/logto-signin/logto-signin.conf"_s;
    QVERIFY2(!QFile::exists(index) || QFile::remove(index), qPrintable(index));
}

CliRun TestLimits::signIn(const IdpServer &idp)
{
    CliProcess cli;
    cli.environment().insert(u"BROWSER"_s, u"node %1/browser.mjs"_s.arg(IdpServer::idpDirectory()));
    cli.environment().insert(u"BROWSER_RESULT"_s, m_scratch.filePath(u"browser-%1.json"_s.arg(m_runs++)));
    return cli.run(arguments(u"sign-in"_s, idp, {u"--timeout"_s, u"60"_s}));
}

QStringList TestLimits::arguments(const QString &command, const IdpServer &idp, const QStringList &extra)
{
    return QStringList{command, u"--endpoint"_s, idp.endpoint().toString(), u"--app-id"_s, AppId} + extra;
}

CliRun TestLimits::runMeasured(const QStringList &arguments, qint64 &peakKiB, int timeoutMs)
{
    const QString report = m_scratch.filePath(u"time-%1.txt"_s.arg(m_runs++));
    CliProcess cli;
    cli.setWrapper({GnuTime, u"-f"_s, u"%M"_s, u"-o"_s, report});
    const CliRun run = cli.run(arguments, timeoutMs);
    QFile file(report);
    bool ok = false;
    peakKiB = file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().split('\n').last().toLongLong(&ok) : -1;
    if (!ok)
        peakKiB = -1;
    return run;
}

void TestLimits::refusedWithBoundedMemoryAndTime_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("trickle");

    const QString huge = u"/__test/huge?bytes=%1&path="_s.arg(HugeBytes);
    // `claims` verifies the stored ID token in a new process: discovery, then the JWKS.
    QTest::newRow("JWKS 64 MiB, Content-Length") << huge + u"jwks"_s << u"claims"_s << QStringList() << false;
    QTest::newRow("JWKS 64 MiB, chunked") << huge + u"jwks&chunked=1"_s << u"claims"_s << QStringList() << false;
    QTest::newRow("discovery 64 MiB, chunked")
        << huge + u"discovery&chunked=1"_s << u"claims"_s << QStringList() << false;
    // `token` with a forced refresh: the token endpoint's answer.
    QTest::newRow("token 64 MiB, Content-Length") << huge + u"token"_s << u"token"_s << ForceRefresh << false;
    QTest::newRow("token 64 MiB, chunked") << huge + u"token&chunked=1"_s << u"token"_s << ForceRefresh << false;
    QTest::newRow("token endpoint trickles") << u"/__test/trickle?path=token"_s << u"token"_s << ForceRefresh << true;
    QTest::newRow("JWKS trickles") << u"/__test/trickle?path=jwks"_s << u"claims"_s << QStringList() << true;
    QTest::newRow("discovery trickles") << u"/__test/trickle?path=discovery"_s << u"claims"_s << QStringList() << true;
}

// A 64 MiB answer is refused with a peak RSS under 100 MiB, whether or not it announces its
// size; an answer that trickles a byte a second ends the command within --network-timeout
// plus a second. Either way: one error line, exit 1, and the session is kept.
void TestLimits::refusedWithBoundedMemoryAndTime()
{
    QFETCH(QString, fault);
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    QFETCH(bool, trickle);

    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    const CliRun signedIn = signIn(idp);
    QVERIFY2(signedIn.exitCode == 0, describe(signedIn).constData());
    const QByteArray refreshToken = storedRefreshToken(idp.issuer());
    QVERIFY(!refreshToken.isEmpty());

    QVERIFY(idp.post(fault));
    CliRun run;
    if (trickle) {
        // Started to finished, process start included; a trickle would go on for a minute.
        QElapsedTimer clock;
        clock.start();
        run = CliProcess().run(
            arguments(
                command, idp, options + QStringList{u"--network-timeout"_s, QString::number(NetworkTimeoutSeconds)}),
            20000);
        const qint64 elapsed = clock.elapsed();
        qInfo("%s: %s ended after %lld ms (--network-timeout %d)",
              QTest::currentDataTag(),
              qPrintable(command),
              elapsed,
              NetworkTimeoutSeconds);
        QVERIFY2(elapsed < (NetworkTimeoutSeconds + 1) * 1000, describe(run).constData());
        QVERIFY2(run.err.contains("did not answer in time"), describe(run).constData());
    } else {
        qint64 peakKiB = -1;
        run = runMeasured(arguments(command, idp, options), peakKiB, 60000);
        qInfo("%s: %s peak RSS %lld KiB", QTest::currentDataTag(), qPrintable(command), peakKiB);
        QVERIFY2(peakKiB > 0, "GNU time reported no peak RSS");
        QVERIFY2(peakKiB < PeakRssLimitKiB,
                 qPrintable(u"peak RSS %1 KiB; %2"_s.arg(peakKiB).arg(QString::fromUtf8(describe(run)))));
        QVERIFY2(run.err.contains("too large"), describe(run).constData());
    }
    QVERIFY(!run.crashed);
    QVERIFY2(run.exitCode == 1, describe(run).constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY2(isOneErrorLine(run.err), run.err.constData());
    if (command == u"token"_s)
        QCOMPARE(idp.countRequests(u"/oidc/token"_s, u"refresh_token"_s), 1); // no retry behind the person's back

    // The session is kept: the same refresh token, and once the provider answers again the
    // same command succeeds.
    QCOMPARE(storedRefreshToken(idp.issuer()), refreshToken);
    QVERIFY(idp.post(u"/__test/reset"_s));
    qint64 normalPeakKiB = -1;
    const CliRun again = runMeasured(arguments(command, idp, options), normalPeakKiB, 60000);
    QVERIFY2(again.exitCode == 0, describe(again).constData());
    qInfo("%s: the same %s, answered normally: peak RSS %lld KiB",
          QTest::currentDataTag(),
          qPrintable(command),
          normalPeakKiB);
}

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
