// SPDX-License-Identifier: MIT
// End to end: `logto-signin doctor`, the real executable against the Logto-shaped provider in
// tests/idp and the real Secret Service (this test runs inside tests/with-keyring.sh). A good
// set-up passes every check; each broken one fails the check it should, with a fix, and no
// browser is ever opened.
#include "cliprocess.h"
#include "idpserver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString AppId = u"native-app"_s;
const QString SignInExperiencePath = u"/api/.well-known/sign-in-exp"_s;
const QStringList CheckIds{u"endpoint"_s,
                           u"discovery"_s,
                           u"app"_s,
                           u"redirect"_s,
                           u"refresh"_s,
                           u"social"_s,
                           u"device"_s,
                           u"keychain"_s,
                           u"browser"_s,
                           u"display"_s,
                           u"loopback"_s,
                           u"clock"_s,
                           u"session"_s};

QByteArray describe(const CliRun &run)
{
    return "exit " + QByteArray::number(run.exitCode) + (run.crashed ? " (crashed)" : "") + "; stdout: " + run.out
        + "; stderr: " + run.err;
}

// The checks of a --json run, by id, in the order they came.
struct Report
{
    QJsonObject object;
    QStringList order;
    QMap<QString, QJsonObject> checks;

    [[nodiscard]] QString status(const QString &id) const { return checks.value(id).value("status"_L1).toString(); }
    [[nodiscard]] QString detail(const QString &id) const { return checks.value(id).value("detail"_L1).toString(); }
    [[nodiscard]] QString fix(const QString &id) const { return checks.value(id).value("fix"_L1).toString(); }
};

Report reportOf(const QByteArray &out)
{
    Report report;
    report.object = QJsonDocument::fromJson(out).object();
    const QJsonArray checks = report.object.value("checks"_L1).toArray();
    for (const QJsonValue &value : checks) {
        const QJsonObject check = value.toObject();
        const QString id = check.value("id"_L1).toString();
        report.order << id;
        report.checks.insert(id, check);
    }
    return report;
}

} // namespace

class TestDoctor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void goodSetupPassesEveryCheck();
    void unknownAppId();
    void unregisteredRedirect();
    void issuerMismatch();
    void issuerOnOtherHost();
    void unreachableEndpoint();
    void proxyIsNamed();
    void httpOnOtherHost();
    void lockedKeyring();
    void wrongClock_data();
    void wrongClock();
    void noBrowser_data();
    void noBrowser();
    void storedSession();
    void socialSignInsOfTheTenant();
    void appleAskedOfTenantWithout();
    void directSignInAskedOfTenantWithout();
    void noSignInExperience_data();
    void noSignInExperience();

private:
    // A person's machine: a browser that exists, and nothing that could open a real one.
    CliProcess cli() const;
    CliRun doctor(const CliProcess &process,
                  const QString &endpoint,
                  const QString &appId = AppId,
                  bool json = true,
                  const QStringList &extra = {}) const;
    // One failed check, with a fix; the other checks still ran; exit 1.
    static void verifyFails(const CliRun &run, const QString &id, const QString &detailPart, const QString &fixPart);

    QTemporaryDir m_scratch;
};

void TestDoctor::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run this test through tests/with-keyring.sh");
    QVERIFY(m_scratch.isValid());
    QVERIFY2(QFile::exists(IdpServer::idpDirectory() + u"/node_modules"_s),
             "tests/idp/node_modules is missing: run scripts/setup.sh (npm ci)");
}

void TestDoctor::init()
{
    Keyring::clear();
    QCOMPARE(Keyring::itemCount(), 0);
    // The session index of an earlier case (with-keyring.sh gives this process its own HOME).
    const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    QVERIFY(!config.isEmpty());
    QFile::remove(config + u"/logto-signin/logto-signin.conf"_s);
}

CliProcess TestDoctor::cli() const
{
    CliProcess process;
    process.environment().insert(u"BROWSER"_s, u"true"_s); // exists; never run by doctor anyway
    return process;
}

