// SPDX-License-Identifier: MIT
#include "errorbanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_details(new QLabel(this))
    , m_toggle(new QToolButton(this))
    , m_actionButton(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_toggle->setObjectName(QStringLiteral("errorDetailsToggle"));
    m_actionButton->setObjectName(QStringLiteral("errorAction"));
    m_close->setObjectName(QStringLiteral("errorClose"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    const bool dark = tinted.color(QPalette::Window).lightness() < 128;
    tinted.setColor(QPalette::Window, dark ? QColor(0x5c, 0x1f, 0x1f) : QColor(0xfd, 0xec, 0xea));
    tinted.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xe3, 0xe0) : QColor(0x5f, 0x12, 0x0b));
    setPalette(tinted);

    m_icon->setFixedSize(24, 24); // its picture comes with the first error (see showError)
    m_icon->setAlignment(Qt::AlignTop);
    m_message->setWordWrap(true);
    // Provider-controlled text (error_description) is text, never markup or links.
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleDescription(QString());
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setVisible(false);
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("×"));

    auto *text = new QVBoxLayout;
    text->addWidget(m_message);
    text->addWidget(m_toggle, 0, Qt::AlignLeft);
    text->addWidget(m_details);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(m_actionButton, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_toggle, &QToolButton::toggled, this, [this](bool open) {
        m_details->setVisible(open);
        m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_actionButton, &QPushButton::clicked, this, [this] { Q_EMIT actionTriggered(m_action); });
    connect(m_close, &QToolButton::clicked, this, &ErrorBanner::clear);
    retranslateUi();
    setVisible(false);
}

ErrorBanner::Action ErrorBanner::actionFor(const Logto::Error &error)
{
    switch (error.code) {
    case Logto::Error::Code::InvalidInput:
        return Action::OpenSettings;
    case Logto::Error::Code::NotSignedIn:
    case Logto::Error::Code::Verification:
    case Logto::Error::Code::Provider:
    case Logto::Error::Code::Timeout:
    case Logto::Error::Code::Cancelled:
        return Action::SignInAgain;
    case Logto::Error::Code::Network:
    case Logto::Error::Code::KeychainLocked:
        return Action::Retry;
    case Logto::Error::Code::KeychainUnavailable:
        return Action::None;
    }
    return Action::None;
}

void ErrorBanner::showError(const Logto::Error &error, Action action)
{
    // Rasterising the theme's icon costs milliseconds at start-up for a banner that usually never shows.
    if (m_icon->pixmap().isNull())
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    m_action = action;
    m_message->setText(error.message);
    QStringList details;
    if (!error.oauthError.isEmpty())
        details << tr("OAuth error: %1").arg(error.oauthError);
    if (!error.providerCode.isEmpty())
        details << tr("Logto code: %1").arg(error.providerCode);
    if (error.httpStatus)
        details << tr("HTTP status: %1").arg(error.httpStatus);
    if (!error.detail.isEmpty())
        details << error.detail;
    m_details->setText(details.join(QLatin1Char('\n')));
    m_toggle->setVisible(!details.isEmpty());
    m_toggle->setChecked(false);
    retranslateUi();
    setVisible(true);
}

void ErrorBanner::clear()
{
    m_action = Action::None;
    m_message->clear();
    m_details->clear();
    setVisible(false);
}

QString ErrorBanner::message() const
{
    return m_message->text();
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ErrorBanner::retranslateUi()
{
    //: Expands the technical details of an error.
    m_toggle->setText(tr("Details"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    switch (m_action) {
    case Action::Retry:
        m_actionButton->setText(tr("Try again"));
        break;
    case Action::SignInAgain:
        m_actionButton->setText(tr("Sign in again"));
        break;
    case Action::OpenSettings:
        m_actionButton->setText(tr("Open settings"));
        break;
    case Action::None:
        break;
    }
    m_actionButton->setVisible(m_action != Action::None);
}
