package org.trustbricks.cli.sesip;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.catalogue.Catalogue;
import org.trustbricks.sesip.catalogue.LevelDefinition;
import org.trustbricks.sesip.catalogue.Sfr;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trustbricks sesip catalogue}: the SFRs and assurance levels of a methodology edition. */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = "List the SESIP SFR catalogue and assurance levels of a methodology edition, with the confidence of each fact.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Success.", "2:Usage error (unknown edition)."})
public final class CatalogueCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--edition", paramLabel = "EDITION", defaultValue = "GP-1.2",
            description = "Methodology edition: GP-1.0, GP-1.1, GP-1.2 (default) or EN17927-2023.")
    String edition;

    @Option(names = "--json", description = "Print the whole catalogue (parameters, relations, provenance) as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Output out = Output.of(spec);
        Optional<Catalogue> c = Sesip.catalogue(edition);
        if (c.isEmpty()) {
            out.error("unknown edition '" + edition + "'; use GP-1.0, GP-1.1, GP-1.2 or EN17927-2023");
            return ExitCodes.USAGE;
        }
        if (json) {
            out.json(c.get());
            return ExitCodes.OK;
        }
        Catalogue cat = c.get();
        out.line(cat.edition().name() + " — SFR list: " + cat.edition().membership().confidence().label());
        for (Sfr s : cat.sfrs()) {
            out.line(String.format("  %-7s %-60s %s%s", s.clause(), s.title(), s.group(), s.iterable().value() ? " (iterable)" : ""));
        }
        for (LevelDefinition l : cat.levels()) {
            out.line("  " + l.level() + " — " + l.name() + " [" + l.provenance().confidence().label() + "]: "
                    + String.join(", ", l.components().stream().map(x -> x.id()).toList()));
        }
        return ExitCodes.OK;
    }
}
