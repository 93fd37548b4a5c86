package guanxi.graph;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.Callback;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.AbstractNeoWebServer;
import org.neo4j.server.NeoBootstrapper;
import org.neo4j.server.NeoWebServer;
import org.neo4j.server.web.JettyWebServer;

import java.util.ArrayList;
import java.util.List;

/**
 * Sends a bare {@code /browser/} (no query) to the Browser address that connects without a login form. The Browser
 * shows its "connect" form unless the address says {@code preselectAuthMethod=NO_AUTH}, and people type the short
 * address. ({@code /} is redirected by Neo4j itself, through {@code internal.dbms.uris.browser}.) Neo4j has no
 * setting for this, so a small handler goes in front of the Browser's own, on the running Jetty server.
 */
final class BrowserRedirect extends Handler.Abstract {

    private final String target;

    private BrowserRedirect(String target) {
        this.target = target;
    }

    /**
     * Puts the redirect in front of the Browser's static files. Returns false (and changes nothing) when this Neo4j
     * version's web server is not the expected Jetty one; the long address still works then.
     */
    static boolean install(NeoBootstrapper bootstrapper, String browserUrl) {
        try {
            GraphDatabaseService system = bootstrapper.getDatabaseManagementService().database("system");
            NeoWebServer web = ((GraphDatabaseAPI) system).getDependencyResolver().resolveDependency(NeoWebServer.class);
            if (!(web instanceof AbstractNeoWebServer neo) || !(neo.getWebServer() instanceof JettyWebServer jetty)) {
                return false;
            }
            ContextHandlerCollection contexts = jetty.getJetty().getDescendant(ContextHandlerCollection.class);
            if (contexts == null) {
                return false;
            }
            ContextHandler browser = new ContextHandler(new BrowserRedirect(browserUrl), "/browser");
            List<Handler> handlers = new ArrayList<>();
            handlers.add(browser);
            handlers.addAll(contexts.getHandlers());
            contexts.setHandlers(handlers);
            if (!browser.isStarted()) {
                browser.start();
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String query = request.getHttpURI().getQuery();
        boolean bare = (path.isEmpty() || path.equals("/") || path.equals("/index.html"))
                && (query == null || query.isEmpty());
        if (!bare || !"GET".equals(request.getMethod())) {
            return false;
        }
        // 302, not 301: the target names this run's Bolt port, so browsers must not remember it for good.
        Response.sendRedirect(request, response, callback, HttpStatus.FOUND_302, target, false);
        return true;
    }
}
