// SPDX-License-Identifier: MIT
#include "loopbacklistener.h"

#include "logging.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace Logto {

namespace {

// Enough for any head the parser accepts plus a little; Qt stops reading from the OS when full.
constexpr qint64 ReadBufferSize = 16 * 1024;
// The path is logged for diagnosis; never the query, which holds the code and the state.
constexpr qsizetype MaxLoggedPath = 120;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 302:
        return "Found"_ba;
    case 400:
        return "Bad Request"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 414:
        return "URI Too Long"_ba;
    case 431:
        return "Request Header Fields Too Large"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 505:
        return "HTTP Version Not Supported"_ba;
    default:
        return "Error"_ba;
    }
}

// Every answer, error or not, carries the same protective headers: nothing cached (the URL held a
// code), no referrer leaks it onwards, nothing but the inline page may load, nothing may frame it.
QByteArray httpResponse(int status, const QByteArray &body, const QByteArray &location)
{
    QByteArray head = "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"_ba;
    head += "Content-Type: text/html; charset=utf-8\r\n"
            "Content-Length: "_ba
        + QByteArray::number(body.size()) + "\r\n"_ba;
    head += "Cache-Control: no-store\r\n"
            "Pragma: no-cache\r\n"
            "Referrer-Policy: no-referrer\r\n"
            "X-Content-Type-Options: nosniff\r\n"
            "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            "form-action 'none'; frame-ancestors 'none'\r\n"
            "Connection: close\r\n"_ba;
    if (status == 405)
        head += "Allow: GET\r\n"_ba;
    if (!location.isEmpty()) // a fully encoded URL: no CR, LF or space can end the header early
        head += "Location: "_ba + location + "\r\n"_ba;
    return head + "\r\n"_ba + body;
}

// For requests that are not the awaited redirect (favicon, wrong Host, junk). Kind::Ignored: the
// browser may show it, but the app goes on waiting.
CallbackPage rejectionPage(int status)
{
    CallbackPage page;
    page.kind = CallbackPage::Kind::Ignored;
    //: Heading of the browser page for a request to the app's local sign-in address that is not the sign-in response.
    page.heading = QCoreApplication::translate("LoopbackListener", "Nothing to do here");
    //: Text of the browser page for a request to the app's local sign-in address that is not the sign-in response.
    page.message = QCoreApplication::translate("LoopbackListener",
                                               "This address only receives the sign-in response from your browser. "
                                               "Return to the app to continue.");
    page.detail = u"HTTP %1 %2"_s.arg(status).arg(QString::fromLatin1(reasonPhrase(status)));
    return page;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent)
    , m_server(this)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackListener::onNewConnection);
}

LoopbackListener::~LoopbackListener()
{
    // Before the members go: a socket destroyed later must not call back into a half-destroyed
    // listener, so even answered connections are dropped here.
    m_server.close();
    m_responding = nullptr;
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets)
        drop(socket);
}

Result<QUrl> LoopbackListener::listen(quint16 port)
{
    if (m_server.isListening()) {
        //: Error when the app starts a second sign-in while the first one still waits for the browser.
        QString message =
            QCoreApplication::translate("LoopbackListener", "A sign-in is already waiting for the browser.");
        return Error{Error::Code::InvalidInput, std::move(message), u"LoopbackListener::listen() called twice"_s};
    }
    close(); // leftovers of an earlier sign-in
    m_callbackAccepted = false;
    m_startToken.clear();
    m_responded = false;

    // RFC 8252 §8.3: the loopback IP literal, not "localhost" and never all interfaces.
    if (!m_server.listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcLogtoLoopback) << "cannot listen on 127.0.0.1 port" << port << m_server.errorString();
        //: Error when the app cannot open the local port the browser returns to after sign-in.
        QString message =
            QCoreApplication::translate("LoopbackListener", "Could not open a local port for the sign-in.");
        return Error{Error::Code::Network, std::move(message), m_server.errorString()};
    }

    QUrl uri;
    uri.setScheme(u"http"_s);
    uri.setHost(u"127.0.0.1"_s);
    uri.setPort(m_server.serverPort());
    uri.setPath(u"/callback"_s);
    m_redirectUri = uri;
    qCDebug(lcLogtoLoopback) << "listening on 127.0.0.1 port" << m_server.serverPort();
    return m_redirectUri;
}

QUrl LoopbackListener::redirectUri() const
{
    return m_redirectUri;
}

bool LoopbackListener::isListening() const
{
    return m_server.isListening();
}

void LoopbackListener::setExpectedState(const QString &state)
{
    m_expectedState = state.toUtf8();
}

