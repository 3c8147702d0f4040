// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"
#include "setupcheck.h"

#include <QDialog>

#include <chrono>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace Logto {
class TokenStore;
} // namespace Logto

// Settings → "Check setup": `logto-signin doctor` in the window. The same checks (SetupCheck)
// on the endpoint, app ID, scopes and resources the Settings dialog shows now, in the same
// words: one line per check with ✓ or ✗, the fix under each one that did not pass, and the
// summary. The checks run in the background, with a busy indicator and an overall deadline.
class SetupCheckDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SetupCheckDialog(const AppSettings &settings, QWidget *parent = nullptr);
    ~SetupCheckDialog() override;

    // Runs the checks (again); the last run's lines stay until the new ones are in.
    void start();
    [[nodiscard]] bool isRunning() const { return static_cast<bool>(m_check); }
    [[nodiscard]] Logto::SetupCheck::Results results() const { return m_results; }

    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    void setNetworkTimeout(std::chrono::milliseconds timeout) { m_networkTimeout = timeout; }

Q_SIGNALS:
    void checksFinished(); // with results, or at the deadline without

protected:
    void changeEvent(QEvent *event) override;

private:
    void stop();
    void showResults(const Logto::SetupCheck::Results &results);
    void showTimedOut();
    void retranslateUi();
    [[nodiscard]] static QString statusWord(Logto::SetupCheckResult::Status status);

    const AppSettings m_settings;
    std::chrono::milliseconds m_deadline{60000};
    std::chrono::milliseconds m_networkTimeout{10000};
    Logto::SetupCheck::Results m_results;
    bool m_timedOut = false;
    quint64 m_run = 0; // a run's results come back only if it is still the current one

    // One run. The store goes first (declared last): its pending callbacks, which call into the
    // check, are dropped with it.
    std::unique_ptr<Logto::SetupCheck> m_check;
    std::unique_ptr<Logto::TokenStore> m_tokens;
    QTimer *m_timer;

    QLabel *m_intro;
    QProgressBar *m_busy;
    QLabel *m_busyLabel;
    QWidget *m_list;
    QVBoxLayout *m_listLayout;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QPushButton *m_again;
    QPushButton *m_close;
};
