// SPDX-License-Identifier: MIT
#pragma once

#include "clioptions.h"
#include "error.h"
#include "exitcode.h"

#include <QObject>
#include <QTextStream>

// One sub-command: runs asynchronously on the event loop and reports its exit code once.
// Commands write results to `out` and one-line errors ("error: ...") to `err`; never a token,
// except the `token` command's own output.
class Command : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Command)

public:
    Command(const CliOptions &options, QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    virtual void start() = 0;

    // The contract's exit code for a failure of this kind.
    [[nodiscard]] static ExitCode exitCodeFor(const Logto::Error &error);

Q_SIGNALS:
    void finished(ExitCode code);

protected:
    virtual void succeed();
    virtual void fail(const Logto::Error &error);
    void printJson(const QJsonObject &object);

    const CliOptions m_options;
    QTextStream &m_out;
    QTextStream &m_err;
};
