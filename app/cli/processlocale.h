// SPDX-License-Identifier: MIT
#pragma once

// The process's C locale, set up before Q(Core)Application exists.
//
// Qt reads text from the C library in the locale's character set and needs UTF-8. When the
// environment names no locale (cron, systemd, `env -i`) or one that is not installed (LANG=th_TH.UTF-8
// without the generated locale, common in containers), Qt 6.5 and later switch LC_CTYPE to UTF-8
// themselves and print a four-line warning on stderr, which breaks the command line's contract
// (a failure is one `error:` line); Qt 6.4 switched without a word. useUtf8Codeset() makes the same
// switch first, quietly, so the program behaves the same on every Qt 6. Only LC_CTYPE changes:
// the language shown still comes from LANGUAGE, LC_MESSAGES and LANG, which Qt reads itself.
class ProcessLocale
{
public:
    static void useUtf8Codeset();
};
