package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A headline prints the parties of a signing short (县政府, 建设银行, 农发行县支行): a bank's short name stands for its
 * branch the body names in full, and a short form that several fuller forms of one body could stand for is that body.
 * A different bank is no short form of the branch.
 */
class HeadlineShortBankRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    @Test
    void theHeadlinesShortPartiesAreTheBodysFullOnes() {
        Extraction x = EXTRACTOR.extract(story("县政府与工商银行签订合作协议",
                "5月6日，县人民政府与中国工商银行青山分行签订战略合作协议。工商银行将为我县提供融资支持。"));
        assertThat(Show.relations(x)).containsExactly("SIGNED 县人民政府->中国工商银行青山分行");
        x = EXTRACTOR.extract(story("县政府与农发行县支行签署合作协议",
                "4月2日，县人民政府与中国农业发展银行青山县支行签署战略合作协议。农发行青山县支行将支持我县水利建设。"));
        assertThat(Show.relations(x)).containsExactly("SIGNED 县人民政府->中国农业发展银行青山县支行");
        x = EXTRACTOR.extract(story("市政府与交通银行签约",
                "市人民政府与交通银行滨州分行签订金融合作协议。"));
        assertThat(Show.relations(x)).containsExactly("SIGNED 市人民政府->交通银行滨州分行");
    }

    @Test
    void nearMissAnotherBankIsNoShortForm() {
        Extraction x = EXTRACTOR.extract(story("县政府与农业银行签约",
                "县人民政府与中国建设银行青山分行签订合作协议。"));
        assertThat(Show.relations(x)).contains("SIGNED 县人民政府->中国建设银行青山分行");
        assertThat(Show.relations(x).stream().filter(r -> r.contains("农业银行")).toList()).hasSize(1);
    }
}
