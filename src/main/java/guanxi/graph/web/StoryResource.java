package guanxi.graph.web;

import org.neo4j.dbms.api.DatabaseManagementService;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;

/**
 * {@code /guanxi/story/{id}}: one story as printed, its mentions and facts highlighted at their spans, its facts
 * listed with evidence and rule, and a link that opens the Browser on the story's graph. Edges carry this address
 * as {@code source_url}. Reads only.
 */
@Path("/story")
public class StoryResource {

    @Context
    private DatabaseManagementService dbms;

    @GET
    @Path("{id}")
    public Response story(@PathParam("id") String id) {
        StoryReads reads = new StoryReads(dbms);
        try {
            return reads.story(id)
                    .map(s -> html(Response.ok(), StoryHtml.story(s, reads.browserLink(s.id()))))
                    .orElseGet(() -> html(Response.status(Response.Status.NOT_FOUND),
                            StoryHtml.notFound("The graph holds no story with id " + id + ".")));
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    /** One line saying what went wrong instead of the server's bare 500 page. */
    static Response failed(RuntimeException e) {
        return html(Response.serverError(), StoryHtml.page("Error", "<h1>The story reader failed</h1><p>"
                + StoryHtml.escape(e.getClass().getSimpleName() + ": " + e.getMessage()) + "</p>"));
    }

    static Response html(Response.ResponseBuilder response, String html) {
        return response.entity(html).type("text/html; charset=utf-8").header("Cache-Control", "no-cache").build();
    }
}
