#include "DepthGenerator.h"

#include "core/git/Commit.h"
#include "core/git/Repository.h"
#include "core/git/Tree.h"
#include "core/git/TreeBuilder.h"
#include "core/wiki/Commons.h"

#include <QSet>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace {

template <typename T> T check(cp::Result<T> result, const char* what)
{
    if (!result) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(result.error().message));
        std::exit(2);
    }
    return std::move(*result);
}

void check(const cp::Status& status, const char* what)
{
    if (!status) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(status.error().message));
        std::exit(2);
    }
}

const QStringList kLatin = {QStringLiteral("ka"),  QStringLiteral("ro"),  QStringLiteral("mi"),  QStringLiteral("ten"),
                            QStringLiteral("sol"), QStringLiteral("va"),  QStringLiteral("lu"),  QStringLiteral("pre"),
                            QStringLiteral("dor"), QStringLiteral("gi"),  QStringLiteral("no"),  QStringLiteral("bel"),
                            QStringLiteral("fa"),  QStringLiteral("tri"), QStringLiteral("cus"), QStringLiteral("an"),
                            QStringLiteral("ver"), QStringLiteral("quo"), QStringLiteral("sé"),  QStringLiteral("zä")};
const QStringList kCyrillic = {
    QStringLiteral("ко"),  QStringLiteral("ра"), QStringLiteral("ми"),  QStringLiteral("лё"), QStringLiteral("сто"),
    QStringLiteral("ван"), QStringLiteral("жи"), QStringLiteral("пре"), QStringLiteral("ду"), QStringLiteral("не")};

} // namespace

DepthGenerator::DepthGenerator(int pages, int bytesPerPage, unsigned seed)
    : m_pages(pages), m_bytesPerPage(bytesPerPage), m_random(seed)
{
    // 30,000 made-up words; one in ten Cyrillic.
    QSet<QString> seen;
    while (m_vocabulary.size() < 30000) {
        const bool cyrillic = m_random() % 10 == 0;
        const QStringList& syllables = cyrillic ? kCyrillic : kLatin;
        QString w;
        const int count = 2 + int(m_random() % 3);
        for (int i = 0; i < count; ++i)
            w += syllables.at(int(m_random() % syllables.size()));
        if (!seen.contains(w)) {
            seen.insert(w);
            m_vocabulary.append(w);
        }
    }
    for (int n = 0; n < m_pages; ++n) {
        QString base = word(int(m_random() % 3000)) + u' ' + word(int(m_random() % 30000));
        base[0] = base[0].toUpper();
        m_titles.append(QStringLiteral("Folder %1/%2 %3")
                            .arg(n / PagesPerFolder, 3, 10, QLatin1Char('0'))
                            .arg(base)
                            .arg(n, 5, 10, QLatin1Char('0')));
    }
}

QString DepthGenerator::title(int n) const
{
    return m_titles.at(n);
}

QString DepthGenerator::randomWord()
{
    // Zipf-like: a few words are everywhere, most are rare.
    const double u = std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
    return word(int(std::pow(u, 3.0) * m_vocabulary.size()));
}

QString DepthGenerator::sentence(int words)
{
    QString s;
    for (int i = 0; i < words; ++i) {
        if (i)
            s += u' ';
        s += randomWord();
    }
    s[0] = s[0].toUpper();
    return s + u'.';
}

QByteArray DepthGenerator::pageText(int n)
{
    QString text = QStringLiteral("# ") + m_titles.at(n).section(u'/', 1) + QStringLiteral("\n\n");
    int paragraph = 0;
    while (text.size() < m_bytesPerPage * 0.85) { // Cyrillic letters take two bytes
        if (paragraph % 4 == 3)
            text += QStringLiteral("## ") + sentence(3) + QStringLiteral("\n\n");
        if (paragraph % 5 == 2) {
            for (int i = 0; i < 4; ++i)
                text += QStringLiteral("- ") + sentence(6) + u'\n';
            text += u'\n';
        }
        for (int s = 0; s < 5; ++s) {
            text += sentence(8 + int(m_random() % 10)) + u' ';
            if (m_random() % 4 == 0) {
                const int target = int(m_random() % m_pages);
                if (m_random() % 20 == 0)
                    text += QStringLiteral("See [[Missing page %1]]. ").arg(target % 500);
                else if (m_random() % 3 == 0)
                    text += QStringLiteral("See [[%1|%2]]. ").arg(m_titles.at(target), randomWord());
                else
                    text += QStringLiteral("See [[%1]]. ").arg(m_titles.at(target));
            }
        }
        text += QStringLiteral("\n\n");
        ++paragraph;
    }
    return text.toUtf8();
}

QString DepthGenerator::bigPage(int bytes)
{
    QString text = QStringLiteral("# A long page\n\n");
    int i = 0;
    while (text.toUtf8().size() < bytes) {
        text += QStringLiteral("## Section %1\n\n").arg(i);
        text += sentence(40) + QStringLiteral(" **") + sentence(4) + QStringLiteral("** and *") + sentence(3) +
                QStringLiteral("* with `code` and [[%1]] and [a link](https://example.org/%2).\n\n")
                    .arg(m_titles.at(i % m_pages))
                    .arg(i);
        text += QStringLiteral("| a | b | c |\n|---|---|---|\n| %1 | %2 | %3 |\n| %4 | %5 | %6 |\n\n")
                    .arg(randomWord(), randomWord(), randomWord(), randomWord(), randomWord(), randomWord());
        text += QStringLiteral("- [ ] ") + sentence(5) + QStringLiteral("\n- [x] ") + sentence(5) +
                QStringLiteral("\n\n```\ncode block %1\n```\n\n> ").arg(i) + sentence(12) + QStringLiteral("\n\n");
        ++i;
    }
    return text;
}

qint64 DepthGenerator::generate(cp::Commons& commons)
{
    cp::git::Repository& repo = commons.repository();
    const cp::git::Oid head = check(cp::git::Oid::fromHex(commons.head()), "head");
    cp::git::Commit parent = check(repo.lookupCommit(head), "head commit");
    cp::git::Tree base = check(parent.tree(), "root tree");
    cp::git::TreeBuilder root = check(repo.treeBuilder(&base), "root builder");
    qint64 bytes = 0;
    for (int start = 0; start < m_pages; start += PagesPerFolder) {
        const int end = std::min(m_pages, start + PagesPerFolder);
        cp::git::TreeBuilder folder = check(repo.treeBuilder(), "folder builder");
        for (int n = start; n < end; ++n) {
            const QByteArray text = pageText(n);
            bytes += text.size();
            const cp::git::Oid blob = check(repo.writeBlob(text), "blob");
            check(folder.insert(m_titles.at(n).section(u'/', 1) + QStringLiteral(".md"), blob), "insert");
        }
        const cp::git::Oid folderTree = check(folder.write(), "folder tree");
        check(root.insert(m_titles.at(start).section(u'/', 0, 0), folderTree, cp::git::FileMode::Tree),
              "insert folder");
    }
    cp::git::CommitDraft draft;
    draft.tree = check(root.write(), "root tree");
    draft.parents = {head};
    draft.author = cp::Commons::signatureFor(commons.author());
    draft.message = QStringLiteral("Add %1 pages").arg(m_pages);
    check(repo.commitOnto(QStringLiteral("refs/heads/main"), draft), "commit");
    check(repo.checkoutHead(cp::git::Repository::Checkout::Force), "checkout");
    return bytes;
}
