package guanxi.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guanxi.model.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds page files and reads them. {@link #expand} turns files and folders into a sorted list of
 * files; {@link #read} decodes one page (UTF-8 with or without BOM, UTF-16 with BOM or by the shape of
 * its bytes, Big5 by the shape of its bytes, else GB18030; a UTF-8 page with a stray bad byte keeps its text, with
 * U+FFFD at the spot and a note naming the byte offset in {@link Page#notes()}), normalises line ends to {@code \n}, and takes the issue year from a
 * sidecar {@code PAGE.meta.json}. A file that is not a page is rejected with a one-line reason.
 */
public final class PageFiles {
    /** Pages are a few kilobytes; anything this large is not a newspaper page. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int UTF16_SAMPLE = 4096;
    /** More than one control character in this many marks a binary file, not a text with a stray one. */
    private static final int CONTROL_CHAR_RATIO = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageFiles() {
    }

    /** Files as given, and each folder's {@code *.txt} files (not recursive), sorted by path. */
    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"))
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list folder " + p, e);
                }
            } else {
                out.add(p);
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * Reads one page.
     *
     * @throws RejectedInputException when the file is missing, larger than 10 MB, empty, binary,
     *                                undecodable, has no Chinese text, or its sidecar is malformed
     */
    public static Page read(Path file) {
        byte[] bytes = bytes(file);
        Decoded decoded = decoded(file, bytes);
        String text = decoded.text();
        long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (controls > text.length() / CONTROL_CHAR_RATIO) {
            throw new RejectedInputException(file, "binary file (" + controls + " control characters)");
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new RejectedInputException(file, "no text (only whitespace)");
        }
        if (text.codePoints().noneMatch(Text::isHan)) {
            throw new RejectedInputException(file, "no Chinese text");
        }
        String date = sidecarDate(file);
        return new Page(file.getFileName().toString(), text, sidecarYear(file), date, sidecarPaper(file),
                decoded.notes());
    }

    private static byte[] bytes(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new RejectedInputException(file, "not a readable file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new RejectedInputException(file, "file over 10 MB (" + size + " bytes)");
            }
            if (size == 0) {
                throw new RejectedInputException(file, "empty file");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RejectedInputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** A page's text and what decoding repaired (one line, without the file name), if anything. */
    record Decoded(String text, List<String> notes) {
        Decoded(String text) {
            this(text, List.of());
        }
    }

    static String decode(Path file, byte[] b) {
        return decoded(file, b).text();
    }

    static Decoded decoded(Path file, byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            Decoded lenient = nearlyUtf8(b, 3);
            return lenient != null && !lenient.notes().isEmpty() ? lenient
                    : new Decoded(strict(file, ByteBuffer.wrap(b, 3, b.length - 3), StandardCharsets.UTF_8));
        }
        return decodeWithoutUtf8Bom(file, b);
    }

    private static Decoded decodeWithoutUtf8Bom(Path file, byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(strict(file, ByteBuffer.wrap(b, 2, b.length - 2), StandardCharsets.UTF_16LE));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(strict(file, ByteBuffer.wrap(b, 2, b.length - 2), StandardCharsets.UTF_16BE));
        }
        if (hasNul(b)) {
            Charset utf16 = utf16ByShape(b);
            if (utf16 == null) {
                throw new RejectedInputException(file, "binary file (NUL bytes)");
            }
            return new Decoded(strict(file, ByteBuffer.wrap(b), utf16));
        }
        try {
            return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b)).toString());
        } catch (CharacterCodingException notUtf8) {
            // Chinese-only UTF-16 has no NUL bytes; GB18030 would also decode it, into nonsense.
            Charset utf16 = utf16ByShape(b);
            if (utf16 != null) {
                return new Decoded(strict(file, ByteBuffer.wrap(b), utf16));
            }
            // A UTF-8 page with a stray bad byte (a copy cut mid-character) keeps its text; U+FFFD marks the spot.
            Decoded lenient = nearlyUtf8(b, 0);
            if (lenient != null) {
                return lenient;
            }
            return new Decoded(strict(file, ByteBuffer.wrap(b), looksLikeBig5(b) ? BIG5 : GB18030));
        }
    }

    /** Big5 with the Hong Kong additions: Taiwan and Hong Kong papers. */
    private static final Charset BIG5 = Charset.isSupported("Big5-HKSCS") ? Charset.forName("Big5-HKSCS")
            : Charset.forName("Big5");

    /**
     * Big5 rather than GB18030, told by the second bytes of the two-byte characters: GB2312, which nearly all
     * simplified text stays within, uses 0xA1–0xFE only, while about four Big5 characters in ten use 0x40–0x7E.
     * Both decode each other's bytes, so the shape decides, and Big5 must then decode strictly.
     */
    private static boolean looksLikeBig5(byte[] b) {
        int pairs = 0;
        int lowTrail = 0;
        for (int i = 0; i < b.length; i++) {
            int lead = b[i] & 0xFF;
            if (lead < 0x80 || i + 1 >= b.length) {
                continue;
            }
            int trail = b[i + 1] & 0xFF;
            if (trail >= 0x30 && trail <= 0x39) {
                i += 3; // a GB18030 four-byte character: never Big5
                pairs++;
                continue;
            }
            pairs++;
            if (trail >= 0x40 && trail <= 0x7E) {
                lowTrail++;
            }
            i++;
        }
        if (pairs < 10 || lowTrail * 100 < pairs * 15) {
            return false;
        }
        try {
            decoder(BIG5).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The text of a UTF-8 page with a few bad bytes, each bad sequence replaced by U+FFFD, and one note giving their
     * byte offsets in the file; or null when the bytes are not mostly UTF-8. Mostly UTF-8 is at least 20 well-formed
     * multi-byte characters and at most three places with bad bytes (a byte inserted into, cut out of or overwritten
     * in a character breaks it into up to four pieces, all one place) or one place per hundred good characters.
     *
     * @param from where the text starts in {@code b} (after a byte order mark)
     */
    private static Decoded nearlyUtf8(byte[] b, int from) {
        CharsetDecoder d = decoder(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length + 1);
        List<Integer> places = new ArrayList<>();
        int lastBadEnd = -1;
        for (java.nio.charset.CoderResult r = d.decode(in, out, true); !r.isUnderflow(); r = d.decode(in, out, true)) {
            if (!r.isError()) {
                return null;
            }
            int at = in.position();
            // Bad bytes a character's width apart are one broken character (a byte overwritten inside it).
            if (lastBadEnd < 0 || at > lastBadEnd + 2) {
                places.add(at);
            }
            out.put('\uFFFD');
            lastBadEnd = at + r.length();
            in.position(lastBadEnd);
        }
        d.flush(out);
        String text = out.flip().toString();
        long good = text.codePoints().filter(cp -> cp >= 0x80 && cp != 0xFFFD).count();
        if (good < 20 || places.size() > Math.max(3, good / 100)) {
            return null;
        }
        if (places.isEmpty()) {
            return new Decoded(text);
        }
        int shown = 5;
        String offsets = places.stream().limit(shown).map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", "))
                + (places.size() > shown ? " and " + (places.size() - shown) + " more" : "");
        return new Decoded(text, List.of((places.size() == 1 ? "bad UTF-8 byte at offset " : "bad UTF-8 bytes at offsets ")
                + offsets + " replaced by U+FFFD (the rest of the page read as UTF-8)"));
    }

    /**
     * UTF-16 without a BOM: the byte order whose strict decoding is nearly all Han, ASCII and
     * punctuation, trying first the order the NUL bytes point to.
     */
    private static Charset utf16ByShape(byte[] b) {
        if (b.length < 2 || b.length % 2 != 0) {
            return null;
        }
        int n = Math.min(b.length, UTF16_SAMPLE);
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    evenNul++;
                } else {
                    oddNul++;
                }
            }
        }
        // ASCII puts its NUL high byte at odd offsets in LE; a Han character like 开 (U+5F00) puts its
        // NUL low byte at even ones, so the parity only says which byte order to try first.
        List<Charset> order = evenNul > oddNul
                ? List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)
                : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);
        return order.stream().filter(cs -> plausibleUtf16(b, cs)).findFirst().orElse(null);
    }

    /** Decodes strictly and checks that nearly every character is Han, ASCII, CJK punctuation or space. */
    private static boolean plausibleUtf16(byte[] b, Charset cs) {
        try {
            String s = decoder(cs).decode(ByteBuffer.wrap(b)).toString();
            long good = s.codePoints().filter(cp -> cp < 0x80 || Text.isHan(cp)
                    || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF
                    || cp >= 0x2000 && cp <= 0x206F).count();
            long han = s.codePoints().filter(Text::isHan).count();
            return han > 0 && good >= 0.95 * s.codePointCount(0, s.length());
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasNul(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return true;
            }
        }
        return false;
    }

    private static String strict(Path file, ByteBuffer bytes, Charset cs) {
        try {
            return decoder(cs).decode(bytes.duplicate()).toString();
        } catch (CharacterCodingException e) {
            throw new RejectedInputException(file, "not decodable as " + cs.name() + ": bad bytes at offset "
                    + firstBadOffset(bytes, cs) + " (binary or mixed encodings)");
        }
    }

    /** Offset in the file of the first byte {@code cs} cannot decode (the buffer starts after any BOM). */
    private static int firstBadOffset(ByteBuffer bytes, Charset cs) {
        ByteBuffer in = bytes.duplicate();
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(in.remaining() + 16);
        java.nio.charset.CoderResult result = decoder(cs).decode(in, out, true);
        return result.isError() ? in.position() : in.limit();
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The issue date from the sidecar ({"date": "2023-02-17"}), or null; a malformed sidecar is refused by {@link #sidecarYear}. */
    private static String sidecarDate(Path file) {
        Path meta = sidecar(file);
        if (meta == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(meta.toFile());
            String date = node != null && node.hasNonNull("date") ? node.get("date").asText() : null;
            return date != null && date.matches("\\d{4}-\\d{2}-\\d{2}") ? date : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The newspaper's name from the sidecar ({"paper": "某县报"}), or null. Pages name their paper nowhere else that the
     * reader can trust (no masthead line, file names are the archive's), so without a sidecar the paper stays unknown.
     */
    private static String sidecarPaper(Path file) {
        Path meta = sidecar(file);
        if (meta == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(meta.toFile());
            String paper = node != null && node.hasNonNull("paper") ? node.get("paper").asText().strip() : "";
            return paper.isEmpty() ? null : paper;
        } catch (IOException e) {
            return null;
        }
    }

    private static Path sidecar(Path file) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        Path meta = file.resolveSibling(stem + ".meta.json");
        if (!Files.isRegularFile(meta)) {
            meta = file.resolveSibling(name + ".meta.json");
        }
        return Files.isRegularFile(meta) ? meta : null;
    }

    /**
     * The year from the sidecar beside the page: {@code NAME.meta.json} (or {@code NAME.txt.meta.json})
     * for {@code NAME.txt}, holding {"year": 2023} or {"date": "2023-02-17"}.
     */
    private static Integer sidecarYear(Path file) {
        Path meta = sidecar(file);
        if (meta == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(meta.toFile());
            if (node != null && node.hasNonNull("year") && node.get("year").canConvertToInt()) {
                return node.get("year").intValue();
            }
            if (node != null && node.hasNonNull("date") && node.get("date").asText().matches("\\d{4}-.*")) {
                return Integer.valueOf(node.get("date").asText().substring(0, 4));
            }
            if (node != null && node.hasNonNull("paper")) {
                return null; // names the paper only
            }
            throw new RejectedInputException(file, meta.getFileName()
                    + " has none of \"year\", \"date\" (YYYY-MM-DD) and \"paper\"");
        } catch (IOException e) {
            throw new RejectedInputException(file, meta.getFileName() + " is not valid JSON: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }
}
