// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "buildinfo.h"
#include "claimsview.h"
#include "devicepage.h"
#include "errorbanner.h"
#include "languagemanager.h"
#include "profilepage.h"
#include "settingsdialog.h"
#include "signinpage.h"
#include "tokendetailsview.h"
#include "waitingpage.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

MainWindow::MainWindow(AppController *controller, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_languages(languages)
    , m_banner(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack->setObjectName(QStringLiteral("pages"));
    // Its icon is the application's (main.cpp).

    m_signOutAction = new QAction(this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutEverywhereAction = new QAction(this);
    m_signOutEverywhereAction->setObjectName(QStringLiteral("signOutEverywhereAction"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    createMenus();

    connect(m_signOutAction, &QAction::triggered, this, [this] { m_controller->signOut(false); });
    connect(m_signOutEverywhereAction, &QAction::triggered, this, [this] { m_controller->signOut(true); });
    connect(m_banner, &ErrorBanner::actionTriggered, this, [this](ErrorBanner::Action action) {
        onBannerAction(static_cast<int>(action));
    });

    connect(m_controller, &AppController::stateChanged, this, &MainWindow::render);
    connect(m_controller, &AppController::profileChanged, this, &MainWindow::renderProfile);
    connect(m_controller, &AppController::socialConnectorsChanged, this, [this] {
        if (m_signInPage)
            m_signInPage->setSocialConnectors(m_controller->socialConnectors());
    });
    connect(m_controller, &AppController::deviceSignInAvailabilityChanged, this, [this](bool available) {
        if (m_signInPage)
            m_signInPage->setDeviceSignInAvailable(available);
    });
    connect(m_controller, &AppController::errorOccurred, this, [this](const Logto::Error &error) {
        ErrorBanner::Action action = ErrorBanner::actionFor(error);
        // "Try again" only where there is something to run again.
        if (action == ErrorBanner::Action::Retry && !m_controller->canRetry())
            action = ErrorBanner::Action::None;
        m_banner->showError(error, action);
    });
    connect(m_controller, &AppController::errorCleared, m_banner, &ErrorBanner::clear);
    connect(m_controller, &AppController::notice, this, [this](const QString &message) {
        statusBar()->showMessage(message, 5000);
    });
    connect(m_controller, &AppController::raiseRequested, this, [this] {
        if (isMinimized())
            showNormal();
        raise();
        activateWindow();
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray()))
        resize(720, 620);
    retranslateUi();
    render(m_controller->state());
}

SignInPage *MainWindow::signInPage()
{
    if (m_signInPage)
        return m_signInPage;
    m_signInPage = new SignInPage(m_stack);
    m_stack->addWidget(m_signInPage);
    connect(m_signInPage, &SignInPage::signInRequested, m_controller, &AppController::signIn);
    connect(m_signInPage, &SignInPage::settingsRequested, this, &MainWindow::openSettings);
    connect(m_signInPage, &SignInPage::deviceSignInRequested, m_controller, &AppController::signInWithDevice);
    m_signInPage->setDeviceSignInAvailable(m_controller->canSignInWithDevice());
    return m_signInPage;
}

DevicePage *MainWindow::devicePage()
{
    if (m_devicePage)
        return m_devicePage;
    m_devicePage = new DevicePage(m_stack);
    m_stack->addWidget(m_devicePage);
    connect(m_devicePage, &DevicePage::cancelRequested, m_controller, &AppController::cancelSignIn);
    return m_devicePage;
}

WaitingPage *MainWindow::waitingPage()
{
    if (m_waitingPage)
        return m_waitingPage;
    m_waitingPage = new WaitingPage(m_stack);
    m_stack->addWidget(m_waitingPage);
    connect(m_waitingPage, &WaitingPage::cancelRequested, m_controller, &AppController::cancelSignIn);
    connect(m_waitingPage, &WaitingPage::openBrowserRequested, m_controller, &AppController::openBrowserAgain);
    connect(m_waitingPage, &WaitingPage::copyLinkRequested, this, [this] {
        QGuiApplication::clipboard()->setText(m_controller->authorizationUrl().toString(QUrl::FullyEncoded));
        // Next to the button, where the person is looking (the status bar was easy to miss).
        m_waitingPage->showLinkCopied();
    });
    return m_waitingPage;
}

QWidget *MainWindow::busyPage()
{
    if (m_busyPage)
        return m_busyPage;
    m_busyPage = new QWidget(m_stack);
    m_busyPage->setObjectName(QStringLiteral("busyPage"));
    m_busyLabel = new QLabel(m_busyPage);
    auto *busyBar = new QProgressBar(m_busyPage);
    busyBar->setRange(0, 0);
    busyBar->setMaximumWidth(240);
    busyBar->setTextVisible(false);
    auto *busyLayout = new QVBoxLayout(m_busyPage);
    busyLayout->addStretch();
    busyLayout->addWidget(m_busyLabel, 0, Qt::AlignHCenter);
    busyLayout->addWidget(busyBar, 0, Qt::AlignHCenter);
    busyLayout->addStretch();
    m_stack->addWidget(m_busyPage);
    return m_busyPage;
}

QWidget *MainWindow::signedInPage()
{
    if (m_signedInPage)
        return m_signedInPage;
    m_signedInPage = new QWidget(m_stack);
    m_signedInPage->setObjectName(QStringLiteral("signedInPage"));
    m_tabs = new QTabWidget(m_signedInPage);
    m_tabs->setObjectName(QStringLiteral("signedInTabs"));
    m_profilePage = new ProfilePage(m_tabs);
    m_claimsView = new ClaimsView(m_tabs);
    m_tokenDetails = new TokenDetailsView(m_tabs);
    m_tabs->addTab(m_profilePage, QString());
    m_tabs->addTab(m_claimsView, QString());
    m_tabs->addTab(m_tokenDetails, QString());

    m_signOut = new QToolButton(m_signedInPage);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->setPopupMode(QToolButton::MenuButtonPopup);
    m_signOut->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *signOutMenu = new QMenu(m_signOut);
    signOutMenu->addAction(m_signOutAction);
    signOutMenu->addAction(m_signOutEverywhereAction);
    m_signOut->setMenu(signOutMenu);
    m_signOut->setDefaultAction(m_signOutAction);
    auto *bar = new QHBoxLayout;
    bar->addStretch();
    bar->addWidget(m_signOut);
    auto *signedInLayout = new QVBoxLayout(m_signedInPage);
    signedInLayout->setContentsMargins(0, 0, 0, 0);
    signedInLayout->addWidget(m_tabs, 1);
    signedInLayout->addLayout(bar);
    m_stack->addWidget(m_signedInPage);

    connect(m_tokenDetails, &TokenDetailsView::copyAccessTokenRequested, m_controller, &AppController::copyAccessToken);
    connect(m_tokenDetails, &TokenDetailsView::copyIdTokenRequested, m_controller, &AppController::copyIdToken);
    retranslateSignedInPage();
    renderProfile();
    return m_signedInPage;
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSettings);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this,
                           tr("About Logto Sign-in"),
                           tr("<h3>Logto Sign-in %1</h3><p>Signs you in to Logto through your own browser "
                              "(RFC 8252), keeps the session in the system keychain and shows your profile "
                              "and claims.</p><p>MIT licence.</p>")
                               .arg(QString::fromLatin1(BuildInfo::Version)));
    });
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_controller->settings(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings chosen = dialog.settings();
    QSettings settings;
    chosen.save(settings);
    if (m_languages)
        m_languages->apply(chosen.language);
    if (m_languages)
        m_controller->setUiLocales(m_languages->uiLocalesTag());
    const bool reconnect = !(chosen == m_controller->settings());
    m_controller->setSettings(chosen);
    if (reconnect)
        m_controller->restore();
    render(m_controller->state());
}

void MainWindow::render(AppController::State state)
{
    if (m_signInPage || state == AppController::State::Unconfigured || state == AppController::State::SignedOut)
        signInPage()->setTenant(m_controller->tenantDisplay(), m_controller->settings().isConfigured());
    if (m_signInPage)
        m_signInPage->setSocialConnectors(m_controller->socialConnectors());
    if (m_waitingPage && state != AppController::State::Waiting && state != AppController::State::Completing)
        m_waitingPage->stop();
    if (m_devicePage && state != AppController::State::DeviceWaiting)
        m_devicePage->stop();
    switch (state) {
    case AppController::State::Unconfigured:
    case AppController::State::SignedOut:
        m_stack->setCurrentWidget(signInPage());
        break;
    case AppController::State::Restoring:
        busyPage();
        m_busyLabel->setText(tr("Restoring your session…"));
        m_stack->setCurrentWidget(m_busyPage);
        break;
    case AppController::State::Waiting:
        waitingPage()->start(m_controller->signInTimeoutSeconds(), [this] { return m_controller->secondsLeft(); });
        m_stack->setCurrentWidget(m_waitingPage);
        break;
    case AppController::State::Completing:
        waitingPage()->showCompleting();
        m_stack->setCurrentWidget(m_waitingPage);
        break;
    case AppController::State::DeviceWaiting:
        devicePage()->start(m_controller->deviceAuthorization(), [this] { return m_controller->secondsLeft(); });
        m_stack->setCurrentWidget(m_devicePage);
        break;
    case AppController::State::SignedIn:
        m_stack->setCurrentWidget(signedInPage());
        break;
    }
    prepareSignedInPage();
}

void MainWindow::prepareSignedInPage()
{
    // The profile is probably next (the person is in the browser, or a stored session is being
    // read): build its page in the meantime, but never before the first frame is out.
    const auto state = m_controller->state();
    const bool profileAhead = state == AppController::State::Restoring || state == AppController::State::Waiting
        || state == AppController::State::Completing || state == AppController::State::DeviceWaiting;
    if (profileAhead && m_firstFrameShown && !m_signedInPage)
        signedInPage();
}

void MainWindow::renderProfile()
{
    if (!m_signedInPage)
        return; // filled when it is built
    m_profilePage->setProfile(m_controller->idTokenClaims(), m_controller->userInfo());
    m_claimsView->setClaims(m_controller->idTokenClaims(), m_controller->userInfo());
    m_tokenDetails->setDetails(m_controller->tokenDetails());
}

void MainWindow::onBannerAction(int action)
{
    switch (static_cast<ErrorBanner::Action>(action)) {
    case ErrorBanner::Action::Retry:
        m_banner->clear();
        m_controller->retry();
        break;
    case ErrorBanner::Action::SignInAgain:
        m_banner->clear();
        m_controller->signIn(Logto::SignInOptions());
        break;
    case ErrorBanner::Action::OpenSettings:
        openSettings();
        break;
    case ErrorBanner::Action::None:
        break;
    }
}

bool MainWindow::event(QEvent *event)
{
    if (!m_firstFrameShown && event->type() == QEvent::Paint) {
        // The first paint: once this event is delivered, the frame is flushed to the screen.
        m_firstFrameShown = true;
        QTimer::singleShot(0, this, &MainWindow::onFirstFrame);
    } else if (!m_firstFrameShown && event->type() == QEvent::Show) {
        // A window that is never painted (started minimized, or on a hidden screen) must not hold
        // up what waits for its first frame.
        QTimer::singleShot(1000, this, [this] {
            if (!m_firstFrameShown) {
                m_firstFrameShown = true;
                onFirstFrame();
            }
        });
    }
    return QMainWindow::event(event);
}

void MainWindow::onFirstFrame()
{
    Q_EMIT firstFrameShown();
    prepareSignedInPage();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        menuBar()->adjustSize(); // the titles' widths changed with the language
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_controller->isSaving()) {
        // The profile is on screen but the keychain does not have the session yet: leave once it
        // has (or has failed to), or the sign-in the person just saw would be lost.
        hide();
        event->ignore();
        connect(m_controller, &AppController::savingFinished, this, &QWidget::close, Qt::SingleShotConnection);
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Logto Sign-in"));
    m_fileMenu->setTitle(tr("&File"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Logto Sign-in"));
    m_signOutAction->setText(tr("Sign out"));
    m_signOutAction->setToolTip(tr("Revoke this session and remove it from the keychain"));
    m_signOutEverywhereAction->setText(tr("Sign out and end the browser session"));
    retranslateSignedInPage();
}

void MainWindow::retranslateSignedInPage()
{
    if (!m_signedInPage)
        return;
    m_tabs->setTabText(0, tr("Profile"));
    m_tabs->setTabText(1, tr("Claims"));
    m_tabs->setTabText(2, tr("Token details"));
    m_signOut->setAccessibleName(tr("Sign out"));
}
