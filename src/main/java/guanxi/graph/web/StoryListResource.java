package guanxi.graph.web;

import org.neo4j.dbms.api.DatabaseManagementService;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;

/**
 * {@code /guanxi/stories}: the story reader's list, newest first, {@value #PAGE_SIZE} a page, filtered by
 * {@code ?q=} (part of a headline, the text, a page file, a date prefix or an id) and paged by {@code ?page=}.
 * Reads only.
 */
@Path("/stories")
public class StoryListResource {

    static final int PAGE_SIZE = 100;

    @Context
    private DatabaseManagementService dbms;

    @GET
    public Response list(@QueryParam("q") @DefaultValue("") String q, @QueryParam("page") @DefaultValue("1") String page) {
        String filter = q.strip();
        int n;
        try {
            n = Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            n = 1;
        }
        StoryReads reads = new StoryReads(dbms);
        try {
            long total = reads.count(filter);
            long lastPage = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
            n = (int) Math.min(n, lastPage);
            String html = StoryHtml.list(reads.rows(filter, (n - 1) * PAGE_SIZE, PAGE_SIZE), filter, n, total, PAGE_SIZE);
            return StoryResource.html(Response.ok(), html);
        } catch (RuntimeException e) {
            return StoryResource.failed(e);
        }
    }
}
