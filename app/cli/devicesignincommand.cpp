// SPDX-License-Identifier: MIT
#include "devicesignincommand.h"

#include "devicesigninflow.h"
#include "interruptwatcher.h"
#include "qrcode.h"
#include "sessionmanager.h"
#include "sessionstore.h"
#include "tokenstore.h"

#include <QJsonObject>

#include <sys/ioctl.h>
#include <unistd.h>

DeviceSignInCommand::DeviceSignInCommand(const CliOptions &options,
                                         Logto::TokenStore *tokens,
                                         QTextStream &out,
                                         QTextStream &err,
                                         QObject *parent,
                                         std::optional<int> terminalColumns)
    : Command(options, out, err, parent)
    , m_session(new Logto::SessionManager(options.config, tokens, this))
    , m_flow(new Logto::DeviceSignInFlow(options.config, m_session->provider(), this))
    , m_tokens(tokens)
    , m_interrupts(new InterruptWatcher(this))
    , m_terminalColumns(terminalColumns)
{
    m_flow->setTimeout(options.timeout);
    m_flow->setNetworkTimeout(options.networkTimeout);
    m_flow->setPersist([this](const Logto::SignInResult &result, auto done) {
        if (result.tokens.refreshToken.isEmpty()) {
            m_err << tr("warning: the server issued no refresh token, so the session was not kept") << Qt::endl;
            done({});
            return;
        }
        m_session->adopt(result, done);
    });
    connect(m_flow, &Logto::DeviceSignInFlow::codeReady, this, &DeviceSignInCommand::showCode);
    connect(m_flow, &Logto::DeviceSignInFlow::succeeded, this, [this](const Logto::SignInResult &result) {
        printJson(result.idToken.claims);
        succeed();
    });
    connect(m_flow, &Logto::DeviceSignInFlow::failed, this, [this](const Logto::Error &error) { fail(error); });
    // The flow drops whatever is in flight: a poll answered after this stores nothing.
    connect(m_interrupts, &InterruptWatcher::interrupted, m_flow, &Logto::DeviceSignInFlow::cancel);
}

std::optional<int> DeviceSignInCommand::stderrColumns()
{
    if (!::isatty(STDERR_FILENO))
        return std::nullopt;
    winsize size{};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_col == 0)
        return MaximumColumns;
    return static_cast<int>(size.ws_col);
}

void DeviceSignInCommand::start()
{
    // As `sign-in`: learn whether there is a keychain before the person does anything.
    m_tokens->read(Logto::SessionStore::refreshTokenKey(m_options.config.issuer(), m_options.config.appId()),
                   [this](const Logto::Result<QString> &probe) {
                       if (!probe && probe.error().code == Logto::Error::Code::KeychainUnavailable) {
                           fail(probe.error());
                           return;
                       }
                       m_flow->start();
                   });
}

void DeviceSignInCommand::showCode(const Logto::DeviceAuthorization &authorization)
{
    // The user code and the links are safe to show (the device code is never printed).
    m_err << tr("To sign in, open this link on a phone or another computer:") << Qt::endl
          << QStringLiteral("  ") << authorization.verificationUri.toString(QUrl::FullyEncoded) << Qt::endl
          << tr("and enter this code:") << Qt::endl
          << QStringLiteral("  ") << Logto::DeviceAuthorization::groupedUserCode(authorization.userCode) << Qt::endl;
    const QUrl complete = authorization.verificationUriComplete;
    if (m_terminalColumns && !complete.isEmpty()) {
        const auto code = QrCode::encode(complete.toString(QUrl::FullyEncoded).toUtf8());
        const int width = std::min(*m_terminalColumns, MaximumColumns);
        if (code && code->columns() <= width) {
            m_err << tr("Or scan this QR code, which fills in the code:") << Qt::endl;
            for (const QString &line : code->toHalfBlocks(4, true))
                m_err << line << Qt::endl;
        } else {
            m_err << tr("(The QR code does not fit this terminal; use the link and the code.)") << Qt::endl;
        }
    }
    const auto wait = std::min(m_options.timeout, authorization.expiresIn);
    m_err << tr(
        "Waiting for the other device (up to %n second(s); Ctrl-C cancels)…", nullptr, static_cast<int>(wait.count()))
          << Qt::endl;
}
