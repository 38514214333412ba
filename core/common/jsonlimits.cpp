#include "common/jsonlimits.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

namespace tierlab::JsonLimits {

namespace {

// One open object or array while scanning.
struct Frame
{
    bool array = false;
    std::size_t count = 0;   // elements or members seen before the current one
    bool expectKey = false;  // object: the next string is a member name
    QString key;             // object: the current member's name
};

// "signals[0].rule.scores", as the model validator writes paths.
// With `container`, the path of the innermost object or array itself, not of its current member.
QString pathOf(const std::vector<Frame> &stack, const QString &root, bool container)
{
    QString path = root;
    for (std::size_t i = 0; i < stack.size(); ++i) {
        const Frame &f = stack[i];
        if (container && i + 1 == stack.size())
            break;
        if (f.array) {
            path += u'[' + QString::number(f.count) + u']';
        } else if (!f.key.isEmpty()) {
            if (!path.isEmpty())
                path += u'.';
            path += f.key;
        }
    }
    // A path through a deep nest is not read to its end: its start, in whole steps, says where.
    if (path.size() > 160) {
        const qsizetype cut = std::max(path.lastIndexOf(u'[', 160), path.lastIndexOf(u'.', 160));
        path = path.left(cut > 0 ? cut : 160) + u'…';
    }
    if (path.isEmpty())
        path = root;
    return path;
}

// The messages' translation context.
struct JsonText
{
    Q_DECLARE_TR_FUNCTIONS(JsonLimits)
};

} // namespace

Result<void> check(const QByteArray &json, const QString &root)
{
    if (json.size() > kMaxFileBytes)
        return fail(JsonText::tr("the file is %1 bytes; at most %2 are read").arg(QString::number(json.size()), QString::number(kMaxFileBytes)),
                    Error::Code::Invalid);
    std::vector<Frame> stack;
    qsizetype line = 1, lineStart = 0;
    auto refuse = [&](qsizetype at, const QString &what, bool container = false) {
        const QString path = pathOf(stack, root, container);
        const QString where = JsonText::tr("line %1, column %2").arg(line).arg(at - lineStart + 1);
        return fail(path.isEmpty() ? QStringLiteral("%1 (%2)").arg(what, where) : QStringLiteral("%1: %2 (%3)").arg(path, what, where),
                    Error::Code::Invalid);
    };
    const char *p = json.constData();
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char ch = p[i];
        switch (ch) {
        case '\n':
            ++line;
            lineStart = i + 1;
            break;
        case '{':
        case '[':
            if (int(stack.size()) >= kMaxDepth)
                return refuse(i, JsonText::tr("nested deeper than %1 levels").arg(kMaxDepth));
            stack.push_back(Frame{ch == '[', 0, ch == '{', QString()});
            break;
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            break;
        case ',':
            if (!stack.empty()) {
                Frame &f = stack.back();
                if (++f.count >= kMaxMembers)
                    return refuse(i, f.array ? JsonText::tr("more than %1 elements in one array").arg(QString::number(qulonglong(kMaxMembers)))
                                             : JsonText::tr("more than %1 members in one object").arg(QString::number(qulonglong(kMaxMembers))),
                                  true);
                if (!f.array) {
                    f.expectKey = true;
                    f.key.clear();
                }
            }
            break;
        case '"': {
            const qsizetype start = i + 1;
            qsizetype j = start;
            while (j < n && p[j] != '"') {
                if (p[j] == '\\')
                    ++j;
                ++j;
            }
            if (std::size_t(j - start) > kMaxStringBytes)
                return refuse(i, JsonText::tr("a string of more than %1 bytes").arg(QString::number(qulonglong(kMaxStringBytes))));
            if (!stack.empty() && !stack.back().array && stack.back().expectKey) {
                stack.back().key = QString::fromUtf8(p + start, std::min<qsizetype>(j - start, 200));
                stack.back().expectKey = false;
            }
            i = j;   // at the closing quote (or the end: the parser reports the open string)
            break;
        }
        case '-':
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7':
        case '8':
        case '9': {
            qsizetype j = i;
            while (j < n && (std::isdigit(static_cast<unsigned char>(p[j])) || p[j] == '-' || p[j] == '+' || p[j] == '.'
                             || p[j] == 'e' || p[j] == 'E'))
                ++j;
            if (std::size_t(j - i) > kMaxNumberChars)
                return refuse(i, JsonText::tr("a number of more than %1 characters").arg(kMaxNumberChars));
            const std::string text(p + i, std::size_t(j - i));
            char *end = nullptr;
            const double v = std::strtod(text.c_str(), &end);
            if (end != text.c_str() && !std::isfinite(v))
                return refuse(i, JsonText::tr("the number %1 is too large for a double (at most about 1.8e308)").arg(QString::fromStdString(text)));
            i = j - 1;
            break;
        }
        default:
            break;
        }
    }
    return {};
}

} // namespace tierlab::JsonLimits
