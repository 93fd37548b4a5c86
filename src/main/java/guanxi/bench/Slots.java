package guanxi.bench;

import java.util.SplittableRandom;

/** Small parsing and drawing helpers shared by the template code. */
final class Slots {

    private Slots() {
    }

    /** Parses {@code A-B} (or a single {@code A}) into {@code {A, B}}. */
    static int[] range(String spec) {
        int dash = spec.indexOf('-');
        if (dash < 0) {
            int v = Integer.parseInt(spec.strip());
            return new int[]{v, v};
        }
        return new int[]{Integer.parseInt(spec.substring(0, dash).strip()), Integer.parseInt(spec.substring(dash + 1).strip())};
    }

    /** A number drawn uniformly from an {@code A-B} range, both ends included. */
    static int draw(String spec, SplittableRandom rnd) {
        int[] r = range(spec);
        return r[0] + rnd.nextInt(r[1] - r[0] + 1);
    }

    static boolean chance(SplittableRandom rnd, double p) {
        return rnd.nextDouble() < p;
    }
}
