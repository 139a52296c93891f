#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <random>

namespace cp {
class Commons;
}

// Makes the benchmark's commons: pages of varied text (a Zipf-like mix of made-up
// words, some Cyrillic and accented), headings, lists and [[links]] between pages
// (a few to pages that do not exist), built in one commit with tree builders and
// then checked out. The tree-building part follows tests/bench/wiki's generator
// (copied, not shared, so each benchmark stays one folder).
class DepthGenerator
{
public:
    static constexpr int PagesPerFolder = 100;

    explicit DepthGenerator(int pages, int bytesPerPage, unsigned seed = 42);

    [[nodiscard]] QString title(int n) const;
    [[nodiscard]] QByteArray pageText(int n);
    // About `bytes` of markdown with everything the renderer handles (for the preview).
    [[nodiscard]] QString bigPage(int bytes);
    // Words of the vocabulary: rank 0 is the most common.
    [[nodiscard]] QString word(int rank) const { return m_vocabulary.at(rank % m_vocabulary.size()); }
    [[nodiscard]] int vocabularySize() const { return int(m_vocabulary.size()); }
    // Builds all pages in one commit on main and checks them out; returns the bytes of text written.
    qint64 generate(cp::Commons& commons);

private:
    QString randomWord();
    QString sentence(int words);

    int m_pages;
    int m_bytesPerPage;
    std::mt19937 m_random;
    QStringList m_vocabulary;
    QStringList m_titles;
};
