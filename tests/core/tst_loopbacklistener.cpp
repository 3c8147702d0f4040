// SPDX-License-Identifier: MIT
#include "callbackpage.h"
#include "httprequestparser.h"
#include "loopbacklistener.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace Logto;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString expectedState = u"Zk3_pQ-9vLmN2xYt7RsWbA"_s;

// A parsed HTTP/1.1 response, as a browser would read it.
struct Response
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

Response parseResponse(const QByteArray &raw)
{
    Response response;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return response;
    const QList<QByteArray> lines = raw.first(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() >= 3 && statusLine.first() == "HTTP/1.1")
        response.status = statusLine.at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            response.headers.append({lines.at(i).first(colon), lines.at(i).sliced(colon + 1).trimmed()});
    }
    response.body = raw.sliced(headEnd + 4);
    return response;
}

// A raw TCP client, so tests control every byte and see exactly what the server sends.
class Client
{
public:
    explicit Client(quint16 port)
    {
        m_socket.setProxy(QNetworkProxy::NoProxy);
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { m_received += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    }

    [[nodiscard]] bool waitConnected()
    {
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    // The server ends every answer by closing; a closed socket means the answer is complete.
    [[nodiscard]] bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    [[nodiscard]] const QByteArray &received() const { return m_received; }
    [[nodiscard]] Response response() const { return parseResponse(m_received); }
    [[nodiscard]] QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

QByteArray hostHeader(quint16 port)
{
    return "127.0.0.1:" + QByteArray::number(port);
}

// What a browser sends for the redirect, minus the noise.
QByteArray getRequest(quint16 port, const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: " + hostHeader(port)
        + "\r\nUser-Agent: Mozilla/5.0\r\nAccept: text/html\r\nConnection: keep-alive\r\n\r\n";
}

QByteArray callbackTarget(const QString &state = expectedState)
{
    return "/callback?code=abc123&state=" + state.toUtf8() + "&iss=http%3A%2F%2F127.0.0.1%3A3001%2Foidc";
}

// Sends one request on a new connection and returns the full answer (empty on timeout).
QByteArray exchange(quint16 port, const QByteArray &request)
{
    Client client(port);
    if (!client.waitConnected())
        return {};
    client.send(request);
    if (!client.waitClosed())
        return {};
    return client.received();
}

bool connectionRefused(const QHostAddress &address, quint16 port)
{
    QTcpSocket probe;
    probe.setProxy(QNetworkProxy::NoProxy);
    probe.connectToHost(address, port);
    if (!QTest::qWaitFor([&probe] { return probe.state() == QAbstractSocket::UnconnectedState; }, 5000))
        return false;
    return probe.error() == QAbstractSocket::ConnectionRefusedError;
}

} // namespace

class TestLoopbackListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void bindsLoopbackOnly();
    void redirectUri();
    void callbackHeldUntilRespond();
    void browserClient();
    void portClosedAfterCallback();
    void rejectedWithoutEffect_data();
    void rejectedWithoutEffect();
    void requestInChunks();
    void idleConnectionDoesNotBlock();
    void idleTimeout();
    void connectionLimit();
    void closeDropsEverySocket();
    void browserLeavesBeforeRespond();
    void answerOutlivesCloseAndSignalsResponded();
    void providerError();
    void startLink();
    void startLinkRejected_data();
    void startLinkRejected();
    void pagesAreEscapedAndSelfContained_data();
    void pagesAreEscapedAndSelfContained();

private:
    // Checks the headers every answer must carry. void, so callers check currentTestFailed().
    static void verifyProtectiveHeaders(const Response &response);

    QNetworkAccessManager m_network;
};

void TestLoopbackListener::initTestCase()
{
    // An http_proxy in the environment must not catch requests meant for the loopback.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestLoopbackListener::verifyProtectiveHeaders(const Response &response)
{
    QCOMPARE(response.header("Content-Type"), "text/html; charset=utf-8"_ba);
    QCOMPARE(response.header("Cache-Control"), "no-store"_ba);
    QCOMPARE(response.header("Pragma"), "no-cache"_ba);
    QCOMPARE(response.header("Referrer-Policy"), "no-referrer"_ba);
    QCOMPARE(response.header("X-Content-Type-Options"), "nosniff"_ba);
    QCOMPARE(response.header("Content-Security-Policy"),
             "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; "
             "frame-ancestors 'none'"_ba);
    QCOMPARE(response.header("Connection"), "close"_ba);
    QCOMPARE(response.header("Content-Length").toLongLong(), response.body.size());
    QVERIFY(response.body.startsWith("<!DOCTYPE html>"));
    QVERIFY(response.body.endsWith("</html>\n"));
}

void TestLoopbackListener::bindsLoopbackOnly()
{
    LoopbackListener listener;
    const auto uri = listener.listen();
    if (!uri)
        QFAIL(qPrintable(uri.error().toString()));
    QVERIFY(listener.isListening());
    const auto port = static_cast<quint16>(uri.value().port());

    const auto *server = listener.findChild<QTcpServer *>();
    QVERIFY(server);
    QCOMPARE(server->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(server->serverPort(), port);

    // Bound to 127.0.0.1 exactly: not the IPv6 loopback, not the rest of 127/8.
    QVERIFY(connectionRefused(QHostAddress(QHostAddress::LocalHostIPv6), port));
    QVERIFY(connectionRefused(QHostAddress(u"127.0.0.2"_s), port));

    // Not reachable through any other address of this machine (none here: nothing to check).
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.isLoopback() || address.isLinkLocal())
            continue;
        QVERIFY2(connectionRefused(address, port), qPrintable(address.toString()));
    }

    // The listener still works after all that probing.
    Client client(port);
    QVERIFY(client.waitConnected());
}

void TestLoopbackListener::redirectUri()
{
    LoopbackListener listener;
    QVERIFY(listener.redirectUri().isEmpty());
    const auto uri = listener.listen();
    QVERIFY(uri.hasValue());
    const QUrl url = uri.value();
    QCOMPARE(url.scheme(), u"http"_s);
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QVERIFY(url.port() > 0);
    QCOMPARE(url.path(), u"/callback"_s);
    QVERIFY(!url.hasQuery());
    QVERIFY(!url.hasFragment());
    QCOMPARE(url.toString(), u"http://127.0.0.1:%1/callback"_s.arg(url.port()));
    QCOMPARE(listener.redirectUri(), url);

    // A second listen() while listening is a programming error, reported as a value.
    const auto again = listener.listen();
    QVERIFY(!again.hasValue());
    QCOMPARE(again.error().code, Error::Code::InvalidInput);
    QVERIFY(listener.isListening());

    // A port that is taken is a Network error with the OS reason as detail.
    LoopbackListener second;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^cannot listen on 127.0.0.1 port"_s));
    const auto taken = second.listen(static_cast<quint16>(url.port()));
    QVERIFY(!taken.hasValue());
    QCOMPARE(taken.error().code, Error::Code::Network);
    QVERIFY(!taken.error().message.isEmpty());

    // After close() the same object can listen again on the port it is given.
    listener.close();
    QVERIFY(!listener.isListening());
    const auto reopened = listener.listen(static_cast<quint16>(url.port()));
    if (!reopened)
        QFAIL(qPrintable(reopened.error().toString()));
    QCOMPARE(reopened.value(), url);
}

void TestLoopbackListener::callbackHeldUntilRespond()
{
    LoopbackListener listener;
    listener.setExpectedState(expectedState);
    const quint16 port = static_cast<quint16>(listener.listen().value().port());
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);

