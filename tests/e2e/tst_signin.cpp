// SPDX-License-Identifier: MIT
// End to end: the real logto-signin executable against the Logto-shaped provider in
// tests/idp, a real headless Chromium as the system browser, and the real Secret Service
// (this test runs inside tests/with-keyring.sh).
#include "cliprocess.h"
#include "idpserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

const QString AppId = QStringLiteral("native-app");

QString refreshKey(const QString &issuer)
{
    return QStringLiteral("%1 %2 refresh_token").arg(issuer, AppId);
}

QString accessTokenKey(const QString &issuer)
{
    return QStringLiteral("%1 %2 access_token").arg(issuer, AppId);
}

QString idTokenKey(const QString &issuer)
{
    return QStringLiteral("%1 %2 id_token").arg(issuer, AppId);
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void signInPrintsVerifiedClaimsAndKeepsSession_data();
    void signInPrintsVerifiedClaimsAndKeepsSession();
    void statusWithoutSession();
    void rejectedIdTokenStoresNothing_data();
    void rejectedIdTokenStoresNothing();
    void issuerMismatchStopsBeforeBrowser();
    void redirectWithWrongIssIsRejected();
    void tamperedStateKeepsWaitingUntilTimeout();
    void noBrowserPrintsUrlAndTimesOut();
    void failedSignInKeepsPreviousSession();
    void noSecretServiceIsAClearError();
    void plainHttpEndpointIsRefused();
    void noSecretInOutputOrFiles();
    void wrongClockIsExplained_data();
    void wrongClockIsExplained();

private:
    struct Browser
    {
        QString resultFile;
        QJsonObject result() const;
    };
    CliProcess cliWithBrowser(Browser &browser, const QString &tamper = {});
    QStringList signInArguments(const IdpServer &idp, const QStringList &extra = {}) const;

    QTemporaryDir m_scratch;
    int m_browserRuns = 0;
};

void TestSignIn::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run this test through tests/with-keyring.sh");
    QVERIFY(m_scratch.isValid());
    QVERIFY2(QFile::exists(IdpServer::idpDirectory() + QStringLiteral("/node_modules")),
             "tests/idp/node_modules is missing: run scripts/setup.sh (npm ci)");
}

void TestSignIn::init()
{
    Keyring::clear();
    QCOMPARE(Keyring::itemCount(), 0);
}

