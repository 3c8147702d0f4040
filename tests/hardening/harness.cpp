// SPDX-License-Identifier: MIT
#include "harness.h"

#include "cliprocess.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <optional>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Hardening {

namespace {

struct Fetched
{
    int status = 0;
    QByteArray body;
};

std::optional<Fetched> fetch(const QUrl &url, bool post)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    std::unique_ptr<QNetworkReply> reply(post ? network.post(request, QByteArray()) : network.get(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return std::nullopt;
    return Fetched{status, reply->readAll()};
}

QString debugRules()
{
    return u"*.debug=true"_s;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Idp

Idp::Idp(const QStringList &arguments)
    : m_arguments(arguments)
{
}

Idp::~Idp()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString Idp::directory()
{
    const QString overridden = qEnvironmentVariable("LOGTO_HARDENING_IDP_DIR");
    return overridden.isEmpty() ? QStringLiteral(LOGTO_SOURCE_DIR "/tests/idp") : overridden;
}

bool Idp::start()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(u"node"_s);
    // These tests play the browser with the plain request's state and redirect_uri, so the
    // provider offers no PAR unless a test asks for it (tests/e2e/tst_par covers PAR).
    const QStringList par = m_arguments.contains(u"--par"_s) ? QStringList() : QStringList{u"--par"_s, u"off"_s};
    m_process->setArguments(QStringList{directory() + u"/server.mjs"_s, u"--port"_s, u"0"_s} + par + m_arguments);
    // Its request log goes to a file: a pipe nobody reads would fill up and stall it.
    m_log = std::make_unique<QTemporaryFile>();
    if (!m_log->open()) {
        m_error = u"cannot create a log file"_s;
        return false;
    }
    m_process->setStandardErrorFile(m_log->fileName());
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        m_error = u"could not start node: %1"_s.arg(m_process->errorString());
        return false;
    }
    const QDeadlineTimer deadline(60000);
    QElapsedTimer clock;
    clock.start();
    while (!deadline.hasExpired()) {
        if (!m_process->canReadLine() && !m_process->waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
            if (m_process->state() == QProcess::NotRunning)
                break;
            continue;
        }
        while (m_process->canReadLine()) {
            const QByteArray line = m_process->readLine().trimmed();
            if (line.startsWith("LISTENING ")) {
                m_endpoint = QUrl(QString::fromLatin1(line.mid(10)));
                return m_endpoint.isValid();
            }
        }
    }
    QFile log(m_log->fileName());
    const QByteArray tail = log.open(QIODevice::ReadOnly) ? log.readAll().right(2000) : QByteArray();
    m_error = u"the IdP did not report its address after %1 ms (%2; npm ci done in tests/idp?): %3"_s.arg(
        QString::number(clock.elapsed()),
        m_process->state() == QProcess::NotRunning ? u"exit %1"_s.arg(m_process->exitCode()) : u"still running"_s,
        QString::fromUtf8(tail));
    return false;
}

QJsonArray Idp::log() const
{
    const auto reply = fetch(QUrl(m_endpoint.toString() + u"/__test/log"_s), false);
    return reply ? QJsonDocument::fromJson(reply->body).array() : QJsonArray();
}

int Idp::count(const QString &method, const QString &path, const QString &grantType) const
{
    int result = 0;
    const QJsonArray entries = log();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        if (entry.value("path"_L1).toString() != path)
            continue;
        if (!method.isEmpty() && entry.value("method"_L1).toString() != method)
            continue;
        if (!grantType.isEmpty() && entry.value("grant_type"_L1).toString() != grantType)
            continue;
        ++result;
    }
    return result;
}

int Idp::tokenRequests(const QString &grantType) const
{
    return count(u"POST"_s, u"/oidc/token"_s, grantType);
}

int Idp::userinfoRequests() const
{
    return count({}, u"/oidc/me"_s);
}

bool Idp::post(const QString &testPath) const
{
    const auto reply = fetch(QUrl(m_endpoint.toString() + testPath), true);
    return reply && reply->status == 200;
}

bool Idp::mutate(const QString &name) const
{
    return post(u"/__test/mutate?name="_s + name);
}

QJsonObject Idp::getJson(const QString &path) const
{
    const auto reply = fetch(QUrl(m_endpoint.toString() + path), false);
    return reply ? QJsonDocument::fromJson(reply->body).object() : QJsonObject();
}

// ---------------------------------------------------------------------------------------------
// Secrets

void Secrets::add(const QString &what, const QByteArray &value)
{
    // Short values would match by chance; every real secret here is 20+ characters.
    if (value.size() >= 16)
        m_values.append({what, value});
}

