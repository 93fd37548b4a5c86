package guanxi.graph;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.web.JettyWebServer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps a server without authentication to the person at the machine: a web page from another origin, or one whose
 * host name was rebound to 127.0.0.1 (DNS rebinding), cannot query it. Browsers send {@code Host} and {@code Origin}
 * with every request they make for a page, WebSocket upgrades included (which no CORS rule covers), so a request is
 * served only when its {@code Host} names this machine's loopback address with the port really bound, and its
 * {@code Origin}, when there is one, is the server's own HTTP address. Tools that are not browsers (drivers,
 * {@code curl}, guanxi itself) send no {@code Origin} and a loopback {@code Host}, and are served as before.
 *
 * <p>Reads the headers of each HTTP request and each Bolt WebSocket upgrade; produces a 403 answer for a refused one.
 * Neo4j has no setting for either check, so the guard is installed into the running server: a Jetty request
 * customizer on the HTTP connector, and a Netty handler at the head of every Bolt connection's pipeline.
 */
public final class LocalOnlyGuard {

    /** Host names that are this machine whatever DNS says. */
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    /** The longest HTTP head a WebSocket upgrade may have before the guard gives up on it. */
    private static final int MAX_HEAD_BYTES = 16 * 1024;

    private final int httpPort;
    private final int boltPort;

    LocalOnlyGuard(int httpPort, int boltPort) {
        this.httpPort = httpPort;
        this.boltPort = boltPort;
    }

    /** Installs the guard on the HTTP and Bolt connectors of a running embedded server. */
    static void install(DatabaseManagementService dbms, int httpPort, int boltPort) {
        LocalOnlyGuard guard = new LocalOnlyGuard(httpPort, boltPort);
        var resolver = ((GraphDatabaseAPI) dbms.database("system")).getDependencyResolver();
        JettyWebServer web = resolver.resolveDependency(JettyWebServer.class);
        for (Connector connector : web.getJetty().getConnectors()) {
            HttpConnectionFactory factory = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (factory != null) {
                factory.getHttpConfiguration().addCustomizer(guard.httpCustomizer());
            }
        }
        BoltServer bolt = resolver.resolveDependency(BoltServer.class);
        bolt.getConnectors().forEach(c -> c.registerListener(guard.boltListener()));
    }

    /**
     * Why a request with these headers is refused, or null when it is served.
     *
     * @param host   the {@code Host} header, null when absent
     * @param origin the {@code Origin} header, null when absent
     * @param port   the port the request arrived on
     */
    String refusal(String host, String origin, int port) {
        if (host != null && !isLoopback(host.trim(), port)) {
            return "host " + host + " is not this machine's loopback address";
        }
        if (origin != null && !isOwnOrigin(origin.trim())) {
            return "requests from the web origin " + origin + " are not served";
        }
        return null;
    }

    private static boolean isLoopback(String hostAndPort, int port) {
        String h = hostAndPort.toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon < 0 || h.endsWith("]")) {
            return port == 80 && LOOPBACK_NAMES.contains(h);
        }
        return LOOPBACK_NAMES.contains(h.substring(0, colon)) && h.substring(colon + 1).equals(Integer.toString(port));
    }

    /** The Browser's own address: the HTTP server under one of its loopback names. */
    private boolean isOwnOrigin(String origin) {
        String o = origin.toLowerCase(Locale.ROOT);
        return o.startsWith("http://") && isLoopback(o.substring("http://".length()), httpPort);
    }

    HttpConfiguration.Customizer httpCustomizer() {
        return (request, responseHeaders) -> {
            String reason = refusal(request.getHeaders().get(HttpHeader.HOST), request.getHeaders().get(HttpHeader.ORIGIN),
                    httpPort);
            if (reason != null) {
                throw new HttpException.RuntimeException(403, reason);
            }
            return request;
        };
    }

    ConnectorListener boltListener() {
        return new ConnectorListener() {
            @Override
            public void onConnectionCreated(Connection connection) {
                connection.modifyPipeline(pipeline -> pipeline.addFirst("guanxi-local-only", new WebSocketHeadCheck()));
            }
        };
    }

    /**
     * Reads the first bytes of a Bolt connection: a binary Bolt handshake passes untouched; an HTTP request (the
     * WebSocket upgrade the Browser sends) passes only when its head names a loopback host and no foreign origin.
     * Removes itself once it has decided.
     */
    private final class WebSocketHeadCheck extends ChannelInboundHandlerAdapter {
        private ByteBuf head;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (!(msg instanceof ByteBuf in)) {
                ctx.fireChannelRead(msg);
                return;
            }
            if (head == null) {
                head = Unpooled.buffer();
            }
            head.writeBytes(in);
            in.release();
            if (head.readableBytes() < 4) {
                return;
            }
            String start = head.toString(head.readerIndex(), 4, StandardCharsets.US_ASCII);
            if (!start.equals("GET ")) {
                pass(ctx);
                return;
            }
            String text = head.toString(StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                if (head.readableBytes() > MAX_HEAD_BYTES) {
                    refuse(ctx, "request head too long");
                }
                return;
            }
            String reason = refusal(header(text, end, "host"), header(text, end, "origin"), boltPort);
            if (reason == null) {
                pass(ctx);
            } else {
                refuse(ctx, reason);
            }
        }

        private void pass(ChannelHandlerContext ctx) {
            ByteBuf buffered = head;
            head = null;
            ctx.pipeline().remove(this);
            ctx.fireChannelRead(buffered);
        }

        private void refuse(ChannelHandlerContext ctx, String reason) {
            head.release();
            head = null;
            byte[] body = (reason + "\n").getBytes(StandardCharsets.UTF_8);
            String answer = "HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n\r\n";
            ByteBuf out = Unpooled.wrappedBuffer(answer.getBytes(StandardCharsets.US_ASCII), body);
            ctx.writeAndFlush(out).addListener(ChannelFutureListener.CLOSE);
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            if (head != null) {
                head.release();
                head = null;
            }
        }
    }

    /** The value of a header in an HTTP head, or null; a repeated header counts as foreign (first one is not trusted). */
    static String header(String text, int end, String name) {
        String found = null;
        for (String line : List.of(text.substring(0, end).split("\r\n"))) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                if (found != null) {
                    return "(repeated)";
                }
                found = line.substring(colon + 1).trim();
            }
        }
        return found;
    }
}