QJsonObject TestSignIn::Browser::result() const
{
    QFile file(resultFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

CliProcess TestSignIn::cliWithBrowser(Browser &browser, const QString &tamper)
{
    browser.resultFile = m_scratch.filePath(QStringLiteral("browser-%1.json").arg(m_browserRuns++));
    CliProcess cli;
    cli.environment().insert(QStringLiteral("BROWSER"),
                             QStringLiteral("node %1/browser.mjs").arg(IdpServer::idpDirectory()));
    cli.environment().insert(QStringLiteral("BROWSER_RESULT"), browser.resultFile);
    if (!tamper.isEmpty())
        cli.environment().insert(QStringLiteral("BROWSER_TAMPER"), tamper);
    return cli;
}

QStringList TestSignIn::signInArguments(const IdpServer &idp, const QStringList &extra) const
{
    return QStringList{QStringLiteral("sign-in"),
                       QStringLiteral("--endpoint"),
                       idp.endpoint().toString(),
                       QStringLiteral("--app-id"),
                       AppId,
                       QStringLiteral("--timeout"),
                       QStringLiteral("60")}
    + extra;
}

void TestSignIn::signInPrintsVerifiedClaimsAndKeepsSession_data()
{
    QTest::addColumn<QString>("alg");
    QTest::newRow("ES384 (Logto's default)") << QStringLiteral("ES384");
    QTest::newRow("RS256 (older tenants)") << QStringLiteral("RS256");
}

void TestSignIn::signInPrintsVerifiedClaimsAndKeepsSession()
{
    QFETCH(QString, alg);
    auto idp = std::make_unique<IdpServer>(QStringList{QStringLiteral("--alg"), alg});
    QVERIFY2(idp->start(), qPrintable(idp->errorString()));
    const QString endpoint = idp->endpoint().toString();
    const QString issuer = idp->issuer();
    Browser browser;
    const CliProcess cli = cliWithBrowser(browser);

    const CliRun run = cli.run(signInArguments(
        *idp,
        {QStringLiteral("--scope"), QStringLiteral("email"), QStringLiteral("--scope"), QStringLiteral("roles")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!run.crashed);

    // stdout: exactly one JSON object, the verified claims.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &parseError);
    QVERIFY2(document.isObject(), run.out.constData());
    const QJsonObject claims = document.object();
    QCOMPARE(claims.value(QLatin1String("iss")).toString(), issuer);
    QCOMPARE(claims.value(QLatin1String("aud")).toString(), AppId);
    QCOMPARE(claims.value(QLatin1String("sub")).toString(), QStringLiteral("u-alice"));
    QCOMPARE(claims.value(QLatin1String("username")).toString(), QStringLiteral("alice"));
    QCOMPARE(claims.value(QLatin1String("email")).toString(), QStringLiteral("alice@example.com"));
    QVERIFY(claims.value(QLatin1String("roles")).isArray());
    QVERIFY(!claims.value(QLatin1String("nonce")).toString().isEmpty());

    // The keychain holds the refresh token, the ID token and the (opaque) access token in
    // separate entries: Windows caps one entry at 2,560 bytes.
    QCOMPARE(Keyring::itemCount(), 3);
    QVERIFY(!Keyring::lookup(accessTokenKey(issuer)).isEmpty());
    QVERIFY(!Keyring::lookup(refreshKey(issuer)).isEmpty());
    const QByteArray idToken = Keyring::lookup(idTokenKey(issuer));
    QCOMPARE(idToken.count('.'), 2);
    const QJsonObject header =
        QJsonDocument::fromJson(QByteArray::fromBase64(idToken.split('.').first(), QByteArray::Base64UrlEncoding))
            .object();
    QCOMPARE(header.value(QLatin1String("alg")).toString(), alg);

    // The browser saw the success page only after verification, with the promised headers.
    QTRY_VERIFY_WITH_TIMEOUT(!browser.result().isEmpty(), 30000);
    const QJsonObject page = browser.result();
    QCOMPARE(page.value(QLatin1String("status")).toInt(), 200);
    QVERIFY2(page.value(QLatin1String("text")).toString().contains(QLatin1String("signed in")),
             qPrintable(page.value(QLatin1String("text")).toString()));
    const QJsonObject headers = page.value(QLatin1String("headers")).toObject();
    QCOMPARE(headers.value(QLatin1String("cache-control")).toString(), QStringLiteral("no-store"));
    QCOMPARE(headers.value(QLatin1String("referrer-policy")).toString(), QStringLiteral("no-referrer"));

    // status reads the stored session without the network: stop the provider first.
    idp.reset();
    const CliRun status = CliProcess().run(
        {QStringLiteral("status"), QStringLiteral("--endpoint"), endpoint, QStringLiteral("--app-id"), AppId});
    QCOMPARE(status.exitCode, 0);
    const QJsonObject statusJson = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(statusJson.value(QLatin1String("signed_in")).toBool(), true);
    QCOMPARE(statusJson.value(QLatin1String("issuer")).toString(), issuer);
    QCOMPARE(statusJson.value(QLatin1String("sub")).toString(), QStringLiteral("u-alice"));
}

void TestSignIn::statusWithoutSession()
{
    const CliRun status = CliProcess().run({QStringLiteral("status"),
                                            QStringLiteral("--endpoint"),
                                            QStringLiteral("http://127.0.0.1:9"),
                                            QStringLiteral("--app-id"),
                                            AppId});
    QCOMPARE(status.exitCode, 3);
    QCOMPARE(QJsonDocument::fromJson(status.out).object(), QJsonObject({{QStringLiteral("signed_in"), false}}));
}

void TestSignIn::rejectedIdTokenStoresNothing_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("expected");
    QTest::newRow("alg none") << QStringLiteral("id_token_alg_none") << QStringLiteral("not allowed");
    QTest::newRow("iss + 1 char") << QStringLiteral("id_token_iss") << QStringLiteral("issuer");
    QTest::newRow("aud + 1 char") << QStringLiteral("id_token_aud") << QStringLiteral("different app");
    QTest::newRow("nonce + 1 char") << QStringLiteral("id_token_nonce") << QStringLiteral("nonce");
    QTest::newRow("signature byte flipped") << QStringLiteral("id_token_bad_sig") << QStringLiteral("signature");
}

void TestSignIn::rejectedIdTokenStoresNothing()
{
    QFETCH(QString, mutation);
    QFETCH(QString, expected);
    IdpServer idp({QStringLiteral("--mutate"), mutation});
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    Browser browser;
    const CliRun run = cliWithBrowser(browser).run(signInArguments(idp));

    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("error: "), run.err.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(expected, Qt::CaseInsensitive), run.err.constData());
    QCOMPARE(Keyring::itemCount(), 0);
    QCOMPARE(idp.countRequests(QStringLiteral("/oidc/me")), 0);

    // The browser is told the truth: the sign-in failed.
    QTRY_VERIFY_WITH_TIMEOUT(!browser.result().isEmpty(), 30000);
    QVERIFY2(browser.result().value(QLatin1String("text")).toString().contains(QLatin1String("failed")),
             qPrintable(browser.result().value(QLatin1String("text")).toString()));
}

void TestSignIn::issuerMismatchStopsBeforeBrowser()
{
    IdpServer idp({QStringLiteral("--mutate"), QStringLiteral("issuer_mismatch")});
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    Browser browser;
    const CliRun run = cliWithBrowser(browser).run(signInArguments(idp));

    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("issuer"), run.err.constData());
    QCOMPARE(idp.countRequests(QStringLiteral("/oidc/auth")), 0);
    QCOMPARE(idp.countRequests(QStringLiteral("/oidc/token")), 0);
    QVERIFY(!QFile::exists(browser.resultFile)); // no browser was started
    QCOMPARE(Keyring::itemCount(), 0);
}

void TestSignIn::redirectWithWrongIssIsRejected()
{
    IdpServer idp({QStringLiteral("--mutate"), QStringLiteral("iss_param_wrong")});
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    Browser browser;
    const CliRun run = cliWithBrowser(browser).run(signInArguments(idp));

    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("issuer mismatch"), run.err.constData());
    QCOMPARE(idp.countRequests(QStringLiteral("/oidc/token")), 0); // RFC 9207: no code exchange
    QCOMPARE(Keyring::itemCount(), 0);
}