CliRun TestDoctor::doctor(
    const CliProcess &process, const QString &endpoint, const QString &appId, bool json, const QStringList &extra) const
{
    QStringList arguments{u"doctor"_s, u"--endpoint"_s, endpoint, u"--app-id"_s, appId};
    if (json)
        arguments << u"--json"_s;
    arguments << extra;
    return process.run(arguments, 60000);
}

void TestDoctor::verifyFails(const CliRun &run, const QString &id, const QString &detailPart, const QString &fixPart)
{
    QVERIFY2(!run.crashed, describe(run).constData());
    QVERIFY2(run.exitCode == 1, describe(run).constData());
    QVERIFY2(run.err.isEmpty(), describe(run).constData());
    const Report report = reportOf(run.out);
    QCOMPARE(report.order, CheckIds);
    QCOMPARE(report.object.value("ok"_L1).toBool(true), false);
    QVERIFY2(report.status(id) == "failed"_L1, describe(run).constData());
    QCOMPARE(report.checks.value(id).value("ok"_L1).toBool(true), false);
    QVERIFY2(report.detail(id).contains(detailPart), qPrintable(report.detail(id)));
    QVERIFY2(report.fix(id).contains(fixPart), qPrintable(report.fix(id)));
    // The machine's checks run whatever the tenant's outcome.
    QCOMPARE(report.status(u"loopback"_s), "passed"_L1);
}

void TestDoctor::goodSetupPassesEveryCheck()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    const CliProcess process = cli();

    const CliRun json = doctor(process, idp.endpoint().toString());
    QVERIFY2(json.exitCode == 0, describe(json).constData());
    QVERIFY2(json.err.isEmpty(), describe(json).constData());
    const Report report = reportOf(json.out);
    QCOMPARE(report.order, CheckIds);
    QCOMPARE(report.object.value("ok"_L1).toBool(), true);
    QCOMPARE(report.object.value("app_id"_L1).toString(), AppId);
    for (const QString &id : CheckIds) {
        const QJsonObject check = report.checks.value(id);
        QVERIFY2(check.value("ok"_L1).toBool(), qPrintable(id + u": "_s + report.detail(id)));
        QVERIFY2(!check.value("title"_L1).toString().isEmpty(), qPrintable(id));
    }
    for (const QString &id : {u"endpoint"_s,
                              u"discovery"_s,
                              u"app"_s,
                              u"redirect"_s,
                              u"refresh"_s,
                              u"social"_s,
                              u"device"_s,
                              u"keychain"_s,
                              u"browser"_s,
                              u"loopback"_s,
                              u"clock"_s})
        QVERIFY2(report.status(id) == "passed"_L1, qPrintable(id + u": "_s + report.detail(id)));
    QCOMPARE(report.status(u"session"_s), "note"_L1); // never signed in: not a failure
    QVERIFY(report.detail(u"discovery"_s).contains(idp.issuer()));
    QVERIFY(report.detail(u"redirect"_s).contains(u"http://127.0.0.1:"_s));
    // The tenant's sign-in experience, read without any token.
    QVERIFY2(report.detail(u"social"_s).contains(u"Apple (social:apple)"_s), qPrintable(report.detail(u"social"_s)));
    QCOMPARE(report.object.value("social_targets"_L1).toArray(), QJsonArray{u"apple"_s});
    QVERIFY(report.detail(u"device"_s).contains(idp.endpoint().toString() + u"/oidc/device/auth"_s));

    // The probe entry is gone again; the PAR probe never became a sign-in.
    QCOMPARE(Keyring::itemCount(), 0);
    QCOMPARE(idp.countRequests(u"/oidc/request"_s), 1);
    QCOMPARE(idp.countRequests(u"/oidc/auth"_s), 0);
    QCOMPARE(idp.countRequests(u"/oidc/token"_s), 0);
    QCOMPARE(idp.countRequests(SignInExperiencePath), 1);
    for (const QJsonValue &entry : idp.requestLog()) {
        if (entry.toObject().value("path"_L1).toString() == SignInExperiencePath)
            QCOMPARE(entry.toObject().value("has_authorization"_L1).toBool(true), false);
    }

    // The checklist says the same, one line per check, then a summary line.
    const CliRun text = doctor(process, idp.endpoint().toString(), AppId, false);
    QVERIFY2(text.exitCode == 0, describe(text).constData());
    QStringList lines = QString::fromUtf8(text.out).split(u'\n', Qt::SkipEmptyParts);
    // A note (–) may carry a hint, indented under it; a pass never does.
    lines.removeIf([](const QString &line) { return line.startsWith(u"    "_s); });
    QCOMPARE(lines.size(), CheckIds.size() + 1);
    for (int i = 0; i < CheckIds.size(); ++i) {
        const QString title = report.checks.value(CheckIds.at(i)).value("title"_L1).toString();
        QVERIFY2(lines.at(i).startsWith(u"\u2713 "_s + title) || lines.at(i).startsWith(u"\u2013 "_s + title),
                 qPrintable(lines.at(i)));
    }
    QCOMPARE(lines.last(), u"Every check passed."_s);
}

