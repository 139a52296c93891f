#pragma once

#include <QObject>

class QSocketNotifier;

namespace cp::cli {

// Turns SIGINT and SIGTERM into a Qt signal, safely: the handler only writes a byte
// to a socket pair (async-signal-safe); a QSocketNotifier reads it in the event loop.
// One instance per process.
class StopSignals : public QObject
{
    Q_OBJECT

public:
    explicit StopSignals(QObject* parent = nullptr);
    ~StopSignals() override;

signals:
    void stopRequested(int signalNumber);

private:
    void onReadable();
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace cp::cli
