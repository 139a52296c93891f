#pragma once

#include "core/Error.h"
#include "core/crypto/PublicKey.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace cp {

// What to do with one peer's changes: review each (the default), accept them as
// they arrive, or block the peer (nothing queued; the Node should not connect or
// take its records). Kept per commons in <git dir>/commonplace/trust.json.
class TrustPolicy
{
    Q_DECLARE_TR_FUNCTIONS(TrustPolicy)

public:
    enum class Level { Review, Auto, Block };

    // Reads the policy of the repository whose .git folder is `gitDir` (none kept: all Review).
    [[nodiscard]] static Result<TrustPolicy> load(const QString& gitDir);

    [[nodiscard]] Level level(const PublicKey& peer) const { return m_levels.value(peer, Level::Review); }
    [[nodiscard]] const QHash<PublicKey, Level>& levels() const { return m_levels; }
    // Sets and saves at once (atomically).
    [[nodiscard]] Status set(const PublicKey& peer, Level level);

    // "review" / "auto" / "block", and back (std::nullopt for another word).
    [[nodiscard]] static QString key(Level level);
    [[nodiscard]] static std::optional<Level> fromKey(const QString& key);

private:
    QString m_file;
    QHash<PublicKey, Level> m_levels;
};

} // namespace cp
