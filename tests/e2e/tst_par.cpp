// SPDX-License-Identifier: MIT
// Pushed authorization requests (RFC 9126) end to end: the real executable, the Logto-shaped
// provider in tests/idp (which offers PAR like Logto, and can hide it, fail it and shorten its
// request_uri lifetime), real headless Chromium and the real Secret Service.
#include "cliprocess.h"
#include "idpserver.h"
#include "runningcli.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString AppId = u"native-app"_s;
constexpr int BrowserTimeoutMs = 90000;

QStringList signInArguments(const IdpServer &idp, const QStringList &extra = {}, const QString &appId = AppId)
{
    return QStringList{
               u"sign-in"_s, u"--endpoint"_s, idp.endpoint().toString(), u"--app-id"_s, appId, u"--timeout"_s, u"60"_s}
    + extra;
}

// The IdP's /oidc/auth log entries: `query` names what the browser's URL carried, `params` what
// was in effect (the pushed parameters for a request_uri), `pushed` whether it was a request_uri.
QList<QJsonObject> authorizations(const IdpServer &idp)
{
    QList<QJsonObject> found;
    for (const QJsonValue &entry : idp.requestLog()) {
        const QJsonObject object = entry.toObject();
        if (object["method"_L1].toString() == "GET"_L1 && object["path"_L1].toString() == "/oidc/auth"_L1)
            found << object;
    }
    return found;
}

QStringList names(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &value : array.toArray())
        list << value.toString();
    return list;
}

} // namespace

class TestPar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void pushedSignInSendsOnlyClientIdAndRequestUri();
    void plainRequestWithoutPar_data();
    void plainRequestWithoutPar();
    void printedLinkWorksAfterTheRequestUriExpired();
    void wrongStartTokenIsNotFound();
    void parErrorStopsBeforeBrowser_data();
    void parErrorStopsBeforeBrowser();

private:
    CliProcess cliWithBrowser(const QString &urlLog, const QString &result) const;

    QTemporaryDir m_scratch;
    int m_runs = 0;
};

void TestPar::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run this test through tests/with-keyring.sh");
    QVERIFY(m_scratch.isValid());
    QVERIFY2(QFile::exists(IdpServer::idpDirectory() + u"/node_modules"_s),
             "tests/idp/node_modules is missing: run scripts/setup.sh (npm ci)");
}

void TestPar::init()
{
    Keyring::clear();
    QCOMPARE(Keyring::itemCount(), 0);
}

// $BROWSER records every URL it is given (tests/hardening/record-browser.sh), then runs the real
// test browser (tests/idp/browser.mjs) on it.
CliProcess TestPar::cliWithBrowser(const QString &urlLog, const QString &result) const
{
    CliProcess cli;
    cli.environment().insert(u"BROWSER"_s, QStringLiteral(LOGTO_SOURCE_DIR "/tests/hardening/record-browser.sh"));
    cli.environment().insert(u"HARDENING_URL_LOG"_s, urlLog);
    cli.environment().insert(u"HARDENING_CHROMIUM"_s, u"1"_s);
    cli.environment().insert(u"BROWSER_RESULT"_s, result);
    return cli;
}

