package guanxi.graph.web;

import guanxi.model.Resources;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Unmanaged server extension mounted at {@code /guanxi}: serves the Browser style sheet and guide from the classpath
 * ({@code cypher/guanxi.grass}, {@code cypher/guide.html}), so the Browser loads them from its own origin.
 * Only the files named here are served; nothing else of the classpath is reachable.
 * The server runs extensions on Jersey 2, hence {@code javax.ws.rs}.
 */
@Path("/")
public class GuanxiResources {

    private static final Map<String, String> FILES = Map.of(
            "guanxi.grass", "text/plain; charset=utf-8",
            "guide.html", "text/html; charset=utf-8");

    @GET
    @Path("{file}")
    public Response file(@PathParam("file") String file) {
        String type = FILES.get(file);
        if (type == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return Resources.textIfPresent("cypher/" + file)
                .map(text -> Response.ok(text.getBytes(StandardCharsets.UTF_8), type).header("Cache-Control", "no-cache").build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }
}
