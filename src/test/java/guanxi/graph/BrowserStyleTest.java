package guanxi.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BrowserStyleTest {

    @Test
    void aStyleSheetBecomesTheJsonTheBrowserTakesInline() {
        String grass = """
                node.Person {
                  diameter: 60px;
                  caption: '{name}';
                }
                relationship.MENTIONS {
                  shaft-width: 1px;
                }
                """;
        assertThat(BrowserStyle.json(grass)).isEqualTo(
                "{\"node.Person\":{\"diameter\":\"60px\",\"caption\":\"{name}\"},"
                        + "\"relationship.MENTIONS\":{\"shaft-width\":\"1px\"}}");
    }

    @Test
    void theShippedStyleSheetHasNoSemicolonLeftThatWouldSplitThePostConnectCommands() {
        String json = BrowserStyle.json();
        assertThat(json).doesNotContain(";").contains("\"node.Person\"").contains("\"relationship.MENTIONS\"");
    }
}
