// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The ASP.NET State Service wire protocol (MS-ASP; shared/reference aspnet-state-service.md §1.2-§1.6):
// an HTTP/1.1-shaped request/response exchange on persistent TCP connections. This file holds the
// incremental request parser the server uses, the response parser the client uses, and the writers
// for both. It has no Qt dependency so that the fuzzers and the server's hot path stay lean.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sd::proto {

/// The X-AspNet-Version a 4.x state service sends on every response (client needs major >= 2).
inline constexpr std::string_view kAspNetVersion = "4.0.30319";

/// StateProtocolVerb (RS UnsafeNativeMethods.cs) plus Other for verbs StateRuntime answers with 400.
enum class Verb : std::uint8_t
{
    Get,
    Put,
    Delete,
    Head,
    Other
};

/// StateProtocolExclusive: the `Exclusive:` header (acquire | release, compared case-insensitively).
enum class Exclusive : std::uint8_t
{
    None,
    Acquire,
    Release,
    Invalid ///< present with another value: served as a plain GET (StateWorkerRequest passes NONE)
};

/// The largest body the real service can take: ProcessRequest passes Content-Length as an `int`
/// (RS StateRuntime.cs IStateRuntime.ProcessRequest), so 2^31-1 bytes; it has no limit of its own.
inline constexpr std::size_t kMaxBodyBytes = 2147483647;

/// Limits on what one request may hold; exceeding one is answered with 400 and a closed connection
/// (a body over maxBodyBytes is read and dropped first, so the client sees the 400, not a broken pipe).
struct Limits
{
    std::size_t maxLineBytes = 8192;          ///< request line or one header line, CRLF included
    std::size_t maxHeaders = 64;              ///< header lines per request
    std::size_t maxBodyBytes = kMaxBodyBytes; ///< Content-Length, bytes (default 2^31-1: no real cap)
};

/// One parsed request. Header values are kept as sent (trimmed); StateRuntime parses the ones a verb uses,
/// so an invalid header only matters to the verbs that read it (§1.5 "Header parsing helpers").
struct Request
{
    Verb verb = Verb::Other;
    std::string target; ///< request-target as sent (e.g. "%2fLM%2fW3SVC%2f1%2fROOT(...)%2fid")
    std::string key;    ///< urlDecodeKey(target): the opaque session key
    Exclusive exclusive = Exclusive::None;
    std::optional<std::string> lockCookie; ///< `LockCookie:` or `Lock-Cookie:`
    std::optional<std::string> timeout;    ///< `Timeout:` (minutes)
    std::optional<std::string> extraFlags; ///< `ExtraFlags:`
    std::string body;
    bool closeAfter = false; ///< `Connection: close`, or HTTP/1.0 without keep-alive
};

/// Incremental request parser: feed bytes as they arrive; one request at a time.
class RequestParser
{
public:
    enum class Status
    {
        NeedMore, ///< feed more bytes
        Done,     ///< request() is complete; consumed() bytes of the input belong to it
        Error     ///< malformed or over a limit: answer 400 with errorMessage() and close (after
                  ///< dropping discardBytes() body bytes that follow the consumed() head bytes)
    };

    explicit RequestParser(Limits limits = {}) : m_limits(limits) {}

    /// Parses from `data` (all bytes not yet consumed, the previous call's unconsumed tail first).
    /// Returns Done with consumed() set, NeedMore (nothing consumed; call again with more), or Error.
    Status parse(std::string_view data);
    /// Bytes of the last Done request, to drop from the front of the input. After an Error with
    /// discardBytes() > 0: the bytes of the request head (request line and headers).
    std::size_t consumed() const { return m_consumed; }
    /// After an Error for a Content-Length over maxBodyBytes (but within kMaxBodyBytes): the body bytes that
    /// follow the head, to read and drop before the 400 is sent; 0 after any other Error.
    std::size_t discardBytes() const { return m_discard; }
    /// After NeedMore with the head complete: head + body bytes the request takes in all (so the caller can
    /// reserve them at once); 0 while the head is incomplete.
    std::size_t expectedBytes() const { return m_expected; }
    Request &request() { return m_request; }
    const std::string &errorMessage() const { return m_error; }

private:
    /// What the header lines say about the connection and the body, gathered while they are read.
    struct HeaderState
    {
        bool keepAlive = false;                   ///< `Connection: keep-alive` (matters for HTTP/1.0)
        std::optional<std::size_t> contentLength; ///< `Content-Length:`, bytes
    };

    Status fail(std::string message);
    /// Reads "VERB TARGET HTTP/1.x" at `pos` into m_request (verb, target) and moves `pos` past it.
    /// Done when the line is complete and valid (`http10` set), else NeedMore or Error as parse().
    Status parseRequestLine(std::string_view data, std::size_t &pos, bool &http10);
    /// Reads header lines up to and including the empty line; Done when it has been read.
    Status parseHeaderLines(std::string_view data, std::size_t &pos, HeaderState &state);
    /// Applies one "Name: value" header to m_request or `state`; Error for an invalid Content-Length
    /// or a Transfer-Encoding, else Done (a Content-Length over the limit is checked by parse()).
    Status applyHeader(std::string_view name, std::string_view value, HeaderState &state);

    Limits m_limits;
    Request m_request;
    std::size_t m_consumed = 0;
    std::size_t m_discard = 0;
    std::size_t m_expected = 0;
    std::string m_error;
};

