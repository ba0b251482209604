package org.trustbricks.registry.auth;

/**
 * A person who can sign in.
 *
 * @param id               database id
 * @param email            login name
 * @param displayName      shown on pages
 * @param organisationId   the organisation the person belongs to
 * @param organisationName its name
 * @param kind             the organisation's role in the scheme
 */
public record User(long id, String email, String displayName, long organisationId, String organisationName,
                   OrganisationKind kind) {
}
