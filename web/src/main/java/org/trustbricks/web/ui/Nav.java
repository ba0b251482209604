package org.trustbricks.web.ui;

import java.util.List;

/** The main navigation: one entry per area, in the order people use them. */
public final class Nav {

    /** One navigation entry. */
    public record Item(String key, String label, String href) {
    }

    /** The entries shown in the header on every page. */
    public static final List<Item> ITEMS = List.of(
            new Item("registry", "Registry", "/registry"),
            new Item("st", "Security Targets", "/st"),
            new Item("mud", "MUD", "/mud"),
            new Item("attestation", "Attestation", "/attestation"),
            new Item("onboarding", "Onboarding", "/onboarding"));

    private Nav() {
    }
}
