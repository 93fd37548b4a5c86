package guanxi.bench;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A benchmark's results as ordered {@code key=value} lines: what {@code guanxi bench} prints, one figure per
 * line, so that scripts can {@code grep} a figure and people can read them.
 */
public final class Figures {

    private final Map<String, String> values = new LinkedHashMap<>();

    public Figures put(String key, long value) {
        values.put(key, Long.toString(value));
        return this;
    }

    /** Stores {@code value} rounded to {@code decimals} places (no thousands separators, dot as decimal mark). */
    public Figures put(String key, double value, int decimals) {
        values.put(key, String.format(Locale.ROOT, "%." + decimals + "f", value));
        return this;
    }

    public Figures put(String key, String value) {
        values.put(key, value);
        return this;
    }

    public String get(String key) {
        return values.get(key);
    }

    public Map<String, String> asMap() {
        return Map.copyOf(values);
    }

    public void print(PrintWriter out) {
        values.forEach((k, v) -> out.println(k + "=" + v));
        out.flush();
    }

    /**
     * The {@code p}-th percentile (0 < p ≤ 100) of {@code samples} by the nearest-rank method: the smallest
     * sample with at least p% of the samples at or below it.
     */
    static double percentile(double[] samples, double p) {
        if (samples.length == 0) {
            return Double.NaN;
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }
}
