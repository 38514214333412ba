#pragma once

#include <QString>

#include <expected>

namespace tierlab {

// Errors cross the core API as values. The message is complete and user-facing: it names the file,
// line, column or JSON path and what is wrong.
struct Error
{
    enum class Code {
        Generic,
        NotFound,
        NotAWorkspace,
        NewerVersion,
        Corrupt,
        Locked,
        Io,
        Invalid,
        Cancelled,
        NeedsConfirmation,   // refused until the user confirms (e.g. an import adding many new accounts)
    };

    Code code = Code::Generic;
    QString message;

    Error() = default;
    explicit Error(QString msg, Code c = Code::Generic) : code(c), message(std::move(msg)) {}
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString message, Error::Code code = Error::Code::Generic)
{
    return std::unexpected<Error>(Error(std::move(message), code));
}

} // namespace tierlab
