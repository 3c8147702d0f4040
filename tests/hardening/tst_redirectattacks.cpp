// SPDX-License-Identifier: MIT
// The authorization response, attacked, end to end against the real logto-signin: a wrong,
// trailing-slashed or missing RFC 9207 `iss`; an `error=` response with the wrong state; an
// error_description with markup or terminal control characters; the same response replayed; and
// two app instances signing in at once. The test plays the browser (tests/hardening/harness.h),
// so it holds the real authorization response and decides where it goes.
#include "cliprocess.h"
#include "harness.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

#include <utility>

using namespace Hardening;
using namespace Qt::StringLiterals;

class TestRedirectAttacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void issParameter_data();
    void issParameter();
    void errorWithWrongStateIsIgnored();
    void errorDescriptionMarkupIsEscaped();
    void errorDescriptionControlCharactersNeverReachTheTerminal();
    void replayedCallbackIsRefused();
    void twoInstancesCannotCompleteEachOther();
};

void TestRedirectAttacks::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run this test through tests/with-keyring.sh");
    QVERIFY2(QFile::exists(Idp::directory() + u"/node_modules"_s), "tests/idp/node_modules is missing: npm ci");
}

void TestRedirectAttacks::init()
{
    Keyring::clear();
}

void TestRedirectAttacks::issParameter_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::newRow("rfc9207-iss-wrong") << u"iss_param_wrong"_s;
    QTest::newRow("rfc9207-iss-trailing-slash") << u"iss_param_trailing_slash"_s;
    QTest::newRow("rfc9207-iss-missing-while-advertised") << u"iss_param_missing"_s;
}

// RFC 9207 §2.4: a response whose iss is not exactly the issuer is dropped before the code is
// used, so a mix-up attack cannot make us send another provider's code anywhere.
void TestRedirectAttacks::issParameter()
{
    QFETCH(QString, mutation);
    Idp idp({u"--mutate"_s, mutation});
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    SignIn signIn(idp);
    RawResponse page;
    signInToTheEnd(signIn, &page);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(signIn.exitCode() == 1, signIn.describe().constData());
    QVERIFY2(signIn.err().contains("issuer mismatch"), signIn.describe().constData());
    QCOMPARE(idp.tokenRequests(), 0); // the code was never exchanged
    QCOMPARE(Keyring::itemCount(), 0);
    QVERIFY2(page.body.contains("class=\"error\""), page.body.constData());
    verifyNoSecretLeaked(signIn);
}

// Anyone who knows the port can send `error=access_denied`; without the state of this attempt it
// must not end the sign-in. The flow keeps waiting, then times out.
void TestRedirectAttacks::errorWithWrongStateIsIgnored()
{
    Idp idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    SignIn signIn(idp, {u"--timeout"_s, u"5"_s});
    QVERIFY(signIn.start());
    QVERIFY2(signIn.waitForAuthorizationUrl(), signIn.describe().constData());
    QElapsedTimer clock;
    clock.start();

    QUrl forged = signIn.redirectUri();
    const QString iss = QString::fromUtf8(QUrl::toPercentEncoding(idp.issuer()));
    const QStringList queries{
        u"error=access_denied&state=not-the-state&iss="_s + iss,
        u"error=access_denied&iss="_s + iss, // no state
        u"error=access_denied&state=&iss="_s + iss, // empty state
        // Two states, one of them right: which one counts would be a guess.
        u"error=access_denied&state=wrong&state=%1&iss=%2"_s.arg(signIn.state(), iss),
        u"error=access_denied&state=%1x&iss=%2"_s.arg(signIn.state(), iss), // one character more
        u"error=access_denied&state=%1&iss=%2"_s.arg(signIn.state().chopped(1), iss), // one less
        u"error=access_denied&STATE=%1&iss=%2"_s.arg(signIn.state(), iss), // another parameter
    };
    for (const QString &query : queries) {
        forged.setQuery(query, QUrl::StrictMode);
        const RawResponse answer = deliver(forged);
        QVERIFY2(answer.status == 400, qPrintable(query + u": "_s + QString::fromLatin1(answer.head)));
        QVERIFY(answer.body.contains("This sign-in link has expired"));
        QVERIFY2(signIn.isRunning(), signIn.describe().constData());
    }
    QVERIFY2(signIn.waitForFinished(), signIn.describe().constData());
    QVERIFY2(signIn.exitCode() == 4, signIn.describe().constData());
    QVERIFY2(signIn.err().contains("timed out"), signIn.describe().constData());
    QVERIFY(!signIn.err().contains("cancelled or denied"));
    QVERIFY(clock.elapsed() >= 4000);
    QCOMPARE(idp.tokenRequests(), 0);
    verifyNoSecretLeaked(signIn);
}

