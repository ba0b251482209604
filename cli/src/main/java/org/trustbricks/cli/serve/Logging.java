package org.trustbricks.cli.serve;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Switches logging between human-readable text and JSON lines. */
final class Logging {

    private Logging() {
    }

    static void configure(ServeCommand.LogFormat format, boolean verbose) {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        ctx.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(ctx);
        String resource = format == ServeCommand.LogFormat.json ? "/logback-json.xml" : "/logback.xml";
        try {
            configurator.doConfigure(Logging.class.getResource(resource));
        } catch (JoranException e) {
            throw new IllegalStateException("logging configuration " + resource + " is broken", e);
        }
        if (verbose) {
            ctx.getLogger("org.trustbricks").setLevel(Level.DEBUG);
        }
        ctx.getLogger(Logger.ROOT_LOGGER_NAME);
    }
}
