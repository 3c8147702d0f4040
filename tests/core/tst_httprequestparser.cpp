// SPDX-License-Identifier: MIT
#include "httprequestparser.h"

#include <QTest>

using namespace Logto;
using namespace Qt::StringLiterals;
using State = HttpRequestParser::State;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleGet();
    void splitAnywhere();
    void oneByteAtATime();
    void headersCaseInsensitive();
    void lineEndings_data();
    void lineEndings();
    void malformed_data();
    void malformed();
    void badVersion_data();
    void badVersion();
    void longRequestLine();
    void largeHead();
    void headAtLimit();
    void tooManyHeaders();
    void stopsBufferingAtLimit();
    void ignoresBytesAfterHead();
};

namespace {

const QByteArray browserRequest = "GET /callback?code=abc&state=xyz HTTP/1.1\r\n"
                                  "Host: 127.0.0.1:54321\r\n"
                                  "User-Agent: Mozilla/5.0 (X11; Linux x86_64)\r\n"
                                  "Accept: text/html,application/xhtml+xml;q=0.9\r\n"
                                  "Accept-Language: th-TH,th;q=0.9,en;q=0.8\r\n"
                                  "Connection: keep-alive\r\n"
                                  "\r\n"_ba;

QByteArray headerLines(int count)
{
    QByteArray lines;
    for (int i = 0; i < count; ++i)
        lines += "X-H" + QByteArray::number(i) + ": v\r\n";
    return lines;
}

} // namespace

void TestHttpRequestParser::simpleGet()
{
    HttpRequestParser parser;
    QCOMPARE(parser.feed(browserRequest), State::Complete);
    QCOMPARE(parser.state(), State::Complete);
    QCOMPARE(parser.method(), "GET"_ba);
    QCOMPARE(parser.target(), "/callback?code=abc&state=xyz"_ba);
    QCOMPARE(parser.version(), "HTTP/1.1"_ba);
    QCOMPARE(parser.headers().size(), 5);
    QCOMPARE(parser.headers().at(0).first, "Host"_ba);
    QCOMPARE(parser.headers().at(0).second, "127.0.0.1:54321"_ba);
    QCOMPARE(parser.header("Accept"), "text/html,application/xhtml+xml;q=0.9"_ba);
    QVERIFY(parser.header("Cookie").isNull());
    QVERIFY(!parser.hasHeader("Cookie"));
    QCOMPARE(parser.bufferedBytes(), 0);
}

void TestHttpRequestParser::splitAnywhere()
{
    // Two segments split at every byte position: TCP may cut anywhere, even inside "\r\n".
    for (qsizetype cut = 0; cut <= browserRequest.size(); ++cut) {
        HttpRequestParser parser;
        const State first = parser.feed(browserRequest.first(cut));
        QCOMPARE(first, cut == browserRequest.size() ? State::Complete : State::NeedMore);
        QCOMPARE(parser.feed(browserRequest.sliced(cut)), State::Complete);
        QCOMPARE(parser.target(), "/callback?code=abc&state=xyz"_ba);
        QCOMPARE(parser.header("host"), "127.0.0.1:54321"_ba);
        QCOMPARE(parser.headers().size(), 5);
    }
}

void TestHttpRequestParser::oneByteAtATime()
{
    HttpRequestParser parser;
    for (qsizetype i = 0; i + 1 < browserRequest.size(); ++i)
        QCOMPARE(parser.feed(browserRequest.sliced(i, 1)), State::NeedMore);
    QCOMPARE(parser.feed(browserRequest.last(1)), State::Complete);
    QCOMPARE(parser.method(), "GET"_ba);
    QCOMPARE(parser.header("Connection"), "keep-alive"_ba);
}

void TestHttpRequestParser::headersCaseInsensitive()
{
    HttpRequestParser parser;
    QCOMPARE(parser.feed("GET / HTTP/1.1\r\nhOsT: a\r\nX-Thing:\t  spaced value \t\r\nEmpty:\r\n\r\n"_ba),
             State::Complete);
    QCOMPARE(parser.header("HOST"), "a"_ba);
    QCOMPARE(parser.header("host"), "a"_ba);
    QCOMPARE(parser.headers().at(0).first, "hOsT"_ba); // names kept as sent
    QCOMPARE(parser.header("x-thing"), "spaced value"_ba);
    QVERIFY(parser.hasHeader("EMPTY"));
    QVERIFY(!parser.header("empty").isNull());
    QVERIFY(parser.header("empty").isEmpty());
}

