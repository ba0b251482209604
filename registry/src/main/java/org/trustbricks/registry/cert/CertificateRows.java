package org.trustbricks.registry.cert;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;

/** How certificates are read from SQL (shared by lookups and search). */
final class CertificateRows {

    static final String COLUMNS = """
            c.id, c.source, coalesce(s.code, '') scheme, c.product, c.product_version, c.vendor_name, c.lab_name, c.cb_name,
            c.level, c.profiles, c.sfrs, c.methodology, c.issued_on, c.valid_until, c.status, c.st_reference,
            c.report_reference, c.certified_configuration, c.assumptions, coalesce(c.superseded_by, '') superseded_by,
            array(select p.part_id from certificate_part p where p.composite_id = c.id order by p.part_id) parts
            """;
    static final String FROM = " from certificate c left join scheme s on s.id = c.scheme_id ";

    static final RowMapper<Certificate> MAPPER = (rs, ctx) -> new Certificate(rs.getString("id"), rs.getString("source"),
            rs.getString("scheme"), rs.getString("product"), rs.getString("product_version"), rs.getString("vendor_name"),
            rs.getString("lab_name"), rs.getString("cb_name"), rs.getString("level"), strings(rs, "profiles"),
            strings(rs, "sfrs"), rs.getString("methodology"), rs.getObject("issued_on", LocalDate.class),
            rs.getObject("valid_until", LocalDate.class), CertificateStatus.valueOf(rs.getString("status")),
            rs.getString("st_reference"), rs.getString("report_reference"), rs.getString("certified_configuration"),
            rs.getString("assumptions"), strings(rs, "parts"), rs.getString("superseded_by"));

    private CertificateRows() {
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? List.of() : Arrays.stream((Object[]) a.getArray()).map(String::valueOf).toList();
    }
}
