// SPDX-License-Identifier: MIT
// The window end to end: the real core against the Logto-shaped provider (tests/idp), a real
// headless Chromium as the browser and the real Secret Service (tests/with-keyring.sh), driven
// through the widgets a person clicks. With LOGTO_SCREENSHOT_DIR set it also saves a picture
// of each state, in English and Thai (scripts/screenshots.sh).
#include "appcontroller.h"
#include "claimsmodel.h"
#include "cliprocess.h"
#include "errorbanner.h"
#include "idpserver.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "sessionlock.h"
#include "socialbutton.h"
#include "tokenstore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

const QString AppId = u"native-app"_s;

// This test's session entries only: a window destroyed at the end of an earlier test may still
// finish a keychain write for its own (other) provider afterwards.
int sessionEntries(const IdpServer &idp)
{
    int count = 0;
    for (const char *kind : {"refresh_token", "id_token", "access_token"}) {
        if (!Keyring::lookup(u"%1 %2 %3"_s.arg(idp.issuer(), AppId, QLatin1String(kind))).isEmpty())
            ++count;
    }
    return count;
}
constexpr int SignInTimeoutMs = 60000;

// One running app: controller + window over a provider.
struct App
{
    App(const IdpServer &idp, LanguageManager *languages, const std::optional<QStringList> &socialTargets = {})
        : tokens(u"io.github.logtosignin.LogtoSignin"_s)
        , controller(&tokens)
    {
        AppSettings settings;
        if (socialTargets)
            settings.socialTargets = *socialTargets;
        settings.endpoint = idp.endpoint().toString();
        settings.appId = AppId;
        settings.scopes = {
            u"email"_s, u"roles"_s, u"urn:logto:scope:organizations"_s, u"custom_data"_s, u"identities"_s};
        controller.setSettings(settings);
        window = std::make_unique<MainWindow>(&controller, languages);
        window->resize(760, 640);
        window->show();
    }

    template<typename T>
    T *find(const QString &name) const
    {
        return window->findChild<T *>(name);
    }

    Logto::TokenStore tokens;
    AppController controller;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void signInShowsProfileClaimsAndTokenDetails();
    void failedSaveTakesTheProfileBack();
    void restartRestoresWithoutBrowser();
    void refreshesBeforeExpiry();
    void signOutRevokesAndClears();
    void signOutEndingBrowserSessionPutsNoTokenInUrls();
    void cancelWhileWaiting();
    void escapeCancelsWaiting();
    void timeoutShowsBanner();
    void tryAgainRetriesTheSignIn();
    void providerErrorShowsBannerWithDetails();
    void continueWithAppleShowsPrivateRelay();
    void socialButtonsFollowTheTenant_data();
    void socialButtonsFollowTheTenant();
    void signInWithAnotherDevice();

private:
    void useBrowser(const QString &command);
    void signIn(App &app);
    void screenshot(QWidget *window, const QString &name);

    LanguageManager m_languages;
};

void TestMainWindow::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through tests/with-keyring.sh");
    QCoreApplication::setOrganizationName(u"logto-signin-test"_s);
    QCoreApplication::setApplicationName(u"logto-signin-test"_s);
    m_languages.apply(u"en"_s);
}

void TestMainWindow::init()
{
    Keyring::clear();
    QSettings().clear();
    m_languages.apply(u"en"_s);
}

void TestMainWindow::useBrowser(const QString &command)
{
    // Read by the controller's BrowserLauncher when it is created.
    qputenv("BROWSER", command.toLocal8Bit());
}

void TestMainWindow::screenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("LOGTO_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Let layouts settle after a language switch (their requests are posted events).
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    QVERIFY(window->grab().save(QDir(dir).filePath(name + u".png"_s)));
}

void TestMainWindow::signIn(App &app)
{
    auto *button = app.find<QPushButton>(u"signInButton"_s);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(app.controller.state(), AppController::State::SignedIn, SignInTimeoutMs);
    // The profile shows while the session is still being written to the keychain.
    QTRY_VERIFY(!app.controller.isSaving());
    QCOMPARE(app.controller.state(), AppController::State::SignedIn);
}

