// SPDX-License-Identifier: GPL-3.0-or-later
#include "stateproto/stateprotocol.h"
#include "stateproto/httpstatus.h"

#include <charconv>

namespace sd::proto {

namespace {

bool iequals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') {
            x = char(x - 'A' + 'a');
        }
        if (y >= 'A' && y <= 'Z') {
            y = char(y - 'A' + 'a');
        }
        if (x != y) {
            return false;
        }
    }
    return true;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

enum class LineStatus
{
    Line,
    NeedMore,
    TooLong
};

/// Takes the line that starts at `pos` (ended by LF or CRLF, the terminator stripped) into `line` and moves
/// `pos` past it. NeedMore when no LF has arrived yet, TooLong when none is within `maxLine` bytes.
LineStatus takeLine(std::string_view data, std::size_t &pos, std::size_t maxLine, std::string_view &line)
{
    const std::size_t limit = std::min(data.size(), pos + maxLine);
    for (std::size_t i = pos; i < limit; ++i) {
        if (data[i] == '\n') {
            line = data.substr(pos, i - pos);
            if (!line.empty() && line.back() == '\r') {
                line.remove_suffix(1);
            }
            pos = i + 1;
            return LineStatus::Line;
        }
    }
    return data.size() - pos >= maxLine ? LineStatus::TooLong : LineStatus::NeedMore;
}

/// Splits "Name: value" at the first colon (value trimmed); false when there is no colon.
bool splitHeader(std::string_view line, std::string_view &name, std::string_view &value)
{
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
        return false;
    }
    name = line.substr(0, colon);
    value = trim(line.substr(colon + 1));
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

void appendUtf8(std::string &out, unsigned cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

void appendNumberHeader(std::string &out, std::string_view name, long long value)
{
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, value);
    out += name;
    out += ": ";
    out.append(buf, res.ptr);
    out += "\r\n";
}

} // namespace

std::optional<std::int32_t> parseInt32(std::string_view text)
{
    text = trim(text);
    bool negative = false;
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (text.empty()) {
        return std::nullopt;
    }
    long long v = 0;
    for (char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        v = v * 10 + (c - '0');
        if (v > 2147483648LL) {
            return std::nullopt;
        }
    }
    if (negative) {
        v = -v;
    }
    if (v > 2147483647LL) {
        return std::nullopt;
    }
    return std::int32_t(v);
}

RequestParser::Status RequestParser::fail(std::string message)
{
    m_error = std::move(message);
    return Status::Error;
}

RequestParser::Status RequestParser::parse(std::string_view data)
{
    m_request = Request();
    m_consumed = 0;
    m_discard = 0;
    m_expected = 0;
    std::size_t pos = 0;
    // Tolerate empty lines before a request (RFC 9112 2.2).
    while (pos < data.size() && (data[pos] == '\r' || data[pos] == '\n')) {
        ++pos;
    }
    if (pos == data.size()) {
        return Status::NeedMore;
    }
    bool http10 = false;
    if (const Status st = parseRequestLine(data, pos, http10); st != Status::Done) {
        return st;
    }
    HeaderState headers;
    if (const Status st = parseHeaderLines(data, pos, headers); st != Status::Done) {
        return st;
    }
    Request &r = m_request;
    if (http10 && !headers.keepAlive) {
        r.closeAfter = true;
    }
    const std::size_t bodyLength = headers.contentLength.value_or(0);
    if (bodyLength > m_limits.maxBodyBytes) {
        m_consumed = pos;
        // A length the protocol cannot carry (ProcessRequest's contentLength is an int) is not worth reading.
        m_discard = bodyLength > kMaxBodyBytes ? 0 : bodyLength;
        return fail("body of " + std::to_string(bodyLength) + " bytes exceeds the limit of " +
                    std::to_string(m_limits.maxBodyBytes) + " bytes (sessionstated --max-body)");
    }
    if (data.size() - pos < bodyLength) {
        m_expected = pos + bodyLength;
        return Status::NeedMore;
    }
    r.body.assign(data.substr(pos, bodyLength));
    r.key = urlDecodeKey(r.target);
    m_consumed = pos + bodyLength;
    return Status::Done;
}