void TestDoctor::unknownAppId()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    const CliRun run = doctor(cli(), idp.endpoint().toString(), u"no-such-app"_s);
    verifyFails(run, u"app"_s, u"no-such-app"_s, u"Applications → Create application → Native"_s);
    const Report report = reportOf(run.out);
    QCOMPARE(report.status(u"endpoint"_s), "passed"_L1);
    QCOMPARE(report.status(u"discovery"_s), "passed"_L1);
    QCOMPARE(report.status(u"redirect"_s), "skipped"_L1);
    QCOMPARE(report.status(u"keychain"_s), "passed"_L1);

    // In words: the ✗ line, then its fix.
    const CliRun text = doctor(cli(), idp.endpoint().toString(), u"no-such-app"_s, false);
    QCOMPARE(text.exitCode, 1);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(u"\u2717 App ID: "_s), qPrintable(out));
    QVERIFY2(out.contains(u"    Fix: In the Logto Console open Applications"_s), qPrintable(out));
    QVERIFY2(out.trimmed().endsWith(u"check did not pass."_s) || out.trimmed().endsWith(u"checks did not pass."_s),
             qPrintable(out));
}

void TestDoctor::unregisteredRedirect()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    // spa-app: a Single-page app whose only redirect is https://app.example.com/callback.
    const CliRun run = doctor(cli(), idp.endpoint().toString(), u"spa-app"_s);
    verifyFails(
        run, u"redirect"_s, u"redirect_uri did not match"_s, u"Redirect URIs, add exactly http://127.0.0.1/callback"_s);
    QCOMPARE(reportOf(run.out).status(u"app"_s), "passed"_L1);
}

void TestDoctor::issuerMismatch()
{
    IdpServer idp({u"--mutate"_s, u"issuer_mismatch"_s}); // discovery's issuer gets a trailing slash
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    const CliRun run = doctor(cli(), idp.endpoint().toString());
    verifyFails(
        run, u"discovery"_s, idp.issuer() + u"/, not "_s + idp.issuer(), u"without /oidc or a trailing slash"_s);
    const Report report = reportOf(run.out);
    QCOMPARE(report.status(u"endpoint"_s), "passed"_L1);
    QCOMPARE(report.status(u"app"_s), "skipped"_L1);
    QCOMPARE(idp.countRequests(u"/oidc/request"_s), 0); // nothing is sent to a provider that is not the issuer
}

void TestDoctor::issuerOnOtherHost()
{
    IdpServer idp({u"--mutate"_s, u"issuer_other_host"_s}); // as a custom domain names itself
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    QString other = idp.endpoint().toString();
    other.replace(u"//127.0.0.1:"_s, u"//localhost:"_s);
    const CliRun run = doctor(cli(), idp.endpoint().toString());
    verifyFails(run, u"discovery"_s, u"localhost is a custom domain"_s, u"Use --endpoint %1,"_s.arg(other));
    QVERIFY(reportOf(run.out).detail(u"discovery"_s).contains(u"different issuers"_s));
}

