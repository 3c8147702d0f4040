// SPDX-License-Identifier: MIT
#include "processlocale.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QByteArray>

#include <clocale>
#include <langinfo.h>

namespace {

bool codesetIsUtf8()
{
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (qstricmp(codeset, "UTF-8") == 0 || qstricmp(codeset, "utf8") == 0);
}

} // namespace

void ProcessLocale::useUtf8Codeset()
{
    const bool installed = std::setlocale(LC_ALL, "") != nullptr;
    if (installed && codesetIsUtf8())
        return; // the environment's locale exists and is UTF-8: nothing to do
    if (!std::setlocale(LC_CTYPE, "C.UTF-8"))
        return; // no UTF-8 locale on this system at all: Qt will say so
    if (!installed)
        return; // Qt's own setlocale(LC_ALL, "") fails the same way and keeps C.UTF-8
    // An installed locale that is not UTF-8, e.g. "C" when no variable is set: Qt's
    // setlocale(LC_ALL, "") would undo the line above, unless LC_CTYPE says UTF-8. LC_ALL wins
    // over LC_CTYPE: whoever set it to a locale that is not UTF-8 asked for that.
    if (qEnvironmentVariableIsEmpty("LC_ALL"))
        qputenv("LC_CTYPE", QByteArrayLiteral("C.UTF-8"));
}

#else

// macOS and Windows: Qt takes its text encoding from the system, not from the C locale.
void ProcessLocale::useUtf8Codeset()
{
}

#endif
