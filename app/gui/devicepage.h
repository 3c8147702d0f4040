// SPDX-License-Identifier: MIT
#pragma once

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace Logto {
struct DeviceAuthorization;
}

// "Sign in with another device" while it waits: the code to type on the phone (grouped for
// reading aloud), a QR code of the link with the code filled in, the link itself, a countdown
// to the code's expiry, and Cancel. The profile follows when the other device finishes.
class DevicePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevicePage)

public:
    explicit DevicePage(QWidget *parent = nullptr);

    void start(const Logto::DeviceAuthorization &authorization, std::function<int()> secondsLeft);
    void stop();

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void tick();

    QLabel *m_title;
    QLabel *m_instructions;
    QLabel *m_link;
    QLabel *m_code;
    QLabel *m_qr;
    QLabel *m_countdown;
    QPushButton *m_cancel;
    QTimer m_ticker;
    std::function<int()> m_secondsLeft;
};