void TestSignIn::tamperedStateKeepsWaitingUntilTimeout()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    Browser browser;
    // 15 s: long enough for Chromium to reach the listener with the tampered state on a loaded machine.
    const CliRun run = cliWithBrowser(browser, QStringLiteral("state"))
                           .run(signInArguments(idp) << QStringLiteral("--timeout") << QStringLiteral("15"));

    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("timed out"), run.err.constData());
    QCOMPARE(idp.countRequests(QStringLiteral("/oidc/token")), 0);
    QCOMPARE(Keyring::itemCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!browser.result().isEmpty(), 30000);
    QCOMPARE(browser.result().value(QLatin1String("status")).toInt(), 400);
}

void TestSignIn::noBrowserPrintsUrlAndTimesOut()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    // --no-par: the plain request, whole in the printed URL (tst_par covers the pushed one).
    const CliRun run = CliProcess().run(
        signInArguments(idp) << QStringLiteral("--no-browser") << QStringLiteral("--no-par")
                             << QStringLiteral("--timeout") << QStringLiteral("1") << QStringLiteral("--apple"));
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    const qsizetype start = err.indexOf(idp.issuer() + QStringLiteral("/auth?"));
    QVERIFY2(start >= 0, run.err.constData());
    const QUrl url(err.mid(start, err.indexOf(QLatin1Char('\n'), start) - start));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), AppId);
    QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("prompt")), QStringLiteral("consent"));
    QCOMPARE(query.queryItemValue(QStringLiteral("direct_sign_in"), QUrl::FullyDecoded),
             QStringLiteral("social:apple"));
    QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("openid offline_access profile"));
    QVERIFY(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
                .startsWith(QLatin1String("http://127.0.0.1:")));
    QCOMPARE(Keyring::itemCount(), 0);
}

