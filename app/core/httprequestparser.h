// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace Logto {

// Incremental parser for the head of one HTTP/1.x request (RFC 9112 §2-§5), fed bytes as they
// arrive: a request may be split across TCP segments at any byte. It never holds more than the
// limits below, so a peer cannot make it buffer without bound. Bodies are not parsed: the loopback
// listener only accepts GET. Plain bytes in and out (no Qt network types) so it can be fuzzed.
class HttpRequestParser
{
public:
    enum class State { NeedMore, Complete, Failed };

    static constexpr qsizetype MaxRequestLine = 8 * 1024; // without the line ending
    static constexpr qsizetype MaxHead = 8 * 1024; // request line + headers + line endings
    static constexpr int MaxHeaderLines = 100;

    // Feeds the next bytes. After Complete or Failed further bytes are ignored (a body, a
    // pipelined request) and the same state is returned.
    State feed(const QByteArray &bytes);
    [[nodiscard]] State state() const { return m_state; }

    // Valid after Complete.
    [[nodiscard]] const QByteArray &method() const { return m_method; }
    [[nodiscard]] const QByteArray &target() const { return m_target; } // raw request-target
    [[nodiscard]] const QByteArray &version() const { return m_version; } // "HTTP/1.0" or "HTTP/1.1"
    // First value of the header `name` (case-insensitive), or a null QByteArray when absent.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
    [[nodiscard]] bool hasHeader(QByteArrayView name) const;
    // In arrival order, names as sent, values without surrounding whitespace.
    [[nodiscard]] const QList<std::pair<QByteArray, QByteArray>> &headers() const { return m_headers; }

    // Valid after Failed: 400 malformed, 414 request line too long, 431 head too large or too many
    // header lines, 505 HTTP version other than 1.0/1.1.
    [[nodiscard]] int errorStatus() const { return m_errorStatus; }

    // Bytes held for a line not yet complete: stays within the limits, 0 once finished.
    [[nodiscard]] qsizetype bufferedBytes() const { return m_line.size(); }

private:
    enum class Stage { RequestLine, Headers };

    State fail(int status);
    State takeLine(QByteArrayView line);
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);

    State m_state = State::NeedMore;
    Stage m_stage = Stage::RequestLine;
    QByteArray m_line; // the current, unterminated line
    qsizetype m_headBytes = 0; // bytes of completed lines, endings included
    int m_errorStatus = 0;
    QByteArray m_method;
    QByteArray m_target;
    QByteArray m_version;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
};

} // namespace Logto
