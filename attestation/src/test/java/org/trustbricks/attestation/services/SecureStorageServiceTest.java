package org.trustbricks.attestation.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.attestation.cbor.CborItem;
import org.trustbricks.attestation.tps.ConnectionData;
import org.trustbricks.attestation.tps.LoginMethod;
import org.trustbricks.attestation.tps.Session;
import org.trustbricks.attestation.tps.TpsError;
import org.trustbricks.attestation.tps.TpsException;
import org.trustbricks.attestation.tps.TpsMessage;

class SecureStorageServiceTest {

    @TempDir
    Path dir;

    private ServiceTestSupport support() throws Exception {
        ObjectStore store = ObjectStore.directory(dir);
        return new ServiceTestSupport(sc -> SecureStorageService.on(sc, store));
    }

    private static ConnectionData app(String name) {
        return new ConnectionData.Proprietary(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static TpsMessage store(String name, String data) {
        return TpsMessage.of(SecureStorageService.STORE, 1, CborItem.of(name), 2, CborItem.of(data.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static TpsMessage load(String name) {
        return TpsMessage.of(SecureStorageService.LOAD, 1, CborItem.of(name));
    }

    @Test
    void an_object_stored_by_a_client_loads_back_and_is_not_kept_in_clear() throws Exception {
        ServiceTestSupport t = support();
        Session a = t.open(SecureStorageService.SERVICE_ID, LoginMethod.APPLICATION, app("thermostat"));
        t.client.transact(a, store("wifi-psk", "correct horse battery staple"));
        assertThat(t.client.transact(a, load("wifi-psk")).get(1)).isEqualTo(CborItem.of("correct horse battery staple".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                assertThat(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("horse");
            }
        }
        assertThat(t.client.transact(a, TpsMessage.of(SecureStorageService.LIST)).get(1)).isEqualTo(new CborItem.Array(List.of(CborItem.of("wifi-psk"))));
    }

    @Test
    void another_client_sees_none_of_the_objects() throws Exception {
        ServiceTestSupport t = support();
        Session a = t.open(SecureStorageService.SERVICE_ID, LoginMethod.APPLICATION, app("thermostat"));
        Session b = t.open(SecureStorageService.SERVICE_ID, LoginMethod.APPLICATION, app("camera"));
        t.client.transact(a, store("secret", "a's data"));
        assertThat(t.client.transact(b, load("secret"))).isEqualTo(TpsMessage.of(SecureStorageService.LOAD, 2, CborItem.of(ServiceError.NOT_FOUND.code())));
        assertThat(t.client.transact(b, TpsMessage.of(SecureStorageService.LIST)).get(1)).isEqualTo(new CborItem.Array(List.of()));
    }

    @Test
    void a_changed_or_swapped_blob_fails_its_integrity_check() throws Exception {
        ServiceTestSupport t = support();
        Session a = t.open(SecureStorageService.SERVICE_ID, LoginMethod.APPLICATION, app("thermostat"));
        t.client.transact(a, store("one", "first"));
        t.client.transact(a, store("two", "second"));
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        Path one = files.stream().filter(f -> f.getFileName().toString().endsWith("-one")).findFirst().orElseThrow();
        Path two = files.stream().filter(f -> f.getFileName().toString().endsWith("-two")).findFirst().orElseThrow();
        Files.copy(two, one, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        TpsMessage integrity = TpsMessage.of(SecureStorageService.LOAD, 2, CborItem.of(ServiceError.INTEGRITY_FAILURE.code()));
        assertThat(t.client.transact(a, load("one"))).isEqualTo(integrity);
        byte[] b = Files.readAllBytes(two);
        b[b.length - 1] ^= 1;
        Files.write(two, b);
        assertThat(t.client.transact(a, load("two"))).isEqualTo(integrity);
    }

    @Test
    void refuses_anonymous_clients_oversized_objects_and_bad_names() throws Exception {
        ServiceTestSupport t = support();
        assertThatThrownBy(() -> t.open(SecureStorageService.SERVICE_ID, LoginMethod.PUBLIC, ConnectionData.none()))
                .satisfies(e -> assertThat(((TpsException) e).error()).isEqualTo(TpsError.ERROR_ACCESS_DENIED));
        Session a = t.open(SecureStorageService.SERVICE_ID, LoginMethod.USER, ConnectionData.none());
        assertThat(t.client.transact(a, TpsMessage.of(SecureStorageService.STORE, 1, CborItem.of("big"), 2, CborItem.of(new byte[SecureStorageService.MAX_OBJECT_BYTES + 1]))))
                .isEqualTo(TpsMessage.of(SecureStorageService.STORE, 2, CborItem.of(ServiceError.TOO_LARGE.code())));
        assertThatThrownBy(() -> t.client.transact(a, load("../etc/passwd")))
                .satisfies(e -> assertThat(((TpsException) e).error()).isEqualTo(TpsError.ERROR_BAD_FORMAT));
    }
}
