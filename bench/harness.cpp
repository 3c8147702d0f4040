// SPDX-License-Identifier: MIT
// The app under measurement, with probes and no change to the app's code. Driven by
// bench/bench.mjs through the environment (argv stays the app's own):
//
// BENCH_MODE=window (default): the window exactly as app/main.cpp's runWindow() builds it
//   (QApplication, identity, SingleInstance lock, QSettings + overrides, LanguageManager,
//   TokenStore, AppController + showRestoring(), MainWindow, show(); after the first frame the
//   SingleInstance server, the window icon and restore()). Prints, one JSON line each:
//   every state change, the first frame, the frame that shows the settled state (the profile
//   when a session is stored, else the sign-in page), then the peak RSS, and quits (once a
//   sign-in being stored is stored, as the window waits on close).
//   BENCH_SIGN_IN=1: once settled (signed out first if a session was restored), sign in the way
//   the Sign-in button does; the callback is the Completing state, and it quits after the frame
//   that shows the profile loaded after that sign-in.
//   BENCH_TRACE=1: also every logto.* debug message with its time (a breakdown; slower).
// BENCH_MODE=core: no widgets, no keychain. For each "go" line on stdin: a SignInFlow (what
//   AppController creates for a sign-in), then userinfo with the access token; prints the
//   authorization URL, then the times of the callback, of the verified result and of userinfo.
// BENCH_MODE=pages: where MainWindow's construction goes: each page built on its own (fonts
//   already loaded by a label), then MainWindow, its first show() and first frame.
// BENCH_MODE=storage: what persisting costs on this machine, outside the app's flow: SessionIndex
//   save/find (QSettings, next to the app's own file) on their own, then ten times the app's
//   sequence: three TokenStore writes, the index saved, one read (bench-only keys).
// BENCH_MODE=verify: IdTokenVerifier::verify (with JsonWebSignature::parse) on one token and
//   key set in a loop for BENCH_SECONDS; prints the count.
#include "appcontroller.h"
#include "appsettings.h"
#include "buildinfo.h"
#include "claimsview.h"
#include "errorbanner.h"
#include "frameprobe.h"
#include "httpclient.h"
#include "idtokenverifier.h"
#include "jsonwebkeyset.h"
#include "jsonwebsignature.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "profilepage.h"
#include "signinflow.h"
#include "signinpage.h"
#include "singleinstance.h"
#include "tokendetailsview.h"
#include "tokenstore.h"
#include "waitingpage.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTimer>

#include <iostream>
#include <string>

using namespace Qt::StringLiterals;

namespace {

QString env(const char *name, const QString &fallback = {})
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? fallback : value;
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

void fail(const QString &what)
{
    Bench::report({{u"e"_s, u"error"_s}, {u"t"_s, Bench::nowNs()}, {u"message"_s, what}});
}

// BENCH_TRACE: every logto.* debug line, time-stamped, as an event (never a token: the app's
// logging redacts them).
void traceHandler(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    Bench::report({{u"e"_s, u"log"_s},
                   {u"t"_s, Bench::nowNs()},
                   {u"category"_s, QString::fromLatin1(context.category ? context.category : "")},
                   {u"m"_s, message}});
}

// --- window ------------------------------------------------------------------------------------

// As app/main.cpp.
void setIdentity()
{
    QCoreApplication::setOrganizationName(u"logto-signin"_s);
    QCoreApplication::setApplicationName(u"logto-signin"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(BuildInfo::Version));
}

class WindowProbe : public QObject
{
public:
    WindowProbe(Bench::BenchApplication *app, AppController *controller, MainWindow *window)
        : m_controller(controller)
        , m_signIn(env("BENCH_SIGN_IN") == "1"_L1)
        , m_restoring(controller->state() == AppController::State::Restoring) // showRestoring() came first
    {
        app->watch(window, [this](qint64 ns) { onFrame(ns); });
        connect(controller, &AppController::stateChanged, this, &WindowProbe::onState);
        connect(controller, &AppController::profileChanged, this, &WindowProbe::check);
        // A sign-in is stored behind the profile: when that ended (for the traced breakdown).
        connect(controller, &AppController::savingFinished, this, [] {
            Bench::report({{u"e"_s, u"saved"_s}, {u"t"_s, Bench::nowNs()}});
        });
        connect(controller, &AppController::errorOccurred, this, [this](const Logto::Error &error) {
            fail(error.toString());
            if (error.code != Logto::Error::Code::NotSignedIn)
                quit(1);
        });
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this, [this] {
            fail(u"timed out in state %1"_s.arg(stateName(m_controller->state())));
            quit(2);
        });
        m_timeout.start(envInt("BENCH_TIMEOUT_MS", 60000));
    }

