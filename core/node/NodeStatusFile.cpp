#include "core/node/NodeStatusFile.h"

#include "core/git/Repository.h"
#include "core/node/Node.h"
#include "core/sync/Replica.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <limits>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#endif

namespace cp::node {

namespace {

using Reach = PeerStatus::Reach;

std::optional<Reach> reachFromKey(const QString& key)
{
    for (Reach r : {Reach::Unknown, Reach::Lan, Reach::Internet, Reach::Relayed})
        if (PeerStatus::reachKey(r) == key)
            return r;
    return std::nullopt;
}

QJsonObject peerToJson(const PeerStatus& p)
{
    return {{QStringLiteral("pid"), p.pid.pid()},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("online"), p.online},
            {QStringLiteral("inbound"), p.inbound},
            {QStringLiteral("reach"), PeerStatus::reachKey(p.reach)},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("addresses"), QJsonArray::fromStringList(p.addresses)},
            {QStringLiteral("source"), p.source},
            {QStringLiteral("lastSeen"), p.lastSeen},
            {QStringLiteral("lastExchange"), p.lastExchange},
            {QStringLiteral("failures"), p.failures},
            {QStringLiteral("lastError"), p.lastError},
            {QStringLiteral("trust"), p.trust},
            {QStringLiteral("seq"), QString::number(p.seq)}}; // u64: a string keeps every digit
}

// Reads fields of one JSON object, remembering the first thing wrong with it.
class Fields
{
public:
    Fields(const QJsonObject& o, QString where) : m_o(o), m_where(std::move(where)) {}

    QString string(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isString() && !v.isUndefined())
            wrong(key);
        return v.toString();
    }
    bool boolean(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isBool() && !v.isUndefined())
            wrong(key);
        return v.toBool();
    }
    qint64 integer(const char* key, qint64 min = 0, qint64 max = std::numeric_limits<qint64>::max())
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return 0;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || qint64(d) < min || qint64(d) > max)
            wrong(key);
        return v.isDouble() ? qint64(d) : 0;
    }
    QStringList strings(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isArray() && !v.isUndefined())
            wrong(key);
        QStringList out;
        for (const QJsonValue& e : v.toArray()) {
            if (!e.isString())
                wrong(key);
            out.append(e.toString());
        }
        return out;
    }
    void wrong(const char* key)
    {
        if (m_error.isEmpty())
            m_error = NodeStatusFile::tr("%1: “%2” has the wrong type or value").arg(m_where, QLatin1String(key));
    }
    [[nodiscard]] const QString& error() const { return m_error; }

private:
    const QJsonObject& m_o;
    QString m_where;
    QString m_error;
};

} // namespace

QString NodeStatusFile::pathIn(const QString& gitDir)
{
    return gitDir + QStringLiteral("/commonplace/node-status.json");
}

QByteArray NodeStatusFile::encode(const Snapshot& snapshot)
{
    const CommonsStatus& s = snapshot.status;
    const NodeDiagnostics& d = snapshot.diagnostics;
    QJsonArray peers;
    for (const PeerStatus& p : s.peers)
        peers.append(peerToJson(p));
    const QJsonObject diagnostics{{QStringLiteral("listening"), d.listening},
                                  {QStringLiteral("port"), int(d.port)},
                                  {QStringLiteral("listenError"), d.listenError},
                                  {QStringLiteral("advertised"), QJsonArray::fromStringList(d.advertised)},
                                  {QStringLiteral("portMapping"), d.portMapping},
                                  {QStringLiteral("lan"), d.lan}};
    const QJsonObject root{{QStringLiteral("version"), kVersion},
                           {QStringLiteral("processId"), snapshot.processId},
                           {QStringLiteral("written"), snapshot.writtenMs},
                           {QStringLiteral("commons"), s.commonsId},
                           {QStringLiteral("path"), s.path},
                           {QStringLiteral("ownSeq"), QString::number(s.ownSeq)},
                           {QStringLiteral("online"), s.online},
                           {QStringLiteral("lastExchange"), s.lastExchange},
                           {QStringLiteral("peers"), peers},
                           {QStringLiteral("diagnostics"), diagnostics}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<NodeStatusFile::Snapshot> NodeStatusFile::decode(QByteArrayView json)
{
    if (json.size() > kMaxSize)
        return fail(Error::protocol(tr("The node status is larger than %1 bytes.").arg(kMaxSize)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Error::protocol(tr("The node status is not a JSON object: %1").arg(parseError.errorString())));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("version")).toInt(-1) != kVersion)
        return fail(Error::protocol(tr("The node status is of an unknown version.")));
    Snapshot out;
    Fields f(root, tr("node status"));
    out.processId = f.integer("processId", 1);
    out.writtenMs = f.integer("written");
    out.status.commonsId = f.string("commons");
    out.status.path = f.string("path");
    bool ok = true;
    out.status.ownSeq = f.string("ownSeq").toULongLong(&ok);
    if (!ok)
        f.wrong("ownSeq");
    out.status.online = int(f.integer("online", 0, std::numeric_limits<int>::max()));
    out.status.lastExchange = f.integer("lastExchange");
    if (!f.error().isEmpty())
        return fail(Error::protocol(f.error()));
    if (out.status.commonsId.isEmpty() || out.processId <= 0)
        return fail(Error::protocol(tr("The node status names no commons or process.")));
    if (!root.value(QStringLiteral("peers")).isArray() || !root.value(QStringLiteral("diagnostics")).isObject())
        return fail(Error::protocol(tr("The node status has no peers or diagnostics.")));

    const QJsonObject d = root.value(QStringLiteral("diagnostics")).toObject();
    Fields df(d, tr("node diagnostics"));
    out.diagnostics.listening = df.boolean("listening");
    out.diagnostics.port = quint16(df.integer("port", 0, 65535));
    out.diagnostics.listenError = df.string("listenError");
    out.diagnostics.advertised = df.strings("advertised");
    out.diagnostics.portMapping = df.string("portMapping");
    out.diagnostics.lan = df.string("lan");
    if (!df.error().isEmpty())
        return fail(Error::protocol(df.error()));

    const QJsonArray peers = root.value(QStringLiteral("peers")).toArray();
    for (qsizetype i = 0; i < peers.size(); ++i) {
        if (!peers[i].isObject())
            return fail(Error::protocol(tr("Peer %1 of the node status is not an object.").arg(i + 1)));
        const QJsonObject o = peers[i].toObject();
        Fields pf(o, tr("peer %1 of the node status").arg(i + 1));
        PeerStatus p;
        auto pid = PublicKey::fromText(pf.string("pid"));
        if (!pid)
            return fail(Error::protocol(
                tr("Peer %1 of the node status has no valid peer id: %2").arg(i + 1).arg(pid.error().message)));
        p.pid = *pid;
        p.name = pf.string("name");
        p.online = pf.boolean("online");
        p.inbound = pf.boolean("inbound");
        const auto reach = reachFromKey(pf.string("reach"));
        if (!reach)
            pf.wrong("reach");
        p.reach = reach.value_or(Reach::Unknown);
        p.address = pf.string("address");
        p.addresses = pf.strings("addresses");
        p.source = pf.string("source");
        p.lastSeen = pf.integer("lastSeen");
        p.lastExchange = pf.integer("lastExchange");
        p.failures = int(pf.integer("failures", 0, std::numeric_limits<int>::max()));
        p.lastError = pf.string("lastError");
        p.trust = pf.string("trust");
        const QString seq = pf.string("seq");
        p.seq = seq.isEmpty() ? 0 : seq.toULongLong(&ok);
        if (!seq.isEmpty() && !ok)
            pf.wrong("seq");
        if (!pf.error().isEmpty())
            return fail(Error::protocol(pf.error()));
        out.status.peers.append(p);
    }
    return out;
}

Status NodeStatusFile::write(const QString& gitDir, const Snapshot& snapshot)
{
    const QString path = pathIn(gitDir);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(encode(snapshot)) < 0 || !out.commit())
        return fail(Error::io(tr("Cannot write the node status %1: %2").arg(path, out.errorString())));
    return {};
}

