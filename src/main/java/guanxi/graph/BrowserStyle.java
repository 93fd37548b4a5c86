package guanxi.graph;

import guanxi.model.Resources;

/**
 * guanxi's Graph Style Sheet ({@code cypher/guanxi.grass}) in the form the Browser's {@code :style} command takes
 * inline: JSON, {@code {"selector": {"property": "value"}}}. Given inline, the style applies at once, so the
 * {@code :clear} after it in {@code browser.post_connect_cmd} removes the frame that echoes it; fetched from a URL it
 * would arrive after the clear and stay on screen as a hundred lines of style sheet. JSON also has no {@code ;},
 * which separates post-connect commands.
 */
final class BrowserStyle {

    private static final String GRASS = "cypher/guanxi.grass";

    private BrowserStyle() {
    }

    /** The style sheet on the classpath as inline JSON. */
    static String json() {
        return json(Resources.text(GRASS));
    }

    /**
     * A style sheet as JSON. Quotes around a value are dropped as the Browser's own parser drops them
     * ({@code caption: '{name}'} becomes {@code "caption": "{name}"}).
     */
    static String json(String grass) {
        StringBuilder out = new StringBuilder("{");
        StringBuilder selector = new StringBuilder();
        StringBuilder body = new StringBuilder();
        boolean inBody = false;
        char quote = 0;
        for (char c : grass.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    body.append(c);
                }
            } else if (inBody && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == '{' && !inBody) {
                inBody = true;
            } else if (c == '}' && inBody) {
                out.append(out.length() > 1 ? "," : "").append(rule(selector.toString().strip(), body.toString()));
                selector.setLength(0);
                body.setLength(0);
                inBody = false;
            } else {
                (inBody ? body : selector).append(c);
            }
        }
        return out.append('}').toString();
    }

    private static String rule(String selector, String body) {
        StringBuilder out = new StringBuilder(quote(selector)).append(":{");
        boolean first = true;
        for (String declaration : body.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                continue;
            }
            out.append(first ? "" : ",").append(quote(declaration.substring(0, colon).strip())).append(':')
                    .append(quote(declaration.substring(colon + 1).strip()));
            first = false;
        }
        return out.append('}').toString();
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
