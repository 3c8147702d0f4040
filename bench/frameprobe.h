// SPDX-License-Identifier: MIT
// What the bench executables share: a monotonic clock (the one the runner stamps the launch
// with), peak RSS, one JSON line per event on stdout, and a QApplication that notices when a
// frame of a watched window has been painted.
#pragma once

#include <QApplication>
#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <functional>

namespace Bench {

// CLOCK_MONOTONIC in ns: Node's process.hrtime.bigint() on Linux reads the same clock, so the
// runner can stamp the launch (BENCH_LAUNCH_NS) and we compare in-process.
inline qint64 nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// One field of /proc/self/status in KiB ("VmHWM": peak RSS, "VmRSS": now), or -1.
inline qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// BENCH_SMAPS=1: resident memory by mapping (library or [heap]/anonymous), largest first, in KiB.
inline QJsonObject residentByMapping()
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    QJsonObject result;
    if (!smaps.open(QIODevice::ReadOnly))
        return result;
    QString current;
    QHash<QString, qint64> sizes;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 5 && fields.at(0).contains('-') && !line.startsWith("Rss")) {
            current = fields.size() >= 6 ? QString::fromUtf8(fields.at(5)).section(QLatin1Char('/'), -1)
                                         : QStringLiteral("[anonymous]");
        } else if (line.startsWith("Rss:")) {
            sizes[current] += fields.value(1).toLongLong();
        }
    }
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
        if (it.value() >= 256)
            result.insert(it.key(), it.value());
    }
    return result;
}

// One event per line, flushed at once: the runner reads them as they come.
inline void report(const QJsonObject &event)
{
    const QByteArray line = QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
}

// Time stamps of the start-up steps, printed as one "marks" event: where a cold start goes.
class Marks
{
public:
    static void start() { mainNs() = nowNs(); } // first thing in main()
    void mark(const char *name) { m_marks.insert(QString::fromLatin1(name), nowNs()); }
    void report() const
    {
        QJsonObject event = m_marks;
        event.insert(QStringLiteral("e"), QStringLiteral("marks"));
        event.insert(QStringLiteral("main"), mainNs());
        Bench::report(event);
    }

private:
    static qint64 &mainNs()
    {
        static qint64 ns = 0;
        return ns;
    }
    QJsonObject m_marks;
};

// A QApplication that calls back once per frame of one top-level window: a frame is an
// outermost event delivery (an Expose, an UpdateRequest...) during which a widget of that
// window received a Paint event. Widgets paint and the backing store is flushed to the platform
// window before that delivery returns, so the time taken then is "the frame is out". (Should a
// paint happen inside a nested event loop, the next pass of that loop ends the frame instead.)
// Both the bare window and the app window are measured with this same class.
class BenchApplication : public QApplication
{
public:
    using QApplication::QApplication;

    void watch(QWidget *window, std::function<void(qint64)> onFrame)
    {
        m_window = window;
        m_onFrame = std::move(onFrame);
    }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_window && receiver->isWidgetType()
            && static_cast<QWidget *>(receiver)->window() == m_window) {
            if (!m_painted && !m_flushQueued) {
                // Also from the next event-loop pass, in case this delivery runs inside a nested
                // event loop and its outermost one does not return soon.
                m_flushQueued = true;
                QTimer::singleShot(0, this, [this] {
                    m_flushQueued = false;
                    frameDone();
                });
            }
            m_painted = true;
            if (m_debug)
                std::fprintf(stderr, "paint %s depth %d\n", receiver->metaObject()->className(), m_depth);
        }
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        if (m_depth == 0)
            frameDone();
        return handled;
    }

private:
    void frameDone()
    {
        if (!m_painted)
            return;
        m_painted = false;
        if (m_onFrame)
            m_onFrame(nowNs());
    }

    QPointer<QWidget> m_window;
    std::function<void(qint64)> m_onFrame;
    int m_depth = 0;
    bool m_painted = false;
    bool m_flushQueued = false;
    const bool m_debug = qEnvironmentVariableIsSet("BENCH_DEBUG_FRAMES"); // each Paint on stderr
};

} // namespace Bench