    void restoreCalled() { Bench::report({{u"e"_s, u"restore"_s}, {u"t"_s, Bench::nowNs()}}); }

private:
    static QString stateName(AppController::State state)
    {
        return QString::fromLatin1(QMetaEnum::fromType<AppController::State>().valueToKey(static_cast<int>(state)));
    }

    void onState(AppController::State state)
    {
        Bench::report({{u"e"_s, u"state"_s}, {u"t"_s, Bench::nowNs()}, {u"s"_s, stateName(state)}});
        if (state == AppController::State::Completing)
            m_completing = true;
        check();
    }

    // The settled state is in the widgets now: the next frame shows it.
    void check()
    {
        if (m_awaitingFrame || m_done)
            return;
        const auto state = m_controller->state();
        const bool profile = state == AppController::State::SignedIn && !m_controller->userInfo().isEmpty()
            && !m_controller->idTokenClaims().isEmpty();
        if (m_signIn && m_signInStarted) {
            if (m_completing && profile)
                await(u"profile"_s);
            return;
        }
        if (state == AppController::State::Restoring)
            m_restoring = true;
        if (!m_restoring)
            return; // the state before restore() ran
        if (m_signIn && !m_signInStarted) {
            if (state == AppController::State::SignedIn && profile && !m_signingOut) {
                m_signingOut = true; // a sign-in measured from a signed-out window
                QTimer::singleShot(0, m_controller, [this] { m_controller->signOut(false); });
            } else if (state == AppController::State::SignedOut) {
                m_signInStarted = true;
                QTimer::singleShot(0, m_controller, [this] {
                    Bench::report({{u"e"_s, u"sign_in"_s}, {u"t"_s, Bench::nowNs()}});
                    m_controller->signIn(Logto::SignInOptions{});
                });
            }
            return;
        }
        if (profile)
            await(u"profile"_s);
        else if (state == AppController::State::SignedOut)
            await(u"signed_out"_s);
    }

    void await(const QString &what)
    {
        m_awaitingFrame = true;
        m_awaited = what;
        Bench::report({{u"e"_s, u"ready"_s}, {u"t"_s, Bench::nowNs()}, {u"what"_s, what}});
        // Nothing left to paint would leave us waiting for ever: say so instead of guessing a time.
        QTimer::singleShot(2000, this, [this] {
            if (m_done)
                return;
            fail(u"no frame within 2 s of the %1 state"_s.arg(m_awaited));
            quit(4);
        });
    }

    void onFrame(qint64 ns)
    {
        if (m_done)
            return;
        if (!m_firstFrame) {
            m_firstFrame = true;
            Bench::report({{u"e"_s, u"first_frame"_s}, {u"t"_s, ns}});
        }
        if (!m_awaitingFrame)
            return;
        m_done = true;
        Bench::report({{u"e"_s, u"settled_frame"_s}, {u"t"_s, ns}, {u"what"_s, m_awaited}});
        quit(0);
    }

    void quit(int code)
    {
        m_done = true;
        m_timeout.stop();
        Bench::report({{u"e"_s, u"exit"_s},
                       {u"code"_s, code},
                       {u"peak_rss_kib"_s, Bench::statusKiB("VmHWM")},
                       {u"rss_kib"_s, Bench::statusKiB("VmRSS")}});
        if (qEnvironmentVariableIsSet("BENCH_SMAPS"))
            Bench::report({{u"e"_s, u"smaps"_s}, {u"kib"_s, Bench::residentByMapping()}});
        // As the window does on close (MainWindow::closeEvent): a sign-in still being stored is
        // finished first, so the next run finds the keychain as this one left it.
        if (m_controller->isSaving()) {
            connect(m_controller, &AppController::savingFinished, qApp, [code] { QCoreApplication::exit(code); });
            return;
        }
        QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
    }

    AppController *const m_controller;
    const bool m_signIn;
    QTimer m_timeout;
    QString m_awaited;
    bool m_restoring;
    bool m_signingOut = false;
    bool m_signInStarted = false;
    bool m_completing = false;
    bool m_awaitingFrame = false;
    bool m_firstFrame = false;
    bool m_done = false;
};

