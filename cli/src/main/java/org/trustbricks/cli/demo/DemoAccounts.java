package org.trustbricks.cli.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The demo's people, signed in on first use: the scheme owner, the CBs and the vendors. */
final class DemoAccounts {

    private static final List<String> CERTIFICATION_BODIES = List.of("cb", "cb2");

    private final PlatformClient client;
    private final DemoCredentials credentials;
    private final Map<String, PlatformClient.Session> sessions = new HashMap<>();

    DemoAccounts(PlatformClient client, DemoCredentials credentials) {
        this.client = client;
        this.credentials = credentials;
    }

    /** The signed-in session of a demo account, by sign-in name. */
    PlatformClient.Session as(String login) throws DemoFailedException {
        PlatformClient.Session s = sessions.get(login);
        if (s == null) {
            s = client.signIn(credentials.email(login), credentials.password());
            sessions.put(login, s);
        }
        return s;
    }

    /** The scheme owner, checked to be one (only the scheme owner reads the inventory). */
    PlatformClient.Session owner() throws DemoFailedException {
        PlatformClient.Session s = as("owner");
        if (!s.role().equals("SCHEME_OWNER")) {
            throw DemoFailedException.because(s.email() + " is not a scheme owner account (role " + s.role() + ")");
        }
        return s;
    }

    /** The demo CB account of the named certification body. */
    PlatformClient.Session certificationBody(String organisation) throws DemoFailedException {
        for (String login : CERTIFICATION_BODIES) {
            PlatformClient.Session s = as(login);
            if (s.organisation().equals(organisation)) {
                return s;
            }
        }
        throw DemoFailedException.because("no demo account belongs to the certification body " + organisation);
    }
}