Result<std::optional<NodeStatusFile::Snapshot>> NodeStatusFile::read(const QString& gitDir)
{
    QFile in(pathIn(gitDir));
    if (!in.exists())
        return std::optional<Snapshot>();
    if (!in.open(QIODevice::ReadOnly))
        return fail(Error::io(tr("Cannot read the node status %1: %2").arg(in.fileName(), in.errorString())));
    auto snapshot = decode(in.read(kMaxSize + 1));
    if (!snapshot)
        return fail(snapshot.error().context(in.fileName()));
    return std::optional(std::move(*snapshot));
}

void NodeStatusFile::remove(const QString& gitDir)
{
    QFile::remove(pathIn(gitDir));
}

bool NodeStatusFile::isLive(const Snapshot& snapshot, qint64 nowMs)
{
    if (nowMs - snapshot.writtenMs > kStaleMs || snapshot.writtenMs - nowMs > kStaleMs)
        return false;
#ifdef Q_OS_UNIX
    if (snapshot.processId > 0 && ::kill(pid_t(snapshot.processId), 0) != 0 && errno == ESRCH)
        return false;
#endif
    return true;
}

NodeStatusPublisher::NodeStatusPublisher(Node* node, QObject* parent) : QObject(parent), m_node(node)
{
    connect(node, &Node::statusChanged, this, &NodeStatusPublisher::publish);
    connect(node, &Node::diagnosticsChanged, this, &NodeStatusPublisher::publishAll);
    m_heartbeat.setInterval(NodeStatusFile::kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &NodeStatusPublisher::publishAll);
    m_heartbeat.start();
}

NodeStatusPublisher::~NodeStatusPublisher()
{
    withdraw();
}

void NodeStatusPublisher::publishAll()
{
    if (!m_node)
        return;
    for (const QString& id : m_node->commonsIds())
        publish(id);
}

void NodeStatusPublisher::publish(const QString& commonsId)
{
    if (!m_node || m_withdrawn)
        return;
    auto status = m_node->status(commonsId);
    sync::Replica* replica = m_node->replica(commonsId);
    if (!status || !replica)
        return;
    const QString gitDir = replica->repository().gitDir();
    NodeStatusFile::Snapshot snapshot{*status, m_node->diagnostics(), QCoreApplication::applicationPid(),
                                      QDateTime::currentMSecsSinceEpoch()};
    if (auto ok = NodeStatusFile::write(gitDir, snapshot); !ok)
        qWarning().noquote() << ok.error().message;
    else
        m_written.insert(commonsId, gitDir);
}

void NodeStatusPublisher::withdraw()
{
    m_withdrawn = true;
    m_heartbeat.stop();
    for (const QString& gitDir : std::as_const(m_written))
        NodeStatusFile::remove(gitDir);
    m_written.clear();
}

} // namespace cp::node