void TestDoctor::unreachableEndpoint()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    const QString endpoint = u"http://127.0.0.1:%1"_s.arg(port);
    const CliRun run = doctor(cli(), endpoint);
    verifyFails(run, u"endpoint"_s, endpoint, u"port are right"_s);
    const Report report = reportOf(run.out);
    QVERIFY2(report.detail(u"endpoint"_s).contains(u"no proxy"_s), qPrintable(report.detail(u"endpoint"_s)));
    QCOMPARE(report.status(u"discovery"_s), "skipped"_L1);
    QCOMPARE(report.status(u"keychain"_s), "passed"_L1);
}

void TestDoctor::proxyIsNamed()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close(); // a proxy that is not running
    CliProcess process = cli();
    process.environment().insert(u"https_proxy"_s, u"http://127.0.0.1:%1"_s.arg(port));
    process.environment().insert(u"http_proxy"_s, u"http://127.0.0.1:%1"_s.arg(port));
    process.environment().remove(u"no_proxy"_s);
    process.environment().remove(u"NO_PROXY"_s);
    const CliRun run = doctor(process, u"https://tenant.example.com"_s);
    verifyFails(run, u"endpoint"_s, u"through the proxy 127.0.0.1:%1"_s.arg(port), u"proxy settings"_s);
}

void TestDoctor::httpOnOtherHost()
{
    const CliRun run = doctor(cli(), u"http://example.com"_s);
    verifyFails(run, u"endpoint"_s, u"https"_s, u"https://"_s);
    const Report report = reportOf(run.out);
    QCOMPARE(report.status(u"discovery"_s), "skipped"_L1);
    QCOMPARE(report.status(u"session"_s), "skipped"_L1);
}

void TestDoctor::lockedKeyring()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    QVERIFY(Keyring::lock());
    const CliRun run = doctor(cli(), idp.endpoint().toString());
    QVERIFY(Keyring::unlock());
    verifyFails(run, u"keychain"_s, QString(), u"Unlock the login keyring"_s);
    QCOMPARE(reportOf(run.out).status(u"app"_s), "passed"_L1);
    QCOMPARE(Keyring::itemCount(), 0);
}

void TestDoctor::wrongClock_data()
{
    QTest::addColumn<QString>("shift");
    QTest::addColumn<QString>("expected");
    QTest::newRow("20 minutes behind") << u"-20m"_s << u"20 minutes behind"_s;
    QTest::newRow("3 hours ahead") << u"+3h"_s << u"180 minutes ahead"_s;
}

void TestDoctor::wrongClock()
{
    QFETCH(QString, shift);
    QFETCH(QString, expected);
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    CliProcess process = cli();
    process.setWrapper({u"faketime"_s, u"-f"_s, shift}); // only the app's clock is wrong
    const CliRun run = doctor(process, idp.endpoint().toString());
    verifyFails(run, u"clock"_s, expected, u"automatic time"_s);
    QCOMPARE(reportOf(run.out).status(u"app"_s), "passed"_L1);
}

void TestDoctor::noBrowser_data()
{
    QTest::addColumn<QString>("browser");
    QTest::addColumn<QString>("expected");
    QTest::newRow("BROWSER names a missing program")
        << u"/nonexistent/browser %s:no-such-browser"_s << u"/nonexistent/browser, no-such-browser"_s;
    QTest::newRow("no BROWSER, no xdg-open") << QString() << u"xdg-open"_s;
}

void TestDoctor::noBrowser()
{
    QFETCH(QString, browser);
    QFETCH(QString, expected);
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    CliProcess process = cli();
    if (browser.isEmpty())
        process.environment().remove(u"BROWSER"_s);
    else
        process.environment().insert(u"BROWSER"_s, browser);
    const QString emptyDir = m_scratch.filePath(u"empty-path"_s);
    QVERIFY(QDir().mkpath(emptyDir));
    process.environment().insert(u"PATH"_s, emptyDir); // no xdg-open anywhere
    const CliRun run = doctor(process, idp.endpoint().toString());
    verifyFails(run, u"browser"_s, expected, u"BROWSER"_s);
    QCOMPARE(reportOf(run.out).status(u"app"_s), "passed"_L1);
}

