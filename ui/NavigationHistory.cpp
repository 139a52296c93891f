#include "ui/NavigationHistory.h"

namespace cp {

namespace {
constexpr qsizetype kMaximumLength = 200;
}

void NavigationHistory::visit(const PageName& page)
{
    if (m_current >= 0 && m_pages.at(m_current) == page)
        return;
    m_pages.resize(m_current + 1);
    m_pages.append(page);
    if (m_pages.size() > kMaximumLength)
        m_pages.removeFirst();
    m_current = m_pages.size() - 1;
}

PageName NavigationHistory::backTarget() const
{
    return m_current > 0 ? m_pages.at(m_current - 1) : PageName();
}

PageName NavigationHistory::forwardTarget() const
{
    return m_current + 1 < m_pages.size() ? m_pages.at(m_current + 1) : PageName();
}

void NavigationHistory::stepBack()
{
    if (m_current > 0)
        --m_current;
}

void NavigationHistory::stepForward()
{
    if (m_current + 1 < m_pages.size())
        ++m_current;
}

void NavigationHistory::rename(const PageName& from, const PageName& to)
{
    for (PageName& page : m_pages) {
        if (page == from)
            page = to;
    }
}

void NavigationHistory::forget(const PageName& page)
{
    for (qsizetype i = m_pages.size() - 1; i >= 0; --i) {
        if (m_pages.at(i) != page)
            continue;
        m_pages.removeAt(i);
        if (i <= m_current)
            --m_current;
    }
    // Two neighbours may now be the same page.
    for (qsizetype i = m_pages.size() - 1; i > 0; --i) {
        if (m_pages.at(i) == m_pages.at(i - 1)) {
            m_pages.removeAt(i);
            if (i <= m_current)
                --m_current;
        }
    }
    if (m_current < 0 && !m_pages.isEmpty())
        m_current = 0;
}

void NavigationHistory::clear()
{
    m_pages.clear();
    m_current = -1;
}

} // namespace cp
