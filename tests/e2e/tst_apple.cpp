// SPDX-License-Identifier: MIT
// End to end, Continue with Apple: the real logto-signin executable against the Logto-shaped
// provider in tests/idp with its Apple connector, the Apple-shaped provider on its own loopback
// origin (another site for the browser), a real headless Chromium as the system browser, and the
// real Secret Service (this test runs inside tests/with-keyring.sh). One provider per test.
#include "cliprocess.h"
#include "idpserver.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString AppId = u"native-app"_s;
const QString NewAccount = u"apple-new@example.com"_s;
const QString StringsAccount = u"apple-strings@example.com"_s; // Apple sends its booleans as strings
const QString RelayDomain = u"@privaterelay.appleid.com"_s;

QJsonObject jsonOf(const QByteArray &output)
{
    return QJsonDocument::fromJson(output).object();
}

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

// GET on the provider's test endpoints (e.g. /__test/apple: the Apple side's accounts and state).
QJsonObject getJson(const IdpServer &idp, const QString &testPath)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(idp.endpoint().toString() + testPath));
    request.setTransferTimeout(10000);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return reply->error() == QNetworkReply::NoError ? jsonOf(reply->readAll()) : QJsonObject();
}

// The Apple account's `sub`, as the Apple-shaped provider knows it.
QString appleSub(const IdpServer &idp, const QString &email)
{
    const QJsonArray accounts = getJson(idp, u"/__test/apple"_s).value("accounts"_L1).toArray();
    for (const QJsonValue &account : accounts) {
        if (account["email"_L1].toString() == email)
            return account["sub"_L1].toString();
    }
    return {};
}

// Entries of the provider's request log that match `predicate`.
template<typename Predicate>
QList<QJsonObject> logEntries(const IdpServer &idp, Predicate predicate)
{
    QList<QJsonObject> entries;
    const QJsonArray log = idp.requestLog();
    for (const QJsonValue &value : log) {
        if (predicate(value.toObject()))
            entries.append(value.toObject());
    }
    return entries;
}

bool isAppleAuthorization(const QJsonObject &entry)
{
    return entry["server"_L1].toString() == "apple"_L1 && entry["path"_L1].toString() == "/auth/authorize"_L1;
}

bool isSignInPage(const QJsonObject &entry)
{
    return entry.contains("rendered"_L1);
}

bool isApplePost(const QJsonObject &entry)
{
    return entry["method"_L1].toString() == "POST"_L1 && entry["path"_L1].toString().startsWith("/callback/"_L1);
}

QStringList fieldsOf(const QJsonObject &entry)
{
    QStringList fields;
    const QJsonArray array = entry["fields"_L1].toArray();
    for (const QJsonValue &field : array)
        fields.append(field.toString());
    return fields;
}

} // namespace

class TestApple : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void newAppleUserSharesEmail();
    void hideMyEmailGivesRelayAddress();
    void returningAppleUserKeepsAccount();
    void cancelOnAppleIsCleanError();
    void cancelLikeLogtoLeavesAppWaiting();
    void connectorOffFallsBackToPassword();

private:
    struct Browser
    {
        QString resultFile;
        [[nodiscard]] QJsonObject result() const;
    };
    struct Apple
    {
        QString account = NewAccount;
        QString emailChoice = u"share"_s;
        bool cancel = false;
    };
    CliProcess cliWithBrowser(Browser &browser, const Apple &apple);
    [[nodiscard]] static QStringList signInArguments(const IdpServer &idp, const QStringList &extra = {});
    [[nodiscard]] static QStringList sessionArguments(const QString &command, const IdpServer &idp);

    QTemporaryDir m_scratch;
    int m_browserRuns = 0;
};

void TestApple::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run this test through tests/with-keyring.sh");
    QVERIFY(m_scratch.isValid());
    QVERIFY2(QFile::exists(IdpServer::idpDirectory() + u"/node_modules"_s),
             "tests/idp/node_modules is missing: run scripts/setup.sh (npm ci)");
}

void TestApple::init()
{
    Keyring::clear();
    QCOMPARE(Keyring::itemCount(), 0);
}

