// SPDX-License-Identifier: MIT
// The app's loopback listener attacked by another local process while a real sign-in waits:
// wrong Host headers, other methods, over-long heads, look-alike paths, junk, and piles of idle
// connections. Every request carries the right state (the attacker is assumed to know it): none
// may end or derail the flow. Afterwards the real authorization response still completes the
// sign-in, memory stayed bounded and every socket is closed. Loopback only, bounded counts.
#include "cliprocess.h"
#include "harness.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace Hardening;
using namespace Qt::StringLiterals;

namespace {

// The listener's limits (app/core/loopbacklistener.h, httprequestparser.h), as a client sees them.
constexpr int MaxConnections = 32;
constexpr int IdleTimeoutMs = 10'000;
constexpr qsizetype MaxHead = 8 * 1024;

} // namespace

class TestListenerAttacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void hostileRequestsDoNotEndTheFlow();
    void junkDuringSignInKeepsMemoryAndSocketsBounded();
    void idleConnectionsDuringSignIn();

private:
    // A sign-in waiting for its browser, with the authorization response in hand.
    struct Waiting
    {
        std::unique_ptr<Idp> idp;
        std::unique_ptr<SignIn> signIn;
        QUrl callback;
    };
    void startWaiting(Waiting &waiting, const QStringList &extra = {});
    void finishWaiting(Waiting &waiting);
};

void TestListenerAttacks::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run this test through tests/with-keyring.sh");
    QVERIFY2(QFile::exists(Idp::directory() + u"/node_modules"_s), "tests/idp/node_modules is missing: npm ci");
}

void TestListenerAttacks::init()
{
    Keyring::clear();
}

void TestListenerAttacks::startWaiting(Waiting &waiting, const QStringList &extra)
{
    waiting.idp = std::make_unique<Idp>();
    QVERIFY2(waiting.idp->start(), qPrintable(waiting.idp->errorString()));
    waiting.signIn = std::make_unique<SignIn>(*waiting.idp, extra);
    QVERIFY(waiting.signIn->start());
    QVERIFY2(waiting.signIn->waitForAuthorizationUrl(), waiting.signIn->describe().constData());
    ScriptedBrowser browser;
    waiting.callback = browser.authorize(waiting.signIn->authorizationUrl());
    QVERIFY2(!waiting.callback.isEmpty(), qPrintable(browser.errorString()));
    waiting.signIn->secrets().addAuthorizationResponse(waiting.callback);
}

// The real response after the attack: the sign-in completes, with one code exchange only.
void TestListenerAttacks::finishWaiting(Waiting &waiting)
{
    SignIn &signIn = *waiting.signIn;
    QVERIFY2(signIn.isRunning(), signIn.describe().constData());
    QCOMPARE(waiting.idp->tokenRequests(), 0);
    const RawResponse page = deliver(waiting.callback);
    QCOMPARE(page.status, 200);
    QVERIFY2(signIn.waitForFinished(), signIn.describe().constData());
    QVERIFY2(signIn.exitCode() == 0, signIn.describe().constData());
    QCOMPARE(waiting.idp->tokenRequests(u"authorization_code"_s), 1);
    QCOMPARE(Keyring::itemCount(), 3);
    verifyNoSecretLeaked(signIn);
}

