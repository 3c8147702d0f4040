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

// The window: renders AppController's state (signed out, waiting for the browser, signed in
// with profile, claims and token details) and turns clicks into controller calls.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(AppController *controller, LanguageManager *languages, QWidget *parent = nullptr);

    void openSettings();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void render(AppController::State state);
    void renderProfile();
    void onBannerAction(int action);
    void retranslateUi();

    AppController *const m_controller;
    LanguageManager *const m_languages;
    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
    SignInPage *m_signInPage;
    WaitingPage *m_waitingPage;
    QWidget *m_busyPage;
    QLabel *m_busyLabel;
    QWidget *m_signedInPage;
    QTabWidget *m_tabs;
    ProfilePage *m_profilePage;
    ClaimsView *m_claimsView;
    TokenDetailsView *m_tokenDetails;
    QToolButton *m_signOut;
    QAction *m_signOutAction = nullptr;
    QAction *m_signOutEverywhereAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};
