#include "core/git/Notes.h"

#include "core/git/LibGit2_p.h"

#include <QCoreApplication>

namespace cp::git {

namespace {

using NotePtr = Owned<git_note, git_note_free>;

QString tr(const char* text)
{
    return QCoreApplication::translate("cp::git::Notes", text);
}

} // namespace

Result<std::optional<QByteArray>> Notes::read(const Repository& repo, const QString& notesRef, const Oid& object)
{
    git_note* note = nullptr;
    const git_oid oid = toGit(object);
    const QByteArray ref = notesRef.toUtf8();
    const int rc = git_note_read(&note, Internal::raw(repo), ref.constData(), &oid);
    if (rc == GIT_ENOTFOUND)
        return std::optional<QByteArray>();
    if (rc < 0)
        return fail(lastError(rc, tr("Cannot read the note on %1 in %2").arg(object.toShortHex(), notesRef)));
    NotePtr owned(note);
    return std::optional<QByteArray>(QByteArray(git_note_message(note)));
}

Result<Oid> Notes::write(Repository& repo, const QString& notesRef, const Oid& object, const QByteArray& text,
                         const Signature& author)
{
    auto sig = toGit(author);
    if (!sig)
        return fail(sig.error());
    git_oid out;
    const git_oid oid = toGit(object);
    const QByteArray ref = notesRef.toUtf8();
    if (const int rc = git_note_create(&out, Internal::raw(repo), ref.constData(), sig->get(), sig->get(), &oid,
                                       text.constData(), 1);
        rc < 0)
        return fail(lastError(rc, tr("Cannot write the note on %1 in %2").arg(object.toShortHex(), notesRef)));
    return fromGit(&out);
}

Result<QList<std::pair<Oid, QByteArray>>> Notes::all(const Repository& repo, const QString& notesRef)
{
    struct Collected
    {
        QList<Oid> objects;
    } collected;
    const QByteArray ref = notesRef.toUtf8();
    const int rc = git_note_foreach(
        Internal::raw(repo), ref.constData(),
        [](const git_oid*, const git_oid* annotated, void* payload) -> int {
            static_cast<Collected*>(payload)->objects.append(fromGit(annotated));
            return 0;
        },
        &collected);
    if (rc == GIT_ENOTFOUND)
        return QList<std::pair<Oid, QByteArray>>();
    if (rc < 0)
        return fail(lastError(rc, tr("Cannot list the notes in %1").arg(notesRef)));
    QList<std::pair<Oid, QByteArray>> notes;
    for (const Oid& object : collected.objects) {
        auto text = read(repo, notesRef, object);
        if (!text)
            return fail(text.error());
        if (*text)
            notes.append({object, **text});
    }
    return notes;
}

} // namespace cp::git