    Client browser(port);
    QVERIFY(browser.waitConnected());
    browser.send(getRequest(port, callbackTarget()));
    QVERIFY(received.wait());
    QCOMPARE(received.count(), 1);
    const auto query = received.at(0).at(0).value<QUrlQuery>();
    QCOMPARE(query.queryItemValue(u"code"_s), u"abc123"_s);
    QCOMPARE(query.queryItemValue(u"state"_s), expectedState);
    QCOMPARE(query.queryItemValue(u"iss"_s, QUrl::FullyDecoded), u"http://127.0.0.1:3001/oidc"_s);
    QCOMPARE(listener.connectionCount(), 1);

    // Nothing is sent before respond(). Proving a negative needs a bounded wait; the event loop
    // runs during it, so an early answer would arrive.
    QVERIFY(!QTest::qWaitFor([&browser] { return !browser.received().isEmpty(); }, 300));
    QCOMPARE(browser.socket().state(), QAbstractSocket::ConnectedState);

    // The first bytes the browser ever gets are the page passed to respond().
    listener.respond(CallbackPage::failure(u"marker-7f3a"_s));
    listener.respond(CallbackPage::success()); // later calls do nothing
    QVERIFY(browser.waitClosed());
    const Response response = browser.response();
    QCOMPARE(response.status, 200);
    verifyProtectiveHeaders(response);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(response.body.contains("marker-7f3a"));
    QVERIFY(!response.body.contains("You're signed in"));
    QCOMPARE(received.count(), 1);
    QTRY_COMPARE(listener.connectionCount(), 0);
}

