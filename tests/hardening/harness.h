// SPDX-License-Identifier: MIT
#pragma once

// Shared pieces of the hardening suite (tests/hardening): the hostile provider, the real
// logto-signin running `sign-in` in the background, a scripted "browser" the test drives itself
// (so it holds the authorization response and can replay, forge or withhold it), raw HTTP to the
// app's loopback listener, the app's sockets and memory from /proc, and a scan for leaked secrets.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <utility>

namespace Hardening {

inline const QString AppId = QStringLiteral("native-app");
inline const QString OtherAppId = QStringLiteral("other-app");
// --min-validity takes at most 86400 s and every access token here lives 3600 s: a forced refresh.
inline const QString ForceRefresh = QStringLiteral("86400");

// The Logto-shaped provider (tests/idp/server.mjs) on 127.0.0.1, stopped when destroyed.
// LOGTO_HARDENING_IDP_DIR replaces tests/idp (to try a patched server.mjs).
class Idp
{
public:
    explicit Idp(const QStringList &arguments = {});
    ~Idp();
    Q_DISABLE_COPY_MOVE(Idp)

    [[nodiscard]] bool start();
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QUrl endpoint() const { return m_endpoint; }
    [[nodiscard]] QString issuer() const { return m_endpoint.toString() + QStringLiteral("/oidc"); }

    // GET /__test/log: {method, path, status, grant_type?, params?}; never secrets.
    [[nodiscard]] QJsonArray log() const;
    [[nodiscard]] int count(const QString &method, const QString &path, const QString &grantType = {}) const;
    [[nodiscard]] int tokenRequests(const QString &grantType = {}) const;
    [[nodiscard]] int userinfoRequests() const;
    bool post(const QString &testPath) const;
    bool mutate(const QString &name) const; // POST /__test/mutate?name=...; empty turns it off
    [[nodiscard]] QJsonObject getJson(const QString &path) const;

    [[nodiscard]] static QString directory();

private:
    QStringList m_arguments;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryFile> m_log;
    QUrl m_endpoint;
    QString m_error;
};

// Every secret one sign-in attempt handles, and where they must never show up: any output of the
// app or any file it may write. The PKCE verifier is never seen by the test, so runs of base64url
// characters are hashed and compared with the code_challenge instead.
class Secrets
{
public:
    void add(const QString &what, const QByteArray &value);
    void addAuthorizationRequest(const QUrl &url); // state, nonce, code_challenge (and so the verifier)
    void addAuthorizationResponse(const QUrl &callback); // code
    void addStoredTokens(const QString &issuer, const QString &appId); // from the Secret Service
    [[nodiscard]] int size() const { return static_cast<int>(m_values.size()); }

    // One line per secret found, naming it and `where`; empty when clean.
    [[nodiscard]] QStringList findIn(const QByteArray &haystack, const QString &where) const;
    // Every regular file under `directory` (recursively, hidden ones too).
    [[nodiscard]] QStringList findInFiles(const QString &directory) const;

private:
    QList<std::pair<QString, QByteArray>> m_values;
    QByteArray m_codeChallenge;
};

// The "browser" for these tests: $BROWSER is tests/hardening/record-browser.sh, which writes the
// authorization URL to a file and exits (HARDENING_CHROMIUM=1: then runs tests/idp/browser.mjs).
// Every run has every logging category on, and the secrets of the attempt are collected.
class SignIn
{
public:
    SignIn(const Idp &idp, const QStringList &extraArguments = {}, const QString &appId = AppId);
    ~SignIn();
    Q_DISABLE_COPY_MOVE(SignIn)