int runWindow(int argc, char **argv)
{
    Bench::Marks marks;
    Bench::BenchApplication app(argc, argv);
    marks.mark("qapplication");
    // ---- app/main.cpp runWindow(), line for line ----
    setIdentity();
    QGuiApplication::setDesktopFileName(QString::fromLatin1(BuildInfo::AppId));
    marks.mark("icon");

    SingleInstance instance(QString::fromLatin1(BuildInfo::AppId));
    if (!instance.tryLock()) {
        fail(u"another window is running"_s);
        return 3;
    }
    marks.mark("single_instance");

    QSettings settings;
    AppSettings config = AppSettings::load(settings);
    config.applyOverrides(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment());
    LanguageManager languages;
    languages.apply(config.language);
    marks.mark("settings_language");

    Logto::TokenStore tokens(QString::fromLatin1(BuildInfo::AppId));
    AppController controller(&tokens);
    controller.setBrowserOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
    controller.setUiLocales(languages.uiLocalesTag());
    controller.setSettings(config);
    controller.showRestoring();
    marks.mark("controller");

    MainWindow window(&controller, &languages);
    marks.mark("main_window");
    QObject::connect(&instance, &SingleInstance::activated, &window, [&](const QStringList &arguments) {
        AppSettings updated = controller.settings();
        updated.applyOverrides(arguments, QProcessEnvironment());
        controller.setSettings(updated);
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    QObject::connect(&languages, &LanguageManager::languageChanged, &controller, [&] {
        controller.setUiLocales(languages.uiLocalesTag());
    });
    QObject::connect(&window, &MainWindow::firstFrameShown, &instance, &SingleInstance::listen);
    QObject::connect(&window, &MainWindow::firstFrameShown, &app, [] {
        QApplication::setWindowIcon(QIcon(u":/icons/io.github.logtosignin.LogtoSignin.svg"_s));
    });
    // ---- the probe: connected after the window, so it sees each state once the widgets have it ----
    WindowProbe probe(&app, &controller, &window);
    // main.cpp connects restore() itself; here the probe notes the call first.
    QObject::connect(&window, &MainWindow::firstFrameShown, &controller, [&] {
        probe.restoreCalled();
        controller.restore();
    });
    window.show();
    marks.mark("show");
    marks.report();
    return app.exec();
}

// --- pages -------------------------------------------------------------------------------------

template<typename Make>
qint64 timeNs(Make make)
{
    const qint64 start = Bench::nowNs();
    make();
    return Bench::nowNs() - start;
}

int runPages(int argc, char **argv)
{
    Bench::BenchApplication app(argc, argv);
    setIdentity();
    QLabel warm(u"Logto Sign-in"_s); // the font database and the style, as the bare window loads them
    warm.ensurePolished();
    (void)warm.sizeHint();
    LanguageManager languages;
    languages.apply(QString());

    QJsonObject event{{u"e"_s, u"pages"_s}};
    const auto add = [&event](const char *name, qint64 ns) { event.insert(QString::fromLatin1(name), ns / 1e6); };
    add("ErrorBanner", timeNs([] { ErrorBanner page; }));
    add("SignInPage", timeNs([] { SignInPage page; }));
    add("WaitingPage", timeNs([] { WaitingPage page; }));
    add("ProfilePage", timeNs([] { ProfilePage page; }));
    add("ClaimsView", timeNs([] { ClaimsView page; }));
    add("TokenDetailsView", timeNs([] { TokenDetailsView page; }));

    Logto::TokenStore tokens(QString::fromLatin1(BuildInfo::AppId));
    AppController controller(&tokens);
    std::unique_ptr<MainWindow> window;
    add("MainWindow", timeNs([&] { window = std::make_unique<MainWindow>(&controller, &languages); }));
    qint64 shown = 0;
    app.watch(window.get(), [&](qint64 ns) {
        add("show_to_first_frame", ns - shown);
        Bench::report(event);
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    });
    shown = Bench::nowNs();
    add("show", timeNs([&] { window->show(); }));
    return app.exec();
}

// --- storage -----------------------------------------------------------------------------------

class StorageRunner : public QObject
{
public:
    StorageRunner()
        : m_tokens(QString::fromLatin1(BuildInfo::AppId))
        , m_index(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                  + u"/logto-signin/bench-index.ini"_s)
    {
    }

    void run()
    {
        Logto::SessionMetadata metadata;
        metadata.issuer = u"http://127.0.0.1:1/oidc"_s;
        metadata.appId = u"bench-storage"_s;
        metadata.subject = u"u-bench"_s;
        metadata.scopes = QStringList{u"openid"_s, u"offline_access"_s, u"profile"_s};
        QJsonArray saves;
        QJsonArray finds;
        for (int i = 0; i < 10; ++i) {
            metadata.refreshedAt = QDateTime::currentDateTimeUtc();
            const qint64 start = Bench::nowNs();
            m_index.save(metadata);
            const qint64 saved = Bench::nowNs();
            (void)m_index.find(metadata.issuer, metadata.appId);
            saves.append((saved - start) / 1e6);
            finds.append((Bench::nowNs() - saved) / 1e6);
        }
        m_event.insert(u"index_save_ms"_s, saves);
        m_event.insert(u"index_find_ms"_s, finds);
        next(0);
    }

private:
    // The app's sequence, ten times: three keychain writes (refresh token, ID token, access
    // token), then the index saved, then a read, one job after the other as TokenStore runs them.
    void next(int i)
    {
        if (i == 10) {
            m_event.insert(u"keychain_write_ms"_s, m_writes);
            m_event.insert(u"keychain_read_ms"_s, m_reads);
            m_event.insert(u"index_save_after_writes_ms"_s, m_savesAfterWrites);
            m_event.insert(u"e"_s, u"storage"_s);
            Bench::report(m_event);
            QCoreApplication::quit();
            return;
        }
        write(0, [this, i] {
            Logto::SessionMetadata metadata;
            metadata.issuer = u"http://127.0.0.1:1/oidc"_s;
            metadata.appId = u"bench-storage"_s;
            metadata.refreshedAt = QDateTime::currentDateTimeUtc();
            const qint64 start = Bench::nowNs();
            m_index.save(metadata);
            m_savesAfterWrites.append((Bench::nowNs() - start) / 1e6);
            const qint64 readStart = Bench::nowNs();
            m_tokens.read(u"bench-storage 0"_s, [this, i, readStart](const Logto::Result<QString> &read) {
                m_reads.append((Bench::nowNs() - readStart) / 1e6);
                if (!read)
                    fail(read.error().toString());
                QTimer::singleShot(0, this, [this, i] { next(i + 1); });
            });
        });
    }

    void write(int k, std::function<void()> then)
    {
        if (k == 3) {
            then();
            return;
        }
        const qint64 start = Bench::nowNs();
        m_tokens.write(u"bench-storage %1"_s.arg(k),
                       QString(k == 1 ? 1200 : 43, u'x'),
                       [this, k, start, then](const Logto::Result<void> &done) {
                           m_writes.append((Bench::nowNs() - start) / 1e6);
                           if (!done)
                               fail(done.error().toString());
                           write(k + 1, then);
                       });
    }

    Logto::TokenStore m_tokens;
    Logto::SessionIndex m_index;
    QJsonObject m_event;
    QJsonArray m_writes;
    QJsonArray m_reads;
    QJsonArray m_savesAfterWrites;
};

int runStorage(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    StorageRunner runner;
    QTimer::singleShot(0, &runner, &StorageRunner::run);
    return app.exec();
}

// --- core --------------------------------------------------------------------------------------

class CoreRunner : public QObject
{
public:
    explicit CoreRunner(const Logto::OidcConfig &config)
        : m_config(config)
        , m_stdin(0, QSocketNotifier::Read)
    {
        connect(&m_stdin, &QSocketNotifier::activated, this, [this] {
            std::string line;
            if (!std::getline(std::cin, line) || line == "quit") {
                m_stdin.setEnabled(false);
                QCoreApplication::quit();
                return;
            }
            if (line == "go")
                signIn();
        });
        Bench::report({{u"e"_s, u"ready"_s}});
    }

private:
    // One sign-in as the app does it (a new SignInFlow each time), minus the keychain: the
    // callback, code exchange, ID-token verification (keys prefetched while the browser is out),
    // the browser's answer, then userinfo.
    void signIn()
    {
        auto *flow = new Logto::SignInFlow(m_config, this);
        auto *http = new Logto::HttpClient(flow); // userinfo, as the session manager would
        auto times = std::make_shared<QJsonObject>();
        connect(flow, &Logto::SignInFlow::authorizationUrlReady, this, [](const QUrl &url) {
            Bench::report({{u"e"_s, u"url"_s}, {u"url"_s, url.toString(QUrl::FullyEncoded)}});
        });
        connect(flow, &Logto::SignInFlow::callbackReceived, this, [times] {
            times->insert(u"callback"_s, Bench::nowNs());
        });
        connect(flow, &Logto::SignInFlow::succeeded, this, [flow, http, times](const Logto::SignInResult &result) {
            times->insert(u"verified"_s, Bench::nowNs());
            const QString subject = result.idToken.claims.value("sub"_L1).toString();
            http->getJson(
                result.discovery.userinfoEndpoint(),
                [flow, times, subject](const Logto::Result<Logto::HttpResponse> &info) {
                    times->insert(u"userinfo"_s, Bench::nowNs());
                    flow->deleteLater();
                    if (!info || info.value().json.value("sub"_L1).toString() != subject) {
                        fail(info ? u"userinfo sub mismatch"_s : info.error().toString());
                        return;
                    }
                    QJsonObject event = *times;
                    event.insert(u"e"_s, u"done"_s);
                    Bench::report(event);
                },
                result.tokens.accessToken);
        });
        connect(flow, &Logto::SignInFlow::failed, this, [flow](const Logto::Error &error) {
            flow->deleteLater();
            fail(error.toString());
        });
        flow->start(Logto::SignInOptions{});
    }

    const Logto::OidcConfig m_config;
    QSocketNotifier m_stdin;
};

int runCore(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Logto::OidcConfig config(QUrl(env("LOGTO_ENDPOINT")), env("LOGTO_APP_ID", u"native-app"_s));
    if (auto ok = config.validate(); !ok) {
        fail(ok.error().toString());
        return 1;
    }
    CoreRunner runner(config);
    return app.exec();
}

// --- verify ------------------------------------------------------------------------------------

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

int runVerify(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray compact = readFile(env("BENCH_TOKEN_FILE"));
    const auto keys = Logto::JsonWebKeySet::fromJson(readFile(env("BENCH_JWKS_FILE")));
    if (compact.isEmpty() || !keys) {
        fail(u"BENCH_TOKEN_FILE / BENCH_JWKS_FILE unreadable"_s);
        return 1;
    }
    Logto::IdTokenExpectations expect;
    expect.issuer = env("BENCH_ISSUER");
    expect.clientId = env("BENCH_AUDIENCE");
    expect.allowedAlgorithms = Logto::JsonWebKey::supportedAlgorithms();
    // `now` left invalid: the verifier reads the clock on each call, as in the app.

    const auto verifyOnce = [&]() -> Logto::Result<Logto::VerifiedIdToken> {
        const auto token = Logto::JsonWebSignature::parse(compact);
        if (!token)
            return token.error();
        return Logto::IdTokenVerifier::verify(token.value(), keys.value(), expect);
    };
    if (const auto first = verifyOnce(); !first) {
        fail(first.error().toString());
        return 1;
    }
    const qint64 budgetNs = static_cast<qint64>(envInt("BENCH_MILLISECONDS", 1000)) * 1'000'000;
    qint64 count = 0;
    const qint64 start = Bench::nowNs();
    qint64 elapsed = 0;
    while (elapsed < budgetNs) {
        for (int i = 0; i < 16; ++i) {
            if (!verifyOnce()) {
                fail(u"verification failed in the loop"_s);
                return 1;
            }
        }
        count += 16;
        elapsed = Bench::nowNs() - start;
    }
    // The signature alone (JsonWebKey::verifySignature, what OpenSSL does), for the split.
    const auto token = Logto::JsonWebSignature::parse(compact).value();
    const Logto::JsonWebKey *key = keys.value().select(token.keyId(), token.algorithm());
    qint64 signatures = 0;
    const qint64 signatureStart = Bench::nowNs();
    qint64 signatureElapsed = 0;
    while (key && signatureElapsed < budgetNs / 2) {
        for (int i = 0; i < 16; ++i) {
            if (!key->verifySignature(token.algorithm(), token.signingInput(), token.signature())) {
                fail(u"signature failed in the loop"_s);
                return 1;
            }
        }
        signatures += 16;
        signatureElapsed = Bench::nowNs() - signatureStart;
    }
    Bench::report({{u"e"_s, u"verify"_s},
                   {u"count"_s, count},
                   {u"ns"_s, elapsed},
                   {u"signature_count"_s, signatures},
                   {u"signature_ns"_s, signatureElapsed},
                   {u"alg"_s, token.algorithm()},
                   {u"qt"_s, QString::fromLatin1(qVersion())}});
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    Bench::Marks::start();
    if (env("BENCH_TRACE") == "1"_L1) {
        QLoggingCategory::setFilterRules(u"logto.*.debug=true"_s);
        qInstallMessageHandler(traceHandler);
    }
    const QString mode = env("BENCH_MODE", u"window"_s);
    if (mode == "core"_L1)
        return runCore(argc, argv);
    if (mode == "verify"_L1)
        return runVerify(argc, argv);
    if (mode == "pages"_L1)
        return runPages(argc, argv);
    if (mode == "storage"_L1)
        return runStorage(argc, argv);
    return runWindow(argc, argv);
}
