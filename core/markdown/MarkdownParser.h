#pragma once

#include "core/markdown/MarkdownNode.h"

#include <QString>

namespace cp {

// Parses GitHub-flavoured markdown (tables, strikethrough, autolinks, task lists,
// tagfilter) with cmark-gfm and hands back a tree of our own MarkdownNode values;
// the C tree is freed before parse() returns. Safe to call from any thread.
class MarkdownParser
{
public:
    // Nesting deeper than this is flattened into text, so hostile input cannot
    // exhaust the stack of the recursive walkers that consume the tree.
    static constexpr int maxDepth = 64;

    [[nodiscard]] static MarkdownNode parse(const QString& markdown);
};

} // namespace cp