void TestLoopbackListener::browserClient()
{
    // The same flow with Qt's HTTP client, which behaves like a browser on the wire.
    LoopbackListener listener;
    listener.setExpectedState(expectedState);
    QUrl uri = listener.listen().value();
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);

    const QByteArray target = callbackTarget();
    uri.setQuery(QString::fromLatin1(target.sliced(target.indexOf('?') + 1)));
    std::unique_ptr<QNetworkReply> reply(m_network.get(QNetworkRequest(uri)));
    QVERIFY(received.wait());
    QCOMPARE(received.count(), 1);
    QVERIFY(!reply->isFinished());

    listener.respond(CallbackPage::success());
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->rawHeader("Cache-Control"), "no-store"_ba);
    QCOMPARE(reply->rawHeader("Referrer-Policy"), "no-referrer"_ba);
    QVERIFY(reply->rawHeader("Content-Security-Policy").startsWith("default-src 'none';"));
    const QByteArray body = reply->readAll();
    QVERIFY(body.contains("<html lang=\"en\""));
    QVERIFY(body.contains("You're signed in"));
    QTRY_COMPARE(listener.connectionCount(), 0);
}

void TestLoopbackListener::portClosedAfterCallback()
{
    LoopbackListener listener;
    listener.setExpectedState(expectedState);
    const quint16 port = static_cast<quint16>(listener.listen().value().port());
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);

    Client browser(port);
    QVERIFY(browser.waitConnected());
    browser.send(getRequest(port, callbackTarget()));
    QVERIFY(received.wait());

    // Closed at once, before respond(): a replay of the same URL is refused by the OS.
    QVERIFY(!listener.isListening());
    QVERIFY(connectionRefused(QHostAddress(QHostAddress::LocalHost), port));
    QCOMPARE(listener.redirectUri().port(), port); // still known, for the token request

    listener.respond(CallbackPage::success());
    QVERIFY(browser.waitClosed());
    QCOMPARE(browser.response().status, 200);
    QCOMPARE(received.count(), 1);
}