// After a real sign-in (headless Chromium): the session's expiries, resources and organizations,
// and never a secret; with its refresh token gone from the keychain, a failure.
void TestDoctor::storedSession()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    const QString api = u"https://api.example.com"_s;
    CliProcess browser;
    browser.environment().insert(u"BROWSER"_s, u"node %1/browser.mjs"_s.arg(IdpServer::idpDirectory()));
    browser.environment().insert(u"BROWSER_RESULT"_s, m_scratch.filePath(u"browser.json"_s));
    browser.environment().insert(u"IDP_USERNAME"_s, u"alice"_s);
    browser.environment().insert(u"IDP_PASSWORD"_s, u"alice-password"_s);
    const CliRun signIn = browser.run({u"sign-in"_s,
                                       u"--endpoint"_s,
                                       idp.endpoint().toString(),
                                       u"--app-id"_s,
                                       AppId,
                                       u"--timeout"_s,
                                       u"60"_s,
                                       u"--scope"_s,
                                       u"urn:logto:scope:organizations"_s,
                                       u"--resource"_s,
                                       api});
    QVERIFY2(signIn.exitCode == 0, describe(signIn).constData());
    const QString subject = QJsonDocument::fromJson(signIn.out).object().value("sub"_L1).toString();
    QVERIFY(!subject.isEmpty());
    const QString issuer = idp.issuer();
    const QList<QByteArray> secrets{Keyring::lookup(u"%1 %2 refresh_token"_s.arg(issuer, AppId)),
                                    Keyring::lookup(u"%1 %2 id_token"_s.arg(issuer, AppId)),
                                    Keyring::lookup(u"%1 %2 access_token"_s.arg(issuer, AppId))};
    QVERIFY(!secrets.first().isEmpty());

    const CliRun run = doctor(cli(), idp.endpoint().toString());
    QVERIFY2(run.exitCode == 0, describe(run).constData());
    const Report report = reportOf(run.out);
    QCOMPARE(report.status(u"session"_s), "passed"_L1);
    const QString detail = report.detail(u"session"_s);
    QVERIFY2(detail.contains(subject), qPrintable(detail));
    QVERIFY2(detail.contains(api), qPrintable(detail));
    QVERIFY2(detail.contains(u"organization tokens granted"_s), qPrintable(detail));
    QVERIFY2(detail.contains(u"valid until"_s), qPrintable(detail));
    const CliRun text = doctor(cli(), idp.endpoint().toString(), AppId, false);
    for (const QByteArray &secret : secrets) {
        if (secret.isEmpty())
            continue;
        QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));
        QVERIFY(!text.out.contains(secret) && !text.err.contains(secret));
    }
    QCOMPARE(idp.countRequests(u"/oidc/token"_s), 1); // the sign-in's exchange; doctor refreshes nothing

    // The index still has the session, the keychain lost it.
    Keyring::clear();
    const CliRun lost = doctor(cli(), idp.endpoint().toString());
    verifyFails(lost, u"session"_s, u"missing from the keychain"_s, u"logto-signin sign-in"_s);
}

// Every social sign-in the tenant offers, with what a direct sign-in names; --apple passes.
void TestDoctor::socialSignInsOfTheTenant()
{
    IdpServer idp({u"--social"_s, u"google,wechat"_s});
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    const CliRun run = doctor(cli(), idp.endpoint().toString(), AppId, true, {u"--apple"_s});
    QVERIFY2(run.exitCode == 0, describe(run).constData());
    const Report report = reportOf(run.out);
    QCOMPARE(report.status(u"social"_s), "passed"_L1);
    QCOMPARE(report.detail(u"social"_s),
             u"The tenant offers Apple (social:apple), Google (social:google), WeChat (social:wechat)."_s);
    QCOMPARE(report.object.value("social_targets"_L1).toArray(), QJsonArray({u"apple"_s, u"google"_s, u"wechat"_s}));

    const CliRun text = doctor(cli(), idp.endpoint().toString(), AppId, false, {u"--apple"_s});
    QVERIFY2(QString::fromUtf8(text.out).contains(u"\u2713 Social sign-in: The tenant offers Apple (social:apple)"_s),
             text.out.constData());
}

