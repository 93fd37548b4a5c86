package guanxi.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayWidthTest {

    @Test
    void hanAndFullWidthPunctuationTakeTwoColumns() {
        assertThat(DisplayWidth.of("陶然")).isEqualTo(4);
        assertThat(DisplayWidth.of("县长，")).isEqualTo(6);
        assertThat(DisplayWidth.of("（２０２３）")).isEqualTo(12);
        assertThat(DisplayWidth.of("「运才兴运」")).isEqualTo(12);
    }

    @Test
    void asciiTakesOneAndMarksAndControlsNone() {
        assertThat(DisplayWidth.of("90亿 yuan")).isEqualTo(9);
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
        assertThat(DisplayWidth.of("a\u200Bb\t")).isEqualTo(2);
    }

    @Test
    void extensionBHanOutsideTheBasicPlaneIsWide() {
        assertThat(DisplayWidth.of("𠀀")).isEqualTo(2);
    }

    @Test
    void truncateNeverSplitsAWideCharacterAndMarksTheCut() {
        assertThat(DisplayWidth.truncate("禾川县垃圾焚烧发电项目", 9)).isEqualTo("禾川县垃…");
        assertThat(DisplayWidth.of(DisplayWidth.truncate("禾川县垃圾焚烧发电项目", 9))).isEqualTo(9);
        assertThat(DisplayWidth.truncate("短", 9)).isEqualTo("短");
    }

    @Test
    void padFillsToTheColumnCountOnEitherSide() {
        assertThat(DisplayWidth.pad("吴滨", 6, false)).isEqualTo("吴滨  ");
        assertThat(DisplayWidth.pad("42", 4, true)).isEqualTo("  42");
    }
}
