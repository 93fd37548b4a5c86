package guanxi.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The scorer's rules on small hand-made stories; the expected counts are what score.py prints for the same input. */
class ScorerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> lines(String... json) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String j : json) {
            out.add(JSON.readTree(j.replace('\'', '"')));
        }
        return out;
    }

    @Test
    void metIsUndirectedCompaniesMatchAliasesProjectsMatchBySuffix() throws Exception {
        List<JsonNode> gold = lines("{'doc':'a.txt','title':'柯文静与聂远交流座谈','date':'02-19','reporters':['吕佳'],"
                + "'persons':[{'name':'柯文静','titles':['县委书记']},{'name':'聂远','titles':[]}],"
                + "'companies':[{'name':'青松木业家居股份有限公司','aliases':['青松木业集团']}],"
                + "'projects':[{'name':'禾川县垃圾焚烧发电项目','investment_yuan':9000000000}],"
                + "'relations':[{'type':'MET','from':'聂远','to':'柯文静'},"
                + "{'type':'EXECUTIVE_OF','from':'聂远','to':'青松木业家居股份有限公司'},"
                + "{'type':'LED','from':'柯文静'}]}");
        List<JsonNode> pred = lines("{'doc':'a.txt','title':'柯文静与聂远交流座谈 ','date':'02-19','reporters':['吕佳'],"
                + "'persons':[{'name':'柯文静','titles':['县委书记']},{'name':'聂远','titles':['执行总裁']}],"
                + "'companies':[{'name':'青松木业集团','aliases':[]}],"
                + "'projects':[{'name':'垃圾焚烧发电','investment_yuan':9000000000}],"
                + "'relations':[{'type':'MET','from':'柯文静','to':'聂远'},"
                + "{'type':'EXECUTIVE_OF','from':'聂远','to':'青松木业集团'},"
                + "{'type':'ATTENDED','from':'聂远','evidence':{'text':'聂远出席。'}}]}");
        Scorer.Report r = Scorer.score(gold, pred);
        assertThat(r.rows().get("rel:MET")).isEqualTo(new Scorer.Row(1, 1, 1));
        assertThat(r.rows().get("rel:EXECUTIVE_OF")).isEqualTo(new Scorer.Row(1, 1, 1));
        assertThat(r.rows().get("rel:LED")).isEqualTo(new Scorer.Row(0, 1, 0));
        assertThat(r.rows().get("rel:ATTENDED")).isEqualTo(new Scorer.Row(0, 0, 1));
        assertThat(r.rows().get("Company")).isEqualTo(new Scorer.Row(1, 1, 1));
        assertThat(r.rows().get("Project")).isEqualTo(new Scorer.Row(1, 1, 1));
        assertThat(r.rows().get("Investment")).isEqualTo(new Scorer.Row(1, 1, 1));
        assertThat(r.rows().get("Title")).isEqualTo(new Scorer.Row(1, 1, 2));
        assertThat(r.relations()).isEqualTo(new Scorer.Row(2, 3, 3));
        assertThat(r.relations().f1()).isEqualTo(0.6667);
        assertThat(r.errors()).extracting(Scorer.Error::kind, Scorer.Error::type, Scorer.Error::evidence)
                .contains(org.assertj.core.groups.Tuple.tuple("spurious", "ATTENDED", "聂远出席。"),
                        org.assertj.core.groups.Tuple.tuple("missed", "LED", null));
    }

    @Test
    void storiesPairByTitleOverlapWithinTheSameFile() throws Exception {
        List<JsonNode> gold = lines("{'doc':'a.txt','title':'全镇秋粮收购工作会召开','relations':[{'type':'PRESIDED','from':'柯文静'}]}",
                "{'doc':'a.txt','title':'柯文静专题调研全镇养老服务体系建设','relations':[]}");
        List<JsonNode> pred = lines("{'doc':'a.txt','title':'全镇秋粮收购工作会召开','relations':[{'type':'PRESIDED','from':'柯文静'}]}",
                "{'doc':'a.txt','title':'完全不同的标题','relations':[{'type':'LED','from':'某人'}]}",
                "{'doc':'b.txt','title':'柯文静专题调研全镇养老服务体系建设','relations':[{'type':'LED','from':'柯文静'}]}");
        Scorer.Report r = Scorer.score(gold, pred);
        assertThat(r.rows().get("Story")).isEqualTo(new Scorer.Row(1, 2, 2));
        assertThat(r.rows().get("rel:PRESIDED")).isEqualTo(new Scorer.Row(1, 1, 1));
        assertThat(r.rows().get("rel:LED")).isEqualTo(new Scorer.Row(0, 0, 1));
    }

    @Test
    void titleOverlapFollowsDifflib() {
        // difflib.SequenceMatcher(None, "abcd", "bcde") has matching blocks of size 3: 3/4.
        assertThat(Scorer.titleOverlap("abcd", "bcde")).isEqualTo(0.75);
        assertThat(Scorer.titleOverlap("柯文静带队 赴安徽", "柯文静带队赴安徽")).isEqualTo(1.0);
        assertThat(Scorer.titleOverlap("", "x")).isEqualTo(0.0);
    }
}
