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
    if (!raw)
        return true;
    out = proto::parseInt32(*raw);
    return out && (!nonNegative || *out >= 0);
}

proto::Response fromResult(StoreResult &&s, bool withItem)
{
    proto::Response r;
    r.status = s.status;
    if (s.initializeItem)
        r.actionFlags = 1;
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

} // namespace

proto::Response processRequest(SessionStore &store, const proto::Request &request)
{
    std::optional<std::int32_t> cookie;
    switch (request.verb) {
    case proto::Verb::Get:
        switch (request.exclusive) {
        case proto::Exclusive::Invalid:
            return badHeader("Http_Exclusive");
        case proto::Exclusive::Release:
            if (!request.lockCookie || !optionalInt(request.lockCookie, true, cookie))
                return badHeader("Http_LockCookie");
            return fromResult(store.releaseItemExclusive(request.key, *cookie), false);
        case proto::Exclusive::Acquire:
            return fromResult(store.getItemExclusive(request.key), true);
        case proto::Exclusive::None:
            return fromResult(store.getItem(request.key), true);
        }
        break;
    case proto::Verb::Put: {
        std::optional<std::int32_t> timeout, flags;
        if (!optionalInt(request.timeout, true, timeout))
            return badHeader("Http_Timeout");
        if (!optionalInt(request.extraFlags, false, flags))
            return badHeader("Http_ExtraFlags");
        if (!optionalInt(request.lockCookie, true, cookie))
            return badHeader("Http_LockCookie");
        return fromResult(store.setAndReleaseItemExclusive(request.key, request.body,
                                                           timeout.value_or(kDefaultTimeoutMinutes), cookie,
                                                           flags.value_or(0)),
                          false);
    }
    case proto::Verb::Delete:
        if (!optionalInt(request.lockCookie, true, cookie))
            return badHeader("Http_LockCookie");
        return fromResult(store.removeItem(request.key, cookie), false);
    case proto::Verb::Head:
        return fromResult(store.resetItemTimeout(request.key), false);
    case proto::Verb::Other:
        break;
    }
    proto::Response r;
    r.status = 400; // StateRuntime.DoUnknown
    return r;
}

} // namespace sd
