#include "core/wiki/HistoryEntry.h"

namespace cp {

QString HistoryEntry::signatureKey(SignatureState state)
{
    switch (state) {
    case SignatureState::Verified:
        return QStringLiteral("verified");
    case SignatureState::Unsigned:
        return QStringLiteral("unsigned");
    case SignatureState::Bad:
        return QStringLiteral("bad");
    case SignatureState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString HistoryEntry::changeKey(Change change)
{
    switch (change) {
    case Change::Added:
        return QStringLiteral("added");
    case Change::Modified:
        return QStringLiteral("modified");
    case Change::Renamed:
        return QStringLiteral("renamed");
    case Change::Removed:
        return QStringLiteral("removed");
    case Change::None:
        break;
    }
    return {};
}

} // namespace cp
