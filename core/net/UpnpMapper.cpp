#include "core/net/UpnpMapper.h"

#include <QCoreApplication>
#include <memory>
#include <miniupnpc/miniupnpc.h>
#include <miniupnpc/upnpcommands.h>
#include <miniupnpc/upnperrors.h>

namespace cp::net {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("UpnpMapper", text);
}

struct DevListFree
{
    void operator()(UPNPDev* list) const { freeUPNPDevlist(list); }
};
using DevList = std::unique_ptr<UPNPDev, DevListFree>;

// Owns the URLs UPNP_GetValidIGD fills in.
class IgdUrls
{
public:
    IgdUrls() = default;
    ~IgdUrls() { FreeUPNPUrls(&urls); }
    IgdUrls(const IgdUrls&) = delete;
    IgdUrls& operator=(const IgdUrls&) = delete;
    UPNPUrls urls{};
};

QString upnpError(int code)
{
    const char* text = strupnperror(code);
    return text ? QString::fromUtf8(text) : QString::number(code);
}

} // namespace

PortMapResult UpnpMapper::map(quint16 port, const PortMapperOptions& options, const std::atomic_bool& cancel)
{
    PortMapResult r;
    r.method = PortMapResult::Method::Upnp;
    r.internalPort = port;
    int error = 0;
    DevList devices(upnpDiscover(options.upnpDiscoveryMs, nullptr, nullptr, UPNP_LOCAL_PORT_ANY, 0, 2, &error));
    if (!devices) {
        r.error = tr("no UPnP router answered (error %1)").arg(error);
        return r;
    }
    if (cancel)
        return r;
    IgdUrls igd;
    IGDdatas data{};
    char lanAddress[64] = {};
    const int found = UPNP_GetValidIGD(devices.get(), &igd.urls, &data, lanAddress, sizeof lanAddress);
    if (found != 1) {
        r.error = found == 2   ? tr("the UPnP router says it is not connected to the internet")
                  : found == 3 ? tr("a UPnP device answered but it is not an internet gateway")
                               : tr("no UPnP internet gateway found");
        return r;
    }
    char external[40] = {};
    if (const int e = UPNP_GetExternalIPAddress(igd.urls.controlURL, data.first.servicetype, external);
        e != UPNPCOMMAND_SUCCESS) {
        r.error = tr("the UPnP router did not tell its external address: %1").arg(upnpError(e));
        return r;
    }
    const QByteArray portText = QByteArray::number(port);
    const QByteArray lease = QByteArray::number(options.leaseSeconds);
    const QByteArray description = options.description.toUtf8();
    int e = UPNP_AddPortMapping(igd.urls.controlURL, data.first.servicetype, portText.constData(), portText.constData(),
                                lanAddress, description.constData(), "TCP", nullptr, lease.constData());
    if (e == 725) { // OnlyPermanentLeasesSupported: old routers accept only lease 0
        e = UPNP_AddPortMapping(igd.urls.controlURL, data.first.servicetype, portText.constData(), portText.constData(),
                                lanAddress, description.constData(), "TCP", nullptr, "0");
    }
    if (e != UPNPCOMMAND_SUCCESS) {
        r.error = tr("the UPnP router refused to map TCP port %1 to %2: %3")
                      .arg(port)
                      .arg(QString::fromLatin1(lanAddress), upnpError(e));
        return r;
    }
    r.ok = true;
    r.externalAddress = QHostAddress(QString::fromLatin1(external));
    r.externalPort = port;
    r.lifetimeSeconds = options.leaseSeconds;
    r.controlUrl = igd.urls.controlURL;
    r.serviceType = data.first.servicetype;
    return r;
}

QString UpnpMapper::unmap(const PortMapResult& mapping)
{
    const QByteArray portText = QByteArray::number(mapping.externalPort);
    const int e = UPNP_DeletePortMapping(mapping.controlUrl.c_str(), mapping.serviceType.c_str(), portText.constData(),
                                         "TCP", nullptr);
    if (e != UPNPCOMMAND_SUCCESS)
        return tr("the UPnP router did not remove the mapping of port %1: %2")
            .arg(mapping.externalPort)
            .arg(upnpError(e));
    return {};
}

} // namespace cp::net