void Secrets::addAuthorizationRequest(const QUrl &url)
{
    const QUrlQuery query(url);
    add(u"state"_s, query.queryItemValue(u"state"_s, QUrl::FullyDecoded).toUtf8());
    add(u"nonce"_s, query.queryItemValue(u"nonce"_s, QUrl::FullyDecoded).toUtf8());
    m_codeChallenge = query.queryItemValue(u"code_challenge"_s, QUrl::FullyDecoded).toUtf8();
    add(u"code_challenge"_s, m_codeChallenge);
}

void Secrets::addAuthorizationResponse(const QUrl &callback)
{
    add(u"authorization code"_s, QUrlQuery(callback).queryItemValue(u"code"_s, QUrl::FullyDecoded).toUtf8());
}

void Secrets::addStoredTokens(const QString &issuer, const QString &appId)
{
    for (const QString &name : {u"refresh_token"_s, u"access_token"_s, u"id_token"_s}) {
        const QByteArray value = Keyring::lookup(u"%1 %2 %3"_s.arg(issuer, appId, name));
        add(name, value);
        if (name == "id_token"_L1 && value.count('.') == 2)
            add(u"id_token signature"_s, value.split('.').last());
    }
}

QStringList Secrets::findIn(const QByteArray &haystack, const QString &where) const
{
    QStringList found;
    for (const auto &[what, value] : m_values) {
        if (haystack.contains(value) || haystack.contains(value.toPercentEncoding()))
            found << u"%1 found in %2"_s.arg(what, where);
    }
    // RFC 7636 verifier: 43-128 unreserved characters whose SHA-256 is the challenge.
    if (!m_codeChallenge.isEmpty()) {
        static const QRegularExpression run(u"[A-Za-z0-9._~-]{43,128}"_s);
        const QString text = QString::fromLatin1(haystack);
        auto matches = run.globalMatch(text);
        while (matches.hasNext()) {
            const QByteArray candidate = matches.next().captured().toLatin1();
            const QByteArray challenge = QCryptographicHash::hash(candidate, QCryptographicHash::Sha256)
                                             .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            if (challenge == m_codeChallenge) {
                found << u"PKCE code_verifier found in %1"_s.arg(where);
                break;
            }
        }
    }
    return found;
}

QStringList Secrets::findInFiles(const QString &directory) const
{
    QStringList found;
    if (directory.isEmpty())
        return found;
    QDirIterator files(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024 * 1024)
            continue;
        found << findIn(file.readAll(), path);
    }
    return found;
}

// ---------------------------------------------------------------------------------------------
// SignIn

SignIn::SignIn(const Idp &idp, const QStringList &extraArguments, const QString &appId)
    : m_issuer(idp.issuer())
    , m_appId(appId)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    m_arguments =
        QStringList{
            u"sign-in"_s, u"--endpoint"_s, idp.endpoint().toString(), u"--app-id"_s, appId, u"--timeout"_s, u"60"_s}
        + extraArguments;
    m_environment.insert(u"BROWSER"_s, QStringLiteral(LOGTO_SOURCE_DIR "/tests/hardening/record-browser.sh"));
    m_environment.insert(u"HARDENING_URL_FILE"_s, m_dir.filePath(u"authorization-url"_s));
    m_environment.insert(u"QT_LOGGING_RULES"_s, debugRules());
    // In a sanitizer build, freed memory is held back (ASan's quarantine) and RSS only grows:
    // without it, memory figures mean what they say. Ignored by other builds.
    const QString asan = m_environment.value(u"ASAN_OPTIONS"_s);
    m_environment.insert(u"ASAN_OPTIONS"_s, (asan.isEmpty() ? QString() : asan + u":"_s) + u"quarantine_size_mb=0"_s);
}

SignIn::~SignIn()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SignIn::start()
{
    m_process.setProcessEnvironment(m_environment);
    m_process.setStandardInputFile(QProcess::nullDevice());
    if (m_wrapper.isEmpty())
        m_process.start(CliProcess::executable(), m_arguments);
    else
        m_process.start(m_wrapper.first(), m_wrapper.mid(1) + QStringList{CliProcess::executable()} + m_arguments);
    return m_process.waitForStarted(10000);
}

bool SignIn::waitForAuthorizationUrl(int timeoutMs)
{
    const QString file = m_environment.value(u"HARDENING_URL_FILE"_s);
    if (!QTest::qWaitFor([&] { return QFile::exists(file) || !isRunning(); }, timeoutMs) || !QFile::exists(file))
        return false;
    QFile url(file);
    if (!url.open(QIODevice::ReadOnly))
        return false;
    m_authorizationUrl = QUrl(QString::fromUtf8(url.readAll().trimmed()), QUrl::StrictMode);
    m_query = QUrlQuery(m_authorizationUrl);
    m_secrets.addAuthorizationRequest(m_authorizationUrl);
    return m_authorizationUrl.isValid() && port() != 0;
}

