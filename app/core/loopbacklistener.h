// SPDX-License-Identifier: MIT
#pragma once

#include "callbackpage.h"
#include "httprequestparser.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

class QTcpSocket;
class QTimer;

namespace Logto {

// Receives one OAuth redirect on http://127.0.0.1:<port>/callback (RFC 8252 §7.3, §8.3).
// Written instead of QOAuthHttpServerReplyHandler, which on Qt 6.4 listens on all interfaces,
// matches the path by prefix and answers every request with the same page (platform-notes.md).
//
// Only `GET /callback` with the expected state and a loopback Host ends the wait; anything else
// gets an error page and changes nothing. With a start token set, `GET /start?t=<token>` is the
// long-lived sign-in link: the listener asks (startRequested) and answers with a redirect to
// wherever the flow says (answerStart), e.g. a freshly pushed authorization request. Memory stays bounded: heads are
// capped by HttpRequestParser, connections by MaxConnections, and each one closes after the idle timeout.
class LoopbackListener : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackListener)

public:
    static constexpr int MaxConnections = 32;
    static constexpr std::chrono::milliseconds DefaultIdleTimeout{10'000};
    // How long a `GET /start` may wait for answerStart() before its connection is closed.
    static constexpr std::chrono::milliseconds StartTimeout{30'000};

    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    // Binds QHostAddress::LocalHost (127.0.0.1) only, never Any. port 0: the OS picks.
    // Returns http://127.0.0.1:<port>/callback. Fails if already listening.
    [[nodiscard]] Result<QUrl> listen(quint16 port = 0);
    // The URI of the last successful listen(); it stays valid after the callback, for the token request.
    [[nodiscard]] QUrl redirectUri() const;
    [[nodiscard]] bool isListening() const;

    // The state of the authorization request in flight: a callback whose `state` differs (or is
    // missing) gets the wrongState page (HTTP 400) and does not end the flow. Empty: nothing matches.
    void setExpectedState(const QString &state);
    // Enables `GET /start?t=<token>` for this listen() and returns that link
    // (http://127.0.0.1:<port>/start?t=<token>); empty when not listening. The token must be
    // URL-safe and unguessable (one per sign-in); an empty one disables the link.
    [[nodiscard]] QUrl setStartToken(const QByteArray &token);
    // Answers a startRequested() request: 302 to `location`, or, when it is empty, `page` with
    // HTTP 502 (the app could not start the sign-in; it keeps waiting). Unknown ids are ignored.
    void answerStart(quint64 request, const QUrl &location, const CallbackPage &page = {});
    // How long a connection may take to send a complete request head, and to read our answer.
    void setIdleTimeout(std::chrono::milliseconds timeout);

    // Answers (HTTP 200) the browser connection held since callbackReceived(). Called by the sign-in
    // flow only after tokens are exchanged and verified, so the page tells the truth. Only the first
    // call after a callback does anything.
    void respond(const CallbackPage &page);
    // Stops listening and drops every connection not yet answered, including one held for
    // respond(); answered ones finish sending (bounded by the idle timeout).
    void close();
    // Open sockets, including ones still flushing an answer.
    [[nodiscard]] int connectionCount() const;

Q_SIGNALS:
    // Exactly once per listen(): GET /callback with the expected state (error= redirects too).
    // Form encoding is undone: a '+' in the raw query is already a space.
    void callbackReceived(const QUrlQuery &query);
    // After respond(): the page has been sent and the connection closed (or the browser had
    // already gone). A process may exit now without cutting the page off.
    void responded();
    // A browser opened the start link (right Host, right token): call answerStart(request, …).
    void startRequested(quint64 request);

private:
    struct Connection
    {
        HttpRequestParser parser;
        QTimer *timer = nullptr; // child of the socket
        bool answered = false; // request head done: later bytes are discarded
        bool responding = false; // our answer is written and being flushed
        quint64 serial = 0; // order of arrival, for evicting the oldest idle connection
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket);
    void acceptCallback(QTcpSocket *socket, const QUrlQuery &query);
    void acceptStart(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const CallbackPage &page, const QByteArray &location = {});
    void forget(QTcpSocket *socket);
    void drop(QTcpSocket *socket);
    bool evictOldestIdle();
    [[nodiscard]] bool isExpectedHost(const QByteArray &version, const QByteArray &host) const;
    [[nodiscard]] bool isExpectedState(const QUrlQuery &query) const;
    [[nodiscard]] bool isStartToken(const QUrlQuery &query) const;

    QTcpServer m_server; // child by value: same lifetime as the listener
    QHash<QTcpSocket *, Connection> m_connections;
    QPointer<QTcpSocket> m_held; // the accepted callback's socket, until respond()
    QPointer<QTcpSocket> m_responding; // the same socket while the answer is being sent
    QByteArray m_expectedState; // UTF-8
    QByteArray m_startToken; // empty: no start link
    QHash<quint64, QPointer<QTcpSocket>> m_starts; // start requests waiting for answerStart()
    quint64 m_nextStart = 0;
    QUrl m_redirectUri;
    std::chrono::milliseconds m_idleTimeout = DefaultIdleTimeout;
    quint64 m_nextSerial = 0;
    bool m_callbackAccepted = false;
    bool m_responded = false;
};

} // namespace Logto
