package guanxi.report;

import guanxi.model.Resources;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the graph as GraphML for Gephi and yEd: reads every node and relationship (MENTIONS only on request:
 * they double the edges and say little in a picture), produces one {@code <node>} per node with its label text
 * and kind, and one {@code <edge>} per relationship with its type, story, date and evidence. Node colours come
 * from the Browser style sheet, so a printed picture looks like the Browser; yEd reads them from its own
 * {@code y:ShapeNode} extension, Gephi from the {@code label} and {@code kind} attributes.
 */
public final class GraphMlExport {

    private static final String NODES = Resources.text("guanxi/report/graphml-nodes.cypher");
    private static final String EDGES = Resources.text("guanxi/report/graphml-edges.cypher");
    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private static final String YED = "http://www.yworks.com/xml/graphml";
    private static final List<String> NODE_KEYS = List.of("label", "kind", "date", "investment_yuan");
    private static final List<String> EDGE_KEYS = List.of("type", "story", "date", "evidence", "title");
    private static final Pattern NODE_COLOUR = Pattern.compile("(?ms)^node\\.(\\w+) \\{.*?^\\s*color: (#[0-9A-Fa-f]{6});");

    private final Driver driver;

    public GraphMlExport(Driver driver) {
        this.driver = driver;
    }

    /** Writes the whole graph to {@code out} (not closed); returns the node and edge counts. */
    public long[] write(OutputStream out, boolean withMentions) throws IOException {
        Map<String, String> colours = labelColours();
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                try {
                    XMLStreamWriter xml = XMLOutputFactory.newFactory()
                            .createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
                    xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
                    xml.writeCharacters("\n");
                    xml.writeStartElement("graphml");
                    xml.writeDefaultNamespace(GRAPHML);
                    xml.writeNamespace("y", YED);
                    keys(xml, "node", NODE_KEYS);
                    keys(xml, "edge", EDGE_KEYS);
                    key(xml, "ng", "node", null, "nodegraphics");
                    xml.writeStartElement("graph");
                    xml.writeAttribute("id", "guanxi");
                    xml.writeAttribute("edgedefault", "directed");
                    long nodes = 0;
                    long edges = 0;
                    Map<String, String> ids = new HashMap<>();
                    for (Record r : tx.run(NODES).list()) {
                        String id = "n" + nodes++;
                        ids.put(r.get("id").asString(), id);
                        xml.writeStartElement("node");
                        xml.writeAttribute("id", id);
                        data(xml, r, NODE_KEYS);
                        yedShape(xml, text(r.get("label")), colours.getOrDefault(text(r.get("kind")), "#A5ABB6"));
                        xml.writeEndElement();
                    }
                    for (Record r : tx.run(EDGES, Map.of("mentions", withMentions)).list()) {
                        xml.writeStartElement("edge");
                        xml.writeAttribute("id", "e" + edges++);
                        xml.writeAttribute("source", ids.get(r.get("source").asString()));
                        xml.writeAttribute("target", ids.get(r.get("target").asString()));
                        data(xml, r, EDGE_KEYS);
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                    xml.writeEndElement();
                    xml.writeEndDocument();
                    xml.flush();
                    return new long[]{nodes, edges};
                } catch (XMLStreamException e) {
                    throw new UncheckedIOException(new IOException(e));
                }
            });
        }
    }

    private static void keys(XMLStreamWriter xml, String target, List<String> names) throws XMLStreamException {
        for (String name : names) {
            key(xml, target.charAt(0) + "_" + name, target, name, null);
        }
    }

    private static void key(XMLStreamWriter xml, String id, String target, String name, String yfiles)
            throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", target);
        if (name != null) {
            xml.writeAttribute("attr.name", name);
            xml.writeAttribute("attr.type", name.equals("investment_yuan") ? "long" : "string");
        }
        if (yfiles != null) {
            xml.writeAttribute("yfiles.type", yfiles);
        }
    }

    private static void data(XMLStreamWriter xml, Record r, List<String> names) throws XMLStreamException {
        String prefix = names == NODE_KEYS ? "n_" : "e_";
        for (String name : names) {
            Value v = r.get(name);
            if (!v.isNull()) {
                xml.writeStartElement("data");
                xml.writeAttribute("key", prefix + name);
                xml.writeCharacters(text(v));
                xml.writeEndElement();
            }
        }
    }

    private static void yedShape(XMLStreamWriter xml, String label, String colour) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", "ng");
        xml.writeStartElement(YED, "ShapeNode");
        xml.writeEmptyElement(YED, "Fill");
        xml.writeAttribute("color", colour);
        xml.writeStartElement(YED, "NodeLabel");
        xml.writeCharacters(label);
        xml.writeEndElement();
        xml.writeEmptyElement(YED, "Shape");
        xml.writeAttribute("type", "ellipse");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String text(Value v) {
        return v.isNull() ? "" : v.hasType(org.neo4j.driver.types.TypeSystem.getDefault().STRING())
                ? v.asString() : v.toString();
    }

    /** Label → fill colour from {@code cypher/guanxi.grass}, the Browser's style. */
    static Map<String, String> labelColours() {
        Matcher m = NODE_COLOUR.matcher(Resources.text("cypher/guanxi.grass"));
        Map<String, String> colours = new HashMap<>();
        while (m.find()) {
            colours.put(m.group(1), m.group(2));
        }
        return colours;
    }
}
