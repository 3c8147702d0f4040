// SPDX-License-Identifier: MIT
#pragma once

// Exit codes of the command-line contract (shared/cli-contract.md); tests assert each one.
enum class ExitCode : int {
    Success = 0,
    Failure = 1,
    Usage = 2,
    NotSignedIn = 3,
    TimedOut = 4,
};
