#include "Cli.h"
#include "identity/Iin.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace kense::cli {

int iinCommand(Context& ctx, const QString& verb)
{
    if (verb != QLatin1String("check"))
        throw Failure{BadInput, QStringLiteral("unknown subcommand 'iin %1' (check)").arg(verb)};
    QCommandLineParser parser;
    const QStringList pos = ctx.parse(parser, 1, 1, QStringLiteral("kensectl iin check NUMBER [--json]"));
    const IdentityNumber id = IdentityNumber::check(pos.first());
    QJsonObject out{{QStringLiteral("valid"), id.isValid()}};
    if (id.isValid()) {
        const bool iin = id.kind() == IdentityNumber::Kind::Iin;
        out.insert(QStringLiteral("kind"), iin ? QStringLiteral("iin") : QStringLiteral("bin"));
        if (iin) {
            out.insert(QStringLiteral("birth_date"), id.birthDate().toString(Qt::ISODate));
            out.insert(QStringLiteral("sex"),
                       id.sex() == IdentityNumber::Sex::Male ? QStringLiteral("male") : QStringLiteral("female"));
        }
    } else {
        out.insert(QStringLiteral("reason"), id.reason());
        out.insert(QStringLiteral("code"), id.failureCode());
    }
    if (ctx.json()) {
        Context::printJson(out);
    } else if (id.isValid()) {
        Context::printLine(id.kind() == IdentityNumber::Kind::Iin
                               ? QStringLiteral("valid IIN: born %1, %2")
                                     .arg(out.value(QStringLiteral("birth_date")).toString(),
                                          out.value(QStringLiteral("sex")).toString())
                               : QStringLiteral("valid BIN"));
    }
    if (!id.isValid())
        throw Failure{No, id.reason()};
    return Ok;
}

} // namespace kense::cli
