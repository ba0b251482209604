package org.trustbricks.registry.db;

import java.util.Collection;
import org.jdbi.v3.core.argument.Argument;

/**
 * Binds a Java string array as one PostgreSQL {@code varchar[]} parameter, handed to the driver as the array itself:
 * the driver then sends it in binary form, where binding it as a JDBC {@code Array} has it written out as array text,
 * escaping every character (a measurable cost for batches that carry kilobytes of rules per row).
 */
public final class TextArrays {

    private TextArrays() {
    }

    /** The array as a statement argument (null elements are SQL nulls); the array must not change until it is bound. */
    public static Argument of(String[] values) {
        return (position, statement, context) -> statement.setObject(position, values);
    }

    /** The collection's elements as a statement argument. */
    public static Argument of(Collection<String> values) {
        return of(values.toArray(String[]::new));
    }
}
