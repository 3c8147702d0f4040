// SPDX-License-Identifier: MIT
#include "httprequestparser.h"

#include <algorithm>
#include <cstring>

namespace Logto {

namespace {

// RFC 9110 §5.6.2 token characters: method and header names.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Field values: visible ASCII, space, tab and obs-text; never other control characters.
bool isFieldValueChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u == '\t' || (u >= 0x20 && u != 0x7f);
}

QByteArrayView trimmed(QByteArrayView text)
{
    auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    while (!text.isEmpty() && isSpace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isSpace(text.back()))
        text.chop(1);
    return text;
}

} // namespace

HttpRequestParser::State HttpRequestParser::feed(const QByteArray &bytes)
{
    if (m_state != State::NeedMore)
        return m_state;

    const char *cursor = bytes.constData();
    const char *const end = cursor + bytes.size();
    while (cursor != end) {
        const char *newline = std::find(cursor, end, '\n');
        const qsizetype pending = m_line.size() + (newline - cursor);
        // Checked before appending, so an over-long line is refused without being held in full.
        if (m_stage == Stage::RequestLine && pending > MaxRequestLine + 1) // +1: room for the CR
            return fail(414);
        if (m_stage == Stage::Headers && m_headBytes + pending > MaxHead)
            return fail(431);
        m_line.append(cursor, newline - cursor);
        if (newline == end)
            break;
        cursor = newline + 1;
        const QByteArray line = std::exchange(m_line, {});
        m_headBytes += line.size() + 1;
        if (const State state = takeLine(line); state != State::NeedMore)
            return state;
    }
    return m_state;
}

QByteArray HttpRequestParser::header(QByteArrayView name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequestParser::hasHeader(QByteArrayView name) const
{
    return std::any_of(m_headers.cbegin(), m_headers.cend(), [name](const auto &entry) {
        return entry.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

HttpRequestParser::State HttpRequestParser::fail(int status)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_line.clear();
    m_line.squeeze();
    m_method.clear();
    m_target.clear();
    m_version.clear();
    m_headers.clear();
    return m_state;
}

HttpRequestParser::State HttpRequestParser::takeLine(QByteArrayView line)
{
    // CRLF is the line ending; a bare LF is accepted too (RFC 9112 §2.2 allows it). A CR anywhere
    // else is refused: parsers that disagree about bare CRs are how requests get smuggled.
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.contains('\r'))
        return fail(400);

    if (m_stage == Stage::RequestLine) {
        // RFC 9112 §2.2: ignore empty lines before the request line, but not a head's worth.
        if (line.isEmpty())
            return m_headBytes > MaxHead ? fail(400) : State::NeedMore;
        if (line.size() > MaxRequestLine)
            return fail(414);
        if (!parseRequestLine(line))
            return m_state;
        m_stage = Stage::Headers;
        return State::NeedMore;
    }

    if (m_headBytes > MaxHead)
        return fail(431);
    if (line.isEmpty()) {
        m_line.squeeze();
        m_state = State::Complete;
        return m_state;
    }
    if (m_headers.size() >= MaxHeaderLines)
        return fail(431);
    if (!parseHeaderLine(line))
        return m_state;
    return State::NeedMore;
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    // method SP request-target SP HTTP-version, single spaces only (RFC 9112 §3).
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace == firstSpace) {
        fail(400);
        return false;
    }
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);

    // The target may hold no spaces (so no second space either), controls or raw non-ASCII.
    const bool targetOk = !target.isEmpty() && std::all_of(target.begin(), target.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u > 0x20 && u < 0x7f;
    });
    if (!isToken(method) || !targetOk) {
        fail(400);
        return false;
    }

    if (version.size() != 8 || !version.startsWith("HTTP/") || !isDigit(version[5]) || version[6] != '.'
        || !isDigit(version[7])) {
        fail(400);
        return false;
    }
    if (version != QByteArrayView("HTTP/1.1") && version != QByteArrayView("HTTP/1.0")) {
        fail(505);
        return false;
    }

    m_method = method.toByteArray();
    m_target = target.toByteArray();
    m_version = version.toByteArray();
    return true;
}

bool HttpRequestParser::parseHeaderLine(QByteArrayView line)
{
    // field-name ":" OWS field-value OWS. A line starting with whitespace is an obsolete line
    // fold and whitespace before the colon is forbidden (RFC 9112 §5): both fail the token check.
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon))) {
        fail(400);
        return false;
    }
    const QByteArrayView value = trimmed(line.sliced(colon + 1));
    if (!std::all_of(value.begin(), value.end(), isFieldValueChar)) {
        fail(400);
        return false;
    }
    const QByteArrayView name = line.first(colon);
    // RFC 9112 §3.2: more than one Host is a 400, and which one wins would be a guess.
    if (name.compare("Host", Qt::CaseInsensitive) == 0 && hasHeader(name)) {
        fail(400);
        return false;
    }
    m_headers.append({name.toByteArray(), value.toByteArray()});
    return true;
}

} // namespace Logto