// The provider's error_description is shown on the app's page in the browser: as text, never as
// markup (the page would run it on the loopback origin).
void TestRedirectAttacks::errorDescriptionMarkupIsEscaped()
{
    Idp idp({u"--mutate"_s, u"redirect_error_markup"_s});
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    SignIn signIn(idp);
    RawResponse page;
    signInToTheEnd(signIn, &page);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(signIn.exitCode() == 1, signIn.describe().constData());
    QVERIFY2(signIn.err().contains("server_error"), signIn.describe().constData());
    QCOMPARE(page.status, 200);
    QVERIFY2(page.body.contains("class=\"error\""), page.body.constData());
    QVERIFY2(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page.body.constData());
    QVERIFY2(page.body.contains("&lt;b onmouseover=&quot;x()&quot;&gt;"), page.body.constData());
    QVERIFY(!page.body.contains("<script"));
    QVERIFY(!page.body.contains("<b "));
    QVERIFY(!page.body.contains("onmouseover=\""));
    // And if something slipped through, nothing could run or load.
    const QByteArray csp = page.header("Content-Security-Policy");
    QVERIFY2(csp.contains("default-src 'none'") && !csp.contains("script-src"), csp.constData());
    QCOMPARE(page.header("X-Content-Type-Options"), "nosniff");
    QCOMPARE(idp.tokenRequests(), 0);
    QCOMPARE(Keyring::itemCount(), 0);
    verifyNoSecretLeaked(signIn);
}

// The same text goes to the terminal: ESC, CR, BEL, backspace, NUL and C1 controls from the
// provider would let it rewrite the screen or the window title, or fake an "error:" line.
void TestRedirectAttacks::errorDescriptionControlCharactersNeverReachTheTerminal()
{
    Idp idp({u"--mutate"_s, u"redirect_error_control_chars"_s});
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    SignIn signIn(idp);
    // Only the contract's error line on stderr, without the debug log (Qt escapes there).
    signIn.environment().remove(u"QT_LOGGING_RULES"_s);
    RawResponse page;
    signInToTheEnd(signIn, &page);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(signIn.exitCode() == 1, signIn.describe().constData());
    QVERIFY2(signIn.err().contains("spoofed"), signIn.describe().constData()); // the text itself is shown
    const QByteArray err = signIn.err();
    QStringList found;
    for (qsizetype i = 0; i < err.size(); ++i) {
        const auto c = static_cast<unsigned char>(err.at(i));
        const bool c0 = (c < 0x20 && c != '\n') || c == 0x7f;
        const bool c1 = c == 0xc2 && i + 1 < err.size() && static_cast<unsigned char>(err.at(i + 1)) >= 0x80
            && static_cast<unsigned char>(err.at(i + 1)) <= 0x9f;
        if (c0 || c1)
            found << u"0x%1 at %2"_s.arg(c1 ? 0xc2 : c, 2, 16, QLatin1Char('0')).arg(i);
    }
    QVERIFY2(found.isEmpty(),
             qPrintable(u"control characters from the provider reached stderr: "_s + found.join(u", "_s) + u" in "_s
                        + QString::fromLatin1(err.toPercentEncoding(" :()/.,'-_"))));
    QCOMPARE(err.count('\n'), 1);
    QVERIFY(err.startsWith("error: "));
}

