package org.trustbricks.mudmanager.learn;

import java.util.List;
import java.util.Optional;
import org.trustbricks.common.Finding;

/**
 * The outcome of looking for a MUD URL in one message.
 *
 * @param binding  the binding found, or null when the message carried none (or only a rejected one)
 * @param findings problems with the message or the URL; errors mean the URL must not be used
 */
public record Learned(MudUrlBinding binding, List<Finding> findings) {

    public Learned {
        findings = List.copyOf(findings);
    }

    /** The binding, when one was found and carries no error. */
    public Optional<MudUrlBinding> usable() {
        return binding != null && findings.stream().noneMatch(Finding::isError) ? Optional.of(binding)
                : Optional.empty();
    }

    static Learned nothing(List<Finding> findings) {
        return new Learned(null, findings);
    }
}
