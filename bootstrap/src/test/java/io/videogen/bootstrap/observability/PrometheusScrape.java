package io.videogen.bootstrap.observability;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** One read of /q/metrics, parsed into series (name with its labels sorted) and values. */
public final class PrometheusScrape {

    private final Map<String, Double> series;
    private final String text;

    private PrometheusScrape(String text) {
        this.text = text;
        this.series = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int exemplar = line.indexOf(" # ");
            if (exemplar > 0) {
                // an exemplar (the trace that produced a sample) follows the value
                line = line.substring(0, exemplar);
            }
            int space = line.lastIndexOf(' ');
            String key = line.substring(0, space).strip();
            String value = line.substring(space + 1).strip();
            series.put(normalise(key), Double.parseDouble(value));
        }
    }

    public static PrometheusScrape now() {
        return new PrometheusScrape(given().when().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** The sum of the series with this name and these label values (pairs; other labels may be anything), 0 when none. */
    public double value(String name, String... labels) {
        Map<String, String> wanted = new TreeMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        double sum = 0;
        boolean found = false;
        for (Map.Entry<String, Double> entry : series.entrySet()) {
            if (matches(entry.getKey(), name, wanted)) {
                sum += entry.getValue();
                found = true;
            }
        }
        return found ? sum : 0;
    }

    public boolean has(String name, String... labels) {
        Map<String, String> wanted = new TreeMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        return series.keySet().stream().anyMatch(key -> matches(key, name, wanted));
    }

    public String text() {
        return text;
    }

    private static boolean matches(String key, String name, Map<String, String> wanted) {
        int brace = key.indexOf('{');
        String keyName = brace < 0 ? key : key.substring(0, brace);
        if (!keyName.equals(name)) {
            return false;
        }
        Map<String, String> labels = labels(key);
        return wanted.entrySet().stream().allMatch(w -> w.getValue().equals(labels.get(w.getKey())));
    }

    private static String normalise(String key) {
        int brace = key.indexOf('{');
        if (brace < 0) {
            return key;
        }
        StringBuilder sorted = new StringBuilder(key.substring(0, brace)).append('{');
        labels(key).forEach((k, v) -> sorted.append(k).append("=\"").append(v).append("\","));
        return sorted.append('}').toString();
    }

    private static Map<String, String> labels(String key) {
        Map<String, String> labels = new TreeMap<>();
        int brace = key.indexOf('{');
        if (brace < 0) {
            return labels;
        }
        String body = key.substring(brace + 1, key.lastIndexOf('}'));
        int i = 0;
        while (i < body.length()) {
            int eq = body.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String label = body.substring(i, eq).strip();
            int start = body.indexOf('"', eq) + 1;
            int end = start;
            while (end < body.length() && !(body.charAt(end) == '"' && body.charAt(end - 1) != '\\')) {
                end++;
            }
            labels.put(label, body.substring(start, end));
            i = body.indexOf(',', end);
            if (i < 0) {
                break;
            }
            i++;
        }
        return labels;
    }
}