QUrl LoopbackListener::setStartToken(const QByteArray &token)
{
    m_startToken = token;
    if (token.isEmpty() || !m_server.isListening())
        return {};
    QUrl link = m_redirectUri;
    link.setPath(u"/start"_s);
    link.setQuery(u"t="_s + QString::fromLatin1(token.toPercentEncoding()), QUrl::StrictMode);
    return link;
}

void LoopbackListener::answerStart(quint64 request, const QUrl &location, const CallbackPage &page)
{
    const QPointer<QTcpSocket> socket = m_starts.take(request);
    if (!socket || !m_connections.contains(socket))
        return; // the browser left, the wait timed out, or the sign-in ended
    if (location.isValid() && !location.isEmpty())
        answer(socket, 302, page, location.toEncoded(QUrl::FullyEncoded));
    else
        answer(socket, 502, page);
}

void LoopbackListener::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleTimeout = timeout;
}

void LoopbackListener::respond(const CallbackPage &page)
{
    if (!m_callbackAccepted || m_responded)
        return;
    m_responded = true;
    QTcpSocket *socket = m_held;
    m_held = nullptr;
    if (!socket || !m_connections.contains(socket)) {
        qCDebug(lcLogtoLoopback) << "browser left before the answer";
        QTimer::singleShot(0, this, &LoopbackListener::responded);
        return;
    }
    m_responding = socket;
    answer(socket, 200, page);
}

void LoopbackListener::close()
{
    m_server.close();
    m_held = nullptr;
    m_starts.clear(); // their sockets are dropped below
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        if (!m_connections.value(socket).responding)
            drop(socket);
    }
}

int LoopbackListener::connectionCount() const
{
    return static_cast<int>(m_connections.size());
}

void LoopbackListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_callbackAccepted) {
            qCDebug(lcLogtoLoopback) << "connection refused: sign-in done";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        // Bounded: a local process opening sockets in a loop cannot make us hold more. At the cap
        // the oldest connection that has not sent a whole request makes room, so idle sockets
        // cannot lock the browser's redirect out (it always arrives on a new connection).
        if (m_connections.size() >= MaxConnections && !evictOldestIdle()) {
            qCDebug(lcLogtoLoopback) << "connection refused: limit reached";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setReadBufferSize(ReadBufferSize);

        // Not restarted by incoming bytes: a peer trickling a byte at a time still gets closed.
        auto *timer = new QTimer(socket);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, socket] {
            qCDebug(lcLogtoLoopback) << "closing an idle connection";
            drop(socket);
        });
        m_connections.insert(socket, Connection{HttpRequestParser{}, timer, false, false, m_nextSerial++});

        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
        timer->start(m_idleTimeout);
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void LoopbackListener::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->answered) {
        socket->readAll(); // bounded by the read buffer; nothing more is expected
        return;
    }
    char buffer[4096];
    while (socket->bytesAvailable() > 0) {
        const qint64 count = socket->read(buffer, sizeof buffer);
        if (count <= 0)
            break;
        switch (it->parser.feed(QByteArray::fromRawData(buffer, static_cast<qsizetype>(count)))) {
        case HttpRequestParser::State::NeedMore:
            break;
        case HttpRequestParser::State::Failed: {
            const int status = it->parser.errorStatus();
            qCDebug(lcLogtoLoopback) << "unreadable request ->" << status;
            answer(socket, status, rejectionPage(status));
            return;
        }
        case HttpRequestParser::State::Complete:
            handleRequest(socket); // may emit: nothing after it may touch members
            return;
        }
    }
}

void LoopbackListener::handleRequest(QTcpSocket *socket)
{
    // Copies: the hash may move its entries once other connections are dropped.
    const HttpRequestParser request = m_connections.value(socket).parser;
    const QByteArray &target = request.target();
    const qsizetype queryStart = target.indexOf('?');
    const QByteArray path = queryStart < 0 ? target : target.first(queryStart);
    const QByteArray rawQuery = queryStart < 0 ? QByteArray() : target.sliced(queryStart + 1);

    // Checked first: a page on another origin that rebinds its DNS name to 127.0.0.1 still sends
    // its own name as Host, so it gets nothing from us.
    // The start link exists only while a token is set, and is matched as exactly as /callback.
    const bool isStart = !m_startToken.isEmpty() && path == "/start";
    int status = 0;
    if (!isExpectedHost(request.version(), request.header("Host")))
        status = 400;
    else if (path != "/callback" && !isStart) // exact: no prefix match, no case folding, no percent-decoding
        status = 404;
    else if (request.method() != "GET")
        status = 405;
    if (status != 0) {
        qCDebug(lcLogtoLoopback).noquote() << request.method() << path.left(MaxLoggedPath) << "->" << status;
        answer(socket, status, rejectionPage(status));
        return;
    }

    // application/x-www-form-urlencoded: '+' is a space, a literal plus arrives as %2B.
    QByteArray decodable = rawQuery;
    decodable.replace('+', "%20"_ba);
    const QUrlQuery query(QString::fromLatin1(decodable));
    if (isStart) {
        if (!isStartToken(query)) {
            // Answered as an unknown path: a page guessing tokens learns nothing from the answer.
            qCDebug(lcLogtoLoopback) << "GET /start with a missing or wrong token -> 404";
            answer(socket, 404, rejectionPage(404));
            return;
        }
        acceptStart(socket);
        return;
    }
    if (!isExpectedState(query)) {
        // An old tab, a replayed link or a forged redirect: answer it, keep waiting for the real one.
        qCDebug(lcLogtoLoopback) << "GET /callback with a missing or unexpected state -> 400";
        answer(socket, 400, CallbackPage::wrongState());
        return;
    }
    acceptCallback(socket, query);
}

