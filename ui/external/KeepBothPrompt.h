#pragma once

#include "core/Error.h"
#include "core/wiki/PageName.h"

#include <QCoreApplication>
#include <functional>

class QWidget;

namespace cp {

class Commons;

// Asked when saving would overwrite an edit made to the page's file outside
// Commonplace: "Keep both" commits the outside version first and then saves the
// editor's text on top (`save`), so both are in the history; Cancel changes nothing.
// Window-modal, never blocks the event loop.
class KeepBothPrompt
{
    Q_DECLARE_TR_FUNCTIONS(cp::KeepBothPrompt)
public:
    static void ask(QWidget* window, Commons& commons, const PageName& page, const Error& why,
                    std::function<void()> save);
};

} // namespace cp
