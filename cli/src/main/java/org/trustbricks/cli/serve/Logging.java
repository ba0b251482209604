package org.trustbricks.cli.serve;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.joran.util.ConfigurationWatchListUtil;
import java.net.URL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Switches logging between human-readable text and JSON lines. */
final class Logging {

    private Logging() {
    }

    static void configure(ServeCommand.LogFormat format, boolean verbose) {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        String resource = format == ServeCommand.LogFormat.json ? "/logback-json.xml" : "/logback.xml";
        URL wanted = Logging.class.getResource(resource);
        if (!wanted.equals(ConfigurationWatchListUtil.getMainWatchURL(ctx))) {   // already read at start-up otherwise
            ctx.reset();
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(ctx);
            try {
                configurator.doConfigure(wanted);
            } catch (JoranException e) {
                throw new IllegalStateException("logging configuration " + resource + " is broken", e);
            }
        }
        if (verbose) {
            ctx.getLogger("org.trustbricks").setLevel(Level.DEBUG);
        }
        ctx.getLogger(Logger.ROOT_LOGGER_NAME);
    }
}
