package io.videogen.presentation.rest.batch;

import io.videogen.domain.shared.InvalidValueException;
import io.videogen.presentation.input.TextRule;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a batch's CSV file (RFC 4180, UTF-8 with or without a byte order mark): the header
 * row names the variables, each later row gives one video's values. Whatever is wrong is refused
 * naming the row (counted from 0, as in {@code rows[i]}), the column and the file's line.
 */
final class CsvRows {

    private static final char BOM = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(false).setIgnoreEmptyLines(true).get();

    private CsvRows() {
    }

    static List<Map<String, String>> parse(byte[] file) {
        String text = utf8(file);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            List<String> columns = columns(parser.getHeaderNames());
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(row(record, rows.size(), columns));
            }
            if (rows.isEmpty()) {
                throw new InvalidValueException("file", "the CSV file has a header row but no rows of values");
            }
            return rows;
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidValueException("file", "the CSV file cannot be read as RFC 4180: " + message(e)
                    + "; check the quotes (a quote inside a quoted value is written twice)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> columns(List<String> header) {
        if (header.isEmpty()) {
            throw new InvalidValueException("file", "the CSV file is empty; its first row names the variables");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name == null || name.isBlank()) {
                throw new InvalidValueException("file", "column " + (i + 1) + " of the header row has no name; "
                        + "name every column after the variable it fills");
            }
            if (!seen.add(name)) {
                throw new InvalidValueException("file", "the header row names '" + name + "' twice");
            }
        }
        return header;
    }

    private static Map<String, String> row(CSVRecord record, int row, List<String> columns) {
        String line = " (line " + record.getParser().getCurrentLineNumber() + " of the file)";
        if (record.size() != columns.size()) {
            String missing = record.size() < columns.size() ? columns.get(record.size()) : null;
            throw new InvalidValueException("rows[" + row + "]" + (missing == null ? "" : "." + missing),
                    "row " + row + line + " has " + record.size() + " values but the header names " + columns.size()
                            + " columns; quote a value that holds a comma");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String value = record.get(i);
            String column = columns.get(i);
            Optional<String> broken = TextRule.violation(value);
            if (broken.isPresent()) {
                throw new InvalidValueException("rows[" + row + "]." + column, "row " + row + line + ", column "
                        + column + ": the value " + broken.get());
            }
            values.put(column, value);
        }
        return values;
    }

    private static String utf8(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidValueException("file", "the CSV file is not UTF-8; save it as UTF-8 (with or without "
                    + "a byte order mark)");
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
