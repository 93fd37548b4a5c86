package guanxi.graph;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.nio.file.Path;
import java.util.Map;

/** One embedded server (the same class {@code serve} runs) per test class, on free ports in a temporary folder. */
abstract class ServerPerClass {

    @TempDir
    static Path home;
    static EmbeddedNeo4j server;
    static Driver driver;

    @BeforeAll
    static void startServer() {
        server = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(home, "127.0.0.1", 0, 0, null, "128m"));
        driver = new Neo4jConnection(server.boltUri(), "neo4j", null).open();
    }

    @AfterAll
    static void stopServer() {
        if (driver != null) {
            driver.close();
        }
        if (server != null) {
            server.close();
        }
    }

    static void wipe() {
        query("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS", Map.of());
    }

    static long count(String cypher) {
        return count(cypher, Map.of());
    }

    static long count(String cypher, Map<String, Object> params) {
        try (Session s = driver.session()) {
            return s.run(cypher, params).single().get(0).asLong();
        }
    }

    static java.util.List<org.neo4j.driver.Record> query(String cypher, Map<String, Object> params) {
        try (Session s = driver.session()) {
            return s.run(cypher, params).list();
        }
    }

    /** Node and relationship counts per label and type: what "identical counts" compares. */
    static Map<String, Long> shape() {
        java.util.Map<String, Long> shape = new java.util.TreeMap<>();
        query("MATCH (n) RETURN labels(n)[0] AS k, count(*) AS c", Map.of())
                .forEach(r -> shape.put(":" + r.get("k").asString(), r.get("c").asLong()));
        query("MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS c", Map.of())
                .forEach(r -> shape.put("-" + r.get("k").asString(), r.get("c").asLong()));
        return shape;
    }
}
