#include "ui/firstrun/WelcomeCommons.h"

#include "core/Profile.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/ProfileIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>

namespace cp {

QString WelcomeCommons::pagesFolder()
{
    for (const QString& language : QLocale().uiLanguages()) {
        const QString folder = QStringLiteral(":/welcome/") + language.section(u'-', 0, 0);
        if (QDir(folder).exists())
            return folder;
    }
    return QStringLiteral(":/welcome/en");
}

Result<std::unique_ptr<Commons>> WelcomeCommons::create(const Profile& profile, const QString& name,
                                                        bool withWelcomePages, const ProfileIdentity* identity)
{
    const CommonsInfo info{name, QCoreApplication::translate("cp::WelcomeCommons", "Started with Commonplace")};
    const bool signs = identity && identity->isReady();
    const Author author = signs ? identity->author() : Author{profile.authorName(), {}};
    auto commons =
        Commons::create(profile.newCommonsPath(name), info, author, signs ? identity->signer() : CommitSigner());
    if (!commons || !withWelcomePages)
        return commons;

    const QDir folder(pagesFolder());
    QStringList files;
    for (QDirIterator it(folder.path(), {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();)
        files.append(folder.relativeFilePath(it.next()));
    files.sort();
    for (const QString& file : files) {
        QFile source(folder.filePath(file));
        if (!source.open(QIODevice::ReadOnly))
            return fail(Error::internal(QCoreApplication::translate("cp::WelcomeCommons",
                                                                    "The welcome page %1 is missing from the program.")
                                            .arg(file)));
        auto page = PageName::fromPath(file);
        if (!page)
            return fail(page.error());
        const QString summary = QCoreApplication::translate("cp::WelcomeCommons", "Add the welcome page “%1”")
                                    .arg(page->title());
        if (auto added = (*commons)->pages().create(*page, QString::fromUtf8(source.readAll()), summary); !added)
            return fail(added.error());
    }
    return commons;
}

} // namespace cp
