// SPDX-License-Identifier: GPL-3.0-or-later
// sessionctl genkey: a new <machineKey>.
#include "sessionctl.h"
#include "sessionctl_p.h"

#include "aspnet/machinekey.h"

#include <QCommandLineParser>

namespace sd::ctl {

int cmdGenkey(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption validation(QStringLiteral("validation"),
                                        QStringLiteral("Validation algorithm: %1 (default HMACSHA256).")
                                            .arg(validationAlgorithmNames().join(QStringLiteral(", "))),
                                        QStringLiteral("ALG"), QStringLiteral("HMACSHA256"));
    const QCommandLineOption decryption(QStringLiteral("decryption"),
                                        QStringLiteral("Decryption algorithm: %1 (default AES = AES-256).")
                                            .arg(decryptionAlgorithmNames().join(QStringLiteral(", "))),
                                        QStringLiteral("ALG"), QStringLiteral("AES"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    p.addOptions({validation, decryption, json});
    if (int rc = parse(
            p, args, QStringLiteral("genkey"),
            QStringLiteral("Generate a <machineKey> with OpenSSL's CSPRNG, in the shape of Microsoft's "
                           "Generate-MachineKey script.\nPut the same keys on every server of a farm."));
        rc >= 0) {
        return rc;
    }
    if (!p.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("genkey takes no arguments"), QStringLiteral("genkey"));
    }
    const auto v = parseValidationAlgorithm(p.value(validation));
    if (!v) {
        return usageError(QStringLiteral("unknown validation algorithm '%1'").arg(p.value(validation)),
                          QStringLiteral("genkey"));
    }
    const auto d = parseDecryptionAlgorithm(p.value(decryption));
    if (!d) {
        return usageError(QStringLiteral("unknown decryption algorithm '%1'").arg(p.value(decryption)),
                          QStringLiteral("genkey"));
    }
    QString error;
    const auto key = generateMachineKey(*v, *d, &error);
    if (!key) {
        err() << kProgram << ": " << error << '\n';
        return ExitUsage;
    }
    if (p.isSet(json)) {
        printJson({{QStringLiteral("validation"), key->validation},
                   {QStringLiteral("decryption"), key->decryption},
                   {QStringLiteral("validationKey"), key->validationKey},
                   {QStringLiteral("decryptionKey"), key->decryptionKey},
                   {QStringLiteral("validationKeyBytes"), validationKeyBytes(*v)},
                   {QStringLiteral("decryptionKeyBytes"), decryptionKeyBytes(*d)},
                   {QStringLiteral("xml"), key->toXml()}});
    } else {
        if (*v == ValidationAlgorithm::MD5 || *v == ValidationAlgorithm::SHA1) {
            err() << kProgram << ": warning: " << key->validation << " is a weak MAC; prefer HMACSHA256\n";
        }
        if (*d == DecryptionAlgorithm::DES || *d == DecryptionAlgorithm::TripleDES) {
            err() << kProgram << ": warning: " << key->decryption << " is a weak cipher; prefer AES\n";
        }
        err().flush();
        out() << key->toXml() << '\n';
    }
    out().flush();
    return ExitOk;
}

} // namespace sd::ctl
