package io.videogen.presentation.security;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Takes JSON Web Tokens out of every log record before a handler writes it. videogen itself never
 * logs a token, but libraries do at DEBUG: SmallRye JWT's verifier puts a whole rejected token,
 * signature included, into its exception messages. Installed on the console and file handlers by
 * quarkus.log.console.filter / quarkus.log.file.filter, so raising a log level cannot leak one.
 */
@LoggingFilter(name = TokenRedactingLogFilter.NAME)
public final class TokenRedactingLogFilter implements Filter {

    public static final String NAME = "videogen-redact-tokens";
    static final String REDACTED = "<redacted token>";
    /** Two base64url segments starting with the encoding of '{"', and an optional third: a JWS or its start. */
    private static final Pattern TOKEN = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}(\\.[A-Za-z0-9_-]*)?");

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        if (message != null && TOKEN.matcher(message).find()) {
            String clean = redact(message);
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(clean, ExtLogRecord.FormatStyle.NO_FORMAT);
            } else {
                record.setMessage(clean);
            }
            record.setParameters(null);
        }
        if (record.getThrown() != null && mentionsToken(record.getThrown())) {
            record.setThrown(redacted(record.getThrown()));
        }
        return true;
    }

    static String redact(String text) {
        return text == null ? null : TOKEN.matcher(text).replaceAll(REDACTED);
    }

    private static boolean mentionsToken(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t.getMessage() != null && TOKEN.matcher(t.getMessage()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The same chain of failures with the same stack traces, its messages cleaned. */
    private static Throwable redacted(Throwable thrown) {
        Throwable cause = thrown.getCause() == null || thrown.getCause() == thrown ? null : redacted(thrown.getCause());
        Throwable copy = new RedactedThrowable(thrown.getClass().getName() + ": " + redact(thrown.getMessage()), cause);
        copy.setStackTrace(thrown.getStackTrace());
        return copy;
    }

    /** Stands in for a failure whose message named a token; its own name says which class it was. */
    static final class RedactedThrowable extends Throwable {
        RedactedThrowable(String message, Throwable cause) {
            super(message, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