void TestLoopbackListener::startLink()
{
    LoopbackListener listener;
    listener.setExpectedState(expectedState);
    const quint16 port = static_cast<quint16>(listener.listen().value().port());
    const QUrl link = listener.setStartToken("tok_123-ABC"_ba);
    QCOMPARE(link.toString(), u"http://127.0.0.1:%1/start?t=tok_123-ABC"_s.arg(port));
    QSignalSpy started(&listener, &LoopbackListener::startRequested);

    // Held until the flow says where to go; then a redirect with the protective headers, no body.
    Client browser(port);
    QVERIFY(browser.waitConnected());
    browser.send(getRequest(port, "/start?t=tok_123-ABC"));
    QVERIFY(started.wait());
    const QUrl location(
        u"https://logto.example/oidc/auth?client_id=app&request_uri=urn%3Aietf%3Aparams%3Aoauth%3Arequest_uri%3Ax"_s);
    listener.answerStart(started.at(0).at(0).value<quint64>(), location);
    QVERIFY(browser.waitClosed());
    Response response = browser.response();
    QCOMPARE(response.status, 302);
    QCOMPARE(response.header("Cache-Control"), "no-store"_ba);
    QCOMPARE(response.header("Referrer-Policy"), "no-referrer"_ba);
    QVERIFY(response.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    QCOMPARE(response.header("Content-Length"), "0"_ba);
    QCOMPARE(response.header("Location"), location.toEncoded());
    QVERIFY(response.body.isEmpty());

    // A failed push: the page, HTTP 502, and the listener keeps waiting for the real redirect.
    Client again(port);
    QVERIFY(again.waitConnected());
    again.send(getRequest(port, "/start?t=tok_123-ABC"));
    QVERIFY(started.wait());
    listener.answerStart(started.at(1).at(0).value<quint64>(), {}, CallbackPage::failure(u"marker-502"_s));
    QVERIFY(again.waitClosed());
    response = again.response();
    QCOMPARE(response.status, 502);
    QVERIFY(response.body.contains("marker-502"));
    QVERIFY(listener.isListening());
    listener.answerStart(12345, location); // unknown: ignored
    QTRY_COMPARE(listener.connectionCount(), 0);
}

void TestLoopbackListener::startLinkRejected_data()
{
    QTest::addColumn<QByteArray>("token"); // set on the listener; empty: no start link
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray host = "Host: 127.0.0.1:{port}\r\n"_ba;
    auto get = [&](const QByteArray &target) -> QByteArray {
        return "GET " + target + " HTTP/1.1\r\n" + host + "\r\n";
    };
    QTest::newRow("no start link") << QByteArray() << get("/start?t=") << 404;
    QTest::newRow("token missing") << "tok"_ba << get("/start") << 404;
    QTest::newRow("token wrong") << "tok"_ba << get("/start?t=tox") << 404;
    QTest::newRow("token prefix") << "tok"_ba << get("/start?t=to") << 404;
    QTest::newRow("token twice") << "tok"_ba << get("/start?t=tok&t=tok") << 404;
    QTest::newRow("/start/") << "tok"_ba << get("/start/?t=tok") << 404;
    QTest::newRow("POST") << "tok"_ba
                          << "POST /start?t=tok HTTP/1.1\r\n" + host + "Content-Length: 0\r\n\r\n"
                          << 405;
    QTest::newRow("Host: evil.example") << "tok"_ba
                                        << "GET /start?t=tok HTTP/1.1\r\nHost: evil.example\r\n\r\n"_ba << 400;
    QTest::newRow("Host: localhost:port") << "tok"_ba
                                          << "GET /start?t=tok HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n"_ba << 400;
}

void TestLoopbackListener::startLinkRejected()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    LoopbackListener listener;
    listener.setExpectedState(expectedState);
    const quint16 port = static_cast<quint16>(listener.listen().value().port());
    QCOMPARE(listener.setStartToken(token).isEmpty(), token.isEmpty());
    QSignalSpy started(&listener, &LoopbackListener::startRequested);
    request.replace("{port}", QByteArray::number(port));
    const Response response = parseResponse(exchange(port, request));
    QCOMPARE(response.status, status);
    verifyProtectiveHeaders(response);
    QCOMPARE(started.count(), 0);
    QVERIFY(listener.isListening());
}

