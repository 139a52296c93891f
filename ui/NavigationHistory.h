#pragma once

#include "core/wiki/PageName.h"

#include <QList>

namespace cp {

// The pages read before and after the current one, as a browser keeps them.
class NavigationHistory
{
public:
    // The person went to `page` by a link or the list: forward history ends here.
    void visit(const PageName& page);
    [[nodiscard]] PageName backTarget() const;
    [[nodiscard]] PageName forwardTarget() const;
    void stepBack();
    void stepForward();
    // Keeps the history in step with renamed and deleted pages.
    void rename(const PageName& from, const PageName& to);
    void forget(const PageName& page);
    void clear();

private:
    QList<PageName> m_pages;
    qsizetype m_current = -1;
};

} // namespace cp
