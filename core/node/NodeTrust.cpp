#include "core/git/Repository.h"
#include "core/node/Node.h"
#include "core/node/NodeServed_p.h"
#include "core/review/Approver.h"
#include "core/sync/GossipSession.h"

#include <QFileInfo>
#include <algorithm>
#include <utility>

namespace cp::node {

// Trust (DESIGN §8) ------------------------------------------------------------------------

void Node::setUpTrust(Served& served)
{
    Served* s = &served;
    served.hub->setRecordFilter([this, s](const sync::SignedRefs& record) { return !isBlocked(*s, record.peer()); });
    served.autoAcceptTimer = std::make_unique<QTimer>();
    served.autoAcceptTimer->setSingleShot(true);
    served.autoAcceptTimer->setInterval(0);
    connect(served.autoAcceptTimer.get(), &QTimer::timeout, this, [this, s] { autoAccept(*s); });
    connect(served.hub.get(), &sync::GossipHub::recordStored, this,
            [this, s](const sync::SignedRefs& record, const PublicKey&) {
                if (s->trust.value(record.peer()) == TrustPolicy::Level::Auto)
                    autoAcceptSoon(*s);
            });
    // Main moved here (say a commit of the edits that held an auto-accept back): try again.
    connect(served.hub.get(), &sync::GossipHub::ownRecordChanged, this, [this, s] { autoAcceptSoon(*s); });
    reloadTrust(served);
    autoAcceptSoon(served); // what trusted peers offered before this commons was served
}

void Node::reloadTrust(Served& served)
{
    // `commonplace-cli trust` may change the file while the node runs.
    const QString gitDir = served.replica->repository().gitDir();
    const QFileInfo file(gitDir + QStringLiteral("/commonplace/trust.json"));
    const QDateTime modified = file.exists() ? file.lastModified() : QDateTime();
    if (served.trustModified == modified)
        return;
    served.trustModified = modified;
    auto policy = TrustPolicy::load(gitDir);
    if (!policy) {
        emit problem(served.id, policy.error()); // the levels read before stay
        return;
    }
    const QHash<PublicKey, TrustPolicy::Level> before = std::exchange(served.trust, policy->levels());
    if (before == served.trust)
        return;
    applyTrust(served);
    statusSoon(served);
    maintainSoon(); // an unblocked peer may be dialed again
    autoAcceptSoon(served);
}

void Node::applyTrust(Served& served)
{
    for (auto it = served.trust.cbegin(); it != served.trust.cend(); ++it) {
        if (it.value() != TrustPolicy::Level::Block)
            continue;
        for (sync::GossipSession* session : served.hub->sessions())
            if (session->peer() == it.key())
                session->closeWith(QString(), QString());
        if (auto dial = served.dials.find(it.key()); dial != served.dials.end() && dial->dialer) {
            dial->dialer->deleteLater();
            dial->dialer = nullptr;
        }
    }
}

bool Node::isBlocked(const Served& served, const PublicKey& peer) const
{
    return served.trust.value(peer, TrustPolicy::Level::Review) == TrustPolicy::Level::Block;
}

void Node::autoAcceptSoon(Served& served)
{
    if (served.autoAcceptTimer && !served.autoAcceptTimer->isActive() &&
        std::ranges::any_of(served.trust, [](TrustPolicy::Level l) { return l == TrustPolicy::Level::Auto; }))
        served.autoAcceptTimer->start();
}

void Node::autoAccept(Served& served)
{
    auto main = served.replica->repository().resolve(QStringLiteral("refs/heads/main"));
    if (!main || !*main)
        return; // a commons being joined: nothing to approve onto yet
    auto approved = Approver::autoAcceptAt(served.replica->path(), m_identity, m_options.authorName);
    if (!approved) {
        emit problem(served.id, approved.error().context(tr("Accepting a trusted peer's changes")));
        return;
    }
    if (*approved > 0)
        (void)served.hub->checkLocal(); // my new main and accept notes: a new record, announced
}

} // namespace cp::node