void TestLoopbackListener::rejectedWithoutEffect_data()
{
    // {port} and {state} are filled in by the test; every request targets /callback with the right
    // state unless the row is about the target or the state.
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("wrongStatePage");

    const QByteArray host = "Host: 127.0.0.1:{port}\r\n"_ba;
    const QByteArray query = "?code=abc&state={state}"_ba;
    // Explicit return types: with QT_USE_QSTRINGBUILDER an `auto` lambda would return a builder
    // that refers to its dead arguments.
    auto request = [](const QByteArray &method,
                      const QByteArray &target,
                      const QByteArray &headers,
                      const QByteArray &version = "HTTP/1.1"_ba) -> QByteArray {
        return method + ' ' + target + ' ' + version + "\r\n" + headers + "\r\n";
    };
    auto get = [&](const QByteArray &target) -> QByteArray { return request("GET", target, host); };
    auto withHost = [&](const QByteArray &lines) -> QByteArray { return request("GET", "/callback" + query, lines); };
    auto withQuery = [&](const QByteArray &q) -> QByteArray { return get("/callback?" + q); };

    QTest::newRow("/favicon.ico") << get("/favicon.ico") << 404 << false;
    QTest::newRow("/") << get("/" + query) << 404 << false;
    QTest::newRow("/callback/") << get("/callback/" + query) << 404 << false;
    QTest::newRow("/CALLBACK") << get("/CALLBACK" + query) << 404 << false;
    QTest::newRow("/%63allback") << get("/%63allback" + query) << 404 << false;
    QTest::newRow("/callback/../x") << get("/callback/../x" + query) << 404 << false;
    QTest::newRow("/callback/../callback") << get("/callback/../callback" + query) << 404 << false;
    QTest::newRow("/callbackx") << get("/callbackx" + query) << 404 << false;
    QTest::newRow("/callback;x") << get("/callback;x" + query) << 404 << false;
    QTest::newRow("//callback") << get("//callback" + query) << 404 << false;
    QTest::newRow("absolute-form") << get("http://127.0.0.1:{port}/callback" + query) << 404 << false;

    QTest::newRow("POST") << request("POST", "/callback" + query, host + "Content-Length: 0\r\n") << 405 << false;
    QTest::newRow("HEAD") << request("HEAD", "/callback" + query, host) << 405 << false;
    QTest::newRow("OPTIONS") << request("OPTIONS", "/callback" + query, host) << 405 << false;
    QTest::newRow("get (lower case)") << request("get", "/callback" + query, host) << 405 << false;

    // DNS rebinding: a page from another origin resolved to 127.0.0.1 still sends its own Host.
    QTest::newRow("Host: evil.example") << withHost("Host: evil.example\r\n") << 400 << false;
    QTest::newRow("Host: evil.example:port") << withHost("Host: evil.example:{port}\r\n") << 400 << false;
    QTest::newRow("Host: localhost:port") << withHost("Host: localhost:{port}\r\n") << 400 << false;
    QTest::newRow("Host: [::1]:port") << withHost("Host: [::1]:{port}\r\n") << 400 << false;
    QTest::newRow("Host without port") << withHost("Host: 127.0.0.1\r\n") << 400 << false;
    QTest::newRow("Host: other port") << withHost("Host: 127.0.0.1:1\r\n") << 400 << false;
    QTest::newRow("Host empty") << withHost("Host:\r\n") << 400 << false;
    QTest::newRow("Host missing, HTTP/1.1") << withHost({}) << 400 << false;
    QTest::newRow("two Hosts") << withHost(host + host) << 400 << false;

    QTest::newRow("state wrong") << withQuery("code=abc&state=AAAAAAAAAAAAAAAAAAAAAA") << 400 << true;
    QTest::newRow("state missing") << withQuery("code=abc") << 400 << true;
    QTest::newRow("state empty") << withQuery("code=abc&state=") << 400 << true;
    QTest::newRow("state prefix") << withQuery("code=abc&state=Zk3_pQ-9vLmN2xYt7RsWb") << 400 << true;
    QTest::newRow("state longer") << withQuery("code=abc&state={state}x") << 400 << true;
    QTest::newRow("state other case") << withQuery("code=abc&state=zk3_pQ-9vLmN2xYt7RsWbA") << 400 << true;
    QTest::newRow("state twice") << withQuery("code=abc&state={state}&state=evil") << 400 << true;
    QTest::newRow("state twice, same") << withQuery("state={state}&code=abc&state={state}") << 400 << true;
    QTest::newRow("no query") << get("/callback") << 400 << true;

    QTest::newRow("request line too long")
        << get("/callback?pad=" + QByteArray(HttpRequestParser::MaxRequestLine, 'a')) << 414 << false;
    QTest::newRow("headers too large") << withHost(host + "Cookie: " + QByteArray(HttpRequestParser::MaxHead, 'c')
                                                   + "\r\n")
                                       << 431 << false;
    QTest::newRow("junk") << "\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03\r\n\r\n"_ba << 400 << false;
    QTest::newRow("HTTP/2.0") << request("GET", "/callback" + query, host, "HTTP/2.0") << 505 << false;
}

