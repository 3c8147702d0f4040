// SPDX-License-Identifier: MIT
#pragma once

#include "error.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// An inline banner for failures: a plain explanation, a "Details" expander with what a
// developer needs (OAuth error, Logto code, which check failed), and the way forward.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Action { None, Retry, SignInAgain, OpenSettings };
    Q_ENUM(Action)

    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const Logto::Error &error, Action action);
    void clear();
    [[nodiscard]] Action action() const { return m_action; }
    [[nodiscard]] QString message() const;

    // The way forward for an error, as the window offers it.
    [[nodiscard]] static Action actionFor(const Logto::Error &error);

Q_SIGNALS:
    void actionTriggered(ErrorBanner::Action action);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon;
    QLabel *m_message;
    QLabel *m_details;
    QToolButton *m_toggle;
    QPushButton *m_actionButton;
    QToolButton *m_close;
    Action m_action = Action::None;
};