QString SignIn::parameter(const QString &name) const
{
    return m_query.queryItemValue(name, QUrl::FullyDecoded);
}

bool SignIn::waitForFinished(int timeoutMs)
{
    // It may have ended while the test ran the event loop: waitForFinished() is false then.
    const bool finished = m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
    if (!finished) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_out += m_process.readAllStandardOutput();
    m_err += m_process.readAllStandardError();
    m_exitCode = m_process.exitCode();
    m_crashed = !finished || m_process.exitStatus() == QProcess::CrashExit;
    m_secrets.addStoredTokens(m_issuer, m_appId);
    return finished;
}

QByteArray SignIn::describe() const
{
    QByteArray err = m_err;
    // With every debug category on, stderr is long: the end says what went wrong.
    // QTest cuts messages at 1 KiB: the end is what says what went wrong.
    if (err.size() > 700)
        err = "..." + err.right(700);
    return "exit " + QByteArray::number(m_exitCode) + (m_crashed ? " (crashed or killed)" : "") + "; stdout: " + m_out
        + "; stderr: " + err;
}

QStringList SignIn::leakedSecrets() const
{
    QStringList found = m_secrets.findIn(m_err, u"stderr"_s);
    // A successful sign-in prints the verified ID token's claims on stdout, by contract
    // (tests/e2e/tst_signin.cpp), and they include the spent `nonce`: allowed there only.
    const QStringList inStdout = m_secrets.findIn(m_out, u"stdout"_s);
    for (const QString &leak : inStdout) {
        if (m_exitCode != 0 || !leak.startsWith("nonce "_L1))
            found << leak;
    }
    const QString scratch = qEnvironmentVariable("LOGTO_TEST_SCRATCH");
    found << m_secrets.findInFiles(scratch.isEmpty() ? QDir::homePath() : scratch);
    return found;
}

// ---------------------------------------------------------------------------------------------
// ScriptedBrowser

