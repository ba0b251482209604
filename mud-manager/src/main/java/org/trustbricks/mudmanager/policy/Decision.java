package org.trustbricks.mudmanager.policy;

/**
 * The answer for a flow.
 *
 * @param allowed true when the flow is allowed
 * @param device  the device the flow was matched to, or null when unknown
 * @param acl     the ACL that decided ({@code default} for the built-in rules)
 * @param ace     the ACE that decided ({@code default-dns}, {@code default-ntp}, {@code default-deny})
 * @param reason  one sentence for a person
 */
public record Decision(boolean allowed, String device, String acl, String ace, String reason) {
}
