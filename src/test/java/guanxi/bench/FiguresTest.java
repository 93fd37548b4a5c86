package guanxi.bench;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    @Test
    void printsOneKeyValueLinePerFigureInInsertionOrder() {
        Figures f = new Figures().put("stories", 1000).put("load_seconds", 12.3456, 2).put("note", "2 cores");
        StringWriter out = new StringWriter();
        f.print(new PrintWriter(out));
        assertThat(out.toString()).isEqualTo("stories=1000\nload_seconds=12.35\nnote=2 cores\n");
    }

    @Test
    void percentileUsesTheNearestRank() {
        double[] ms = {5, 1, 4, 2, 3, 10, 9, 8, 7, 6};
        assertThat(Figures.percentile(ms, 50)).isEqualTo(5);
        assertThat(Figures.percentile(ms, 95)).isEqualTo(10);
        assertThat(Figures.percentile(ms, 10)).isEqualTo(1);
        assertThat(Figures.percentile(new double[]{42}, 95)).isEqualTo(42);
        assertThat(Figures.percentile(new double[0], 50)).isNaN();
    }
}
