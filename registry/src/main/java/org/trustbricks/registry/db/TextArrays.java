package org.trustbricks.registry.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * How the platform's Jdbi binds a Java string array: handed to the driver as the array itself, which the driver sends
 * as a {@code varchar[]} in binary form. Jdbi's own binding creates a JDBC {@code Array}, which the driver writes out
 * as array text, escaping every character (a measurable cost for batches that carry kilobytes of rules per row), and
 * PostgreSQL parses back.
 */
final class TextArrays extends AbstractArgumentFactory<String[]> {

    /** The argument for one array (null elements are SQL nulls). */
    record Binding(String[] values) implements Argument {

        @Override
        public void apply(int position, PreparedStatement statement, StatementContext context) throws SQLException {
            statement.setObject(position, values);
        }
    }

    TextArrays() {
        super(Types.ARRAY);
    }

    @Override
    protected Argument build(String[] values, ConfigRegistry config) {
        return new Binding(values);
    }
}