/// HttpUtility.UrlDecode as StateRuntime.CreateKey applies it to the raw URL: `+` is a space, `%xx` a byte,
/// `%uXXXX` a UTF-16 unit written as UTF-8; malformed escapes are kept as they are. A raw URL starting with
/// `//` loses one `/` first (StateWorkerRequest's "ASP1.1 case").
std::string urlDecodeKey(std::string_view target);

/// HttpUtility.UrlEncode (4.x client, RS HttpEncoder): unreserved [A-Za-z0-9-_.!*()] kept, space `+`,
/// every other UTF-8 byte `%xx` in lowercase hex.
std::string urlEncode(std::string_view text);

/// Int32.Parse (invariant, NumberStyles.Integer) of a header value: optional surrounding white space,
/// an optional sign, decimal digits, no overflow. nullopt when invalid.
std::optional<std::int32_t> parseInt32(std::string_view text);

/// What the server answers; fields left unset are not sent. Writes headers in MS-ASP 2.2.5.x grammar order.
struct Response
{
    int status = 200;
    std::optional<std::int32_t> timeout;     ///< `Timeout:` minutes (200 to GET)
    std::optional<std::int32_t> actionFlags; ///< `ActionFlags: 1` once after CreateUninitializedItem
    std::optional<std::int32_t> lockCookie;  ///< `LockCookie:` (200 to acquire, 423)
    std::optional<std::int64_t> lockAge;     ///< `LockAge:` seconds (423)
    std::optional<std::int64_t> lockDate;    ///< `LockDate:` .NET ticks, server local time (423)
    std::string body;
    bool close = false; ///< close the connection after sending
};

/// Appends the wire form of `r` to `out`: "HTTP/1.1 <code> <reason>", Content-Length, X-AspNet-Version,
/// Cache-Control: private, then the optional headers, CRLF, body.
void appendResponse(std::string &out, const Response &r);

/// The 400 body StateRuntime sends for an unparsable header (`Http_<Name>` as in StateHeaders).
std::string invalidHeaderBody(std::string_view httpName);

/// Appends a client request in the form webengine's SessionNDMakeRequest writes (§1.2, §1.4):
/// verb, target, Host, then only the headers given.
struct ClientRequest
{
    Verb verb = Verb::Get;
    std::string target; ///< already URL-encoded
    std::string host;
    Exclusive exclusive = Exclusive::None;
    std::optional<std::int32_t> lockCookie;
    std::optional<std::int32_t> timeout;
    std::optional<std::int32_t> extraFlags;
    std::string body;
    bool sendContentLength = false; ///< PUT always sends it
};
void appendRequest(std::string &out, const ClientRequest &r);

/// Incremental response parser for the client. It reads every State Service's replies: the status line
/// with or without a version (`HTTP/1.0 200 OK`, `HTTP/1.1 200 OK`, or bare `200 OK` as the managed
/// StateWorkerRequest.SendStatus writes it and p2pStateServer sends it), headers in any order (the real
/// order is X-AspNet-Version, ActionFlags, LockCookie, Timeout, Cache-Control, Content-Length; on 423
/// LockDate, LockAge, LockCookie), names compared case-insensitively.
class ResponseParser
{
public:
    enum class Status
    {
        NeedMore,
        Done,
        Error
    };
    /// As RequestParser::parse; `headRequest` means no body follows whatever Content-Length says.
    Status parse(std::string_view data, bool headRequest = false);
    std::size_t consumed() const { return m_consumed; }
    const std::string &errorMessage() const { return m_error; }

    /// True when a 200 carries data: Content-Length > 0, as OutOfProcStateClientManager.DoGet reads a 200
    /// (RS OutOfProcStateClientManager.cs DoGet, `if (contentLength > 0)`); a 200 with Content-Length: 0
    /// is "no item" to the real client.
    bool hasData() const { return status == 200 && contentLength > 0; }

    /// The lock age, in seconds, a real client takes from a 423 (RS OutOfProcStateClientManager.cs DoGet,
    /// case 423): a LockAge from 0 to under one year (Sec.ONE_YEAR, 365 days) is used as it is; a LockAge of
    /// a year or more gives 0; a LockAge that is negative or absent falls back to LockDate (.NET ticks in
    /// the client's local time): `nowLocalTicks - LockDate` when 0 < LockDate < nowLocalTicks, else 0.
    static std::int64_t clientLockAgeSeconds(std::optional<std::int64_t> lockAge,
                                             std::optional<std::int64_t> lockDate,
                                             std::int64_t nowLocalTicks);

    int status = 0;
    std::optional<std::int32_t> timeout, actionFlags, lockCookie;
    std::optional<std::int64_t> lockAge, lockDate;
    std::string aspNetVersion;
    std::string body;
    std::size_t contentLength = 0; ///< Content-Length as sent (0 when absent), even for HEAD
    std::size_t maxBodyBytes =
        kMaxBodyBytes; ///< a reply body, bytes: as the real client, no cap below Int32.MaxValue

private:
    /// Reads the status code from a status line with or without its `HTTP/1.x ` version; false when the
    /// line is neither form.
    bool parseStatusLine(std::string_view line);
    /// Applies one reply header to the public fields; false (with m_error) for a bad Content-Length.
    bool applyHeader(std::string_view name, std::string_view value);

    std::size_t m_consumed = 0;
    std::string m_error;
};

} // namespace sd::proto