// Once the app took the authorization response its port closes: the same response (from
// history, a second tab or another process) gets "connection refused", also while the code
// exchange is still under way.
void TestRedirectAttacks::replayedCallbackIsRefused()
{
    Idp idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    QVERIFY(idp.post(u"/__test/delay-token?ms=3000"_s)); // a slow token endpoint: a window to replay in
    SignIn signIn(idp);
    QVERIFY(signIn.start());
    QVERIFY2(signIn.waitForAuthorizationUrl(), signIn.describe().constData());
    ScriptedBrowser browser;
    const QUrl callback = browser.authorize(signIn.authorizationUrl());
    QVERIFY2(!callback.isEmpty(), qPrintable(browser.errorString()));
    signIn.secrets().addAuthorizationResponse(callback);

    // The browser's request, left waiting for the app's answer.
    QTcpSocket first;
    first.connectToHost(QHostAddress::LocalHost, signIn.port());
    QVERIFY(first.waitForConnected(5000));
    first.write(getRequest(callback));
    QVERIFY(first.waitForBytesWritten(5000));
    QTRY_VERIFY_WITH_TIMEOUT(Proc::tcpSocketsOnPort(signIn.pid(), signIn.port()) == 1, 5000); // listener closed

    QTcpSocket replay;
    replay.connectToHost(QHostAddress::LocalHost, signIn.port());
    QVERIFY(!replay.waitForConnected(5000));
    QCOMPARE(replay.error(), QAbstractSocket::ConnectionRefusedError);

    QByteArray answer;
    QVERIFY(QTest::qWaitFor(
        [&] {
            answer += first.readAll();
            return first.state() == QAbstractSocket::UnconnectedState;
        },
        30000));
    answer += first.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.left(200).constData());
    QVERIFY2(signIn.waitForFinished(), signIn.describe().constData());
    QVERIFY2(signIn.exitCode() == 0, signIn.describe().constData());
    QCOMPARE(idp.tokenRequests(u"authorization_code"_s), 1);

    // After the app is gone, of course, too.
    const RawResponse late = deliver(callback);
    QVERIFY(!late.connected);
    verifyNoSecretLeaked(signIn);
}

// Two sign-ins at once (two apps, or two windows): each listener takes only the response to its
// own request. Crossed over, both are refused and both flows go on; then each completes.
void TestRedirectAttacks::twoInstancesCannotCompleteEachOther()
{
    Idp idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    SignIn first(idp, {}, AppId);
    SignIn second(idp, {}, OtherAppId);
    QVERIFY(first.start());
    QVERIFY(second.start());
    QVERIFY2(first.waitForAuthorizationUrl(), first.describe().constData());
    QVERIFY2(second.waitForAuthorizationUrl(), second.describe().constData());
    QVERIFY(first.port() != second.port());
    QVERIFY(first.state() != second.state());

    ScriptedBrowser browser;
    const QUrl firstCallback = browser.authorize(first.authorizationUrl());
    QVERIFY2(!firstCallback.isEmpty(), qPrintable(browser.errorString()));
    const QUrl secondCallback = browser.authorize(second.authorizationUrl(), u"bob"_s, u"bob-password"_s);
    QVERIFY2(!secondCallback.isEmpty(), qPrintable(browser.errorString()));
    first.secrets().addAuthorizationResponse(firstCallback);
    second.secrets().addAuthorizationResponse(secondCallback);

    // Crossed: the first app's response to the second app's port, and the other way round.
    QUrl crossed = firstCallback;
    crossed.setPort(second.port());
    QCOMPARE(deliver(crossed).status, 400);
    crossed = secondCallback;
    crossed.setPort(first.port());
    QCOMPARE(deliver(crossed).status, 400);
    QVERIFY(first.isRunning());
    QVERIFY(second.isRunning());
    QCOMPARE(idp.tokenRequests(), 0);

    QCOMPARE(deliver(secondCallback).status, 200);
    QCOMPARE(deliver(firstCallback).status, 200);
    QVERIFY2(first.waitForFinished(), first.describe().constData());
    QVERIFY2(second.waitForFinished(), second.describe().constData());
    QVERIFY2(first.exitCode() == 0, first.describe().constData());
    QVERIFY2(second.exitCode() == 0, second.describe().constData());
    QCOMPARE(QJsonDocument::fromJson(first.out()).object().value("sub"_L1).toString(), u"u-alice"_s);
    QCOMPARE(QJsonDocument::fromJson(second.out()).object().value("sub"_L1).toString(), u"u-bob"_s);
    QCOMPARE(idp.tokenRequests(u"authorization_code"_s), 2);
    // No secret of one attempt shows up in the other's output either.
    for (const auto &[run, other] : {std::pair{&first, &second}, std::pair{&second, &first}}) {
        const QStringList leaks = other->secrets().findIn(run->out() + run->err(), u"the other app's output"_s);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u"; "_s)));
    }
    verifyNoSecretLeaked(first);
    verifyNoSecretLeaked(second);
}

QTEST_GUILESS_MAIN(TestRedirectAttacks)
#include "tst_redirectattacks.moc"