RequestParser::Status RequestParser::parseRequestLine(std::string_view data, std::size_t &pos, bool &http10)
{
    std::string_view line;
    switch (takeLine(data, pos, m_limits.maxLineBytes, line)) {
    case LineStatus::NeedMore:
        return Status::NeedMore;
    case LineStatus::TooLong:
        return fail("request line longer than " + std::to_string(m_limits.maxLineBytes) + " bytes");
    case LineStatus::Line:
        break;
    }
    line = trim(line);
    const std::size_t sp1 = line.find(' ');
    const std::size_t sp2 = sp1 == std::string_view::npos ? sp1 : line.find(' ', sp1 + 1);
    if (sp1 == 0 || sp2 == std::string_view::npos || sp2 == sp1 + 1) {
        return fail("malformed request line");
    }
    const std::string_view verb = line.substr(0, sp1);
    const std::string_view target = line.substr(sp1 + 1, sp2 - sp1 - 1);
    const std::string_view version = trim(line.substr(sp2 + 1));
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        return fail("unsupported protocol version");
    }
    m_request.verb = verb == "GET"      ? Verb::Get
                     : verb == "PUT"    ? Verb::Put
                     : verb == "DELETE" ? Verb::Delete
                     : verb == "HEAD"   ? Verb::Head
                                        : Verb::Other;
    m_request.target = target;
    http10 = version == "HTTP/1.0";
    return Status::Done;
}

RequestParser::Status RequestParser::parseHeaderLines(std::string_view data, std::size_t &pos,
                                                      HeaderState &state)
{
    std::size_t headers = 0;
    for (;;) {
        std::string_view h;
        switch (takeLine(data, pos, m_limits.maxLineBytes, h)) {
        case LineStatus::NeedMore:
            return Status::NeedMore;
        case LineStatus::TooLong:
            return fail("header line longer than " + std::to_string(m_limits.maxLineBytes) + " bytes");
        case LineStatus::Line:
            break;
        }
        if (h.empty()) {
            return Status::Done;
        }
        if (++headers > m_limits.maxHeaders) {
            return fail("more than " + std::to_string(m_limits.maxHeaders) + " header lines");
        }
        std::string_view name, value;
        if (!splitHeader(h, name, value) || name.empty() ||
            name.find_first_of(" \t") != std::string_view::npos) {
            return fail("malformed header line");
        }
        if (const Status st = applyHeader(name, value, state); st != Status::Done) {
            return st;
        }
    }
}

RequestParser::Status RequestParser::applyHeader(std::string_view name, std::string_view value,
                                                 HeaderState &state)
{
    Request &r = m_request;
    if (iequals(name, "Content-Length")) {
        std::size_t n = 0;
        if (value.empty() || value.size() > 12) {
            return fail("invalid Content-Length");
        }
        for (char c : value) {
            if (c < '0' || c > '9') {
                return fail("invalid Content-Length");
            }
            n = n * 10 + std::size_t(c - '0');
        }
        if (state.contentLength && *state.contentLength != n) {
            return fail("conflicting Content-Length headers");
        }
        state.contentLength = n;
    } else if (iequals(name, "Transfer-Encoding")) {
        return fail("Transfer-Encoding is not supported; send Content-Length");
    } else if (iequals(name, "Exclusive")) {
        r.exclusive = iequals(value, "acquire")   ? Exclusive::Acquire
                      : iequals(value, "release") ? Exclusive::Release
                                                  : Exclusive::Invalid;
    } else if (iequals(name, "LockCookie") || iequals(name, "Lock-Cookie")) {
        r.lockCookie = std::string(value);
    } else if (iequals(name, "Timeout")) {
        r.timeout = std::string(value);
    } else if (iequals(name, "ExtraFlags")) {
        r.extraFlags = std::string(value);
    } else if (iequals(name, "Connection")) {
        if (iequals(value, "close")) {
            r.closeAfter = true;
        } else if (iequals(value, "keep-alive")) {
            state.keepAlive = true;
        }
    }
    return Status::Done;
}

