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
        List<JsonNode> gold = lines("{'doc':'a.txt','title':'解芳与国林交流座谈','date':'02-19','reporters':['张倩倩'],"
                + "'persons':[{'name':'解芳','titles':['县委书记']},{'name':'国林','titles':[]}],"
                + "'companies':[{'name':'红星美凯龙家具股份有限公司','aliases':['红星美凯龙集团']}],"
                + "'projects':[{'name':'绛县抽水蓄能电站项目','investment_yuan':9000000000}],"
                + "'relations':[{'type':'MET','from':'国林','to':'解芳'},"
                + "{'type':'EXECUTIVE_OF','from':'国林','to':'红星美凯龙家具股份有限公司'},"
                + "{'type':'LED','from':'解芳'}]}");
        List<JsonNode> pred = lines("{'doc':'a.txt','title':'解芳与国林交流座谈 ','date':'02-19','reporters':['张倩倩'],"
                + "'persons':[{'name':'解芳','titles':['县委书记']},{'name':'国林','titles':['执行总裁']}],"
                + "'companies':[{'name':'红星美凯龙集团','aliases':[]}],"
                + "'projects':[{'name':'抽水蓄能电站','investment_yuan':9000000000}],"
                + "'relations':[{'type':'MET','from':'解芳','to':'国林'},"
                + "{'type':'EXECUTIVE_OF','from':'国林','to':'红星美凯龙集团'},"
                + "{'type':'ATTENDED','from':'国林','evidence':{'text':'国林出席。'}}]}");
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
                .contains(org.assertj.core.groups.Tuple.tuple("spurious", "ATTENDED", "国林出席。"),
                        org.assertj.core.groups.Tuple.tuple("missed", "LED", null));
    }

    @Test
    void storiesPairByTitleOverlapWithinTheSameFile() throws Exception {
        List<JsonNode> gold = lines("{'doc':'a.txt','title':'全县重点项目谋划会召开','relations':[{'type':'PRESIDED','from':'解芳'}]}",
                "{'doc':'a.txt','title':'解芳专题调研全县医疗救治能力建设','relations':[]}");
        List<JsonNode> pred = lines("{'doc':'a.txt','title':'全县重点项目谋划会召开','relations':[{'type':'PRESIDED','from':'解芳'}]}",
                "{'doc':'a.txt','title':'完全不同的标题','relations':[{'type':'LED','from':'某人'}]}",
                "{'doc':'b.txt','title':'解芳专题调研全县医疗救治能力建设','relations':[{'type':'LED','from':'解芳'}]}");
        Scorer.Report r = Scorer.score(gold, pred);
        assertThat(r.rows().get("Story")).isEqualTo(new Scorer.Row(1, 2, 2));
        assertThat(r.rows().get("rel:PRESIDED")).isEqualTo(new Scorer.Row(1, 1, 1));
        assertThat(r.rows().get("rel:LED")).isEqualTo(new Scorer.Row(0, 0, 1));
    }

    @Test
    void titleOverlapFollowsDifflib() {
        // difflib.SequenceMatcher(None, "abcd", "bcde") has matching blocks of size 3: 3/4.
        assertThat(Scorer.titleOverlap("abcd", "bcde")).isEqualTo(0.75);
        assertThat(Scorer.titleOverlap("解芳带队 赴浙江", "解芳带队赴浙江")).isEqualTo(1.0);
        assertThat(Scorer.titleOverlap("", "x")).isEqualTo(0.0);
    }
}
