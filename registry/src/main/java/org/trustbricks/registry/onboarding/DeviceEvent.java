package org.trustbricks.registry.onboarding;

import java.time.Instant;
import java.util.List;
import org.trustbricks.onboarding.Decision;
import org.trustbricks.onboarding.Reason;

/**
 * One change in a device's history.
 *
 * @param id       event id
 * @param deviceId the device
 * @param at       when
 * @param kind     ONBOARDED, REEVALUATED or REATTESTED
 * @param trigger  what caused it, e.g. "vulnerability recorded against SESIP-2600001-01"
 * @param decision the decision after the event
 * @param previous the decision before, or null for the first
 * @param reasons  the reasons of the new decision
 */
public record DeviceEvent(long id, long deviceId, Instant at, String kind, String trigger, Decision decision,
                          Decision previous, List<Reason> reasons) {
}