std::string urlDecodeKey(std::string_view target)
{
    if (target.size() >= 2 && target[0] == '/' && target[1] == '/') {
        target.remove_prefix(1);
    }
    std::string out;
    out.reserve(target.size());
    for (std::size_t i = 0; i < target.size(); ++i) {
        const char c = target[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%' && i + 5 < target.size() && (target[i + 1] == 'u' || target[i + 1] == 'U') &&
                   hexValue(target[i + 2]) >= 0 && hexValue(target[i + 3]) >= 0 &&
                   hexValue(target[i + 4]) >= 0 && hexValue(target[i + 5]) >= 0) {
            const unsigned cp = unsigned(hexValue(target[i + 2]) << 12 | hexValue(target[i + 3]) << 8 |
                                         hexValue(target[i + 4]) << 4 | hexValue(target[i + 5]));
            appendUtf8(out, cp);
            i += 5;
        } else if (c == '%' && i + 2 < target.size() && hexValue(target[i + 1]) >= 0 &&
                   hexValue(target[i + 2]) >= 0) {
            out += char(hexValue(target[i + 1]) << 4 | hexValue(target[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

std::string urlEncode(std::string_view text)
{
    static const char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size() * 3);
    for (unsigned char c : text) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
            c == '_' || c == '.' || c == '!' || c == '*' || c == '(' || c == ')') {
            out += char(c);
        } else if (c == ' ') {
            out += '+';
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string invalidHeaderBody(std::string_view httpName)
{
    std::string s = "<html><head><title>Bad Request</title></head>\r\n<body><h1>Http/1.1 400 Bad "
                    "Request</h1>Invalid header <b>";
    s += httpName;
    s += "</b></body></html>";
    return s;
}

void appendResponse(std::string &out, const Response &r)
{
    out += "HTTP/1.1 ";
    char buf[8];
    const auto res = std::to_chars(buf, buf + sizeof buf, r.status);
    out.append(buf, res.ptr);
    out += ' ';
    out += httpReasonPhrase(r.status);
    out += "\r\n";
    appendNumberHeader(out, "Content-Length", static_cast<long long>(r.body.size()));
    out += "X-AspNet-Version: ";
    out += kAspNetVersion;
    out += "\r\nCache-Control: private\r\n";
    if (r.timeout) {
        appendNumberHeader(out, "Timeout", *r.timeout);
    }
    if (r.actionFlags) {
        appendNumberHeader(out, "ActionFlags", *r.actionFlags);
    }
    if (r.lockCookie) {
        appendNumberHeader(out, "LockCookie", *r.lockCookie);
    }
    if (r.lockAge) {
        appendNumberHeader(out, "LockAge", *r.lockAge);
    }
    if (r.lockDate) {
        appendNumberHeader(out, "LockDate", *r.lockDate);
    }
    if (r.close) {
        out += "Connection: close\r\n";
    }
    out += "\r\n";
    out += r.body;
}

void appendRequest(std::string &out, const ClientRequest &r)
{
    switch (r.verb) {
    case Verb::Get:
        out += "GET ";
        break;
    case Verb::Put:
        out += "PUT ";
        break;
    case Verb::Delete:
        out += "DELETE ";
        break;
    case Verb::Head:
        out += "HEAD ";
        break;
    case Verb::Other:
        out += "OPTIONS ";
        break;
    }
    out += r.target;
    out += " HTTP/1.1\r\nHost: ";
    out += r.host;
    out += "\r\n";
    if (r.exclusive == Exclusive::Acquire) {
        out += "Exclusive: acquire\r\n";
    } else if (r.exclusive == Exclusive::Release) {
        out += "Exclusive: release\r\n";
    }
    if (r.timeout) {
        appendNumberHeader(out, "Timeout", *r.timeout);
    }
    if (r.lockCookie) {
        appendNumberHeader(out, "LockCookie", *r.lockCookie);
    }
    if (r.extraFlags) {
        appendNumberHeader(out, "ExtraFlags", *r.extraFlags);
    }
    if (r.sendContentLength || r.verb == Verb::Put || !r.body.empty()) {
        appendNumberHeader(out, "Content-Length", static_cast<long long>(r.body.size()));
    }
    out += "\r\n";
    out += r.body;
}

bool ResponseParser::parseStatusLine(std::string_view line)
{
    line = trim(line);
    if (line.substr(0, 9) == "HTTP/1.1 " || line.substr(0, 9) == "HTTP/1.0 ") {
        line = trim(line.substr(9));
    }
    if (line.size() < 3 || (line.size() > 3 && line[3] != ' ')) {
        return false;
    }
    for (std::size_t k = 0; k < 3; ++k) {
        if (line[k] < '0' || line[k] > '9') {
            return false;
        }
    }
    status = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
    return true;
}

bool ResponseParser::applyHeader(std::string_view name, std::string_view value)
{
    auto number = [&](std::optional<std::int64_t> &slot) {
        std::int64_t v = 0;
        const auto res = std::from_chars(value.data(), value.data() + value.size(), v);
        if (res.ec == std::errc()) {
            slot = v;
        }
    };
    if (iequals(name, "Content-Length")) {
        const auto v = parseInt32(value);
        if (!v || *v < 0 || std::size_t(*v) > maxBodyBytes) {
            m_error = "invalid or too large Content-Length";
            return false;
        }
        contentLength = std::size_t(*v);
    } else if (iequals(name, "Timeout")) {
        timeout = parseInt32(value);
    } else if (iequals(name, "ActionFlags")) {
        actionFlags = parseInt32(value);
    } else if (iequals(name, "LockCookie")) {
        lockCookie = parseInt32(value);
    } else if (iequals(name, "LockAge")) {
        number(lockAge);
    } else if (iequals(name, "LockDate")) {
        number(lockDate);
    } else if (iequals(name, "X-AspNet-Version")) {
        aspNetVersion = value;
    }
    return true;
}

ResponseParser::Status ResponseParser::parse(std::string_view data, bool headRequest)
{
    status = 0;
    timeout.reset();
    actionFlags.reset();
    lockCookie.reset();
    lockAge.reset();
    lockDate.reset();
    aspNetVersion.clear();
    body.clear();
    contentLength = 0;
    m_consumed = 0;
    m_error.clear();
    constexpr std::size_t kMaxLine = 8192;
    auto fail = [this](const char *message) {
        m_error = message;
        return Status::Error;
    };
    std::size_t pos = 0;
    std::string_view line;
    switch (takeLine(data, pos, kMaxLine, line)) {
    case LineStatus::NeedMore:
        return Status::NeedMore;
    case LineStatus::TooLong:
        return fail("status line too long");
    case LineStatus::Line:
        break;
    }
    if (!parseStatusLine(line)) {
        return fail("not a status line (\"HTTP/1.x 200 OK\" or \"200 OK\")");
    }
    for (int n = 0;; ++n) {
        std::string_view h;
        const LineStatus st = n > 200 ? LineStatus::TooLong : takeLine(data, pos, kMaxLine, h);
        if (st == LineStatus::NeedMore) {
            return Status::NeedMore;
        }
        if (st == LineStatus::TooLong) {
            return fail("header too long or too many headers");
        }
        if (h.empty()) {
            break;
        }
        std::string_view name, value;
        if (!splitHeader(h, name, value)) {
            return fail("malformed header line");
        }
        if (!applyHeader(name, value)) {
            return Status::Error;
        }
    }
    const std::size_t bodyBytes = headRequest ? 0 : contentLength;
    if (data.size() - pos < bodyBytes) {
        return Status::NeedMore;
    }
    body.assign(data.substr(pos, bodyBytes));
    m_consumed = pos + bodyBytes;
    return Status::Done;
}

std::int64_t ResponseParser::clientLockAgeSeconds(std::optional<std::int64_t> lockAge,
                                                  std::optional<std::int64_t> lockDate,
                                                  std::int64_t nowLocalTicks)
{
    constexpr std::int64_t kOneYearSeconds = std::int64_t(365) * 24 * 60 * 60; // Sec.ONE_YEAR
    constexpr std::int64_t kTicksPerSecond = 10'000'000;
    if (lockAge && *lockAge >= 0) {
        return *lockAge < kOneYearSeconds ? *lockAge : 0;
    }
    if (lockDate && 0 < *lockDate && *lockDate < nowLocalTicks) {
        return (nowLocalTicks - *lockDate) / kTicksPerSecond;
    }
    return 0;
}

} // namespace sd::proto
