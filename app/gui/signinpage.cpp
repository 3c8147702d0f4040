// SPDX-License-Identifier: MIT
#include "signinpage.h"

#include "socialbutton.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SignInPage::SignInPage(QWidget *parent)
    : QWidget(parent)
    , m_logo(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tenant(new QLabel(this))
    , m_signIn(new QPushButton(this))
    , m_createAccount(new QPushButton(this))
    , m_settings(new QPushButton(this))
    , m_device(new QPushButton(this))
    , m_socialLayout(new QVBoxLayout)
{
    setObjectName(QStringLiteral("signInPage"));
    m_tenant->setObjectName(QStringLiteral("tenantLabel"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_createAccount->setObjectName(QStringLiteral("createAccountButton"));
    m_settings->setObjectName(QStringLiteral("openSettingsButton"));
    m_device->setObjectName(QStringLiteral("deviceSignInButton"));
    m_device->setVisible(false);

    m_logo->setPixmap(QIcon(QStringLiteral(":/icons/io.github.logtosignin.LogtoSignin.svg")).pixmap(72, 72));
    m_logo->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_subtitle->setAlignment(Qt::AlignCenter);
    m_subtitle->setWordWrap(true);
    m_tenant->setAlignment(Qt::AlignCenter);
    m_tenant->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QPushButton *button : {m_signIn, m_createAccount})
        button->setMinimumSize(220, 44);
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);
    m_settings->setFlat(true);
    m_socialLayout->setSpacing(10);

    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(m_logo);
    column->addWidget(m_title);
    column->addWidget(m_subtitle);
    column->addWidget(m_tenant);
    column->addSpacing(16);
    column->addWidget(m_signIn);
    column->addLayout(m_socialLayout);
    column->addWidget(m_createAccount);
    column->addWidget(m_device);
    column->addSpacing(8);
    column->addWidget(m_settings, 0, Qt::AlignHCenter);

    auto *centre = new QHBoxLayout;
    centre->addStretch();
    centre->addLayout(column);
    centre->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(centre);
    layout->addStretch(2);

    connect(m_signIn, &QPushButton::clicked, this, [this] { Q_EMIT signInRequested(Logto::SignInOptions()); });
    connect(m_createAccount, &QPushButton::clicked, this, [this] {
        Q_EMIT signInRequested(Logto::SignInOptions::createAccount());
    });
    connect(m_settings, &QPushButton::clicked, this, &SignInPage::settingsRequested);
    connect(m_device, &QPushButton::clicked, this, &SignInPage::deviceSignInRequested);
    retranslateUi();
}

void SignInPage::setDeviceSignInAvailable(bool available)
{
    m_device->setVisible(available);
}

void SignInPage::setTenant(const QString &tenant, bool configured)
{
    m_tenantText = tenant;
    m_configured = configured;
    m_signIn->setEnabled(configured);
    m_createAccount->setEnabled(configured);
    for (SocialButton *button : std::as_const(m_socialButtons))
        button->setEnabled(configured);
    retranslateUi();
}

void SignInPage::setSocialConnectors(const QList<Logto::SocialConnector> &connectors)
{
    // The window renders every state change: rebuilding the same buttons each time would redraw their logos.
    if (connectors == m_socialConnectors)
        return;
    m_socialConnectors = connectors;
    for (SocialButton *button : std::as_const(m_socialButtons)) {
        button->hide();
        button->deleteLater(); // a child of this page; it leaves the layout when destroyed
    }
    m_socialButtons.clear();
    for (const Logto::SocialConnector &connector : connectors) {
        const QString directSignIn = QStringLiteral("social:") + connector.target;
        if (!Logto::SignInOptions::validateDirectSignIn(directSignIn))
            continue;
        auto *button = new SocialButton(connector, this);
        button->setEnabled(m_configured);
        m_socialLayout->addWidget(button);
        m_socialButtons.append(button);
        connect(button, &QPushButton::clicked, this, [this, directSignIn] {
            Logto::SignInOptions options;
            options.directSignIn = directSignIn;
            Q_EMIT signInRequested(options);
        });
    }
    setTabOrder(m_signIn,
                m_socialButtons.isEmpty() ? static_cast<QWidget *>(m_createAccount) : m_socialButtons.first());
}

void SignInPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SignInPage::retranslateUi()
{
    m_title->setText(tr("Logto Sign-in"));
    m_subtitle->setText(tr("Sign in with your browser. Your session stays in the system keychain."));
    m_tenant->setText(m_configured ? tr("Tenant: %1").arg(m_tenantText)
                                   : tr("No Logto tenant is set up yet. Open Settings to add one."));
    m_signIn->setText(tr("Sign in"));
    m_signIn->setAccessibleName(tr("Sign in"));
    //: Opens Logto's registration page (first_screen=register).
    m_createAccount->setText(tr("Create account"));
    m_settings->setText(tr("Settings…"));
    m_device->setText(tr("Sign in with another device"));
}
