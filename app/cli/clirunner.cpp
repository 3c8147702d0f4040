// SPDX-License-Identifier: MIT
#include "clirunner.h"

#include "buildinfo.h"
#include "claimscommand.h"
#include "command.h"
#include "devicesignincommand.h"
#include "doctorcommand.h"
#include "signincommand.h"
#include "signoutcommand.h"
#include "statuscommand.h"
#include "tokencommand.h"
#include "tokenstore.h"
#include "userinfocommand.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>

CliRunner::CliRunner(const CliOptions &options, QTextStream &out, QTextStream &err)
    : m_options(options)
    , m_out(out)
    , m_err(err)
{
}

ExitCode CliRunner::exec()
{
    Logto::TokenStore tokens(QString::fromLatin1(BuildInfo::AppId));
    std::unique_ptr<Command> command;
    if (m_options.command == QLatin1String("sign-in") && m_options.device)
        command = std::make_unique<DeviceSignInCommand>(m_options, &tokens, m_out, m_err);
    else if (m_options.command == QLatin1String("sign-in"))
        command = std::make_unique<SignInCommand>(m_options, &tokens, m_out, m_err);
    else if (m_options.command == QLatin1String("status"))
        command = std::make_unique<StatusCommand>(m_options, &tokens, m_out, m_err);
    else if (m_options.command == QLatin1String("claims"))
        command = std::make_unique<ClaimsCommand>(m_options, &tokens, m_out, m_err);
    else if (m_options.command == QLatin1String("userinfo"))
        command = std::make_unique<UserInfoCommand>(m_options, &tokens, m_out, m_err);
    else if (m_options.command == QLatin1String("token"))
        command = std::make_unique<TokenCommand>(m_options, &tokens, m_out, m_err);
    else if (m_options.command == QLatin1String("sign-out"))
        command = std::make_unique<SignOutCommand>(m_options, &tokens, m_out, m_err);
    else if (m_options.command == QLatin1String("doctor"))
        command = std::make_unique<DoctorCommand>(m_options, &tokens, m_out, m_err);
    Q_ASSERT(command); // CommandLine accepts only these

    ExitCode result = ExitCode::Failure;
    QEventLoop loop;
    QObject::connect(command.get(), &Command::finished, &loop, [&loop, &result](ExitCode code) {
        result = code;
        loop.quit();
    });
    QTimer::singleShot(0, command.get(), &Command::start);
    loop.exec();
    return result;
}
