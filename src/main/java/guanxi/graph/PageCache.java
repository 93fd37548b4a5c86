package guanxi.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How much page cache an embedded server gets for a data folder when nobody says: the store's files plus a quarter
 * for what the next loads add, at least a floor (a new or small graph starts as before), and at most half the memory
 * the Java heap leaves on this machine. A provincial archive (a million stories, several GB of store) is then read
 * from memory where the machine has it, instead of through a fixed 512 MB that every report would miss; a small
 * laptop still keeps memory for everything else. Neo4j's own default sizes the cache from the machine alone.
 */
public final class PageCache {

    /** What {@code --page-cache} accepts besides {@code auto}: Neo4j's notation, a number with an optional unit. */
    private static final Pattern SIZE = Pattern.compile("[1-9][0-9]*[kKmMgG]?");
    private static final long MB = 1L << 20;

    private PageCache() {
    }

    /** Whether {@code text} is {@code auto} or a size Neo4j reads (e.g. {@code 512m}, {@code 4g}). */
    public static boolean valid(String text) {
        return text.equals("auto") || SIZE.matcher(text).matches();
    }

    /** {@code text} itself, or for {@code auto} the size {@link #forStore} gives. */
    public static String resolve(String text, Path home, long floorMb) {
        return text.equals("auto") ? forStore(home, floorMb) : text;
    }

    /** The page cache for the graph in {@code home} (its {@code data/databases}), in Neo4j's notation. */
    public static String forStore(Path home, long floorMb) {
        long physical = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : 0;
        return size(storeBytes(home.resolve("data").resolve("databases")), floorMb * MB,
                Math.max(0, physical - Runtime.getRuntime().maxMemory()));
    }

    /** The store plus a quarter, at least {@code floor}, at most half of {@code available} (never below the floor). */
    static String size(long storeBytes, long floor, long available) {
        long wanted = Math.max(floor, storeBytes + storeBytes / 4);
        long bytes = Math.min(wanted, Math.max(floor, available / 2));
        return (bytes + MB - 1) / MB + "m";
    }

    /** Bytes in the files under {@code dir}; 0 when there is none yet. */
    static long storeBytes(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(PageCache::sizeOf).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + dir + ": " + e.getMessage(), e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // a file gone since the walk saw it (a transaction log rotated) holds nothing to cache
        }
    }
}
