package org.trustbricks.mud.internal.fast;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.opendaylight.yangtools.yang.common.QName;

/**
 * How the tree's records are written to {@value ValidationTree#RESOURCE}: a plain object with the record's components,
 * turned back into the record when read. The JDK reads a record itself through method handles it builds per record
 * type, which took most of the time of reading the whole tree in a fresh JVM.
 */
final class RecordForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final int IDENTITY = 0;
    static final int PLAN = 1;
    static final int LEAF_ITEM = 2;
    static final int CASE_ITEM = 3;
    static final int CHOICE_ITEM = 4;
    static final int CONTAINER_ITEM = 5;
    static final int COUNT_ITEM = 6;
    static final int MISSING = 7;

    private final int kind;
    private final Object[] components;

    RecordForm(int kind, Object... components) {
        this.kind = kind;
        this.components = components;
    }

    @Serial
    @SuppressWarnings("unchecked")
    private Object readResolve() {
        Object[] c = components;
        return switch (kind) {
            case IDENTITY -> new Identities.Identity((QName) c[0], (Set<QName>) c[1]);
            case PLAN -> new Mandatory.Plan((List<Mandatory.Item>) c[0]);
            case LEAF_ITEM -> new Mandatory.LeafItem((Integer) c[0], (String) c[1]);
            case CASE_ITEM -> new Mandatory.CaseItem((int[]) c[0], (Mandatory.Plan) c[1]);
            case CHOICE_ITEM -> new Mandatory.ChoiceItem((String) c[0], (Boolean) c[1], (List<Mandatory.CaseItem>) c[2]);
            case CONTAINER_ITEM -> new Mandatory.ContainerItem((Integer) c[0], (List<Mandatory.Missing>) c[1]);
            case COUNT_ITEM -> new Mandatory.CountItem((Integer) c[0], (String) c[1], (Integer) c[2]);
            case MISSING -> new Mandatory.Missing((List<String>) c[0], (String) c[1]);
            default -> throw new IllegalArgumentException("unknown record kind " + kind + " in the validation tree");
        };
    }
}