void TestLoopbackListener::rejectedWithoutEffect()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(bool, wrongStatePage);

    LoopbackListener listener;
    listener.setExpectedState(expectedState);
    const quint16 port = static_cast<quint16>(listener.listen().value().port());
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);

    request.replace("{port}", QByteArray::number(port));
    request.replace("{state}", expectedState.toUtf8());
    const Response response = parseResponse(exchange(port, request));
    QCOMPARE(response.status, status);
    verifyProtectiveHeaders(response);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(response.header("Allow"), status == 405 ? "GET"_ba : QByteArray());
    const QByteArray wrongStateHeading = CallbackPage::wrongState().heading.toUtf8();
    QCOMPARE(response.body.contains(wrongStateHeading), wrongStatePage);

    // No effect: no signal, still listening, nothing left open, and the real redirect still works.
    QCOMPARE(received.count(), 0);
    QVERIFY(listener.isListening());
    QTRY_COMPARE(listener.connectionCount(), 0);

    Client browser(port);
    QVERIFY(browser.waitConnected());
    browser.send(getRequest(port, callbackTarget()));
    QVERIFY(received.wait());
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).value<QUrlQuery>().queryItemValue(u"code"_s), u"abc123"_s);
}

void TestLoopbackListener::requestInChunks()
{
    LoopbackListener listener;
    listener.setExpectedState(expectedState);
    const quint16 port = static_cast<quint16>(listener.listen().value().port());
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);

    const QByteArray request = getRequest(port, callbackTarget());
    // Cuts inside the method, the state, a "\r\n" and the final blank line.
    const QList<qsizetype> cuts{2, 40, request.indexOf("\r\n") + 1, request.size() - 1};
    Client browser(port);
    QVERIFY(browser.waitConnected());
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        browser.send(request.sliced(from, cut - from));
        from = cut;
        // Let the listener read the partial request before the next piece arrives.
        QTRY_COMPARE(browser.socket().bytesToWrite(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(received.count(), 0);
        QCOMPARE(browser.socket().state(), QAbstractSocket::ConnectedState);
    }
    browser.send(request.sliced(from));
    QVERIFY(received.wait());
    QCOMPARE(received.at(0).at(0).value<QUrlQuery>().queryItemValue(u"state"_s), expectedState);
}

void TestLoopbackListener::idleConnectionDoesNotBlock()
{
    // Browsers open spare connections that may never send anything.
    LoopbackListener listener;
    listener.setExpectedState(expectedState);
    const quint16 port = static_cast<quint16>(listener.listen().value().port());
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);

    Client idle(port);
    QVERIFY(idle.waitConnected());
    Client partial(port);
    QVERIFY(partial.waitConnected());
    partial.send("GET /callback?state="_ba);
    QTRY_COMPARE(listener.connectionCount(), 2);

    Client browser(port);
    QVERIFY(browser.waitConnected());
    browser.send(getRequest(port, callbackTarget()));
    QVERIFY(received.wait());

    // The others are dropped with the callback: only the held one stays.
    QCOMPARE(listener.connectionCount(), 1);
    QVERIFY(idle.waitClosed());
    QVERIFY(partial.waitClosed());
    QVERIFY(idle.received().isEmpty());
    QVERIFY(partial.received().isEmpty());

    listener.respond(CallbackPage::success());
    QVERIFY(browser.waitClosed());
    QCOMPARE(browser.response().status, 200);
}

void TestLoopbackListener::idleTimeout()
{
    LoopbackListener listener;
    listener.setExpectedState(expectedState);
    listener.setIdleTimeout(200ms);
    const quint16 port = static_cast<quint16>(listener.listen().value().port());

    Client idle(port);
    QVERIFY(idle.waitConnected());
    // A slow sender is closed too: the deadline is for the whole head, not per byte.
    Client trickle(port);
    QVERIFY(trickle.waitConnected());
    QTRY_COMPARE(listener.connectionCount(), 2);
    const QByteArray request = getRequest(port, callbackTarget());
    for (qsizetype i = 0; i < 4; ++i)
        trickle.send(request.sliced(i, 1));

    QVERIFY(idle.waitClosed());
    QVERIFY(trickle.waitClosed());
    QCOMPARE(listener.connectionCount(), 0);
    QVERIFY(listener.isListening());
}

