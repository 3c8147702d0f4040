// SPDX-License-Identifier: MIT
// libFuzzer target: Logto::HttpRequestParser, the loopback listener's request-head parser.
// Input: one byte that picks how the rest is cut into TCP-like segments, then the bytes.
// Oracles besides the sanitizers: the result must not depend on how the bytes were split
// (fed at once vs in segments), memory held stays within the parser's limits, and every
// outcome is one the listener handles (Complete with a method/target/version, or a known status).
#include "httprequestparser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using Logto::HttpRequestParser;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

struct Outcome
{
    HttpRequestParser::State state;
    int status;
    QByteArray method;
    QByteArray target;
    QByteArray version;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

Outcome outcomeOf(const HttpRequestParser &parser)
{
    return {parser.state(), parser.errorStatus(), parser.method(), parser.target(), parser.version(), parser.headers()};
}

bool same(const Outcome &a, const Outcome &b)
{
    return a.state == b.state && a.status == b.status && a.method == b.method && a.target == b.target
        && a.version == b.version && a.headers == b.headers;
}

void checkInvariants(const HttpRequestParser &parser)
{
    check(parser.bufferedBytes() <= HttpRequestParser::MaxRequestLine + 1
          || parser.bufferedBytes() <= HttpRequestParser::MaxHead);
    switch (parser.state()) {
    case HttpRequestParser::State::NeedMore:
        break;
    case HttpRequestParser::State::Failed: {
        const int status = parser.errorStatus();
        check(status == 400 || status == 414 || status == 431 || status == 505);
        check(parser.bufferedBytes() == 0);
        break;
    }
    case HttpRequestParser::State::Complete:
        check(!parser.method().isEmpty() && !parser.target().isEmpty());
        check(parser.version() == "HTTP/1.1" || parser.version() == "HTTP/1.0");
        check(parser.headers().size() <= HttpRequestParser::MaxHeaderLines);
        check(parser.bufferedBytes() == 0);
        for (const auto &[name, value] : parser.headers()) {
            check(!name.isEmpty() && !name.contains(':') && !name.contains(' '));
            check(!value.contains('\r') && !value.contains('\n'));
        }
        check(!parser.target().contains(' ') && !parser.target().contains('\r'));
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype segment = 1 + data[0] % 64; // 1..64 bytes per read
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));

    HttpRequestParser whole;
    whole.feed(bytes);
    checkInvariants(whole);

    HttpRequestParser pieces;
    for (qsizetype offset = 0; offset < bytes.size(); offset += segment) {
        pieces.feed(bytes.mid(offset, segment));
        checkInvariants(pieces);
    }
    check(same(outcomeOf(whole), outcomeOf(pieces)));

    // Bytes after the end of the head change nothing.
    const Outcome before = outcomeOf(whole);
    if (whole.state() != HttpRequestParser::State::NeedMore) {
        whole.feed(QByteArrayLiteral("GET /more HTTP/1.1\r\nHost: x\r\n\r\n"));
        check(same(before, outcomeOf(whole)));
    }
    if (whole.state() == HttpRequestParser::State::Complete) {
        (void)whole.header("Host");
        (void)whole.hasHeader("host");
    }
    return 0;
}
