package org.trustbricks.mudmanager.site;

/** Forward DNS resolution for DNS-name ACEs. There is deliberately no reverse lookup. */
@FunctionalInterface
public interface DnsResolver {

    /** Resolves a name to its A and AAAA addresses; failures are returned, not thrown. */
    Resolution resolve(String name);
}
