package org.trustbricks.mud.internal.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.trustbricks.mud.internal.MudSchema;

class ValidationTreeTest {

    @Test
    void the_packaged_tree_is_what_the_yang_modules_compile_to() throws IOException {
        byte[] packaged;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ValidationTree.RESOURCE)) {
            assertThat(in).as("the build writes " + ValidationTree.RESOURCE).isNotNull();
            packaged = in.readAllBytes();
        }
        ValidationTree fresh = TreeCompiler.compile(MudSchema.shared());
        String expected = TreeDump.of(fresh);
        assertThat(expected).contains("ietf-mud:mud", "cache-validity", "ipv4-acl-type");
        assertThat(TreeDump.of(ValidationTree.read(new ByteArrayInputStream(packaged))))
                .as("the packaged tree is stale: rebuild the mud module").isEqualTo(expected);
    }

    @Test
    void a_tree_read_back_resolves_members_types_and_identities_like_the_compiled_one() throws IOException {
        ValidationTree compiled = TreeCompiler.compile(MudSchema.shared());
        ValidationTree read = ValidationTree.read(new ByteArrayInputStream(TreeCompiler.bytes(compiled)));
        Node mud = read.root.members.get("ietf-mud:mud");
        assertThat(mud.members.keySet()).isEqualTo(compiled.root.members.get("ietf-mud:mud").members.keySet());
        assertThat(mud.members.get("cache-validity").type.base).isEqualTo(LeafType.Base.INT);
        assertThat(read.derivedFromOrSelf("ipv4-acl-type", "ietf-access-control-list", "ipv4-acl-type")).isTrue();
        assertThat(read.derivedFromOrSelf("ipv6-acl-type", "ietf-access-control-list", "ipv4-acl-type")).isFalse();
        assertThat(read.derivedFromOrSelf("ietf-access-control-list:ipv4-acl-type", "ietf-access-control-list", "acl-base")).isTrue();
    }

    @Test
    void refuses_a_resource_holding_other_classes_than_the_tree() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(new java.util.concurrent.atomic.AtomicLong(7));
        }
        assertThatThrownBy(() -> ValidationTree.read(new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(java.io.InvalidClassException.class);
    }
}
