package org.trustbricks.mud.internal.fast;

import org.trustbricks.common.JsonPointer;

/** A JSON-pointer location built lazily: the string is only made when a finding needs it. */
record Where(Where parent, Object segment) {

    static final Where ROOT = new Where(null, null);

    Where child(Object next) {
        return new Where(this, next);
    }

    String pointer() {
        return parent == null ? JsonPointer.ROOT : JsonPointer.append(parent.pointer(), segment);
    }
}
