// SPDX-License-Identifier: MIT
#include "userinfocommand.h"

#include "sessionmanager.h"

void UserInfoCommand::start()
{
    m_session->userInfo([this](const Logto::Result<QJsonObject> &info) {
        if (!info) {
            fail(info.error());
            return;
        }
        printJson(info.value());
        succeed();
    });
}
