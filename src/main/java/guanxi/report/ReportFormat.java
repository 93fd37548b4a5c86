package guanxi.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a report's rows are written. Every format writes UTF-8. */
public enum ReportFormat {
    /** Columns aligned by display width for a terminal; long cells cut with …. */
    TABLE,
    /** RFC 4180 (CRLF, quotes doubled) with a UTF-8 byte order mark, so spreadsheets read Chinese right. */
    CSV,
    /** One JSON array of objects keyed by column; nodes as objects with their labels and properties. */
    JSON;

    /** Widest a table cell may be, in columns; evidence sentences would otherwise swamp the terminal. */
    public static final int TABLE_CELL_COLUMNS = 48;

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Writes {@code result} to {@code out} (not closed). */
    public void write(ReportResult result, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        switch (this) {
            case TABLE -> writeTable(result, w);
            case CSV -> writeCsv(result, w);
            case JSON -> writeJson(result, w);
        }
        w.flush();
    }

    private static void writeTable(ReportResult result, Writer w) throws IOException {
        int n = result.columns().size();
        List<String[]> cells = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            String[] texts = new String[n];
            for (int c = 0; c < n; c++) {
                texts[c] = DisplayWidth.truncate(CellText.of(row.get(c)).replaceAll("\\s*[\\r\\n]+\\s*", " "),
                        TABLE_CELL_COLUMNS);
            }
            cells.add(texts);
        }
        int[] widths = new int[n];
        boolean[] numeric = new boolean[n];
        for (int c = 0; c < n; c++) {
            widths[c] = DisplayWidth.of(result.columns().get(c));
            numeric[c] = !result.rows().isEmpty();
            for (int r = 0; r < cells.size(); r++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(cells.get(r)[c]));
                Object cell = result.rows().get(r).get(c);
                numeric[c] &= cell == null || cell instanceof Number;
            }
        }
        writeTableLine(w, result.columns().toArray(String[]::new), widths, numeric);
        String[] rule = new String[n];
        for (int c = 0; c < n; c++) {
            rule[c] = "-".repeat(widths[c]);
        }
        writeTableLine(w, rule, widths, numeric);
        for (String[] row : cells) {
            writeTableLine(w, row, widths, numeric);
        }
        w.write("(" + cells.size() + (cells.size() == 1 ? " row" : " rows") + ")\n");
    }

    private static void writeTableLine(Writer w, String[] texts, int[] widths, boolean[] alignRight) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < texts.length; c++) {
            if (c > 0) {
                line.append("  ");
            }
            line.append(DisplayWidth.pad(texts[c], widths[c], alignRight[c]));
        }
        w.write(line.toString().stripTrailing());
        w.write('\n');
    }

    private static void writeCsv(ReportResult result, Writer w) throws IOException {
        w.write('\uFEFF');
        writeCsvRecord(w, new ArrayList<>(result.columns()));
        for (List<Object> row : result.rows()) {
            writeCsvRecord(w, row.stream().map(CellText::of).toList());
        }
    }

    private static void writeCsvRecord(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csvField(fields.get(i)));
        }
        w.write("\r\n");
    }

    /** One CSV field: quoted when it holds a comma, quote, CR or LF, with inner quotes doubled. */
    static String csvField(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static void writeJson(ReportResult result, Writer w) throws IOException {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int c = 0; c < result.columns().size(); c++) {
                object.put(result.columns().get(c), jsonValue(row.get(c)));
            }
            objects.add(object);
        }
        JSON_MAPPER.writeValue(w, objects);
        w.write('\n');
    }

    private static Object jsonValue(Object cell) {
        return switch (cell) {
            case ReportResult.Node n -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("labels", n.labels());
                m.putAll(n.properties());
                yield m;
            }
            case ReportResult.Relationship r -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("type", r.type());
                m.putAll(r.properties());
                yield m;
            }
            case ReportResult.Path p -> CellText.of(p);
            case List<?> l -> l.stream().map(ReportFormat::jsonValue).toList();
            case Map<?, ?> m -> {
                Map<Object, Object> copy = new LinkedHashMap<>();
                m.forEach((k, v) -> copy.put(k, jsonValue(v)));
                yield copy;
            }
            case null, default -> cell;
        };
    }
}
