package org.trustbricks.mud.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;

class ConditionsTest {

    @Test
    void every_when_and_must_of_the_schema_is_one_the_checker_evaluates() {
        MudSchema schema = MudSchema.shared();
        assertThat(schema.conditions().unsupported()).isEmpty();
    }

    @Test
    void the_three_rfc8519_match_containers_carry_compiled_when_conditions() {
        MudSchema schema = MudSchema.shared();
        List<String> compiled = new ArrayList<>();
        SchemaIndex.walk(schema.context().getChildNodes(), (DataSchemaNode n) -> {
            if (schema.conditions().when(n) != null) {
                compiled.add(n.getQName().getLocalName() + " " + schema.conditions().when(n).identity().getLocalName());
            }
        });
        assertThat(compiled).contains("eth eth-acl-type", "ipv4 ipv4-acl-type", "ipv6 ipv6-acl-type");
    }
}
