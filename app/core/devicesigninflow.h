// SPDX-License-Identifier: MIT
#pragma once

#include "error.h"
#include "oidcconfig.h"
#include "result.h"
#include "signinflow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

namespace Logto {

class OidcProvider;
class TokenClient;

// What the device authorization endpoint answered (RFC 8628 §3.2), minus the device code,
// which never leaves DeviceSignInFlow: it is a credential, and is neither shown nor logged.
struct DeviceAuthorization
{
    QString userCode; // as the provider sent it; display it with groupedUserCode()
    QUrl verificationUri;
    QUrl verificationUriComplete; // the code pre-filled; may be empty
    std::chrono::seconds expiresIn{0};
    std::chrono::seconds interval{5}; // RFC 8628's default when the answer has none (Logto sends none)
    QDateTime expiresAt;

    // Parses the answer; the device code goes to `deviceCode`. Checks the URLs' transport.
    [[nodiscard]] static Result<DeviceAuthorization> fromJson(const QJsonObject &json, QString *deviceCode);
    // The user code in groups of four for reading aloud ("WDJBMJHT" → "WDJB-MJHT").
    [[nodiscard]] static QString groupedUserCode(const QString &userCode);
};

// A sign-in through another device (RFC 8628): the device code is requested, the person opens the
// link (or scans the QR code) on a phone and enters the code there, and the token endpoint is
// polled until they finish. The result is verified and persisted exactly like SignInFlow's
// (the same SignInResult, the same persist hook), under the device-flow app's id.
//
// Logto revokes the whole grant when a device code that already gave tokens is polled again
// (shared Logto facts: Device flow), so polling is single-flight: the next poll is scheduled only
// when the previous answer has arrived, and nothing is polled after the first success.
class DeviceSignInFlow : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceSignInFlow)

public:
    using PersistCallback = SignInFlow::PersistCallback;

    explicit DeviceSignInFlow(const OidcConfig &config, QObject *parent = nullptr);
    // With a shared provider (e.g. SessionManager::provider()); not owned, must outlive the run.
    DeviceSignInFlow(const OidcConfig &config, OidcProvider *provider, QObject *parent = nullptr);
    ~DeviceSignInFlow() override;

    // Give up after this long (Error::Code::Timeout), or when the code expires, whichever is first.
    void setTimeout(std::chrono::seconds timeout) { m_timeout = timeout; }
    void setNetworkTimeout(std::chrono::seconds timeout);
    void setClockSkew(std::chrono::seconds skew);
    void setPersist(PersistCallback persist) { m_persist = std::move(persist); }

    void start();
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const DeviceAuthorization &authorization() const { return m_authorization; }
    // The current polling interval (grows by 5 s on every slow_down).
    [[nodiscard]] std::chrono::seconds interval() const { return m_interval; }
    [[nodiscard]] int pollCount() const { return m_polls; }
    [[nodiscard]] std::chrono::seconds remainingTime() const;

Q_SIGNALS:
    // Show the code and the link (and a QR code of verificationUriComplete) to the person.
    void codeReady(const Logto::DeviceAuthorization &authorization);
    void intervalChanged(std::chrono::seconds interval); // after slow_down
    void verified(const Logto::SignInResult &result);
    void succeeded(const Logto::SignInResult &result);
    void failed(const Logto::Error &error);

private:
    void onDiscovery(const DiscoveryDocument &discovery);
    void onAuthorization(const Result<QJsonObject> &answer);
    void poll();
    void onPollAnswer(Result<TokenResponse> tokens);
    void verify(const TokenResponse &tokens);
    void complete(const SignInResult &result);
    void fail(const Error &error);

    const OidcConfig m_config;
    OidcProvider *m_provider;
    TokenClient *m_tokenClient;
    PersistCallback m_persist;
    DeviceAuthorization m_authorization;
    QString m_deviceCode; // a credential: never shown, never logged
    QTimer m_pollTimer;
    QTimer m_deadline;
    std::chrono::seconds m_timeout{300};
    std::chrono::seconds m_clockSkew{300};
    std::chrono::seconds m_interval{5};
    bool m_running = false;
    bool m_polling = false; // a poll is in flight: never a second one
    bool m_tokensReceived = false; // the code gave tokens: never poll it again
    bool m_timedOut = false; // the deadline was --timeout, not the code's expiry
    int m_polls = 0;
    int m_networkFailures = 0;
};

} // namespace Logto

Q_DECLARE_METATYPE(Logto::DeviceAuthorization)