void TestPar::pushedSignInSendsOnlyClientIdAndRequestUri()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    const QString urlLog = m_scratch.filePath(u"urls-%1.log"_s.arg(m_runs++));
    const CliRun run = cliWithBrowser(urlLog, m_scratch.filePath(u"result-%1.json"_s.arg(m_runs)))
                           .run(signInArguments(idp, {u"--login-hint"_s, u"alice+test@example.com"_s}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).object()["sub"_L1].toString(), u"u-alice"_s);
    QCOMPARE(Keyring::itemCount(), 3);

    // The browser got the authorization endpoint with client_id and request_uri, nothing else.
    QFile log(urlLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> urls = log.readAll().trimmed().split('\n');
    QCOMPARE(urls.size(), 1);
    const QUrl url = QUrl::fromEncoded(urls.first());
    QCOMPARE(url.adjusted(QUrl::RemoveQuery).toString(), idp.issuer() + u"/auth"_s);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItems().size(), 2);
    QCOMPARE(query.queryItemValue(u"client_id"_s), AppId);
    QVERIFY(
        query.queryItemValue(u"request_uri"_s, QUrl::FullyDecoded).startsWith("urn:ietf:params:oauth:request_uri:"_L1));

    // And so did the provider: one push, one authorization request by request_uri, whose pushed
    // parameters are the whole request (PKCE, state, nonce, the '+' of the login hint kept).
    QCOMPARE(idp.countRequests(u"/oidc/request"_s), 1);
    const QList<QJsonObject> auth = authorizations(idp);
    QCOMPARE(auth.size(), 1);
    QCOMPARE(names(auth.first()["query"_L1]), (QStringList{u"client_id"_s, u"request_uri"_s}));
    QVERIFY(auth.first()["pushed"_L1].toBool());
    const QJsonObject params = auth.first()["params"_L1].toObject();
    QCOMPARE(params["code_challenge_method"_L1].toString(), u"S256"_s);
    QVERIFY(params["has_state"_L1].toBool());
    QVERIFY(params["has_nonce"_L1].toBool());
    QCOMPARE(params["login_hint"_L1].toString(), u"alice+test@example.com"_s);
    QVERIFY(params["redirect_uri"_L1].toString().startsWith("http://127.0.0.1:"_L1));
}

void TestPar::plainRequestWithoutPar_data()
{
    QTest::addColumn<QStringList>("idpArguments");
    QTest::addColumn<QStringList>("cliArguments");
    QTest::newRow("provider without PAR") << QStringList{u"--par"_s, u"off"_s} << QStringList();
    QTest::newRow("--no-par") << QStringList() << QStringList{u"--no-par"_s};
}

void TestPar::plainRequestWithoutPar()
{
    QFETCH(QStringList, idpArguments);
    QFETCH(QStringList, cliArguments);
    IdpServer idp(idpArguments);
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    const QString urlLog = m_scratch.filePath(u"urls-%1.log"_s.arg(m_runs++));
    const CliRun run = cliWithBrowser(urlLog, m_scratch.filePath(u"result-%1.json"_s.arg(m_runs)))
                           .run(signInArguments(idp, cliArguments));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(Keyring::itemCount(), 3);

    QCOMPARE(idp.countRequests(u"/oidc/request"_s), 0);
    const QList<QJsonObject> auth = authorizations(idp);
    QCOMPARE(auth.size(), 1);
    QVERIFY(!auth.first()["pushed"_L1].toBool());
    const QStringList query = names(auth.first()["query"_L1]);
    for (const QString &name : {u"redirect_uri"_s, u"state"_s, u"nonce"_s, u"code_challenge"_s})
        QVERIFY2(query.contains(name), qPrintable(name));
}

void TestPar::printedLinkWorksAfterTheRequestUriExpired()
{
    // request_uris live 2 s here instead of Logto's 60 s: the same expiry, sooner.
    IdpServer idp({u"--par-ttl"_s, u"2"_s});
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    RunningCli cli(QProcessEnvironment::systemEnvironment(), signInArguments(idp, {u"--no-browser"_s}));
    QVERIFY(cli.waitForStderr("Waiting for the browser", 30000));
    QCOMPARE(idp.countRequests(u"/oidc/request"_s), 1); // pushed (and checked) before the link is printed
    const CliRun printed = cli.result();
    const QRegularExpressionMatch match = QRegularExpression(u"http://127\\.0\\.0\\.1:\\d+/start\\?t=[A-Za-z0-9_%-]+"_s)
                                              .match(QString::fromUtf8(printed.err));
    QVERIFY2(match.hasMatch(), printed.err.constData());
    const QString link = match.captured();
    QVERIFY2(!printed.err.contains("request_uri"), printed.err.constData());

    // Past the first request_uri's lifetime (nothing to wait on but the clock).
    QTest::qWait(3000);
    QProcess browser;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString result = m_scratch.filePath(u"result-link.json"_s);
    environment.insert(u"BROWSER_RESULT"_s, result);
    browser.setProcessEnvironment(environment);
    browser.start(u"node"_s, {IdpServer::idpDirectory() + u"/browser.mjs"_s, link});
    QVERIFY(browser.waitForFinished(BrowserTimeoutMs));
    QCOMPARE(browser.exitCode(), 0);

    QVERIFY(cli.waitForExit(30000));
    const CliRun run = cli.result();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(Keyring::itemCount(), 3);
    // The link pushed a fresh request (the first one had expired) and sent the browser there.
    QCOMPARE(idp.countRequests(u"/oidc/request"_s), 2);
    const QList<QJsonObject> auth = authorizations(idp);
    QCOMPARE(auth.size(), 1);
    QCOMPARE(names(auth.first()["query"_L1]), (QStringList{u"client_id"_s, u"request_uri"_s}));
}

