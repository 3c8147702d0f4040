// SPDX-License-Identifier: MIT
#pragma once

#include "oidcconfig.h"
#include "signinoptions.h"

#include <QString>

#include <chrono>

// Everything the command line asked for, validated (see CommandLine).
struct CliOptions
{
    QString command;
    QString endpointInput; // as given, before validation (doctor reports a bad one as a check)
    Logto::OidcConfig config;
    Logto::SignInOptions signIn;
    bool noBrowser = false;
    bool noPar = false; // sign-in: the plain authorization request even when PAR is offered
    bool device = false; // sign-in --device: the device flow (RFC 8628)
    std::chrono::seconds timeout{300};
    std::chrono::seconds minValidity{60}; // refresh margin for access tokens
    std::chrono::seconds networkTimeout{15};
    quint16 port = 0;
    bool all = false; // status --all
    bool browser = false; // sign-out --browser
    bool json = false; // doctor --json
    QString tokenResource; // token --resource
    QString tokenOrganization; // token --organization
};
