// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT (Ctrl-C), SIGTERM and SIGHUP into a Qt signal on the event loop, through a
// self-pipe (a signal handler may only write to a pipe), so a command can stop cleanly: cancel
// its flow, store nothing, and exit with the contract's code 4. The previous handlers are
// restored when the watcher goes away.
class InterruptWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    [[nodiscard]] bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};