void TestPar::wrongStartTokenIsNotFound()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    RunningCli cli(QProcessEnvironment::systemEnvironment(),
                   signInArguments(idp, {u"--no-browser"_s, u"--timeout"_s, u"20"_s}));
    QVERIFY(cli.waitForStderr("Waiting for the browser", 30000));
    const QString err = QString::fromUtf8(cli.result().err);
    const QRegularExpressionMatch match = QRegularExpression(u"(http://127\\.0\\.0\\.1:\\d+/start)\\?t="_s).match(err);
    QVERIFY2(match.hasMatch(), qPrintable(err));
    const QString start = match.captured(1);

    // Any local page can navigate here: without the token it learns nothing and starts nothing.
    for (const QString &target : QStringList{start, start + u"?t=wrong"_s, start + u"?t=a&t=b"_s}) {
        QProcess curl;
        curl.start(u"curl"_s, {u"-s"_s, u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s, target});
        QVERIFY(curl.waitForFinished(10000));
        QCOMPARE(curl.readAllStandardOutput(), QByteArray("404"));
    }
    QCOMPARE(idp.countRequests(u"/oidc/request"_s), 1);
    QVERIFY(cli.isRunning());
}

void TestPar::parErrorStopsBeforeBrowser_data()
{
    QTest::addColumn<QString>("appId");
    QTest::addColumn<QString>("fault"); // a /__test path to POST first, or empty
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown app id") << u"no-such-app"_s << QString() << u"copy its App ID"_s;
    QTest::newRow("unregistered redirect (spa-app)")
        << u"spa-app"_s << QString() << u"Redirect URIs, add exactly http://127.0.0.1/callback"_s;
    QTest::newRow("server error") << AppId << u"/__test/fail-par?status=500"_s << u"--no-par"_s;
    QTest::newRow("other refusal") << AppId << u"/__test/fail-par?status=400&error=invalid_request&description=boom"_s
                                   << u"--no-par"_s;
}

void TestPar::parErrorStopsBeforeBrowser()
{
    QFETCH(QString, appId);
    QFETCH(QString, fault);
    QFETCH(QString, expected);
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    if (!fault.isEmpty())
        QVERIFY(idp.post(fault));
    const QString urlLog = m_scratch.filePath(u"urls-%1.log"_s.arg(m_runs++));
    const QString result = m_scratch.filePath(u"result-%1.json"_s.arg(m_runs));
    const CliRun run = cliWithBrowser(urlLog, result).run(signInArguments(idp, {}, appId));

    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("error: "), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
    QCOMPARE(idp.countRequests(u"/oidc/request"_s), 1);
    QCOMPARE(idp.countRequests(u"/oidc/auth"_s), 0);
    QVERIFY(!QFile::exists(urlLog)); // no browser was started
    QVERIFY(!QFile::exists(result));
    QCOMPARE(Keyring::itemCount(), 0);
}

QTEST_GUILESS_MAIN(TestPar)
#include "tst_par.moc"