void TestSignIn::failedSignInKeepsPreviousSession()
{
    IdpServer good;
    QVERIFY2(good.start(), qPrintable(good.errorString()));
    Browser first;
    QCOMPARE(cliWithBrowser(first).run(signInArguments(good)).exitCode, 0);
    const QByteArray refreshToken = Keyring::lookup(refreshKey(good.issuer()));
    QVERIFY(!refreshToken.isEmpty());

    // A second attempt at the same tenant that fails a check must not touch the session.
    Browser second;
    const CliRun failed = cliWithBrowser(second, QStringLiteral("iss")).run(signInArguments(good));
    QCOMPARE(failed.exitCode, 1);
    QCOMPARE(Keyring::lookup(refreshKey(good.issuer())), refreshToken);
    QCOMPARE(Keyring::itemCount(), 3);
}

void TestSignIn::noSecretServiceIsAClearError()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    Browser browser;
    CliProcess cli = cliWithBrowser(browser);
    // A bus with no Secret Service on it: point at a socket that does not exist.
    cli.environment().insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                             QStringLiteral("unix:path=%1").arg(m_scratch.filePath(QStringLiteral("no-bus"))));
    const CliRun run = cli.run(signInArguments(idp));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("error: no secure storage available: "), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QCOMPARE(idp.countRequests(QStringLiteral("/oidc/auth")), 0); // failed before any browser
    QVERIFY(!QFile::exists(browser.resultFile));
}

void TestSignIn::plainHttpEndpointIsRefused()
{
    const CliRun run = CliProcess().run({QStringLiteral("sign-in"),
                                         QStringLiteral("--endpoint"),
                                         QStringLiteral("http://logto.example.com"),
                                         QStringLiteral("--app-id"),
                                         AppId});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("https"), run.err.constData());
}

void TestSignIn::noSecretInOutputOrFiles()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    Browser browser;
    CliProcess cli = cliWithBrowser(browser);
    cli.environment().insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    const CliRun run = cli.run(signInArguments(idp));
    QVERIFY2(run.exitCode == 0, run.err.constData());

    const QByteArray refreshToken = Keyring::lookup(refreshKey(idp.issuer()));
    const QByteArray idToken = Keyring::lookup(idTokenKey(idp.issuer()));
    QVERIFY(refreshToken.size() > 10);
    QVERIFY(idToken.size() > 10);
    const QByteArray idTokenSignature = idToken.split('.').last();
    for (const QByteArray &output : {run.out, run.err}) {
        QVERIFY(!output.contains(refreshToken));
        QVERIFY(!output.contains(idTokenSignature));
    }
    // Nothing under the scratch HOME holds a token (the keyring's own files are encrypted).
    const QString home = qEnvironmentVariable("HOME");
    QDirIterator files(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        ++scanned;
        QVERIFY2(!content.contains(refreshToken), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(idTokenSignature), qPrintable(file.fileName()));
    }
    QVERIFY(scanned > 0); // the keyring file at least
}

void TestSignIn::wrongClockIsExplained_data()
{
    QTest::addColumn<QString>("shift");
    QTest::addColumn<QString>("expected");
    // Behind: the ID token looks issued in the future. Ahead: it looks expired.
    QTest::newRow("20 minutes behind") << QStringLiteral("-20m") << QStringLiteral("20 minutes behind");
    QTest::newRow("3 hours ahead") << QStringLiteral("+3h") << QStringLiteral("180 minutes ahead");
}

void TestSignIn::wrongClockIsExplained()
{
    QFETCH(QString, shift);
    QFETCH(QString, expected);
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    Browser browser;
    CliProcess cli = cliWithBrowser(browser);
    // Only the app runs on the wrong clock (libfaketime); the browser keeps the real one.
    cli.setWrapper({QStringLiteral("faketime"), QStringLiteral("-f"), shift});
    cli.environment().insert(
        QStringLiteral("BROWSER"),
        QStringLiteral("env -u LD_PRELOAD -u FAKETIME node %1/browser.mjs").arg(IdpServer::idpDirectory()));
    const CliRun run = cli.run(signInArguments(idp));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QCOMPARE(Keyring::itemCount(), 0);
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
