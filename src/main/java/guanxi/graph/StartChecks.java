package guanxi.graph;

import guanxi.graph.EmbeddedNeo4j.BusyException;
import guanxi.model.Resources;

import org.neo4j.server.NeoBootstrapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What {@link EmbeddedNeo4j} settles before and right after Neo4j starts: that the data folder and ports are free
 * (Neo4j finds out only after its whole start-up, then prints a stack trace that blames the wrong thing), where
 * Neo4j's own log goes, and that only the owner of the server stops it.
 */
final class StartChecks {

    /** The file Neo4j locks for as long as a server uses the data folder. */
    static final String STORE_LOCK = "data/databases/store_lock";

    private static final String QUIET_LOG_CONFIG = "guanxi/graph/user-logs.xml";

    private StartChecks() {
    }

    /** Throws {@link BusyException} when another server (this process or another) holds the data folder. */
    static void dataFolderFree(Path home) {
        Path lock = home.resolve(STORE_LOCK);
        if (!Files.exists(lock)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                throw busyFolder(home);
            }
            held.release();
        } catch (OverlappingFileLockException e) {
            throw busyFolder(home);
        } catch (IOException e) {
            // Unreadable lock file: let Neo4j report it in its own words.
        }
    }

    private static BusyException busyFolder(Path home) {
        return new BusyException(BusyException.What.DATA_FOLDER, "the data folder " + home
                + " is in use by another guanxi or Neo4j server: stop it, or give another folder with --data");
    }

    /** Throws {@link BusyException} when something already listens on {@code port} of {@code listen}. */
    static void portFree(String listen, int port, BusyException.What which) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(listen), port));
        } catch (IOException e) {
            String kind = which == BusyException.What.HTTP_PORT ? "HTTP" : "Bolt";
            throw new BusyException(which, kind + " port " + port + " on " + listen + " is in use (" + e.getMessage()
                    + ")");
        }
    }

    /**
     * Writes the log configuration that sends Neo4j's own log to {@code logs/neo4j.log} only, into the data folder's
     * {@code conf/} (Neo4j reads it from a file), and returns its path.
     */
    static Path quietUserLogConfig(Path home) {
        Path target = home.resolve("conf").resolve("user-logs.xml");
        String config = Resources.text(QUIET_LOG_CONFIG);
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, config, StandardCharsets.UTF_8);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes the JVM shutdown hook the bootstrapper registers for itself (it has no public way to say no), so a
     * Ctrl-C stops the server once, through its owner. Without access the hook stays: a second "Stopping" line.
     */
    static void dropShutdownHook(NeoBootstrapper bootstrapper) {
        try {
            var field = NeoBootstrapper.class.getDeclaredField("shutdownHook");
            field.setAccessible(true);
            if (field.get(bootstrapper) instanceof Thread hook) {
                Runtime.getRuntime().removeShutdownHook(hook);
                field.set(bootstrapper, null);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Shutting down, or another Neo4j version: the hook stays, which is harmless.
        }
    }
}
