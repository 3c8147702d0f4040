// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

#include <optional>

namespace Logto {
class DeviceSignInFlow;
class SessionManager;
class TokenStore;
struct DeviceAuthorization;
} // namespace Logto

class InterruptWatcher;

// `sign-in --device`: the device flow (RFC 8628). The code, the link and (on a terminal) a QR
// code go to stderr; stdout gets the verified ID-token claims, as after `sign-in`. The session
// is kept in the keychain under the device-flow app's id, so status, token and sign-out work on
// it unchanged. Ctrl-C (SIGINT), SIGTERM and --timeout end it with exit 4, storing nothing.
class DeviceSignInCommand : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceSignInCommand)

public:
    // `terminalColumns`: the width of the terminal on stderr, nullopt when stderr is not one
    // (then no QR code is drawn). By default, asked of stderr.
    DeviceSignInCommand(const CliOptions &options,
                        Logto::TokenStore *tokens,
                        QTextStream &out,
                        QTextStream &err,
                        QObject *parent = nullptr,
                        std::optional<int> terminalColumns = stderrColumns());

    void start() override;

    // The drawing fits this many columns at most, whatever the terminal's width.
    static constexpr int MaximumColumns = 80;
    [[nodiscard]] static std::optional<int> stderrColumns();

private:
    void showCode(const Logto::DeviceAuthorization &authorization);

    Logto::SessionManager *m_session;
    Logto::DeviceSignInFlow *m_flow;
    Logto::TokenStore *m_tokens;
    InterruptWatcher *m_interrupts;
    std::optional<int> m_terminalColumns;
};