void LoopbackListener::acceptCallback(QTcpSocket *socket, const QUrlQuery &query)
{
    qCDebug(lcLogtoLoopback) << "GET /callback accepted; port closed, waiting for the app's answer";
    m_callbackAccepted = true;
    // The port closes now, so a replay or a second tab gets "connection refused".
    m_server.close();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *other : sockets) {
        if (other != socket)
            drop(other);
    }
    Connection &connection = m_connections[socket];
    connection.answered = true;
    // Held without a deadline: the token exchange takes its own time, and the flow's own timeout
    // ends with respond() or close().
    connection.timer->stop();
    m_held = socket;
    m_starts.clear(); // dropped above
    Q_EMIT callbackReceived(query);
}

void LoopbackListener::acceptStart(QTcpSocket *socket)
{
    Connection &connection = m_connections[socket];
    connection.answered = true; // the head is complete: later bytes are discarded, and it is not evicted
    // Bounded: answerStart() normally comes within the network timeout of one request to the provider.
    connection.timer->start(StartTimeout);
    const quint64 request = m_nextStart++;
    m_starts.insert(request, socket);
    qCDebug(lcLogtoLoopback) << "GET /start: asking the flow where to send the browser";
    Q_EMIT startRequested(request); // may answer at once: nothing after it may touch members
}

void LoopbackListener::answer(QTcpSocket *socket, int status, const CallbackPage &page, const QByteArray &location)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->answered = true;
    it->responding = true;
    it->timer->start(m_idleTimeout); // now the deadline for the peer to read the answer
    socket->write(httpResponse(status, location.isEmpty() ? page.toHtml() : QByteArray(), location));
    // Graceful: the socket flushes, then closes and emits disconnected(), which forgets it.
    socket->disconnectFromHost();
}

bool LoopbackListener::evictOldestIdle()
{
    QTcpSocket *oldest = nullptr;
    quint64 oldestSerial = 0;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it->answered || it.key() == m_held)
            continue;
        if (!oldest || it->serial < oldestSerial) {
            oldest = it.key();
            oldestSerial = it->serial;
        }
    }
    if (!oldest)
        return false;
    qCDebug(lcLogtoLoopback) << "connection limit: closing the oldest idle connection";
    drop(oldest);
    return true;
}

void LoopbackListener::forget(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->timer->stop();
    m_connections.erase(it);
    if (m_held == socket)
        m_held = nullptr;
    socket->disconnect(this);
    socket->deleteLater();
    if (m_responding == socket) {
        m_responding = nullptr;
        Q_EMIT responded();
    }
}

void LoopbackListener::drop(QTcpSocket *socket)
{
    if (!m_connections.contains(socket))
        return;
    forget(socket); // first, so abort()'s disconnected() finds nothing left to do
    socket->abort();
}

bool LoopbackListener::isExpectedHost(const QByteArray &version, const QByteArray &host) const
{
    // RFC 9112 §3.2: HTTP/1.1 requires Host; HTTP/1.0 clients may leave it out.
    if (host.isNull())
        return version == "HTTP/1.0";
    const int port = m_redirectUri.port();
    if (host == "127.0.0.1:"_ba + QByteArray::number(port))
        return true;
    return port == 80 && host == "127.0.0.1"; // browsers leave out the default port
}

bool LoopbackListener::isStartToken(const QUrlQuery &query) const
{
    const QStringList tokens = query.allQueryItemValues(u"t"_s, QUrl::FullyDecoded);
    return tokens.size() == 1 && constantTimeEquals(tokens.constFirst().toUtf8(), m_startToken);
}

bool LoopbackListener::isExpectedState(const QUrlQuery &query) const
{
    if (m_expectedState.isEmpty())
        return false;
    // Exactly one: with two, which one the flow would read is a guess (RFC 6749 §3.1).
    const QStringList states = query.allQueryItemValues(u"state"_s, QUrl::FullyDecoded);
    if (states.size() != 1)
        return false;
    return constantTimeEquals(states.constFirst().toUtf8(), m_expectedState);
}

} // namespace Logto
