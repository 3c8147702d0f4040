// SPDX-License-Identifier: MIT
#include "tokencommand.h"

#include "sessionmanager.h"

void TokenCommand::start()
{
    m_session->accessToken(
        [this](const Logto::Result<Logto::AccessToken> &token) {
            if (!token) {
                fail(token.error());
                return;
            }
            m_out << token.value().token << Qt::endl;
            succeed();
        },
        m_options.tokenResource,
        m_options.tokenOrganization);
}