void TestHttpRequestParser::lineEndings_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::newRow("bare LF") << "GET /x HTTP/1.1\nHost: a\n\n"_ba;
    QTest::newRow("mixed") << "GET /x HTTP/1.1\r\nHost: a\n\r\n"_ba;
    QTest::newRow("leading empty line") << "\r\nGET /x HTTP/1.1\r\nHost: a\r\n\r\n"_ba;
    QTest::newRow("HTTP/1.0, no headers") << "GET /x HTTP/1.0\r\n\r\n"_ba;
}

void TestHttpRequestParser::lineEndings()
{
    QFETCH(QByteArray, head);
    HttpRequestParser parser;
    QCOMPARE(parser.feed(head), State::Complete);
    QCOMPARE(parser.target(), "/x"_ba);
}

void TestHttpRequestParser::malformed_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::newRow("junk") << "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n"_ba; // a TLS ClientHello
    QTest::newRow("text") << "hello\r\n\r\n"_ba;
    QTest::newRow("HTTP/0.9") << "GET /\r\n\r\n"_ba;
    QTest::newRow("double space") << "GET  / HTTP/1.1\r\n\r\n"_ba;
    QTest::newRow("space in target") << "GET /a b HTTP/1.1\r\n\r\n"_ba;
    QTest::newRow("trailing space") << "GET / HTTP/1.1 \r\n\r\n"_ba;
    QTest::newRow("tab separator") << "GET\t/ HTTP/1.1\r\n\r\n"_ba;
    QTest::newRow("empty method") << " / HTTP/1.1\r\n\r\n"_ba;
    QTest::newRow("method not a token") << "G(ET / HTTP/1.1\r\n\r\n"_ba;
    QTest::newRow("lower-case version") << "GET / http/1.1\r\n\r\n"_ba;
    QTest::newRow("version garbage") << "GET / HTTP/1.10\r\n\r\n"_ba;
    QTest::newRow("NUL in target") << QByteArray("GET /a\0b HTTP/1.1\r\n\r\n", 21);
    QTest::newRow("non-ASCII in target") << "GET /\xc3\xa9 HTTP/1.1\r\n\r\n"_ba;
    QTest::newRow("bare CR in request line") << "GET /\r HTTP/1.1\r\n\r\n"_ba;
    QTest::newRow("bare CR in header") << "GET / HTTP/1.1\r\nHost: a\rX: b\r\n\r\n"_ba;
    QTest::newRow("header without colon") << "GET / HTTP/1.1\r\nHost a\r\n\r\n"_ba;
    QTest::newRow("empty header name") << "GET / HTTP/1.1\r\n: a\r\n\r\n"_ba;
    QTest::newRow("space before colon") << "GET / HTTP/1.1\r\nHost : a\r\n\r\n"_ba;
    QTest::newRow("obs-fold") << "GET / HTTP/1.1\r\nX: a\r\n  b\r\n\r\n"_ba;
    QTest::newRow("control char in value") << "GET / HTTP/1.1\r\nX: a\x01"
                                              "b\r\n\r\n"_ba;
    QTest::newRow("DEL in value") << "GET / HTTP/1.1\r\nX: a\x7f\r\n\r\n"_ba;
    QTest::newRow("two Host headers") << "GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n"_ba;
}

void TestHttpRequestParser::malformed()
{
    QFETCH(QByteArray, head);
    HttpRequestParser parser;
    QCOMPARE(parser.feed(head), State::Failed);
    QCOMPARE(parser.errorStatus(), 400);
    QVERIFY(parser.method().isEmpty());
    QVERIFY(parser.headers().isEmpty());
    // Failed is final.
    QCOMPARE(parser.feed("GET / HTTP/1.1\r\n\r\n"_ba), State::Failed);
}

void TestHttpRequestParser::badVersion_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::newRow("2.0") << "HTTP/2.0"_ba;
    QTest::newRow("3.0") << "HTTP/3.0"_ba;
    QTest::newRow("0.9") << "HTTP/0.9"_ba;
    QTest::newRow("1.2") << "HTTP/1.2"_ba;
}

void TestHttpRequestParser::badVersion()
{
    QFETCH(QByteArray, version);
    HttpRequestParser parser;
    QCOMPARE(parser.feed("GET / " + version + "\r\nHost: a\r\n\r\n"), State::Failed);
    QCOMPARE(parser.errorStatus(), 505);
}

