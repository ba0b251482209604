package org.trustbricks.attestation.cbor;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One decoded CBOR data item (RFC 8949); the small model the attestation code works on. */
public sealed interface CborItem {

    /** A human-readable name of the item's type, for error messages. */
    String typeName();

    /** An integer (major types 0 and 1) that fits in a signed 64-bit value. */
    record Int(long value) implements CborItem {
        @Override public String typeName() { return "integer"; }
    }

    /** A byte string. */
    record Bytes(byte[] value) implements CborItem {
        public Bytes { value = value.clone(); }
        /** A copy of the bytes. */
        @Override public byte[] value() { return value.clone(); }
        /** The bytes without copying; callers must not modify them. */
        public byte[] unsafeValue() { return value; }
        /** The length in bytes. */
        public int length() { return value.length; }
        @Override public String typeName() { return "byte string"; }
        @Override public boolean equals(Object o) { return o instanceof Bytes b && Arrays.equals(value, b.value); }
        @Override public int hashCode() { return Arrays.hashCode(value); }
        @Override public String toString() { return "h'" + HexFormat.of().formatHex(value) + "'"; }
    }

    /** A UTF-8 text string. */
    record Text(String value) implements CborItem {
        @Override public String typeName() { return "text string"; }
        /** The UTF-8 encoding. */
        public byte[] utf8() { return value.getBytes(StandardCharsets.UTF_8); }
    }

    /** An array. */
    record Array(List<CborItem> items) implements CborItem {
        public Array { items = List.copyOf(items); }
        @Override public String typeName() { return "array"; }
    }

    /** A map with its entries in encoded order; keys are unique. */
    record MapItem(Map<CborItem, CborItem> entries) implements CborItem {
        public MapItem { entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries)); }
        @Override public String typeName() { return "map"; }
        /** The value for an integer key, or null. */
        public CborItem get(long key) { return entries.get(new Int(key)); }
        /** The value for a text key, or null. */
        public CborItem get(String key) { return entries.get(new Text(key)); }
    }

    /** A tagged item. */
    record Tag(long tag, CborItem content) implements CborItem {
        @Override public String typeName() { return "tag " + tag; }
    }

    /** A simple value: false (20), true (21), null (22) or undefined (23). */
    record Simple(int value) implements CborItem {
        /** CBOR false. */
        public static final Simple FALSE = new Simple(20);
        /** CBOR true. */
        public static final Simple TRUE = new Simple(21);
        /** CBOR null. */
        public static final Simple NULL = new Simple(22);
        @Override public String typeName() {
            return switch (value) { case 20, 21 -> "boolean"; case 22 -> "null"; default -> "undefined"; };
        }
    }

    /** A floating-point number. */
    record Float(double value) implements CborItem {
        @Override public String typeName() { return "float"; }
    }

    /** An integer item. */
    static Int of(long v) { return new Int(v); }

    /** A text item. */
    static Text of(String v) { return new Text(v); }

    /** A byte-string item. */
    static Bytes of(byte[] v) { return new Bytes(v); }
}
