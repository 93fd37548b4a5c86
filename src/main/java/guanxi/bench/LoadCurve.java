package guanxi.bench;

import guanxi.graph.LoadProgress;
import guanxi.graph.LoadSummary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The loader's progress as a curve of stories loaded against time spent loading: receives the loader's
 * per-batch callbacks and subtracts the time the loader spent waiting for extraction (read from
 * {@code waitingNanos} at each callback). Answers how long a slice of the load took, e.g. the first and last
 * tenth of the stories, interpolating linearly within a batch.
 */
final class LoadCurve implements LoadProgress {

    private final LongSupplier waitingNanos;
    private final long waitingAtStart;
    /** Points (stories loaded, seconds spent loading), starting at the origin. */
    private final List<double[]> points = new ArrayList<>(List.of(new double[]{0, 0}));

    LoadCurve(LongSupplier waitingNanos) {
        this.waitingNanos = waitingNanos;
        this.waitingAtStart = waitingNanos.getAsLong();
    }

    @Override
    public void batch(int pages, int stories, Duration elapsed) {
        long waited = waitingNanos.getAsLong() - waitingAtStart;
        points.add(new double[]{stories, (elapsed.toNanos() - waited) / 1e9});
    }

    @Override
    public void finished(LoadSummary summary) {
    }

    int batches() {
        return points.size() - 1;
    }

    /** Loading seconds when the last batch was committed (work after it, e.g. a final pass, is not included). */
    double lastBatchSeconds() {
        return points.getLast()[1];
    }

    /** Loading seconds between two fractions of the stories, e.g. {@code (0.9, 1.0)} for the last tenth. */
    double loadSecondsBetween(double from, double to) {
        return secondsAt(to) - secondsAt(from);
    }

    private double secondsAt(double fraction) {
        double total = points.getLast()[0];
        double target = fraction * total;
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            if (target <= b[0]) {
                return b[0] == a[0] ? b[1] : a[1] + (b[1] - a[1]) * (target - a[0]) / (b[0] - a[0]);
            }
        }
        return points.getLast()[1];
    }
}
