package org.trustbricks.web.registry;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Writes log events to a file while a test runs, at the levels of {@code serve --verbose} (TrustBricks DEBUG, the
 * rest INFO), so the test can search it.
 */
final class LogCapture {

    private LogCapture() {
    }

    static FileAppender<ILoggingEvent> start(Path file) {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder enc = new PatternLayoutEncoder();
        enc.setContext(ctx);
        enc.setPattern("%level %logger %msg %ex%n");
        enc.start();
        FileAppender<ILoggingEvent> a = new FileAppender<>();
        a.setContext(ctx);
        a.setFile(file.toString());
        a.setAppend(false);
        a.setEncoder(enc);
        a.start();
        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(a);
        root.setLevel(Level.INFO);
        ctx.getLogger("org.trustbricks").setLevel(Level.DEBUG);
        return a;
    }

    static void stop(FileAppender<ILoggingEvent> a) {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAppender(a);
        root.setLevel(Level.WARN);
        ctx.getLogger("org.trustbricks").setLevel(null);
        a.stop();
    }
}
