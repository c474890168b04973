package io.videogen.bootstrap.observability;

import io.videogen.presentation.security.TokenRedactingLogFilter;
import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logmanager.ExtLogRecord;

/**
 * The last line of defence: a log message that carries a bearer token, a JWT, or a value labelled
 * password, secret, token or API key is written with that value replaced by {@code [redacted]}. The
 * code should never log such values in the first place (a test greps the logs for them); this filter
 * is for the line someone adds by mistake. Configured as {@code quarkus.log.console.filter}
 * (and the file handler's) under the name {@value #NAME}.
 */
@LoggingFilter(name = SecretRedaction.NAME)
public final class SecretRedaction implements Filter {

    public static final String NAME = "videogen-secrets";
    static final String REDACTED = "[redacted]";

    /** Authorization: Bearer abc / Basic abc, and a bare "Bearer abc". */
    private static final Pattern SCHEME = Pattern.compile("(?i)(\\b(?:bearer|basic)\\s+)[A-Za-z0-9._~+/=-]{6,}");
    /** A JWT anywhere: three base64url parts, the first starting like {". */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");
    /** password=…, "secret": "…", apiKey: …, refresh_token=…; a quoted value is taken out whole. */
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)(\"?\\b[a-z_-]*(?:password|passwd|secret|api[_-]?key|token)\"?\\s*[:=]\\s*)(\"[^\"]*\"|[^\"\\s,;&}]+)");

    /** Cuts tokens out of the failures a record carries too (libraries log rejected tokens in exceptions). */
    private final TokenRedactingLogFilter tokensInFailures = new TokenRedactingLogFilter();

    @Override
    public boolean isLoggable(LogRecord record) {
        redactMessage(record);
        return tokensInFailures.isLoggable(record);
    }

    private static void redactMessage(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        if (message == null) {
            return;
        }
        String redacted = redact(message);
        if (!redacted.equals(message)) {
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(redacted, ExtLogRecord.FormatStyle.NO_FORMAT);
            } else {
                record.setMessage(redacted);
            }
            record.setParameters(null);
        }
    }

    static String redact(String text) {
        String result = SCHEME.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + REDACTED));
        result = JWT.matcher(result).replaceAll(REDACTED);
        return LABELLED.matcher(result).replaceAll(match -> Matcher.quoteReplacement(match.group(1)
                + (match.group(2).startsWith("\"") ? "\"" + REDACTED + "\"" : REDACTED)));
    }
}