void TestLoopbackListener::connectionLimit()
{
    LoopbackListener listener;
    listener.setExpectedState(expectedState);
    const quint16 port = static_cast<quint16>(listener.listen().value().port());

    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < LoopbackListener::MaxConnections; ++i) {
        clients.push_back(std::make_unique<Client>(port));
        QVERIFY(clients.back()->waitConnected());
    }
    QTRY_COMPARE(listener.connectionCount(), LoopbackListener::MaxConnections);

    // One more: the oldest idle connection makes room, so the count stays at the cap and idle
    // sockets cannot lock the browser out.
    Client browser(port);
    QVERIFY(browser.waitConnected());
    QVERIFY(clients.front()->waitClosed());
    QCOMPARE(listener.connectionCount(), LoopbackListener::MaxConnections);
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);
    browser.send(getRequest(port, callbackTarget()));
    QVERIFY(received.wait());
    QCOMPARE(listener.connectionCount(), 1);
}

void TestLoopbackListener::closeDropsEverySocket()
{
    LoopbackListener listener;
    listener.setExpectedState(expectedState);
    const quint16 port = static_cast<quint16>(listener.listen().value().port());
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);

    // Before the callback: idle and half-sent connections.
    Client idle(port);
    Client partial(port);
    QVERIFY(idle.waitConnected());
    QVERIFY(partial.waitConnected());
    partial.send("GET /favicon.ico HTTP/1.1\r\nHo"_ba);
    QTRY_COMPARE(listener.connectionCount(), 2);
    listener.close();
    QCOMPARE(listener.connectionCount(), 0);
    QVERIFY(!listener.isListening());
    QVERIFY(idle.waitClosed());
    QVERIFY(partial.waitClosed());

    // After the callback: the held connection is dropped too, and respond() then does nothing.
    QVERIFY(listener.listen().hasValue());
    const quint16 newPort = static_cast<quint16>(listener.redirectUri().port());
    Client browser(newPort);
    QVERIFY(browser.waitConnected());
    browser.send(getRequest(newPort, callbackTarget()));
    QVERIFY(received.wait());
    QCOMPARE(listener.connectionCount(), 1);
    listener.close();
    QCOMPARE(listener.connectionCount(), 0);
    QVERIFY(browser.waitClosed());
    listener.respond(CallbackPage::success());
    QVERIFY(browser.received().isEmpty());
    QCOMPARE(listener.connectionCount(), 0);
}

void TestLoopbackListener::browserLeavesBeforeRespond()
{
    LoopbackListener listener;
    listener.setExpectedState(expectedState);
    const quint16 port = static_cast<quint16>(listener.listen().value().port());
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);

    auto browser = std::make_unique<Client>(port);
    QVERIFY(browser->waitConnected());
    browser->send(getRequest(port, callbackTarget()));
    QVERIFY(received.wait());
    browser.reset(); // the tab is closed
    QTRY_COMPARE(listener.connectionCount(), 0);
    QSignalSpy responded(&listener, &LoopbackListener::responded);
    listener.respond(CallbackPage::success()); // nothing to answer, and no crash
    QCOMPARE(listener.connectionCount(), 0);
    QTRY_COMPARE(responded.count(), 1); // the flow is not left waiting
}

void TestLoopbackListener::answerOutlivesCloseAndSignalsResponded()
{
    // The sign-in flow closes the listener right after respond(), and a command-line process
    // exits on responded(): the page must still reach the browser whole.
    LoopbackListener listener;
    listener.setExpectedState(expectedState);
    const quint16 port = static_cast<quint16>(listener.listen().value().port());
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);
    QSignalSpy responded(&listener, &LoopbackListener::responded);

    Client browser(port);
    QVERIFY(browser.waitConnected());
    browser.send(getRequest(port, callbackTarget()));
    QVERIFY(received.wait());
    listener.respond(CallbackPage::success());
    listener.close();
    QVERIFY(browser.waitClosed());
    const Response response = browser.response();
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, CallbackPage::success().toHtml());
    QTRY_COMPARE(responded.count(), 1);
    QCOMPARE(listener.connectionCount(), 0);

    // With no browser left to answer, responded() still comes, once.
    LoopbackListener lonely;
    QSignalSpy lonelyResponded(&lonely, &LoopbackListener::responded);
    lonely.respond(CallbackPage::success());
    QCOMPARE(lonelyResponded.count(), 0); // not accepted a callback: nothing happens
}

