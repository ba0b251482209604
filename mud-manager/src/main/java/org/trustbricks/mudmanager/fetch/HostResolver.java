package org.trustbricks.mudmanager.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Resolves the host of a URL before connecting, so every answer can be checked against the SSRF rules. */
@FunctionalInterface
public interface HostResolver {

    /** The system resolver. */
    HostResolver SYSTEM = InetAddress::getAllByName;

    /** All addresses of the host. */
    InetAddress[] resolve(String host) throws UnknownHostException;
}