void TestListenerAttacks::hostileRequestsDoNotEndTheFlow()
{
    Waiting waiting;
    startWaiting(waiting);
    if (QTest::currentTestFailed())
        return;
    const quint16 port = waiting.signIn->port();
    const QByteArray target = waiting.callback.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    const QByteArray query = waiting.callback.query(QUrl::FullyEncoded).toLatin1();
    const QByteArray host = "127.0.0.1:" + QByteArray::number(port);
    const auto request = [](const QByteArray &method, const QByteArray &path, const QByteArray &headers) -> QByteArray {
        return method + ' ' + path + " HTTP/1.1\r\n" + headers + "Connection: close\r\n\r\n";
    };
    const QByteArray hostHeader = "Host: " + host + "\r\n";

    struct Case
    {
        QByteArray name;
        QByteArray bytes;
        int status;
    };
    const std::vector<Case> cases{
        // Host: DNS rebinding sends the attacker's name; nothing but 127.0.0.1:<port> is ours.
        {"Host localhost", request("GET", target, "Host: localhost:" + QByteArray::number(port) + "\r\n"), 400},
        {"Host evil.example", request("GET", target, "Host: evil.example\r\n"), 400},
        {"Host without port", request("GET", target, "Host: 127.0.0.1\r\n"), 400},
        {"Host other port", request("GET", target, "Host: 127.0.0.1:" + QByteArray::number(port + 1) + "\r\n"), 400},
        {"Host [::1]", request("GET", target, "Host: [::1]:" + QByteArray::number(port) + "\r\n"), 400},
        {"Host with userinfo", request("GET", target, "Host: evil@" + host + "\r\n"), 400},
        {"Host empty", request("GET", target, "Host: \r\n"), 400},
        {"no Host (HTTP/1.1)", request("GET", target, {}), 400},
        {"two Hosts", request("GET", target, hostHeader + "Host: evil.example\r\n"), 400},
        // Methods other than GET, with the right state.
        {"POST", request("POST", target, hostHeader + "Content-Length: 0\r\n"), 405},
        {"PUT", request("PUT", target, hostHeader + "Content-Length: 0\r\n"), 405},
        {"DELETE", request("DELETE", target, hostHeader), 405},
        {"HEAD", request("HEAD", target, hostHeader), 405},
        {"OPTIONS", request("OPTIONS", target, hostHeader), 405},
        {"TRACE", request("TRACE", target, hostHeader), 405},
        {"PATCH", request("PATCH", target, hostHeader), 405},
        {"get (lower case)", request("get", target, hostHeader), 405},
        // Look-alike paths: exact match only.
        {"/callback/", request("GET", "/callback/?" + query, hostHeader), 404},
        {"/CALLBACK", request("GET", "/CALLBACK?" + query, hostHeader), 404},
        {"/%63allback", request("GET", "/%63allback?" + query, hostHeader), 404},
        {"/callback/../x", request("GET", "/callback/../x?" + query, hostHeader), 404},
        {"/x/../callback", request("GET", "/x/../callback?" + query, hostHeader), 404},
        {"//callback", request("GET", "//callback?" + query, hostHeader), 404},
        {"/callback%2F", request("GET", "/callback%2F?" + query, hostHeader), 404},
        {"/callback;x", request("GET", "/callback;x?" + query, hostHeader), 404},
        {"/callback%00", request("GET", "/callback%00?" + query, hostHeader), 404},
        {"absolute-form", request("GET", "http://" + host + target, hostHeader), 404},
        {"asterisk", request("OPTIONS", "*", hostHeader), 404},
        // Over-long heads (limits: 8 KiB request line, 8 KiB head, 100 header lines).
        {"request line > 8 KiB", request("GET", target + "&pad=" + QByteArray(MaxHead, 'a'), hostHeader), 414},
        {"head > 8 KiB", request("GET", target, hostHeader + "X-Pad: " + QByteArray(MaxHead, 'b') + "\r\n"), 431},
        {"101 header lines", request("GET", target, hostHeader + QByteArray("X-A: 1\r\n").repeated(101)), 431},
        // Malformed.
        {"HTTP/2.0", "GET " + target + " HTTP/2.0\r\n" + hostHeader + "\r\n", 505},
        {"HTTP/0.9 style", "GET " + target + "\r\n\r\n", 400},
        {"bare CR", "GET " + target + " HTTP/1.1\r" + hostHeader + "\r\n", 400},
        {"space before colon", request("GET", target, "Host : " + host + "\r\n"), 400},
        {"obsolete line fold", request("GET", target, hostHeader + "X-A: 1\r\n  folded\r\n"), 400},
        {"NUL in header", request("GET", target, hostHeader + QByteArray("X-A: a\0b\r\n", 10)), 400},
        {"binary junk", QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) + "\r\n\r\n", 400},
    };
    for (const Case &attack : cases) {
        const RawResponse answer = rawHttp(port, attack.bytes);
        QVERIFY2(answer.status == attack.status,
                 qPrintable(u"%1: expected %2, got %3 (%4)"_s.arg(QString::fromLatin1(attack.name))
                                .arg(attack.status)
                                .arg(answer.status)
                                .arg(QString::fromLatin1(answer.head.left(80)))));
        QVERIFY2(answer.header("Connection") == "close", attack.name.constData());
        QVERIFY2(answer.header("Cache-Control") == "no-store", attack.name.constData());
        if (attack.status == 405)
            QCOMPARE(answer.header("Allow"), "GET");
        // The error pages never echo what was sent (no reflected markup, no state).
        QVERIFY2(!answer.body.contains(waiting.signIn->state().toLatin1()), attack.name.constData());
        QVERIFY2(waiting.signIn->isRunning(), attack.name.constData());
    }
    finishWaiting(waiting);
}

