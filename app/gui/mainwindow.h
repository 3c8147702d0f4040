// SPDX-License-Identifier: MIT
#pragma once

#include "appcontroller.h"

#include <QMainWindow>

class ClaimsView;
class ErrorBanner;
class LanguageManager;
class ProfilePage;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class SignInPage;
class TokenDetailsView;
class WaitingPage;
class DevicePage;

// The window: renders AppController's state (signed out, waiting for the browser, signed in
// with profile, claims and token details) and turns clicks into controller calls.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(AppController *controller, LanguageManager *languages, QWidget *parent = nullptr);

    void openSettings();

Q_SIGNALS:
    // The window's first frame is on screen (or, if it is never painted, a second after show()):
    // work that can wait for it may start now. Emitted once.
    void firstFrameShown();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // Pages are built when first needed: only the one on screen is paid for before the first frame.
    SignInPage *signInPage();
    WaitingPage *waitingPage();
    DevicePage *devicePage();
    QWidget *busyPage();
    QWidget *signedInPage();
    void prepareSignedInPage();
    void onFirstFrame();
    void createMenus();
    void render(AppController::State state);
    void renderProfile();
    void onBannerAction(int action);
    void retranslateUi();
    void retranslateSignedInPage();

    AppController *const m_controller;
    LanguageManager *const m_languages;
    SignInPage *m_signInPage = nullptr;
    WaitingPage *m_waitingPage = nullptr;
    DevicePage *m_devicePage = nullptr;
    QWidget *m_busyPage = nullptr;
    QLabel *m_busyLabel = nullptr;
    QWidget *m_signedInPage = nullptr;
    QTabWidget *m_tabs = nullptr;
    ProfilePage *m_profilePage = nullptr;
    ClaimsView *m_claimsView = nullptr;
    TokenDetailsView *m_tokenDetails = nullptr;
    QToolButton *m_signOut = nullptr;
    bool m_firstFrameShown = false;
    QAction *m_signOutAction = nullptr;
    QAction *m_signOutEverywhereAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    // Last: creating them as children sends events to event(), which reads the members above.
    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
};
