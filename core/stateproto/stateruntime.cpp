// SPDX-License-Identifier: GPL-3.0-or-later
#include "stateproto/stateruntime.h"

namespace sd {

namespace {

proto::Response badHeader(std::string_view httpName)
{
    proto::Response r;
    r.status = 400;
    r.body = proto::invalidHeaderBody(httpName);
    return r;
}

/// Parses an optional header: absent -> ok with nullopt; present and invalid -> false.
bool optionalInt(const std::optional<std::string> &raw, bool nonNegative, std::optional<std::int32_t> &out)
{
    out.reset();
    if (!raw) {
        return true;
    }
    out = proto::parseInt32(*raw);
    return out && (!nonNegative || *out >= 0);
}

/// Timeout or ExtraFlags as the native service hands them on: -1 is its value for a header that was not
/// sent (RS StateWorkerRequest.cs, constructor), so `Timeout: -1` / `ExtraFlags: -1` count as absent.
bool optionalIntOrAbsent(const std::optional<std::string> &raw, bool nonNegative,
                         std::optional<std::int32_t> &out)
{
    out.reset();
    if (!raw) {
        return true;
    }
    out = proto::parseInt32(*raw);
    if (out && *out == -1) {
        out.reset();
        return true;
    }
    return out && (!nonNegative || *out >= 0);
}

/// A LockCookie header as GetOptionalNonNegativeInt32HeaderValue reads it: `value` set when valid,
/// `invalid` when sent but not a non-negative Int32. The verb decides when (and whether) it matters.
struct CookieHeader
{
    std::optional<std::int32_t> value;
    bool invalid = false;
};

CookieHeader readCookie(const std::optional<std::string> &raw)
{
    CookieHeader c;
    c.invalid = !optionalInt(raw, true, c.value);
    if (c.invalid) {
        c.value.reset();
    }
    return c;
}

proto::Response fromResult(StoreResult &&s, bool withItem)
{
    proto::Response r;
    r.status = s.status;
    if (s.initializeItem) {
        r.actionFlags = 1;
    }
    if (s.status == 423) {
        r.lockCookie = s.lockCookie;
        r.lockAge = s.lockAgeSeconds;
        r.lockDate = s.lockDateLocalTicks;
    } else if (s.status == 400) {
        r.body = proto::invalidHeaderBody(s.badRequest);
    } else if (s.status == 200 && withItem) {
        r.timeout = s.timeoutMinutes;
        r.lockCookie = s.lockCookie;   // set only by an acquire
        r.body = std::move(s.content); // the item is copied once more, into the output buffer
    }
    return r;
}

/// StateRuntime.DoGet: release reads its (required) LockCookie after the lookup; acquire locks; any other
/// Exclusive value is served as a plain GET (the native parser passes only acquire/release on).
proto::Response doGet(SessionStore &store, const proto::Request &request)
{
    switch (request.exclusive) {
    case proto::Exclusive::Release: {
        const CookieHeader cookie = readCookie(request.lockCookie);
        return fromResult(store.releaseItemExclusive(request.key, cookie.value), false);
    }
    case proto::Exclusive::Acquire:
        return fromResult(store.getItemExclusive(request.key), true);
    case proto::Exclusive::None:
    case proto::Exclusive::Invalid:
        break;
    }
    return fromResult(store.getItem(request.key), true);
}

/// StateRuntime.FinishPut: Timeout (-1 = absent = 20; > 525600 -> 400), then ExtraFlags (-1 = absent = 0),
/// then the store, which reads LockCookie only for an existing item after the ExtraFlags bit 0 no-op.
proto::Response doPut(SessionStore &store, const proto::Request &request, std::string body)
{
    std::optional<std::int32_t> timeout, flags;
    if (!optionalIntOrAbsent(request.timeout, true, timeout)) {
        return badHeader("Http_Timeout");
    }
    if (!optionalIntOrAbsent(request.extraFlags, false, flags)) {
        return badHeader("Http_ExtraFlags");
    }
    const CookieHeader cookie = readCookie(request.lockCookie);
    return fromResult(store.setAndReleaseItemExclusive(request.key, std::move(body),
                                                       timeout.value_or(kDefaultTimeoutMinutes), cookie.value,
                                                       flags.value_or(0), cookie.invalid),
                      false);
}

proto::Response dispatch(SessionStore &store, const proto::Request &request, std::string *body)
{
    switch (request.verb) {
    case proto::Verb::Get:
        return doGet(store, request);
    case proto::Verb::Put:
        return doPut(store, request, body ? *body : request.body);
    case proto::Verb::Delete: { // StateRuntime.DoDelete: lookup (404) before LockCookie
        const CookieHeader cookie = readCookie(request.lockCookie);
        return fromResult(store.removeItem(request.key, cookie.value, cookie.invalid), false);
    }
    case proto::Verb::Head:
        return fromResult(store.resetItemTimeout(request.key), false);
    case proto::Verb::Other:
        break;
    }
    proto::Response r;
    r.status = 400; // StateRuntime.DoUnknown
    return r;
}

} // namespace

proto::Response processRequest(SessionStore &store, const proto::Request &request)
{
    return dispatch(store, request, nullptr);
}

proto::Response processRequest(SessionStore &store, proto::Request &&request)
{
    return dispatch(store, request, &request.body);
}

} // namespace sd
