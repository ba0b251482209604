package org.trustbricks.registry.mudmanager;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.mudmanager.learn.MudUrlBinding;
import org.trustbricks.registry.audit.AuditLog;

/**
 * The MUD manager's index of known devices and their MUD URLs, per site; compilation binds same-manufacturer and
 * model from it. Bindings come from administrators or from the learning channels (DHCP, LLDP, 802.1AR).
 */
public final class DeviceIndex {

    /** Most devices one site may index. */
    public static final int MAX_PER_SITE = 10_000;

    private final Jdbi jdbi;

    private DeviceIndex(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The index stored through the given Jdbi. */
    public static DeviceIndex using(Jdbi jdbi) {
        return new DeviceIndex(jdbi);
    }

    /** The site's devices by name. */
    public List<DeviceBinding> list(String site) {
        return jdbi.withHandle(h -> h.createQuery("""
                select id, site, name, mac, address, mud_url, source, signer, added_by, added_at
                from mud_device_binding where site = :site order by name""").bind("site", site)
                .map((rs, c) -> new DeviceBinding(rs.getLong("id"), rs.getString("site"), rs.getString("name"),
                        rs.getString("mac"), rs.getString("address"), rs.getString("mud_url"), rs.getString("source"),
                        rs.getString("signer"), rs.getString("added_by"), rs.getTimestamp("added_at").toInstant()))
                .list());
    }

    /** The sites that have an index, by name. */
    public List<String> sites() {
        return jdbi.withHandle(h -> h.createQuery("select distinct site from mud_device_binding order by site")
                .mapTo(String.class).list());
    }

    /**
     * Adds (or replaces, by name) a binding the caller has checked (a usable {@code Learned} binding).
     *
     * @return the stored binding, or empty when the site already holds {@link #MAX_PER_SITE} other devices
     */
    public Optional<DeviceBinding> put(String site, String name, MudUrlBinding binding, String actor) {
        boolean stored = jdbi.inTransaction(h -> {
            int others = h.createQuery("select count(*) from mud_device_binding where site = :site and name <> :name")
                    .bind("site", site).bind("name", name).mapTo(Integer.class).one();
            if (others >= MAX_PER_SITE) {
                return false;
            }
            h.createUpdate("""
                    insert into mud_device_binding (site, name, mac, address, mud_url, source, signer, added_by)
                    values (:site, :name, :mac, :address, :url, :source, :signer, :by)
                    on conflict (site, name) do update set mac = excluded.mac, address = excluded.address,
                        mud_url = excluded.mud_url, source = excluded.source, signer = excluded.signer,
                        added_by = excluded.added_by, added_at = now()""")
                    .bind("site", site).bind("name", name).bind("mac", binding.mac()).bind("address", binding.address())
                    .bind("url", binding.mudUrl()).bind("source", binding.source().name()).bind("signer", binding.signer())
                    .bind("by", actor).execute();
            AuditLog.append(h, actor, "mud-manager.device.bind", "site/" + site + "/" + name,
                    binding.source() + " " + binding.mudUrl());
            return true;
        });
        return stored ? list(site).stream().filter(d -> d.name().equals(name)).findFirst() : Optional.empty();
    }

    /** Removes a binding of the site; false when the site has none with that id. */
    public boolean remove(String site, long id, String actor) {
        return jdbi.inTransaction(h -> {
            Optional<String> gone = h.createQuery("delete from mud_device_binding where site = :site and id = :id returning name")
                    .bind("site", site).bind("id", id).mapTo(String.class).findOne();
            gone.ifPresent(n -> AuditLog.append(h, actor, "mud-manager.device.unbind", "site/" + site + "/" + n, ""));
            return gone.isPresent();
        });
    }
}
