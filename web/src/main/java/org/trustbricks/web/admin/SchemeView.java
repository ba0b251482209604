package org.trustbricks.web.admin;

import java.time.LocalDate;
import java.util.List;
import org.trustbricks.registry.scheme.LabAuthorisation;
import org.trustbricks.registry.scheme.Organisation;
import org.trustbricks.registry.scheme.Recognition;
import org.trustbricks.registry.scheme.Scheme;

/**
 * What the scheme page shows to one signed-in person.
 *
 * @param role           the person's organisation kind (forms depend on it)
 * @param organisationId the person's organisation (a CB changes only its own rows)
 * @param schemes        every scheme
 * @param labs           every laboratory
 * @param bodies         every certification body
 * @param authorisations live laboratory authorisations
 * @param recognitions   recognition agreements
 * @param today          today's date (ISO), from which the default last day when ending an agreement is chosen
 * @param done           a confirmation of the change just made, or empty
 */
public record SchemeView(String role, long organisationId, List<Scheme> schemes, List<Organisation> labs,
                         List<Organisation> bodies, List<LabAuthorisation> authorisations, List<Recognition> recognitions,
                         String today, String done) {

    /** True when the person works for a certification body. */
    public boolean certificationBody() {
        return role.equals("CERTIFICATION_BODY");
    }

    /** True when the person works for the scheme owner. */
    public boolean schemeOwner() {
        return role.equals("SCHEME_OWNER");
    }

    /** True when the recognition agreement is the person's body's own. */
    public boolean owns(Recognition r) {
        return certificationBody() && r.recognisingId() == organisationId;
    }

    /** The last day the end form suggests: today, kept inside the agreement's period so that it can be submitted as is. */
    public String suggestedLastDay(Recognition r) {
        LocalDate d = LocalDate.parse(today);
        if (r.until() != null && d.isAfter(r.until())) {
            d = r.until();
        }
        return (d.isBefore(r.from()) ? r.from() : d).toString();
    }

    /** True when the authorisation was granted by the person's body. */
    public boolean owns(LabAuthorisation a) {
        return certificationBody() && a.cbId() == organisationId;
    }
}
