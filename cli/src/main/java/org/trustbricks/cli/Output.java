package org.trustbricks.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.util.List;
import org.trustbricks.common.Finding;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a command's results as text for people or as JSON ({@code --json}) for programs. */
public final class Output {

    private final PrintWriter out;
    private final PrintWriter err;

    private Output(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** The output streams of the command being run. */
    public static Output of(CommandSpec spec) {
        return new Output(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Prints a line to standard output. */
    public void line(String text) {
        out.println(text);
        out.flush();
    }

    /** Prints a line to standard error. */
    public void error(String text) {
        err.println(text);
        err.flush();
    }

    /** Prints a value as indented JSON. */
    public void json(Object value) {
        try {
            out.println(Json.MAPPER.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON output: " + e.getOriginalMessage(), e);
        }
    }

    /** Prints findings one per line: severity, code, path, message, hint. */
    public void findings(String source, List<Finding> findings) {
        for (Finding f : findings) {
            String path = f.path().isEmpty() ? "/" : f.path();
            out.println(source + ": " + f.severity().label() + " " + f.code() + " at " + path + ": " + f.message());
            if (!f.hint().isEmpty()) {
                out.println("    hint: " + f.hint());
            }
        }
        out.flush();
    }

    /** The mapper used for {@code --json}. */
    public static ObjectMapper mapper() {
        return Json.MAPPER;
    }

    /** Built on first use only: commands that print text never load Jackson's databind and date-time module. */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }
}
