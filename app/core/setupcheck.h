// SPDX-License-Identifier: MIT
#pragma once

#include "httpclient.h"
#include "oidcconfig.h"
#include "result.h"
#include "signinexperience.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace Logto {

class DiscoveryDocument;
class TokenStore;

// One line of the set-up checklist. `detail` says what was found, `fix` what a person can do
// about a failure (the Logto Console path when that is the fix). Neither ever holds a secret.
struct SetupCheckResult
{
    enum class Status {
        Passed,
        Failed,
        Note, // worth knowing, not a failure (e.g. no stored session, no display)
        Skipped, // not run because an earlier check failed
    };

    QString id; // stable, for scripts: endpoint, discovery, app, redirect, refresh, keychain, ...
    Status status = Status::Skipped;
    QString title;
    QString detail;
    QString fix;

    [[nodiscard]] bool ok() const { return status == Status::Passed || status == Status::Note; }
};

// Checks that this machine and a Logto tenant are set up for signing in, without opening a
// browser: the endpoint answers, discovery and its issuer, the app id and its loopback
// redirect (probed with a pushed authorization request that is never used), refresh tokens,
// the social sign-ins the tenant offers (its public sign-in experience), the keychain (a probe
// entry written, read back and deleted), a browser, a display, a loopback listener, the clock
// against the provider's, and the stored session (from the index, no secrets). Used by
// `logto-signin doctor` and the window's "Check setup", which show the results in the same words
// (line(), fixLine(), summary()).
class SetupCheck : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupCheck)

public:
    using Results = QList<SetupCheckResult>;

    // `endpoint` as the person typed it: an invalid one is the first failed check, not an error.
    SetupCheck(const QString &endpoint, const QString &appId, TokenStore *tokens, QObject *parent = nullptr);
    ~SetupCheck() override;

    void setNetworkTimeout(std::chrono::milliseconds timeout);
    void setScopes(const QStringList &scopes) { m_scopes = scopes; }
    void setResources(const QStringList &resources) { m_resources = resources; }
    // BROWSER, PATH, DISPLAY, WAYLAND_DISPLAY, XDG_RUNTIME_DIR come from here (default: this process's).
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    // A social target the person means to use (sign-in --apple: "apple"): the social check fails
    // when the tenant does not offer it.
    void setRequiredSocialTarget(const QString &target) { m_requiredSocialTarget = target; }

    // Runs every check once, in order; `done` gets one result per check.
    void run(std::function<void(const Results &)> done);

    // The ids, in the order the checklist shows them.
    [[nodiscard]] static QStringList checkIds();
    [[nodiscard]] static bool allOk(const Results &results);
    [[nodiscard]] static QString statusName(SetupCheckResult::Status status);

    // The tenant's sign-in experience, when the last run could read it.
    [[nodiscard]] std::optional<SignInExperience> signInExperience() const { return m_experience; }

    // The checklist's words, for doctor and the window alike. Details and fixes quote the
    // provider (error_description): control characters never reach a terminal or a label.
    [[nodiscard]] static QString mark(SetupCheckResult::Status status); // ✓ ✗ – ·
    [[nodiscard]] static QString printable(QString text);
    // "✓ Title: detail"
    [[nodiscard]] static QString line(const SetupCheckResult &result);
    // "Fix: ..." for a check that did not pass and has a fix, else empty.
    [[nodiscard]] static QString fixLine(const SetupCheckResult &result);
    // "Every check passed." or "N checks did not pass."
    [[nodiscard]] static QString summary(const Results &results);

private:
    void set(const QString &id, SetupCheckResult::Status status, const QString &detail, const QString &fix = {});
    void skip(const QStringList &ids, const QString &why);
    [[nodiscard]] QString titleFor(const QString &id) const;

    void lookUpHost();
    void fetchDiscovery();
    void onDiscovery(const Result<HttpResponse> &response);
    void probeAuthorization(const DiscoveryDocument &discovery);
    void onProbe(const Result<void> &response, const QString &redirect);
    void checkSocial();
    void onSignInExperience(const Result<SignInExperience> &experience);
    void checkKeychain();
    void checkStoredSession(bool keychainUsable);
    void checkBrowser();
    void checkDisplay();
    void checkLoopback();
    void checkClock();
    void finish();

    const QString m_endpointText;
    const QString m_appId;
    TokenStore *m_tokens;
    HttpClient *m_http;
    OidcConfig m_config;
    bool m_endpointValid = false;
    QStringList m_scopes;
    QStringList m_resources;
    QProcessEnvironment m_environment;
    QString m_requiredSocialTarget;
    std::optional<SignInExperience> m_experience;
    QDateTime m_serverDate;
    QDateTime m_serverDateReceived;
    QMap<QString, SetupCheckResult> m_results;
    std::function<void(const Results &)> m_done;
};

} // namespace Logto