    QProcessEnvironment &environment() { return m_environment; }
    void setWrapper(const QStringList &wrapper) { m_wrapper = wrapper; } // e.g. valgrind
    [[nodiscard]] bool start();
    // The URL the app handed to the browser; false if none came within the time.
    [[nodiscard]] bool waitForAuthorizationUrl(int timeoutMs = 30000);
    [[nodiscard]] QUrl authorizationUrl() const { return m_authorizationUrl; }
    [[nodiscard]] QString parameter(const QString &name) const;
    [[nodiscard]] QString state() const { return parameter(QStringLiteral("state")); }
    [[nodiscard]] QUrl redirectUri() const { return QUrl(parameter(QStringLiteral("redirect_uri"))); }
    [[nodiscard]] quint16 port() const { return static_cast<quint16>(redirectUri().port()); }
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    [[nodiscard]] bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    [[nodiscard]] bool waitForFinished(int timeoutMs = 60000);
    [[nodiscard]] int exitCode() const { return m_exitCode; }
    [[nodiscard]] bool crashed() const { return m_crashed; }
    [[nodiscard]] QByteArray out() const { return m_out; }
    [[nodiscard]] QByteArray err() const { return m_err; }
    [[nodiscard]] QByteArray describe() const;

    Secrets &secrets() { return m_secrets; }
    [[nodiscard]] const Secrets &secrets() const { return m_secrets; }
    // After the run: no secret in stdout, stderr or any file under the scratch tree
    // (tests/with-keyring.sh's HOME, XDG dirs). Empty when clean.
    [[nodiscard]] QStringList leakedSecrets() const;

private:
    QString m_issuer;
    QString m_appId;
    QStringList m_arguments;
    QStringList m_wrapper;
    QProcessEnvironment m_environment;
    QTemporaryDir m_dir; // outside HOME: the recorded URL holds state and nonce
    QProcess m_process;
    QUrl m_authorizationUrl;
    QUrlQuery m_query;
    QByteArray m_out;
    QByteArray m_err;
    int m_exitCode = -1;
    bool m_crashed = false;
    Secrets m_secrets;
};

// Signs in at the test provider the way a person in a browser would (follow redirects, post the
// sign-in form, keep cookies), but stops at the authorization response: the URL to the app's
// /callback, which the test then delivers (or not) as it likes.
class ScriptedBrowser
{
public:
    [[nodiscard]] QUrl authorize(const QUrl &authorizationUrl,
                                 const QString &username = QStringLiteral("alice"),
                                 const QString &password = QStringLiteral("alice-password"));
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    QString m_error;
};

// One HTTP exchange with raw bytes on 127.0.0.1:port. Reads until the peer closes.
struct RawResponse
{
    bool connected = false;
    bool reset = false; // connected, then closed without an answer (e.g. over the connection cap)
    int status = 0; // 0: no status line
    QByteArray head;
    QByteArray body;
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};
[[nodiscard]] RawResponse rawHttp(quint16 port, const QByteArray &request, int timeoutMs = 15000);
// GET of the URL's path and query with Host 127.0.0.1:<port>, as a browser sends it.
[[nodiscard]] QByteArray getRequest(const QUrl &url, const QByteArray &extraHeaders = {});
[[nodiscard]] RawResponse deliver(const QUrl &callback);

// The app process seen from /proc.
namespace Proc {
[[nodiscard]] qint64 residentKiB(qint64 pid); // VmRSS
// Open TCP sockets of `pid` whose local port is `port` (listening or connected).
[[nodiscard]] int tcpSocketsOnPort(qint64 pid, quint16 port);
} // namespace Proc

// Runs another logto-signin command to completion (token, userinfo, claims, status).
struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QByteArray describe() const;
};
[[nodiscard]] CliResult
runCli(const Idp &idp, const QString &command, const QStringList &extra = {}, const QString &appId = AppId);

// One sign-in to the end: start the app, take the URL it opened, sign in as `username` with the
// scripted browser, deliver the authorization response, wait for the app to exit. QVERIFY inside:
// callers check QTest::currentTestFailed(). `page`: the app's answer to the browser.
void signInToTheEnd(SignIn &signIn, RawResponse *page = nullptr, const QString &username = QStringLiteral("alice"));
// Every leaked secret of `signIn` fails the test, with the list.
void verifyNoSecretLeaked(const SignIn &signIn);

// The decoded header of a compact JWS (not verified).
[[nodiscard]] QJsonObject jwsHeader(const QByteArray &token);
// The contract's failure shape: exactly one line, `error: ...`.
[[nodiscard]] bool isOneErrorLine(const QByteArray &err);

} // namespace Hardening