// The case: --apple against a tenant without an Apple connector, which would only lead
// to the ordinary sign-in page. Without --apple the same tenant is fine (nothing is offered).
void TestDoctor::appleAskedOfTenantWithout()
{
    IdpServer idp({u"--apple"_s, u"off"_s});
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    const CliRun run = doctor(cli(), idp.endpoint().toString(), AppId, true, {u"--apple"_s});
    verifyFails(
        run, u"social"_s, u"The tenant offers no social sign-in, so not Apple either."_s, u"add the Apple connector"_s);
    const Report report = reportOf(run.out);
    QVERIFY(report.detail(u"social"_s).contains(u"With --apple Logto shows its ordinary sign-in page instead."_s));
    QVERIFY(report.fix(u"social"_s).contains(u"Sign-in experience → Sign-up and sign-in → Social sign-in"_s));
    QVERIFY(report.fix(u"social"_s).contains(u"sign in without --apple"_s));
    QCOMPARE(report.object.value("social_targets"_L1).toArray(), QJsonArray());
    for (const QString &id : {u"app"_s, u"redirect"_s, u"keychain"_s})
        QCOMPARE(report.status(id), "passed"_L1);

    const CliRun text = doctor(cli(), idp.endpoint().toString(), AppId, false, {u"--apple"_s});
    QCOMPARE(text.exitCode, 1);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(u"\u2717 Social sign-in: "_s), qPrintable(out));
    QVERIFY2(out.contains(u"    Fix: In the Logto Console add the Apple connector"_s), qPrintable(out));

    const CliRun plain = doctor(cli(), idp.endpoint().toString());
    QVERIFY2(plain.exitCode == 0, describe(plain).constData());
    const Report plainReport = reportOf(plain.out);
    QCOMPARE(plainReport.status(u"social"_s), "note"_L1);
    QVERIFY(plainReport.detail(u"social"_s).contains(u"offers no social sign-in"_s));
}

void TestDoctor::directSignInAskedOfTenantWithout()
{
    IdpServer idp({u"--social"_s, u"google"_s});
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    const CliRun run =
        doctor(cli(), idp.endpoint().toString(), AppId, true, {u"--direct-sign-in"_s, u"social:github"_s});
    verifyFails(run,
                u"social"_s,
                u"The tenant does not offer GitHub; it offers Apple (social:apple), Google (social:google)."_s,
                u"sign in without --direct-sign-in social:github"_s);
}

// No document (a server that does not publish it), one over the size cap, one that never ends:
// a note, not a failure, and the window keeps the Settings value.
void TestDoctor::noSignInExperience_data()
{
    QTest::addColumn<QStringList>("idpArguments");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("expected");
    QTest::newRow("404") << QStringList{u"--sign-in-exp"_s, u"off"_s} << QString() << u"HTTP 404"_s;
    QTest::newRow("over the cap") << QStringList() << u"/__test/huge?path=sign-in-exp&bytes=300000&chunked=1"_s
                                  << u"too large"_s;
    QTest::newRow("never ends") << QStringList() << u"/__test/trickle?path=sign-in-exp"_s << u"in time"_s;
}

void TestDoctor::noSignInExperience()
{
    QFETCH(QStringList, idpArguments);
    QFETCH(QString, fault);
    QFETCH(QString, expected);
    IdpServer idp(idpArguments);
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    if (!fault.isEmpty())
        QVERIFY(idp.post(fault));
    const QStringList extra{u"--apple"_s, u"--network-timeout"_s, u"3"_s};
    const CliRun run = doctor(cli(), idp.endpoint().toString(), AppId, true, extra);
    QVERIFY2(run.exitCode == 0, describe(run).constData());
    const Report report = reportOf(run.out);
    QCOMPARE(report.status(u"social"_s), "note"_L1);
    const QString detail = report.detail(u"social"_s);
    QVERIFY2(detail.contains(u"could not be read at %1%2"_s.arg(idp.endpoint().toString(), SignInExperiencePath)),
             qPrintable(detail));
    QVERIFY2(detail.contains(expected), qPrintable(detail));
    QVERIFY2(detail.contains(u"Whether it offers Apple cannot be checked."_s), qPrintable(detail));
    QVERIFY(!report.object.contains("social_targets"_L1));
}

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
