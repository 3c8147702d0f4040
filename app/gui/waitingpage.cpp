// SPDX-License-Identifier: MIT
#include "waitingpage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

WaitingPage::WaitingPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_openAgain(new QPushButton(this))
    , m_copyLink(new QPushButton(this))
    , m_copied(new QLabel(this))
{
    setObjectName(QStringLiteral("waitingPage"));
    m_heading->setObjectName(QStringLiteral("waitingHeading"));
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_openAgain->setObjectName(QStringLiteral("openBrowserAgainButton"));
    m_copyLink->setObjectName(QStringLiteral("copyLinkButton"));
    m_copied->setObjectName(QStringLiteral("linkCopiedLabel"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignCenter);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_countdown->setAlignment(Qt::AlignCenter);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_copied->setAlignment(Qt::AlignCenter);
    m_copied->setWordWrap(true);
    m_copied->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_openAgain);
    buttons->addWidget(m_copyLink);
    buttons->addWidget(m_cancel);
    buttons->addStretch();

    // A card of natural height, centred: wrapped labels would otherwise take the spare room.
    auto *card = new QWidget(this);
    card->setMaximumWidth(600);
    auto *column = new QVBoxLayout(card);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(12);
    column->addWidget(m_heading);
    column->addWidget(m_explanation);
    column->addWidget(m_progress);
    column->addWidget(m_countdown);
    column->addSpacing(8);
    column->addLayout(buttons);
    column->addWidget(m_copied);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 6);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    m_copiedTimer.setSingleShot(true);
    m_copiedTimer.setInterval(5000);
    connect(&m_copiedTimer, &QTimer::timeout, m_copied, &QLabel::clear);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &WaitingPage::tick);
    connect(m_cancel, &QPushButton::clicked, this, &WaitingPage::cancelRequested);
    connect(m_openAgain, &QPushButton::clicked, this, &WaitingPage::openBrowserRequested);
    connect(m_copyLink, &QPushButton::clicked, this, &WaitingPage::copyLinkRequested);
    // Escape cancels, as the Cancel button does, wherever the focus is in the window. The
    // shortcut lives only while this page is on screen; not a shortcut on the button itself,
    // which setText() would reset.
    auto *escape = new QShortcut(QKeySequence::Cancel, this);
    escape->setObjectName(QStringLiteral("cancelShortcut"));
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_cancel->isEnabled())
            m_cancel->animateClick();
    });
    retranslateUi();
}

void WaitingPage::start(int totalSeconds, std::function<int()> secondsLeft)
{
    m_completing = false;
    m_total = std::max(totalSeconds, 1);
    m_secondsLeft = std::move(secondsLeft);
    m_progress->setRange(0, m_total);
    for (QPushButton *button : {m_openAgain, m_copyLink, m_cancel})
        button->setEnabled(true);
    m_ticker.start();
    tick();
}

void WaitingPage::showLinkCopied()
{
    m_copiedTimer.start();
    retranslateUi();
}

void WaitingPage::showCompleting()
{
    m_completing = true;
    m_ticker.stop();
    m_progress->setRange(0, 0); // busy
    m_openAgain->setEnabled(false);
    m_copyLink->setEnabled(false);
    m_cancel->setEnabled(false);
    retranslateUi();
}

void WaitingPage::stop()
{
    m_ticker.stop();
    m_copiedTimer.stop();
    m_copied->clear();
}

void WaitingPage::tick()
{
    m_left = m_secondsLeft ? m_secondsLeft() : 0;
    m_progress->setValue(m_left);
    retranslateUi();
}

void WaitingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WaitingPage::retranslateUi()
{
    if (m_completing) {
        m_heading->setText(tr("Finishing sign-in…"));
        m_explanation->setText(tr("Checking the answer from Logto and loading your profile."));
        m_countdown->clear();
    } else {
        m_heading->setText(tr("Continue in your browser"));
        m_explanation->setText(tr("Your browser opened Logto's sign-in page. Sign in there, then come back: this "
                                  "window updates by itself."));
        const int minutes = m_left / 60;
        const int seconds = m_left % 60;
        //: Countdown while waiting for the browser; %1 is minutes:seconds, e.g. 4:59.
        m_countdown->setText(
            tr("Time left: %1").arg(QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'))));
    }
    m_cancel->setText(tr("Cancel"));
    m_openAgain->setText(tr("Open browser again"));
    m_copyLink->setText(tr("Copy sign-in link"));
    m_copyLink->setToolTip(tr("Copy the link and paste it into any browser on this computer."));
    if (m_copiedTimer.isActive())
        m_copied->setText(tr("Sign-in link copied. Paste it into your browser."));
}
