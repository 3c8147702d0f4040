// SPDX-License-Identifier: MIT
#include "claimscommand.h"

#include "sessionmanager.h"

void ClaimsCommand::start()
{
    m_session->idToken([this](const Logto::Result<Logto::VerifiedIdToken> &token) {
        if (!token) {
            fail(token.error());
            return;
        }
        printJson(token.value().claims);
        succeed();
    });
}