void TestMainWindow::signInShowsProfileClaimsAndTokenDetails()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    useBrowser(u"node %1/browser.mjs"_s.arg(IdpServer::idpDirectory()));
    App app(idp, &m_languages);
    app.controller.restore();
    QTRY_COMPARE(app.controller.state(), AppController::State::SignedOut);
    auto *pages = app.find<QStackedWidget>(u"pages"_s);
    QCOMPARE(pages->currentWidget()->objectName(), u"signInPage"_s);
    QTRY_VERIFY(app.find<QPushButton>(u"socialButton_apple"_s)); // once the tenant said it has Apple
    QVERIFY(app.find<QLabel>(u"tenantLabel"_s)->text().contains(idp.endpoint().host()));
    screenshot(app.window.get(), u"signed-out-en"_s);
    m_languages.apply(u"th"_s);
    screenshot(app.window.get(), u"signed-out-th"_s);
    m_languages.apply(u"en"_s);

    signIn(app);
    QCOMPARE(pages->currentWidget()->objectName(), u"signedInPage"_s);
    QTRY_VERIFY(!app.controller.userInfo().isEmpty());
    QCOMPARE(app.find<QLabel>(u"profileName"_s)->text(), u"Alice Example"_s);
    QCOMPARE(app.find<QLabel>(u"profileEmail"_s)->text(), u"alice@example.com"_s);
    QVERIFY(app.find<QLabel>(u"profileOrganizations"_s)->text().contains(u"Acme"_s));
    QVERIFY(app.find<QLabel>(u"profileRoles"_s)->text().contains(u"admin"_s));

    // Claims: both sources, every claim.
    auto *claims = app.window->findChild<ClaimsModel *>();
    QVERIFY(claims);
    QVERIFY(claims->rowCount() >= 10);
    // Token details: the header and the checks, never a token.
    QCOMPARE(app.find<QLabel>(u"algorithmValue"_s)->text(), u"ES384"_s);
    QCOMPARE(sessionEntries(idp), 3);
    screenshot(app.window.get(), u"profile-en"_s);
    auto *tabs = app.find<QTabWidget>(u"signedInTabs"_s);
    tabs->setCurrentIndex(1);
    screenshot(app.window.get(), u"claims-en"_s);
    tabs->setCurrentIndex(2);
    screenshot(app.window.get(), u"token-details-en"_s);
    m_languages.apply(u"th"_s);
    tabs->setCurrentIndex(0);
    screenshot(app.window.get(), u"profile-th"_s);
    tabs->setCurrentIndex(1);
    screenshot(app.window.get(), u"claims-th"_s);
    m_languages.apply(u"en"_s);
}

