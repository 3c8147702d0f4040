// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QtGlobal>
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QTimeZone>
#endif

// Date-times in UTC, the same on every Qt 6. Qt 6.5 made UTC a QTimeZone of its own
// (QTimeZone::UTC, as light as Qt::UTC) and Qt 6.8 deprecates the Qt::TimeSpec overloads; on 6.4
// only Qt::UTC gives a UTC date-time (QTimeZone::utc() gives a Qt::TimeZone one, which prints
// "+00:00" where a UTC one prints "Z").
namespace Logto::Utc {

inline QDateTime fromMSecsSinceEpoch(qint64 msecs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
#endif
}

inline QDateTime fromSecsSinceEpoch(qint64 secs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::UTC);
#else
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
#endif
}

// The date and time of day as they are, read as UTC (e.g. parsed from a text that said "GMT").
inline QDateTime dateTime(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

} // namespace Logto::Utc
