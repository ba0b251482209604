package org.trustbricks.attestation.tps;

import java.util.HexFormat;

/**
 * Who is on the other end of a session, as established by the connector at login. Services key per-client state
 * (for example secure storage objects) by {@link #id()}.
 *
 * @param login the login method used
 * @param id    a stable identifier: "public", "user:NAME", "group:GID", "app:HEX", …
 */
public record ClientIdentity(LoginMethod login, String id) {

    /** The identity a login method and connection data establish for an in-process client. */
    public static ClientIdentity of(LoginMethod login, ConnectionData data, String osUser) {
        String app = data instanceof ConnectionData.Proprietary p ? HexFormat.of().formatHex(p.data()) : "";
        String gid = data instanceof ConnectionData.Gid g ? Integer.toString(g.gid()) : "";
        return new ClientIdentity(login, switch (login) {
            case PUBLIC -> "public";
            case USER -> "user:" + osUser;
            case GROUP -> "group:" + gid;
            case APPLICATION -> "app:" + app;
            case USER_APPLICATION -> "user:" + osUser + "/app:" + app;
            case GROUP_APPLICATION -> "group:" + gid + "/app:" + app;
        });
    }
}