QJsonObject TestApple::Browser::result() const
{
    QFile file(resultFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return jsonOf(file.readAll());
}

CliProcess TestApple::cliWithBrowser(Browser &browser, const Apple &apple)
{
    // A new result file per run: every browser run also starts with a new, empty profile.
    browser.resultFile = m_scratch.filePath(u"browser-%1.json"_s.arg(m_browserRuns++));
    CliProcess cli;
    cli.environment().insert(u"BROWSER"_s, u"node %1/browser.mjs"_s.arg(IdpServer::idpDirectory()));
    cli.environment().insert(u"BROWSER_RESULT"_s, browser.resultFile);
    cli.environment().insert(u"APPLE_ACCOUNT"_s, apple.account);
    cli.environment().insert(u"APPLE_EMAIL_CHOICE"_s, apple.emailChoice);
    if (apple.cancel)
        cli.environment().insert(u"APPLE_CANCEL"_s, u"1"_s);
    return cli;
}

QStringList TestApple::signInArguments(const IdpServer &idp, const QStringList &extra)
{
    return QStringList{u"sign-in"_s,
                       u"--endpoint"_s,
                       idp.endpoint().toString(),
                       u"--app-id"_s,
                       AppId,
                       u"--timeout"_s,
                       u"60"_s,
                       u"--apple"_s}
    + extra;
}

QStringList TestApple::sessionArguments(const QString &command, const IdpServer &idp)
{
    return {command, u"--endpoint"_s, idp.endpoint().toString(), u"--app-id"_s, AppId};
}

// (a) A new Apple user who shares the real email: straight to Apple (Logto's page never shows),
// back through Logto's Apple connector, a new Logto user with Apple's name and email.
void TestApple::newAppleUserSharesEmail()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    Browser browser;
    const CliRun run = cliWithBrowser(browser, {})
                           .run(signInArguments(idp, {u"--scope"_s, u"email"_s, u"--scope"_s, u"identities"_s}));
    QVERIFY2(run.exitCode == 0, describe(run).constData());

    const QJsonObject claims = jsonOf(run.out);
    QCOMPARE(claims["iss"_L1].toString(), idp.issuer());
    QVERIFY2(claims["sub"_L1].toString().startsWith("u-apple-"_L1), run.out.constData());
    QCOMPARE(claims["email"_L1].toString(), NewAccount);
    QCOMPARE(claims["email_verified"_L1].toBool(), true);
    QCOMPARE(claims["name"_L1].toString(), u"Ada Newton"_s);
    QCOMPARE(Keyring::itemCount(), 3);

    // Logto's userinfo links the Apple identity: identities.apple.userId is Apple's `sub`.
    const CliRun userinfo = CliProcess().run(sessionArguments(u"userinfo"_s, idp));
    QVERIFY2(userinfo.exitCode == 0, describe(userinfo).constData());
    const QJsonObject profile = jsonOf(userinfo.out);
    QCOMPARE(profile["sub"_L1].toString(), claims["sub"_L1].toString());
    const QJsonObject identity = profile["identities"_L1]["apple"_L1].toObject();
    const QString sub = appleSub(idp, NewAccount);
    QVERIFY(!sub.isEmpty());
    QCOMPARE(identity["userId"_L1].toString(), sub);
    QCOMPARE(identity["details"_L1]["email"_L1].toString(), NewAccount);

    // direct_sign_in skipped Logto's page: the browser went from /oidc/auth straight to Apple.
    const QList<QJsonObject> authorizations = logEntries(idp, [](const QJsonObject &entry) {
        return entry["path"_L1].toString() == "/oidc/auth"_L1 && entry.contains("params"_L1);
    });
    QCOMPARE(authorizations.size(), 1);
    QCOMPARE(authorizations.first()["params"_L1]["direct_sign_in"_L1].toString(), u"social:apple"_s);
    QCOMPARE(logEntries(idp, isSignInPage).size(), 0);
    QCOMPARE(logEntries(idp, isAppleAuthorization).size(), 1);
    const QList<QJsonObject> posts = logEntries(idp, isApplePost);
    QCOMPARE(posts.size(), 1);
    QVERIFY2(fieldsOf(posts.first()).contains(u"user"_s), qPrintable(fieldsOf(posts.first()).join(u' ')));

    QTRY_VERIFY_WITH_TIMEOUT(!browser.result().isEmpty(), 30000);
    QCOMPARE(browser.result()["status"_L1].toInt(), 200);
}

// (b) Hide My Email: Logto gets Apple's private relay address (from an account whose ID-token
// booleans are strings, which must not matter when the `user` JSON has the email).
void TestApple::hideMyEmailGivesRelayAddress()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    Browser browser;
    const CliRun run = cliWithBrowser(browser, {StringsAccount, u"hide"_s})
                           .run(signInArguments(idp, {u"--scope"_s, u"email"_s, u"--scope"_s, u"identities"_s}));
    QVERIFY2(run.exitCode == 0, describe(run).constData());

    const QJsonObject claims = jsonOf(run.out);
    const QString email = claims["email"_L1].toString();
    QVERIFY2(email.endsWith(RelayDomain), qPrintable(email));
    QVERIFY(!email.startsWith(u"apple-strings"_s));
    QCOMPARE(claims["email_verified"_L1].toBool(), true);

    const CliRun userinfo = CliProcess().run(sessionArguments(u"userinfo"_s, idp));
    QVERIFY2(userinfo.exitCode == 0, describe(userinfo).constData());
    const QJsonObject identity = jsonOf(userinfo.out)["identities"_L1]["apple"_L1].toObject();
    QCOMPARE(identity["userId"_L1].toString(), appleSub(idp, StringsAccount));
    QCOMPARE(identity["details"_L1]["email"_L1].toString(), email);
}