void TestLoopbackListener::providerError()
{
    // An error redirect with the right state ends the wait like a success: the flow shows it.
    LoopbackListener listener;
    listener.setExpectedState(expectedState);
    const quint16 port = static_cast<quint16>(listener.listen().value().port());
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);

    Client browser(port);
    QVERIFY(browser.waitConnected());
    browser.send(getRequest(port,
                            "/callback?error=access_denied&error_description=The+user+said+%3Cb%3Eno%3C%2Fb%3E+%2B1"
                            "&state="
                                + expectedState.toUtf8()));
    QVERIFY(received.wait());
    const auto query = received.at(0).at(0).value<QUrlQuery>();
    QCOMPARE(query.queryItemValue(u"error"_s), u"access_denied"_s);
    QVERIFY(!query.hasQueryItem(u"code"_s));
    // Form encoding undone: '+' is a space, %2B a plus.
    const QString description = query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded);
    QCOMPARE(description, u"The user said <b>no</b> +1"_s);

    listener.respond(CallbackPage::failure(u"The sign-in was cancelled."_s, description));
    QVERIFY(browser.waitClosed());
    const Response response = browser.response();
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.contains("The user said &lt;b&gt;no&lt;/b&gt; +1"));
    QVERIFY(!response.body.contains("<b>"));
}

void TestLoopbackListener::pagesAreEscapedAndSelfContained_data()
{
    QTest::addColumn<CallbackPage>("page");
    QTest::addColumn<QByteArray>("mustContain");
    QTest::addColumn<QByteArray>("mustNotContain");

    QTest::newRow("failure message") << CallbackPage::failure(u"<b>x</b>"_s) << "&lt;b&gt;x&lt;/b&gt;"_ba
                                     << "<b>"_ba;
    QTest::newRow("failure detail") << CallbackPage::failure(u"m"_s, u"<script>alert(1)</script>"_s)
                                    << "&lt;script&gt;alert(1)&lt;/script&gt;"_ba
                                    << "<script"_ba;
    QTest::newRow("attribute breakout") << CallbackPage::failure(u"\"><i onmouseover=alert(1)>"_s)
                                        << "&quot;&gt;&lt;i onmouseover"_ba
                                        << "<i "_ba;
    QTest::newRow("heading") << CallbackPage{CallbackPage::Kind::Error, u"<i>h</i>"_s, u"m"_s}
                             << "<title>&lt;i&gt;h&lt;/i&gt;</title>"_ba
                             << "<i>"_ba;
    QTest::newRow("success") << CallbackPage::success() << "<h1>You're signed in</h1>"_ba
                             << "<script"_ba;
    QTest::newRow("wrong state") << CallbackPage::wrongState() << "<h1>This sign-in link has expired</h1>"_ba
                                 << "<script"_ba;
    QTest::newRow("non-ASCII") << CallbackPage::failure(u"ลงชื่อเข้าใช้ไม่สำเร็จ"_s) << u"ลงชื่อเข้าใช้ไม่สำเร็จ"_s.toUtf8()
                               << "&#"_ba;
}

void TestLoopbackListener::pagesAreEscapedAndSelfContained()
{
    QFETCH(CallbackPage, page);
    QFETCH(QByteArray, mustContain);
    QFETCH(QByteArray, mustNotContain);

    const QByteArray html = page.toHtml();
    QVERIFY2(html.contains(mustContain), html.constData());
    QVERIFY(!html.contains(mustNotContain));
    QVERIFY(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"));
    QVERIFY(html.contains("<meta charset=\"utf-8\">"));
    QVERIFY(html.contains("prefers-color-scheme:dark"));
    QVERIFY(html.contains("<svg"));
    // Nothing is fetched: no scripts, links, external images or URLs at all.
    for (const char *forbidden : {"<script", "<link", "<img", "src=", "href=", "url(", "http:", "https:", "@import"})
        QVERIFY2(!html.contains(forbidden), forbidden);
}

QTEST_GUILESS_MAIN(TestLoopbackListener)
#include "tst_loopbacklistener.moc"
