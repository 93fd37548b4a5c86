package guanxi.extract;

import guanxi.model.Extraction;
import org.junit.jupiter.api.Test;

import static guanxi.extract.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 座谈会上，甲、乙分别讲话 in a visit story whose leader is 乙: the host 甲 who accompanied him met him at the talks (and
 * is not listed as attending); a member of the leader's own party who speaks there attends. With no visit led, the
 * speakers of a forum attend.
 */
class TalksWithLeaderRulesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(story("标题", body));
    }

    @Test
    void theHostsMetTheLeaderAtTheTalks() {
        assertThat(Show.relations(extract("副市长韩涛带队来我县考察。县委书记林强陪同考察。在随后召开的座谈会上，林强、韩涛分别讲话。")))
                .contains("MET 林强->韩涛").doesNotContain("ATTENDED 林强");
        assertThat(Show.relations(extract("浙江省青田县县长赵明率代表团来我县考察。县长孙丽陪同。在座谈会上，孙丽、赵明分别致辞。")))
                .contains("MET 孙丽->赵明").doesNotContain("ATTENDED 孙丽");
        assertThat(Show.relations(extract("区长章平率队来我县考察。副区长陶红一同考察。县委书记吴江陪同。"
                + "座谈会上，吴江、章平、陶红分别讲话。")))
                .contains("MET 吴江->章平", "ATTENDED 陶红").doesNotContain("MET 陶红->章平");
    }

    @Test
    void nearMissAForumWithNoVisitLed() {
        assertThat(Show.relations(extract("县委书记林强主持召开企业座谈会。座谈会上，林强、王明分别讲话。")))
                .doesNotContain("MET 王明->林强", "MET 林强->王明");
    }
}
