// SPDX-License-Identifier: MIT
#pragma once

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

// Waiting for the browser: what is happening, a visible countdown, Cancel, Open browser
// again and Copy sign-in link (for when the browser did not open). Never blocks the window.
class WaitingPage : public QWidget
{
    Q_OBJECT

public:
    explicit WaitingPage(QWidget *parent = nullptr);

    // `secondsLeft` is polled once a second while the page is active.
    void start(int totalSeconds, std::function<int()> secondsLeft);
    void showCompleting();
    void stop();
    // Confirms "Copy sign-in link" next to its button for a few seconds.
    void showLinkCopied();

Q_SIGNALS:
    void cancelRequested();
    void openBrowserRequested();
    void copyLinkRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void tick();
    void retranslateUi();

    QLabel *m_heading;
    QLabel *m_explanation;
    QLabel *m_countdown;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_openAgain;
    QPushButton *m_copyLink;
    QLabel *m_copied;
    QTimer m_ticker;
    QTimer m_copiedTimer;
    std::function<int()> m_secondsLeft;
    int m_total = 0;
    int m_left = 0;
    bool m_completing = false;
};
