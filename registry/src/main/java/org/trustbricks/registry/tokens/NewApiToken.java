package org.trustbricks.registry.tokens;

/**
 * A token just created: the only time its secret is available.
 *
 * @param id     token id (for revocation)
 * @param name   the owner's label for it
 * @param prefix first characters, shown in lists to recognise it
 * @param token  the secret to put in {@code Authorization: Bearer}
 */
public record NewApiToken(long id, String name, String prefix, String token) {

    @Override
    public String toString() {
        return "NewApiToken[id=" + id + ", name=" + name + ", prefix=" + prefix + "]";
    }
}
