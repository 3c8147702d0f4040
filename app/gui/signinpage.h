// SPDX-License-Identifier: MIT
#pragma once

#include "signinexperience.h"
#include "signinoptions.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;
class SocialButton;

// Signed out: the app's name, the tenant, Sign in, Create account and a "Continue with ..."
// button per social connector it is given (AppController::socialConnectors(): the tenant's).
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(QWidget *parent = nullptr);

    void setTenant(const QString &tenant, bool configured);
    void setSocialConnectors(const QList<Logto::SocialConnector> &connectors);
    // "Sign in with another device": shown when the tenant offers the device flow and Settings
    // name a device-flow app.
    void setDeviceSignInAvailable(bool available);

Q_SIGNALS:
    void signInRequested(const Logto::SignInOptions &options);
    void settingsRequested();
    void deviceSignInRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_logo;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_tenant;
    QPushButton *m_signIn;
    QPushButton *m_createAccount;
    QPushButton *m_settings;
    QPushButton *m_device;
    QVBoxLayout *m_socialLayout;
    QList<SocialButton *> m_socialButtons;
    QList<Logto::SocialConnector> m_socialConnectors;
    QString m_tenantText;
    bool m_configured = false;
};
