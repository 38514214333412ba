// SPDX-License-Identifier: GPL-3.0-or-later
// The model-file loader: ModelFile::fromJson, the validator (alone and against a small catalogue),
// and a save of what loaded, which must load again (a model file Tierlab writes and cannot read back
// would lose the analyst's work).
#include "fuzzsupport.h"

#include "model/modelfile.h"
#include "model/modelvalidator.h"

#include <vector>

using namespace tierlab;

namespace {

std::vector<SignalInfo> catalogue()
{
    std::vector<SignalInfo> c;
    auto add = [&](const char16_t *id, SignalType type) {
        SignalInfo s;
        s.index = int(c.size());
        s.id = QString::fromUtf16(id);
        s.originalName = s.id;
        s.type = type;
        c.push_back(s);
    };
    add(u"active_seat_ratio", SignalType::Number);
    add(u"logins", SignalType::Number);
    add(u"contract_type", SignalType::Category);
    add(u"exec_sponsor_engaged", SignalType::Flag);
    add(u"open_tickets", SignalType::Number);
    add(u"open_p1_tickets", SignalType::Number);
    add(u"nps", SignalType::Number);
    return c;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::quietQt();
    static const std::vector<SignalInfo> columns = catalogue();
    auto model = ModelFile::fromJson(fuzz::bytes(data, size));
    if (!model)
        return 0;
    (void)ModelValidator::validate(*model);
    (void)ModelValidator::validate(*model, &columns);
    (void)ModelValidator::columnProblems(*model, columns);
    const QByteArray saved = ModelFile::toJson(*model);
    auto again = ModelFile::fromJson(saved);
    if (!again) {
        std::fprintf(stderr, "a saved model does not load: %s\n", qPrintable(again.error().message));
        std::abort();
    }
    return 0;
}