// 1,000 junk requests of every kind during a sign-in. RSS grows by less than 16 MiB (generous:
// what matters is that nothing is kept per request), no socket is left behind, and the real
// response still completes the sign-in.
void TestListenerAttacks::junkDuringSignInKeepsMemoryAndSocketsBounded()
{
    Waiting waiting;
    startWaiting(waiting);
    if (QTest::currentTestFailed())
        return;
    SignIn &signIn = *waiting.signIn;
    const quint16 port = signIn.port();
    const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    const QList<QByteArray> junk{
        "GET /favicon.ico HTTP/1.1\r\n" + host + "\r\n",
        "GET /callback?state=x&code=y HTTP/1.1\r\n" + host + "\r\n",
        "POST /callback HTTP/1.1\r\n" + host + "Content-Length: 5\r\n\r\nhello",
        "GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\n\r\n",
        "GET / HTTP/1.1\r\n" + QByteArray("X-B: 0123456789\r\n").repeated(600) + "\r\n",
        QByteArray(4096, '\0') + "\r\n",
        "\r\n\r\n\r\nGET\r\n\r\n",
        "GET /callback HTTP/1.1\r\nHost: evil\r\n\r\n",
        "BREW /coffee HTCPCP/1.0\r\n\r\n",
        "GET /callback?state=" + QByteArray(6000, 's') + " HTTP/1.1\r\n" + host + "\r\n",
    };
    // Warm up (first allocations, lazy initialisation), then measure.
    for (const QByteArray &request : junk)
        QVERIFY(rawHttp(port, request).connected);
    const qint64 before = Proc::residentKiB(signIn.pid());
    QVERIFY(before > 0);
    QElapsedTimer clock;
    clock.start();
    int answered = 0;
    for (int i = 0; i < 1000 && clock.elapsed() < 120'000; ++i) {
        const RawResponse answer = rawHttp(port, junk.at(i % junk.size()), 5000);
        if (answer.status >= 400)
            ++answered;
    }
    const qint64 elapsed = clock.elapsed();
    const qint64 after = Proc::residentKiB(signIn.pid());
    qInfo("1000 junk requests in %lld ms, %d answered with an error page; RSS %lld -> %lld KiB",
          elapsed,
          answered,
          before,
          after);
    QCOMPARE(answered, 1000);
    QVERIFY2(after - before < 16 * 1024, qPrintable(u"RSS grew by %1 KiB"_s.arg(after - before)));
    // Every junk connection is closed by the app: only the listening socket is left.
    QTRY_COMPARE_WITH_TIMEOUT(Proc::tcpSocketsOnPort(signIn.pid(), port), 1, 5000);
    finishWaiting(waiting);
}

// 200 idle connections (connect, send nothing) during a sign-in. The listener holds at most 32
// and closes each after 10 s; those over the cap are closed at once.
void TestListenerAttacks::idleConnectionsDuringSignIn()
{
    Waiting waiting;
    startWaiting(waiting);
    if (QTest::currentTestFailed())
        return;
    SignIn &signIn = *waiting.signIn;
    const quint16 port = signIn.port();
    const qint64 before = Proc::residentKiB(signIn.pid());

    std::vector<std::unique_ptr<QTcpSocket>> idle;
    QElapsedTimer sinceIdle; // from the first connection: its idle timer starts when it is accepted
    sinceIdle.start();
    for (int i = 0; i < 200; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket->waitForConnected(5000)); // the kernel accepts before the app sees it
        idle.push_back(std::move(socket));
    }
    // The app keeps the cap: 32 held, the rest closed.
    QTRY_VERIFY_WITH_TIMEOUT(Proc::tcpSocketsOnPort(signIn.pid(), port) <= MaxConnections + 1, 5000);
    const auto stillOpen = [&idle] {
        return static_cast<int>(std::count_if(idle.cbegin(), idle.cend(), [](const auto &socket) {
            socket->waitForReadyRead(0); // let the socket notice a close
            return socket->state() == QAbstractSocket::ConnectedState;
        }));
    };
    QTRY_COMPARE_WITH_TIMEOUT(stillOpen(), MaxConnections, 5000);
    qInfo("200 idle connections opened in %lld ms; RSS %lld -> %lld KiB",
          sinceIdle.elapsed(),
          before,
          Proc::residentKiB(signIn.pid()));

    // The browser comes back now, while 32 idle connections are held: the listener evicts the
    // oldest idle connection rather than refuse the newcomer, so the sign-in completes.
    const RawResponse early = deliver(waiting.callback);
    QVERIFY2(early.status == 200, early.reset ? "connection closed without an answer" : early.head.constData());
    QVERIFY2(signIn.isRunning() || early.status == 200, signIn.describe().constData());

    // After the idle timeout the app has closed them all, and a reload of the page completes.
    QTRY_VERIFY_WITH_TIMEOUT(stillOpen() == 0, IdleTimeoutMs + 10'000);
    qInfo("idle connections closed by the app after %lld ms; early callback: connected %d, reset %d, status %d",
          sinceIdle.elapsed(),
          early.connected,
          early.reset,
          early.status);
    if (early.status == 200) {
        // Accepted: the listener closed every other connection at once, and the app is done.
        QVERIFY2(signIn.waitForFinished(), signIn.describe().constData());
        QVERIFY2(signIn.exitCode() == 0, signIn.describe().constData());
        verifyNoSecretLeaked(signIn);
        return;
    }
    // Refused: the idle ones were closed by their timeout, not before (a coarse QTimer may fire
    // up to 5 % early), and a reload of the page completes the sign-in.
    QVERIFY2(sinceIdle.elapsed() >= IdleTimeoutMs * 95 / 100 - 100, qPrintable(QString::number(sinceIdle.elapsed())));
    QTRY_COMPARE_WITH_TIMEOUT(Proc::tcpSocketsOnPort(signIn.pid(), port), 1, 5000); // the listening socket only
    finishWaiting(waiting);
}

QTEST_GUILESS_MAIN(TestListenerAttacks)
#include "tst_listenerattacks.moc"
