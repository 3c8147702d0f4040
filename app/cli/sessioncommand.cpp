// SPDX-License-Identifier: MIT
#include "sessioncommand.h"

#include "sessionmanager.h"

SessionCommand::SessionCommand(
    const CliOptions &options, Logto::TokenStore *tokens, QTextStream &out, QTextStream &err, QObject *parent)
    : Command(options, out, err, parent)
    , m_session(new Logto::SessionManager(options.config, tokens, this))
{
    m_session->setRefreshMargin(options.minValidity);
    m_session->setNetworkTimeout(options.networkTimeout);
}
