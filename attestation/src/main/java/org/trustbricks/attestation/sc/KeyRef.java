package org.trustbricks.attestation.sc;

/**
 * A reference to a key held inside a secure component; the key itself never leaves the component.
 *
 * @param label the key's label in the component
 */
public record KeyRef(String label) {

    public KeyRef {
        if (label == null || !label.matches("[A-Za-z0-9._:-]{1,64}")) {
            throw new IllegalArgumentException("a key label is 1 to 64 characters from A-Z a-z 0-9 . _ : -");
        }
    }
}
