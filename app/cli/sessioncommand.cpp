// SPDX-License-Identifier: MIT
#include "sessioncommand.h"

#include "sessionmanager.h"

#include <QTimer>

SessionCommand::SessionCommand(
    const CliOptions &options, Logto::TokenStore *tokens, QTextStream &out, QTextStream &err, QObject *parent)
    : Command(options, out, err, parent)
    , m_session(new Logto::SessionManager(options.config, tokens, this))
{
    m_session->setRefreshMargin(options.minValidity);
    m_session->setNetworkTimeout(options.networkTimeout);
}

namespace {
constexpr int SaveAttempts = 3;
constexpr std::chrono::milliseconds SaveRetryDelay{1000};
} // namespace

void SessionCommand::succeed()
{
    saveThen([this] { Command::succeed(); }, SaveAttempts);
}

void SessionCommand::fail(const Logto::Error &error)
{
    saveThen([this, error] { Command::fail(error); }, SaveAttempts);
}

void SessionCommand::saveThen(const std::function<void()> &then, int attemptsLeft)
{
    if (!m_session->hasUnsavedTokens()) {
        then();
        return;
    }
    if (!m_warned) {
        m_warned = true;
        m_err << "warning: " << tr("the keychain did not take the renewed sign-in; trying again") << Qt::endl;
    }
    m_session->saveUnsaved([this, then, attemptsLeft](const Logto::Result<void> &saved) {
        if (saved && !m_session->hasUnsavedTokens()) {
            then();
            return;
        }
        if (attemptsLeft <= 1) {
            const QString why = saved ? QString() : saved.error().message;
            m_err << "warning: "
                  << tr("the renewed sign-in could not be saved in the keychain (%1): the next command will have "
                        "to sign in again")
                         .arg(why)
                  << Qt::endl;
            then();
            return;
        }
        QTimer::singleShot(SaveRetryDelay, this, [this, then, attemptsLeft] { saveThen(then, attemptsLeft - 1); });
    });
}