void TestMainWindow::failedSaveTakesTheProfileBack()
{
    // The profile shows before the keychain has the session; if storing then fails, the person
    // must not be left looking at "signed in": the error, and back to signed out.
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    useBrowser(u"node %1/browser.mjs"_s.arg(IdpServer::idpDirectory()));
    App app(idp, &m_languages);
    app.controller.restore();
    QTRY_COMPARE(app.controller.state(), AppController::State::SignedOut);

    // Another process holds the session: storing waits, the profile does not.
    Logto::SessionLock held(idp.issuer(), AppId);
    Logto::SessionLock::Ticket ticket = 0;
    held.acquire([&ticket](const Logto::Result<Logto::SessionLock::Ticket> &result) {
        if (result)
            ticket = result.value();
    });
    QVERIFY(ticket != 0);
    QTest::mouseClick(app.find<QPushButton>(u"signInButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(app.controller.state(), AppController::State::SignedIn, SignInTimeoutMs);
    QTRY_COMPARE(app.find<QLabel>(u"profileName"_s)->text(), u"Alice Example"_s);
    QVERIFY(app.controller.isSaving());

    // Then the keychain stops answering (every job times out at once) and the lock is free.
    app.tokens.setTimeout(std::chrono::milliseconds(0));
    held.release(ticket);
    auto *banner = app.find<ErrorBanner>(u"errorBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QCOMPARE(app.controller.state(), AppController::State::SignedOut);
    QVERIFY(!app.controller.isSaving());
    QVERIFY(app.controller.idTokenClaims().isEmpty());
    QVERIFY(app.controller.userInfo().isEmpty());
    QVERIFY2(banner->message().contains(u"keychain"_s), qPrintable(banner->message()));
    QCOMPARE(app.find<QStackedWidget>(u"pages"_s)->currentWidget()->objectName(), u"signInPage"_s);
    QVERIFY(Keyring::lookup(u"%1 %2 refresh_token"_s.arg(idp.issuer(), AppId)).isEmpty());
}

void TestMainWindow::restartRestoresWithoutBrowser()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    useBrowser(u"node %1/browser.mjs"_s.arg(IdpServer::idpDirectory()));
    {
        App first(idp, &m_languages);
        first.controller.restore();
        QTRY_COMPARE(first.controller.state(), AppController::State::SignedOut);
        signIn(first);
    }
    const int authorizations = idp.countRequests(u"/oidc/auth"_s);
    useBrowser(u"false"_s); // a browser now would be a bug
    App second(idp, &m_languages);
    second.controller.restore();
    QTRY_COMPARE_WITH_TIMEOUT(second.controller.state(), AppController::State::SignedIn, 20000);
    QTRY_COMPARE(second.find<QLabel>(u"profileName"_s)->text(), u"Alice Example"_s);
    QCOMPARE(idp.countRequests(u"/oidc/auth"_s), authorizations);
    // Token details say why the nonce was not checked now: nothing of this run to compare it with.
    auto *checks = second.find<QListWidget>(u"checksList"_s);
    QVERIFY(checks);
    QStringList texts;
    for (int i = 0; i < checks->count(); ++i)
        texts << checks->item(i)->text();
    QVERIFY2(texts.contains(u"– Nonce: not applicable (restored session; checked at sign-in)"_s),
             qPrintable(texts.join(u" | "_s)));
}

void TestMainWindow::refreshesBeforeExpiry()
{
    // Access tokens live 65 s; with a 62 s margin the window refreshes about 3 s after sign-in.
    IdpServer idp({u"--access-token-ttl"_s, u"65"_s});
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    useBrowser(u"node %1/browser.mjs"_s.arg(IdpServer::idpDirectory()));
    App app(idp, &m_languages);
    app.controller.setRefreshMargin(std::chrono::seconds(62));
    app.controller.restore();
    QTRY_COMPARE(app.controller.state(), AppController::State::SignedOut);
    signIn(app);
    QTRY_VERIFY_WITH_TIMEOUT(idp.countRequests(u"/oidc/token"_s, u"refresh_token"_s) >= 1, 20000);
    QCOMPARE(app.controller.state(), AppController::State::SignedIn);
    QVERIFY(!app.find<ErrorBanner>(u"errorBanner"_s)->isVisible());
    QCOMPARE(sessionEntries(idp), 3);
}

void TestMainWindow::signOutRevokesAndClears()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    useBrowser(u"node %1/browser.mjs"_s.arg(IdpServer::idpDirectory()));
    App app(idp, &m_languages);
    app.controller.restore();
    QTRY_COMPARE(app.controller.state(), AppController::State::SignedOut);
    signIn(app);
    auto *signOut = app.window->findChild<QAction *>(u"signOutAction"_s);
    QVERIFY(signOut);
    signOut->trigger();
    QTRY_COMPARE(app.controller.state(), AppController::State::SignedOut);
    QTRY_COMPARE(sessionEntries(idp), 0);
    QCOMPARE(idp.countRequests(u"/oidc/token/revocation"_s), 1);
    QVERIFY(!app.find<ErrorBanner>(u"errorBanner"_s)->isVisible());
    // Said in words, not only by the page changing.
    QCOMPARE(app.window->statusBar()->currentMessage(), u"Signed out. The session was removed from this computer."_s);
    QVERIFY(app.window->statusBar()->isVisible());
}

void TestMainWindow::signOutEndingBrowserSessionPutsNoTokenInUrls()
{
    // "Sign out and end the browser session": the end-session URL the window hands to the
    // browser carries client_id only, and no URL it hands over (sign-in included) holds a
    // token. The browser records each URL (tests/hardening/record-browser.sh), then runs the
    // real test browser on it.
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString urlLog = scratch.filePath(u"urls.log"_s);
    const QString endSessionResult = scratch.filePath(u"end-session.json"_s);
    const auto restore = qScopeGuard([] {
        for (const char *name : {"HARDENING_URL_LOG", "HARDENING_CHROMIUM", "BROWSER_RESULT"})
            qunsetenv(name);
    });
    qputenv("HARDENING_URL_LOG", QFile::encodeName(urlLog));
    qputenv("HARDENING_CHROMIUM", "1");
    useBrowser(QStringLiteral(LOGTO_SOURCE_DIR "/tests/hardening/record-browser.sh"));
    App app(idp, &m_languages);
    app.controller.restore();
    QTRY_COMPARE(app.controller.state(), AppController::State::SignedOut);
    signIn(app);
    QCOMPARE(sessionEntries(idp), 3);

    QList<std::pair<QString, QByteArray>> tokens; // what it is, the token
    for (const char *kind : {"refresh_token", "id_token", "access_token"}) {
        const QByteArray token = Keyring::lookup(u"%1 %2 %3"_s.arg(idp.issuer(), AppId, QLatin1String(kind)));
        QVERIFY2(!token.isEmpty(), kind);
        tokens.append({QLatin1String(kind), token});
    }
    const QList<QByteArray> parts = tokens.at(1).second.split('.');
    QCOMPARE(parts.size(), 3);
    for (qsizetype i = 0; i < parts.size(); ++i)
        tokens.append({u"id_token part %1"_s.arg(i + 1), parts.at(i)}); // a hint could re-encode it

    // Read by the browser the sign-out starts (a detached child takes the environment then).
    qputenv("BROWSER_RESULT", QFile::encodeName(endSessionResult));
    auto *signOutEverywhere = app.window->findChild<QAction *>(u"signOutEverywhereAction"_s);
    QVERIFY(signOutEverywhere);
    signOutEverywhere->trigger();
    QTRY_COMPARE(app.controller.state(), AppController::State::SignedOut);
    QTRY_COMPARE(sessionEntries(idp), 0);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(endSessionResult), SignInTimeoutMs);
    QVERIFY(!app.find<ErrorBanner>(u"errorBanner"_s)->isVisible());
    QFile result(endSessionResult);
    QVERIFY(result.open(QIODevice::ReadOnly));
    const QJsonObject page = QJsonDocument::fromJson(result.readAll()).object();
    QVERIFY2(page.value("url"_L1).toString().endsWith(u"/session/end/success"_s),
             QJsonDocument(page).toJson().constData());

    QFile log(urlLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> urls = log.readAll().trimmed().split('\n');
    QCOMPARE(urls.size(), 2); // sign-in, end-session
    for (const QByteArray &raw : urls) {
        const QByteArray decoded = QUrl::fromPercentEncoding(raw).toUtf8();
        for (const auto &[what, token] : std::as_const(tokens)) {
            QVERIFY2(!raw.contains(token) && !decoded.contains(token),
                     qPrintable(u"%1 in a browser URL to %2"_s.arg(what, QUrl::fromEncoded(raw).path())));
        }
    }
    QCOMPARE(QUrl::fromEncoded(urls.first()).path(), u"/oidc/auth"_s);
    const QUrl endSession = QUrl::fromEncoded(urls.last());
    QCOMPARE(endSession.adjusted(QUrl::RemoveQuery).toString(), idp.issuer() + u"/session/end"_s);
    QCOMPARE(QUrlQuery(endSession).queryItems(), (QList<QPair<QString, QString>>{{u"client_id"_s, AppId}}));
}

void TestMainWindow::cancelWhileWaiting()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    useBrowser(u"true"_s); // a browser that never comes back
    App app(idp, &m_languages);
    app.controller.restore();
    QTRY_COMPARE(app.controller.state(), AppController::State::SignedOut);
    QTest::mouseClick(app.find<QPushButton>(u"signInButton"_s), Qt::LeftButton);
    QTRY_COMPARE(app.controller.state(), AppController::State::Waiting);
    QTRY_VERIFY(app.find<QLabel>(u"countdownLabel"_s)->text().contains(QRegularExpression(u"[45]:[0-5][0-9]"_s)));
    QVERIFY(!app.controller.authorizationUrl().isEmpty());
    // The provider offers PAR: "Open browser again" and "Copy sign-in link" hand out the loopback
    // start link, which pushes a fresh request each time, not a request_uri that dies in a minute.
    const QUrl link = app.controller.authorizationUrl();
    QCOMPARE(link.host(), u"127.0.0.1"_s);
    QCOMPARE(link.path(), u"/start"_s);
    QVERIFY(!link.toString().contains(u"request_uri"_s));
    screenshot(app.window.get(), u"waiting-en"_s);
    m_languages.apply(u"th"_s);
    screenshot(app.window.get(), u"waiting-th"_s);
    m_languages.apply(u"en"_s);
    // Copy sign-in link: the link on the clipboard, and a confirmation next to the button.
    auto *copied = app.find<QLabel>(u"linkCopiedLabel"_s);
    QVERIFY(copied);
    QVERIFY(copied->text().isEmpty());
    QTest::mouseClick(app.find<QPushButton>(u"copyLinkButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), app.controller.authorizationUrl().toString(QUrl::FullyEncoded));
    QCOMPARE(copied->text(), u"Sign-in link copied. Paste it into your browser."_s);
    QVERIFY(copied->isVisible());
    QTest::mouseClick(app.find<QPushButton>(u"cancelButton"_s), Qt::LeftButton);
    QTRY_COMPARE(app.controller.state(), AppController::State::SignedOut);
    QVERIFY(!app.find<ErrorBanner>(u"errorBanner"_s)->isVisible());
    QCOMPARE(sessionEntries(idp), 0);
}

void TestMainWindow::escapeCancelsWaiting()
{
    // Keyboard users: Escape on the waiting page is the Cancel button, wherever the focus is.
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    useBrowser(u"true"_s); // a browser that never comes back
    App app(idp, &m_languages);
    app.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
    app.controller.restore();
    QTRY_COMPARE(app.controller.state(), AppController::State::SignedOut);
    QTest::keyClick(app.window.get(), Qt::Key_Escape); // nothing to cancel: no harm
    QCOMPARE(app.controller.state(), AppController::State::SignedOut);
    QTest::mouseClick(app.find<QPushButton>(u"signInButton"_s), Qt::LeftButton);
    QTRY_COMPARE(app.controller.state(), AppController::State::Waiting);
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : app.window.get(), Qt::Key_Escape);
    QTRY_COMPARE(app.controller.state(), AppController::State::SignedOut);
    QCOMPARE(app.find<QStackedWidget>(u"pages"_s)->currentWidget()->objectName(), u"signInPage"_s);
    QVERIFY(!app.find<ErrorBanner>(u"errorBanner"_s)->isVisible());
    QCOMPARE(sessionEntries(idp), 0);
}

void TestMainWindow::timeoutShowsBanner()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    useBrowser(u"true"_s);
    App app(idp, &m_languages);
    app.controller.setSignInTimeout(std::chrono::seconds(2));
    app.controller.restore();
    QTRY_COMPARE(app.controller.state(), AppController::State::SignedOut);
    QTest::mouseClick(app.find<QPushButton>(u"signInButton"_s), Qt::LeftButton);
    QTRY_COMPARE(app.controller.state(), AppController::State::Waiting);
    auto *banner = app.find<ErrorBanner>(u"errorBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QCOMPARE(app.controller.state(), AppController::State::SignedOut);
    QVERIFY2(banner->message().contains(u"timed out"_s), qPrintable(banner->message()));
    QCOMPARE(banner->action(), ErrorBanner::Action::SignInAgain);
}

void TestMainWindow::tryAgainRetriesTheSignIn()
{
    // Logto is unreachable when the person clicks Sign in; once it is back, "Try again" must
    // sign in (before, it re-read the keychain and nothing happened).
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    IdpServer idp({u"--port"_s, QString::number(port)});
    useBrowser(u"node %1/browser.mjs"_s.arg(IdpServer::idpDirectory()));
    Logto::TokenStore tokens(u"io.github.logtosignin.LogtoSignin"_s);
    AppController controller(&tokens);
    AppSettings settings;
    settings.endpoint = u"http://127.0.0.1:%1"_s.arg(port);
    settings.appId = AppId;
    controller.setSettings(settings);
    MainWindow window(&controller, &m_languages);
    window.show();
    controller.restore();
    QTRY_COMPARE(controller.state(), AppController::State::SignedOut);
    QTest::mouseClick(window.findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
    auto *banner = window.findChild<ErrorBanner *>(u"errorBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QCOMPARE(banner->action(), ErrorBanner::Action::Retry);
    auto *tryAgain = banner->findChild<QPushButton *>(u"errorAction"_s);
    QVERIFY(tryAgain->isVisible());
    QCOMPARE(controller.state(), AppController::State::SignedOut);

    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    QCOMPARE(idp.endpoint().port(), int(port));
    QTest::mouseClick(tryAgain, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), AppController::State::SignedIn, SignInTimeoutMs);
    QTRY_VERIFY(!controller.isSaving());
    QCOMPARE(idp.countRequests(u"/oidc/auth"_s), 1);
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::providerErrorShowsBannerWithDetails()
{
    IdpServer idp({u"--mutate"_s, u"id_token_nonce"_s});
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    useBrowser(u"node %1/browser.mjs"_s.arg(IdpServer::idpDirectory()));
    App app(idp, &m_languages);
    app.controller.restore();
    QTRY_COMPARE(app.controller.state(), AppController::State::SignedOut);
    QTest::mouseClick(app.find<QPushButton>(u"signInButton"_s), Qt::LeftButton);
    auto *banner = app.find<ErrorBanner>(u"errorBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), SignInTimeoutMs);
    QCOMPARE(app.controller.state(), AppController::State::SignedOut);
    QVERIFY2(banner->message().contains(u"sign-in attempt"_s), qPrintable(banner->message()));
    // The Details expander says which check failed.
    const QString details = banner->findChild<QLabel *>(u"errorDetails"_s)->text();
    QVERIFY2(details.contains(u"nonce"_s, Qt::CaseInsensitive), qPrintable(details));
    QCOMPARE(sessionEntries(idp), 0);
    screenshot(app.window.get(), u"error-en"_s);
}

void TestMainWindow::continueWithAppleShowsPrivateRelay()
{
    // The window's Continue with Apple: Logto's page is skipped, the person hides their email at
    // Apple, and the profile explains the relay address and lists the linked Apple account.
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    useBrowser(u"node %1/browser.mjs"_s.arg(IdpServer::idpDirectory()));
    qputenv("APPLE_ACCOUNT", "apple-new@example.com");
    qputenv("APPLE_EMAIL_CHOICE", "hide");
    App app(idp, &m_languages);
    app.controller.restore();
    QTRY_COMPARE(app.controller.state(), AppController::State::SignedOut);
    QTRY_VERIFY(app.find<QPushButton>(u"socialButton_apple"_s));
    QTest::mouseClick(app.find<QPushButton>(u"socialButton_apple"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(app.controller.state(), AppController::State::SignedIn, SignInTimeoutMs);
    qunsetenv("APPLE_ACCOUNT");
    qunsetenv("APPLE_EMAIL_CHOICE");
    QTRY_VERIFY(!app.controller.userInfo().isEmpty());
    QVERIFY2(app.find<QLabel>(u"profileEmail"_s)->text().endsWith(u"@privaterelay.appleid.com"_s),
             qPrintable(app.find<QLabel>(u"profileEmail"_s)->text()));
    QVERIFY(app.find<QLabel>(u"profileEmailNote"_s)->isVisible());
    QVERIFY(app.find<QLabel>(u"profileIdentities"_s)->text().contains(u"Apple"_s));
    QCOMPARE(app.find<QLabel>(u"profileName"_s)->text(), u"Ada Newton"_s);
    screenshot(app.window.get(), u"apple-profile-en"_s);
}

// "Continue with ..." offers what the tenant has (its public sign-in experience), the Settings
// value standing only when the tenant does not publish one.
void TestMainWindow::socialButtonsFollowTheTenant_data()
{
    QTest::addColumn<QStringList>("idpArguments");
    QTest::addColumn<QStringList>("settingsTargets");
    QTest::addColumn<AppController::SignInExperienceState>("experience");
    QTest::addColumn<QStringList>("buttons");
    QTest::newRow("tenant with Apple") << QStringList() << QStringList{u"apple"_s}
                                       << AppController::SignInExperienceState::Loaded << QStringList{u"apple"_s};
    QTest::newRow("tenant without Apple") << QStringList{u"--apple"_s, u"off"_s} << QStringList{u"apple"_s}
                                          << AppController::SignInExperienceState::Loaded << QStringList();
    QTest::newRow("no sign-in experience: Settings stand")
        << QStringList{u"--apple"_s, u"off"_s, u"--sign-in-exp"_s, u"off"_s} << QStringList{u"apple"_s, u"google"_s}
        << AppController::SignInExperienceState::Unavailable << QStringList{u"apple"_s, u"google"_s};
    // Settings order first, then the tenant's others; a Settings target the tenant lacks is left out.
    QTest::newRow("tenant's other connectors")
        << QStringList{u"--social"_s, u"google,wechat"_s} << QStringList{u"wechat"_s, u"github"_s}
        << AppController::SignInExperienceState::Loaded << QStringList{u"wechat"_s, u"apple"_s, u"google"_s};
}

void TestMainWindow::socialButtonsFollowTheTenant()
{
    QFETCH(QStringList, idpArguments);
    QFETCH(QStringList, settingsTargets);
    QFETCH(AppController::SignInExperienceState, experience);
    QFETCH(QStringList, buttons);
    IdpServer idp(idpArguments);
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    App app(idp, &m_languages, settingsTargets);
    app.controller.restore();
    QTRY_COMPARE(app.controller.state(), AppController::State::SignedOut);
    QTRY_COMPARE(app.controller.signInExperienceState(), experience);

    const auto shown = [&app] {
        QStringList targets;
        const QList<SocialButton *> all = app.window->findChildren<SocialButton *>();
        for (SocialButton *button : all) {
            if (button->isVisible())
                targets << button->target();
        }
        return targets;
    };
    // The sign-in page lays its buttons out top to bottom in the order they were added.
    QTRY_COMPARE(shown(), buttons);
    for (const QString &target : buttons)
        QVERIFY(app.find<SocialButton>(u"socialButton_"_s + target)->isEnabled());
    QCOMPARE(app.find<QPushButton>(u"signInButton"_s)->isVisible(), true);

    // Read once for these settings, with no token.
    QCOMPARE(idp.countRequests(u"/api/.well-known/sign-in-exp"_s), 1);
    for (const QJsonValue &entry : idp.requestLog()) {
        if (entry.toObject().value("path"_L1).toString() == u"/api/.well-known/sign-in-exp"_s)
            QCOMPARE(entry.toObject().value("has_authorization"_L1).toBool(true), false);
    }

    // The tenant's name for a connector, in the window's language.
    if (buttons.contains(u"wechat"_s)) {
        auto *wechat = app.find<SocialButton>(u"socialButton_wechat"_s);
        QCOMPARE(wechat->accessibleName(), u"Continue with WeChat"_s);
        m_languages.apply(u"zh_CN"_s);
        QTRY_VERIFY2(wechat->accessibleName().contains(u"微信"_s), qPrintable(wechat->accessibleName()));
        screenshot(app.window.get(), u"social-buttons-zh_CN"_s);
        m_languages.apply(u"en"_s);
        QTRY_COMPARE(wechat->accessibleName(), u"Continue with WeChat"_s);
    }
}

void TestMainWindow::signInWithAnotherDevice()
{
    // "Sign in with another device": offered once the tenant has the device flow and Settings name
    // a device-flow app; the code, the QR code, the link and a countdown, with Cancel; the profile
    // once Chromium (the other device) has entered the code and signed in.
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    App app(idp, &m_languages);
    auto *button = app.find<QPushButton>(u"deviceSignInButton"_s);
    QVERIFY(button);
    app.controller.restore();
    QTRY_COMPARE(app.controller.state(), AppController::State::SignedOut);
    QVERIFY(!button->isVisible()); // no device-flow app in Settings
    QCOMPARE(idp.countRequests(u"/oidc/device/auth"_s), 0);

    AppSettings settings = app.controller.settings();
    settings.deviceAppId = u"device-app"_s;
    app.controller.setSettings(settings);
    QTRY_VERIFY(button->isVisible());

    // Cancel: back to the sign-in page, nothing stored.
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(app.controller.state(), AppController::State::DeviceWaiting);
    auto *pages = app.find<QStackedWidget>(u"pages"_s);
    QCOMPARE(pages->currentWidget()->objectName(), u"devicePage"_s);
    QTest::mouseClick(app.find<QPushButton>(u"deviceCancelButton"_s), Qt::LeftButton);
    QTRY_COMPARE(app.controller.state(), AppController::State::SignedOut);
    QCOMPARE(Keyring::itemCount(), 0);

    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(app.controller.state(), AppController::State::DeviceWaiting);
    const QString code = app.find<QLabel>(u"deviceUserCode"_s)->text();
    QVERIFY2(QRegularExpression(u"^[A-Z]{4}-[A-Z]{4}$"_s).match(code).hasMatch(), qPrintable(code));
    const QString link = app.find<QLabel>(u"deviceLink"_s)->text();
    QCOMPARE(link, idp.endpoint().toString() + u"/device"_s);
    // The QR code on screen decodes (Debian's zbarimg) to the link with the code filled in.
    const QString image = QDir::temp().filePath(u"logto-device-qr-%1.png"_s.arg(QCoreApplication::applicationPid()));
    QVERIFY(app.find<QLabel>(u"deviceQrCode"_s)->pixmap().save(image));
    const auto removeImage = qScopeGuard([&image] { QFile::remove(image); });
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, image});
    QVERIFY2(zbar.waitForFinished(30000), "zbarimg is missing (apt-get install zbar-tools)");
    QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), link + u"?user_code="_s + code);
    QVERIFY(app.find<QLabel>(u"deviceCountdown"_s)->text().contains(QRegularExpression(u"\\d+:\\d\\d"_s)));
    screenshot(app.window.get(), u"device-en"_s);
    m_languages.apply(u"th"_s);
    screenshot(app.window.get(), u"device-th"_s);
    m_languages.apply(u"en"_s);

    QProcess browser;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DEVICE_USER_CODE"_s, code);
    browser.setProcessEnvironment(environment);
    browser.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    browser.start(u"node"_s, {IdpServer::idpDirectory() + u"/browser.mjs"_s, link});
    QTRY_VERIFY_WITH_TIMEOUT(browser.state() == QProcess::NotRunning, 90000);
    QCOMPARE(browser.exitCode(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(app.controller.state(), AppController::State::SignedIn, SignInTimeoutMs);
    QTRY_VERIFY(!app.controller.isSaving());
    QCOMPARE(pages->currentWidget()->objectName(), u"signedInPage"_s);
    QTRY_COMPARE(app.find<QLabel>(u"profileName"_s)->text(), u"Alice Example"_s);
    QCOMPARE(app.controller.idTokenClaims().value("aud"_L1).toString(), u"device-app"_s);
    QVERIFY(!Keyring::lookup(u"%1 device-app refresh_token"_s.arg(idp.issuer())).isEmpty());

    // Sign-out revokes the device app's session; the next sign-in is Settings' app again.
    app.controller.signOut(false);
    QTRY_COMPARE(app.controller.state(), AppController::State::SignedOut);
    QTRY_VERIFY(Keyring::lookup(u"%1 device-app refresh_token"_s.arg(idp.issuer())).isEmpty());
    QCOMPARE(idp.countRequests(u"/oidc/token/revocation"_s), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