// (c) A returning Apple user: Apple sends no `user` field the second time, and Logto finds the
// same user through the linked Apple `sub` (fresh browser profile, new process, after sign-out).
void TestApple::returningAppleUserKeepsAccount()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    const QStringList scopes{u"--scope"_s, u"email"_s};

    Browser first;
    const CliRun firstRun = cliWithBrowser(first, {}).run(signInArguments(idp, scopes));
    QVERIFY2(firstRun.exitCode == 0, describe(firstRun).constData());
    const QString sub = jsonOf(firstRun.out)["sub"_L1].toString();
    QVERIFY(!sub.isEmpty());

    const CliRun signOut = CliProcess().run(sessionArguments(u"sign-out"_s, idp));
    QVERIFY2(signOut.exitCode == 0, describe(signOut).constData());
    QCOMPARE(Keyring::itemCount(), 0);
    QVERIFY(idp.post(u"/__test/log/clear"_s));

    Browser second;
    const CliRun secondRun = cliWithBrowser(second, {}).run(signInArguments(idp, scopes));
    QVERIFY2(secondRun.exitCode == 0, describe(secondRun).constData());
    const QJsonObject claims = jsonOf(secondRun.out);
    QCOMPARE(claims["sub"_L1].toString(), sub);
    QCOMPARE(claims["email"_L1].toString(), NewAccount);

    const QList<QJsonObject> posts = logEntries(idp, isApplePost);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(fieldsOf(posts.first()), (QStringList{u"code"_s, u"id_token"_s, u"state"_s}));
    QCOMPARE(logEntries(idp, isSignInPage).size(), 0);
    QCOMPARE(Keyring::itemCount(), 3);
}

// (d) The person presses Cancel on Apple's page: Logto answers the app with an OAuth error
// (access_denied), and the app reports it on one line and stores nothing.
void TestApple::cancelOnAppleIsCleanError()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    Browser browser;
    Apple apple;
    apple.cancel = true;
    const CliRun run = cliWithBrowser(browser, apple).run(signInArguments(idp));

    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.crashed);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(isOneErrorLine(run.err), run.err.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(u"cancelled"_s, Qt::CaseInsensitive), run.err.constData());
    QCOMPARE(Keyring::itemCount(), 0);
    QCOMPARE(idp.countRequests(u"/oidc/token"_s), 0);
    QCOMPARE(logEntries(idp, isApplePost).size(), 1);

    // The browser is told the truth: the sign-in failed.
    QTRY_VERIFY_WITH_TIMEOUT(!browser.result().isEmpty(), 30000);
    const QString text = browser.result()["text"_L1].toString();
    QVERIFY2(text.contains(u"failed"_s), qPrintable(text));
}

// Real Logto does not answer the app when Apple reports an error: its experience app shows the
// connector's error on its own sign-in page and waits (`--apple-cancel page`). The app then waits
// too, until its timeout, and stores nothing.
void TestApple::cancelLikeLogtoLeavesAppWaiting()
{
    IdpServer idp({u"--apple-cancel"_s, u"page"_s});
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    Browser browser;
    Apple apple;
    apple.cancel = true;
    const CliRun run = cliWithBrowser(browser, apple).run(signInArguments(idp) << u"--timeout"_s << u"20"_s);

    QCOMPARE(run.exitCode, 4);
    QVERIFY2(isOneErrorLine(run.err) && run.err.contains("timed out"), run.err.constData());
    QCOMPARE(Keyring::itemCount(), 0);
    QCOMPARE(idp.countRequests(u"/oidc/token"_s), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!browser.result().isEmpty(), 30000);
    const QJsonObject page = browser.result();
    QCOMPARE(page["title"_L1].toString(), u"Sign in"_s);
    QVERIFY2(page["text"_L1].toString().contains(u"user_cancelled_authorize"_s),
             qPrintable(page["text"_L1].toString()));
}

// (e) No Apple connector in the sign-in experience: Logto ignores direct_sign_in and shows its
// normal page, where the person signs in with a password.
void TestApple::connectorOffFallsBackToPassword()
{
    IdpServer idp({u"--apple"_s, u"off"_s});
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    Browser browser;
    const CliRun run = cliWithBrowser(browser, {}).run(signInArguments(idp));
    QVERIFY2(run.exitCode == 0, describe(run).constData());

    QCOMPARE(jsonOf(run.out)["sub"_L1].toString(), u"u-alice"_s);
    const QList<QJsonObject> pages = logEntries(idp, isSignInPage);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.first()["rendered"_L1].toString(), u"sign_in"_s);
    QCOMPARE(logEntries(idp, isAppleAuthorization).size(), 0);
    QCOMPARE(logEntries(idp, isApplePost).size(), 0);
    QCOMPARE(Keyring::itemCount(), 3);
}

QTEST_GUILESS_MAIN(TestApple)
#include "tst_apple.moc"
