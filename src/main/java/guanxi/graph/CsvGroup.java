package guanxi.graph;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV files of one node label or relationship type (between two ID spaces) for Neo4j's bulk importer: reads rows
 * of IDs and properties, produces part files that each start with their own typed header. Rows need not share their
 * properties: a row with a property the current part has no column for (or a value of another type) starts a new
 * part whose header adds it, so a group ends with as many parts as its properties had shapes, usually one or two.
 * A null property or an empty list is an empty field: no property, as the loader stores them too.
 */
final class CsvGroup implements Closeable {

    /** Between the elements of a list property: a control character no printed text contains. */
    static final char ARRAY_DELIMITER = '\u001F';

    /** The importer's spelling of {@link #ARRAY_DELIMITER}. */
    static final String ARRAY_DELIMITER_OPTION = "U+001F";

    /** One part: its file, whether a value in it spans lines (the importer then parses more slowly), its rows. */
    record Part(Path file, boolean multiline, long rows) {
    }

    private final Path dir;
    private final String name;
    private final List<String> idColumns;
    private final List<Part> parts = new ArrayList<>();
    private Map<String, String> columns = new LinkedHashMap<>();
    private BufferedWriter out;
    private Path file;
    private boolean multiline;
    private long rows;

    /**
     * @param dir       where the parts go
     * @param name      file name stem, unique in {@code dir}
     * @param idColumns the header's ID columns, e.g. {@code id:ID(Story)} or {@code :START_ID(Person)} and
     *                  {@code :END_ID(Story)}
     */
    CsvGroup(Path dir, String name, List<String> idColumns) {
        this.dir = dir;
        this.name = name;
        this.idColumns = List.copyOf(idColumns);
    }

    /** Appends a row: one value per ID column, then the properties (null values skipped). */
    void row(List<String> ids, Map<String, Object> props) {
        Map<String, String> shape = new LinkedHashMap<>(columns);
        boolean fits = out != null;
        for (Map.Entry<String, Object> p : props.entrySet()) {
            if (absent(p.getValue())) {
                continue;
            }
            String type = type(p.getKey(), p.getValue());
            if (!type.equals(columns.get(p.getKey()))) {
                shape.put(p.getKey(), type);
                fits = false;
            }
        }
        if (!fits) {
            start(shape);
        }
        StringBuilder line = new StringBuilder();
        for (String id : ids) {
            field(line, id);
        }
        for (String column : columns.keySet()) {
            Object value = props.get(column);
            if (!absent(value)) {
                field(line, value);
            } else {
                line.append(',');
            }
        }
        line.setCharAt(line.length() - 1, '\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        rows++;
    }

    /** The parts written so far; closes the current one. */
    List<Part> parts() {
        close();
        return List.copyOf(parts);
    }

    private void start(Map<String, String> shape) {
        close();
        columns = shape;
        file = dir.resolve(name + "-" + parts.size() + ".csv");
        multiline = false;
        rows = 0;
        List<String> header = new ArrayList<>(idColumns);
        columns.forEach((column, type) -> header.add(column + ":" + type));
        try {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.append(String.join(",", header)).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        parts.add(new Part(file, multiline, rows));
        out = null;
    }

    private static boolean absent(Object value) {
        return value == null || value instanceof List<?> list && list.isEmpty();
    }

    /** The importer's type for a value. */
    private static String type(String key, Object value) {
        return switch (value) {
            case String s -> "string";
            case Integer i -> "long";
            case Long l -> "long";
            case Double d -> "double";
            case Float f -> "double";
            case Boolean b -> "boolean";
            case List<?> list -> type(key, list.getFirst()) + "[]";
            default -> throw new IllegalArgumentException("property " + key + " has a value the importer cannot take: "
                    + value.getClass().getSimpleName());
        };
    }

    private void field(StringBuilder line, Object value) {
        switch (value) {
            case String s -> quoted(line, s);
            case List<?> list -> {
                StringBuilder joined = new StringBuilder();
                for (Object element : list) {
                    String text = String.valueOf(element);
                    if (text.indexOf(ARRAY_DELIMITER) >= 0) {
                        throw new IllegalArgumentException("a list value holds the importer's array delimiter U+001F: " + text);
                    }
                    if (!joined.isEmpty()) {
                        joined.append(ARRAY_DELIMITER);
                    }
                    joined.append(text);
                }
                quoted(line, joined.toString());
            }
            default -> line.append(value);
        }
        line.append(',');
    }

    private void quoted(StringBuilder line, String s) {
        if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            multiline = true;
        }
        line.append('"').append(s.replace("\"", "\"\"")).append('"');
    }
}
