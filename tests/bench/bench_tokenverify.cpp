// SPDX-License-Identifier: GPL-3.0-or-later
// Keys per second of the token verifier: N random <machineKey>s (64-byte validation key, AES-256 decryption
// key, algorithms and mode left open, as for a disclosed-key list) tried against one ViewState, then the
// right key. Usage: bench_tokenverify [N] (default 4000). Prints keys/s for a legacy MAC and a Framework45
// ViewState (machinekey.md §3.2 key set B), then the disclosed-list search as the app and sessionctl run it
// (a plain `validationKey,decryptionKey` list of N+1 lines parsed and tried by checkToken), side by side with
// a baseline in the same run: one bare HMAC-SHA1 per key over the same token (the least work any search must
// do), as a ratio.
#include "aspnet/tokencheck.h"
#include "aspnet/tokencrypto.h"
#include "aspnet/tokenverify.h"
#include "base/crypto.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

using namespace sd;

namespace {

const QString kKeyBVal = QStringLiteral("0074D9E5776602E629B362073918A43AD0D631800111D0453DB3416D3827C95B81F5"
                                        "75B388A6B425E39AC49BCDC2DC8A57AD2207DC72"
                                        "6E78544525A83AB4FE08");
const QString kKeyBDec = QStringLiteral("245EDC5AAF1F32D0087178F7409370AF0A2C1FDDE1240212C73604E0DE509029");

/// Tries `keys` then key B against `token`; prints the rate; returns false unless only key B validates.
bool run(const char *what, const QString &token, const TokenContext &context,
         const QList<MachineKeyCandidate> &keys)
{
    QElapsedTimer timer;
    timer.start();
    int valid = 0;
    for (const MachineKeyCandidate &k : keys) {
        valid += verifyToken(TokenKind::ViewState, token, k, context).status == TokenStatus::Valid ? 1 : 0;
    }
    const bool found = verifyToken(TokenKind::ViewState, token,
                                   {QStringLiteral("B"), kKeyBVal, kKeyBDec, {}, {}, {}}, context)
                           .status == TokenStatus::Valid;
    const double secs = double(qMax<qint64>(timer.nsecsElapsed(), 1)) / 1e9;
    std::printf("%s: %lld keys in %.3f s = %.0f keys/s (false positives %d, right key found: %s)\n", what,
                static_cast<long long>(keys.size() + 1), secs, double(keys.size() + 1) / secs, valid,
                found ? "yes" : "no");
    return found && valid == 0;
}

/// The disclosed-list search (candidatesFromKeyList + checkToken over a plain list ending in key B) against
/// the baseline; prints both and their ratio. False unless key B, and only it, is found.
bool runListSearch(const QString &token, const TokenContext &context, const QList<MachineKeyCandidate> &keys)
{
    QByteArray list("validationKey,decryptionKey\n");
    for (const MachineKeyCandidate &k : keys) {
        list += k.validationKey.toLatin1() + ',' + k.decryptionKey.toLatin1() + '\n';
    }
    list += kKeyBVal.toLatin1() + ',' + kKeyBDec.toLatin1() + '\n';
    const QByteArray bytes = QByteArray::fromBase64(token.toLatin1());
    QElapsedTimer timer;
    timer.start();
    int sink = 0;
    for (const MachineKeyCandidate &k : keys) {
        sink += tokencrypto::hmac(ValidationAlgorithm::SHA1, QByteArray::fromHex(k.validationKey.toLatin1()),
                                  bytes)
                    .at(0);
    }
    const double baseSecs = double(qMax<qint64>(timer.nsecsElapsed(), 1)) / 1e9;
    timer.restart();
    TokenCheckInput in;
    in.token = ExtractedToken{TokenKind::ViewState, token, std::nullopt, QStringLiteral("token")};
    in.context = context;
    in.disclosedKeys = candidatesFromKeyList(list, QStringLiteral("list"));
    const TokenReport r = checkToken(in);
    const double secs = double(qMax<qint64>(timer.nsecsElapsed(), 1)) / 1e9;
    const double rate = double(r.triedDisclosed) / secs;
    const double baseRate = double(keys.size()) / baseSecs;
    std::printf("disclosed-list search (plain list, parse + checkToken): %d keys in %.3f s = %.0f keys/s; "
                "baseline bare HMAC-SHA1: %.0f keys/s; ratio %.3f (checksum %d)\n",
                r.triedDisclosed, secs, rate, baseRate, rate / baseRate, sink & 1);
    return r.disclosed && r.outcomes.size() == 1 && r.triedDisclosed == keys.size() + 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 4000;
    QList<MachineKeyCandidate> keys;
    for (int i = 0; i < n; ++i) {
        const auto v = randomBytes(64);
        const auto d = randomBytes(32);
        if (!v || !d) {
            return 2;
        }
        keys.append({QString::number(i),
                     QString::fromLatin1(v->toHex()),
                     QString::fromLatin1(d->toHex()),
                     {},
                     {},
                     {}});
    }
    TokenContext legacy;
    legacy.url = QStringLiteral("/default2.aspx");
    legacy.generator = 0x9BD98A7D;
    TokenContext fx45;
    fx45.url = legacy.url;
    bool ok = run("legacy MAC ViewState, all algorithms and modes",
                  QStringLiteral("/wEPDwUJODc0MjgwMjkwZGTCdzCrBtl0AFYdKsWX1bQ8DcMilw=="), legacy, keys);
    ok = run("Framework45 ViewState, all algorithms",
             QStringLiteral("3RP87RgckNbfc7fNdaHzH9YLqbIhzpA64gFfWB49lhzHpuHFAAO7C7Dl2zh0dWUqobBb4hwiZJ1a2bhP"
                            "77aQiwqvVqg="),
             fx45, keys) &&
         ok;
    ok =
        runListSearch(QStringLiteral("/wEPDwUJODc0MjgwMjkwZGTCdzCrBtl0AFYdKsWX1bQ8DcMilw=="), legacy, keys) &&
        ok;
    return ok ? 0 : 1;
}