void TestHttpRequestParser::longRequestLine()
{
    HttpRequestParser parser;
    const QByteArray line = "GET /" + QByteArray(HttpRequestParser::MaxRequestLine, 'a') + " HTTP/1.1\r\n";
    QCOMPARE(parser.feed(line), State::Failed);
    QCOMPARE(parser.errorStatus(), 414);
}

void TestHttpRequestParser::largeHead()
{
    HttpRequestParser parser;
    const QByteArray head = "GET / HTTP/1.1\r\nCookie: " + QByteArray(HttpRequestParser::MaxHead, 'c') + "\r\n\r\n";
    QCOMPARE(parser.feed(head), State::Failed);
    QCOMPARE(parser.errorStatus(), 431);
}

void TestHttpRequestParser::headAtLimit()
{
    // A head of exactly MaxHead bytes, blank line included, is accepted; one byte more is not.
    const QByteArray start = "GET / HTTP/1.1\r\nX: "_ba;
    const QByteArray end = "\r\n\r\n"_ba;
    const QByteArray filler(HttpRequestParser::MaxHead - start.size() - end.size(), 'v');

    HttpRequestParser atLimit;
    QCOMPARE(atLimit.feed(start + filler + end), State::Complete);
    QCOMPARE(atLimit.header("X").size(), filler.size());

    HttpRequestParser overLimit;
    QCOMPARE(overLimit.feed(start + filler + 'v' + end), State::Failed);
    QCOMPARE(overLimit.errorStatus(), 431);
}

void TestHttpRequestParser::tooManyHeaders()
{
    HttpRequestParser atLimit;
    QCOMPARE(atLimit.feed("GET / HTTP/1.1\r\n" + headerLines(HttpRequestParser::MaxHeaderLines) + "\r\n"),
             State::Complete);
    QCOMPARE(atLimit.headers().size(), HttpRequestParser::MaxHeaderLines);

    HttpRequestParser overLimit;
    QCOMPARE(overLimit.feed("GET / HTTP/1.1\r\n" + headerLines(HttpRequestParser::MaxHeaderLines + 1) + "\r\n"),
             State::Failed);
    QCOMPARE(overLimit.errorStatus(), 431);
}

void TestHttpRequestParser::stopsBufferingAtLimit()
{
    // Fed without a line ending, in small chunks: the parser fails as soon as the limit is
    // crossed and holds nothing afterwards, however much more arrives.
    HttpRequestParser requestLine;
    QCOMPARE(requestLine.feed("GET /"_ba), State::NeedMore);
    const QByteArray chunk(1000, 'a');
    State state = State::NeedMore;
    int chunks = 0;
    while (state == State::NeedMore) {
        state = requestLine.feed(chunk);
        ++chunks;
        QVERIFY(requestLine.bufferedBytes() <= HttpRequestParser::MaxRequestLine + 1);
    }
    QCOMPARE(state, State::Failed);
    QCOMPARE(requestLine.errorStatus(), 414);
    QCOMPARE(chunks, 9); // 5 + 9000 bytes is the first total over 8 KiB + CR
    QCOMPARE(requestLine.bufferedBytes(), 0);
    QCOMPARE(requestLine.feed(QByteArray(1 << 20, 'a')), State::Failed);
    QCOMPARE(requestLine.bufferedBytes(), 0);

    HttpRequestParser headers;
    QCOMPARE(headers.feed("GET / HTTP/1.1\r\nCookie: "_ba), State::NeedMore);
    state = State::NeedMore;
    while (state == State::NeedMore) {
        state = headers.feed(chunk);
        QVERIFY(headers.bufferedBytes() <= HttpRequestParser::MaxHead);
    }
    QCOMPARE(headers.errorStatus(), 431);
    QCOMPARE(headers.bufferedBytes(), 0);
}

void TestHttpRequestParser::ignoresBytesAfterHead()
{
    HttpRequestParser parser;
    QCOMPARE(parser.feed("GET /a HTTP/1.1\r\nHost: h\r\n\r\nbody bytes\r\nGET /b HTTP/1.1\r\n\r\n"_ba),
             State::Complete);
    QCOMPARE(parser.target(), "/a"_ba);
    QCOMPARE(parser.feed("more"_ba), State::Complete);
    QCOMPARE(parser.target(), "/a"_ba);
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