QUrl ScriptedBrowser::authorize(const QUrl &authorizationUrl, const QString &username, const QString &password)
{
    const QUrl redirectUri(QUrlQuery(authorizationUrl).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QNetworkAccessManager network; // keeps the provider's cookies, as a browser does
    network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QUrl url = authorizationUrl;
    QByteArray form; // non-empty: POST it
    bool signedIn = false;
    for (int hop = 0; hop < 20; ++hop) {
        QNetworkRequest request(url);
        request.setTransferTimeout(15000);
        std::unique_ptr<QNetworkReply> reply;
        if (form.isEmpty()) {
            reply.reset(network.get(request));
        } else {
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
            reply.reset(network.post(request, form));
            form.clear();
        }
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (qEnvironmentVariableIsSet("HARDENING_DEBUG_BROWSER"))
            qDebug() << status << url.path() << reply->rawHeader("Location").left(100);
        if (status >= 300 && status < 400) {
            const QUrl next = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            if (next.host() == redirectUri.host() && next.port() == redirectUri.port())
                return next; // the authorization response: the test delivers it
            url = next;
            continue;
        }
        if (status == 200 && !signedIn && body.contains("name=\"password\"")
            && url.path().startsWith(u"/interaction/"_s)) {
            signedIn = true;
            QUrlQuery fields;
            fields.addQueryItem(u"identifier"_s, username);
            fields.addQueryItem(u"password"_s, password);
            form = fields.toString(QUrl::FullyEncoded).toUtf8();
            url.setPath(url.path() + u"/login"_s);
            continue;
        }
        m_error = u"unexpected answer %1 from %2: %3"_s.arg(
            QString::number(status), url.path(), QString::fromUtf8(body.left(300)));
        return {};
    }
    m_error = u"too many redirects"_s;
    return {};
}

// ---------------------------------------------------------------------------------------------
// Raw HTTP

QByteArray RawResponse::header(const QByteArray &name) const
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

RawResponse rawHttp(quint16 port, const QByteArray &request, int timeoutMs)
{
    RawResponse response;
    QTcpSocket socket;
    const QDeadlineTimer deadline(timeoutMs);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return response;
    response.connected = true;
    socket.write(request);
    socket.waitForBytesWritten(static_cast<int>(deadline.remainingTime()));
    QByteArray raw;
    while (!deadline.hasExpired()) {
        raw += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
        if (!socket.waitForReadyRead(static_cast<int>(deadline.remainingTime())) && socket.bytesAvailable() == 0
            && socket.state() != QAbstractSocket::ConnectedState)
            break;
    }
    raw += socket.readAll();
    response.reset = raw.isEmpty();
    const qsizetype end = raw.indexOf("\r\n\r\n");
    response.head = end < 0 ? raw : raw.left(end);
    response.body = end < 0 ? QByteArray() : raw.mid(end + 4);
    static const QRegularExpression statusLine(u"^HTTP/1\\.[01] (\\d{3}) "_s);
    const auto match = statusLine.match(QString::fromLatin1(response.head.left(64)));
    if (match.hasMatch())
        response.status = match.captured(1).toInt();
    return response;
}

QByteArray getRequest(const QUrl &url, const QByteArray &extraHeaders)
{
    return "GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment)
        + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(url.port())
        + "\r\nUser-Agent: hardening\r\nAccept: text/html\r\n" + extraHeaders + "Connection: close\r\n\r\n";
}

RawResponse deliver(const QUrl &callback)
{
    return rawHttp(static_cast<quint16>(callback.port()), getRequest(callback), 30000);
}

// ---------------------------------------------------------------------------------------------
// /proc

namespace Proc {

qint64 residentKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

int tcpSocketsOnPort(qint64 pid, quint16 port)
{
    // Inodes of TCP sockets (IPv4 and IPv6) whose local port is `port`.
    QSet<QByteArray> inodes;
    for (const QString &table : {u"tcp"_s, u"tcp6"_s}) {
        QFile file(u"/proc/%1/net/%2"_s.arg(pid).arg(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
            if (fields.size() < 10)
                continue;
            const QByteArray local = fields.at(1);
            bool ok = false;
            const uint localPort = local.mid(local.indexOf(':') + 1).toUInt(&ok, 16);
            if (ok && localPort == port && fields.at(9) != "0")
                inodes.insert(fields.at(9));
        }
    }
    int count = 0;
    QDir fds(u"/proc/%1/fd"_s.arg(pid));
    const QStringList entries = fds.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        char target[128] = {};
        const QByteArray path = fds.filePath(entry).toLocal8Bit();
        const ssize_t length = ::readlink(path.constData(), target, sizeof target - 1);
        if (length <= 0)
            continue;
        const QByteArray link(target, static_cast<qsizetype>(length));
        if (link.startsWith("socket:[") && inodes.contains(link.mid(8, link.size() - 9)))
            ++count;
    }
    return count;
}

} // namespace Proc

// ---------------------------------------------------------------------------------------------
// Other commands

QByteArray CliResult::describe() const
{
    return "exit " + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "") + "; stdout: " + out
        + "; stderr: " + err.right(1500);
}

CliResult runCli(const Idp &idp, const QString &command, const QStringList &extra, const QString &appId)
{
    CliProcess cli;
    cli.environment().insert(u"QT_LOGGING_RULES"_s, debugRules());
    const CliRun run =
        cli.run(QStringList{command, u"--endpoint"_s, idp.endpoint().toString(), u"--app-id"_s, appId} + extra, 60000);
    return CliResult{run.exitCode, run.crashed, run.out, run.err};
}

void signInToTheEnd(SignIn &signIn, RawResponse *page, const QString &username)
{
    QVERIFY(signIn.start());
    QVERIFY2(signIn.waitForAuthorizationUrl(), signIn.describe().constData());
    ScriptedBrowser browser;
    const QUrl callback = browser.authorize(signIn.authorizationUrl(), username, username + u"-password"_s);
    QVERIFY2(!callback.isEmpty(), qPrintable(browser.errorString()));
    signIn.secrets().addAuthorizationResponse(callback);
    const RawResponse response = deliver(callback);
    if (page)
        *page = response;
    QVERIFY2(signIn.waitForFinished(), signIn.describe().constData());
}

void verifyNoSecretLeaked(const SignIn &signIn)
{
    const QStringList leaks = signIn.leakedSecrets();
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u"; "_s)));
}

QJsonObject jwsHeader(const QByteArray &token)
{
    const QByteArray header = token.trimmed().split('.').first();
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(header, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        .object();
}

bool isOneErrorLine(const QByteArray &err)
{
    // With debug logging on, stderr also has the log (even after the error line, as libraries
    // unload): exactly one line is the contract's `error: ...`.
    const QList<QByteArray> lines = err.split('\n');
    return err.endsWith('\n')
        && std::count_if(
               lines.cbegin(), lines.cend(), [](const QByteArray &line) { return line.startsWith("error: "); })
        == 1;
}

} // namespace Hardening
