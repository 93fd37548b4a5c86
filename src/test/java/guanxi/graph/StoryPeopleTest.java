package guanxi.graph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoryPeopleTest {

    @Test
    void aBatchsMentionsInAnyOrderComeOutPerStoryWithTheirBylines() {
        StoryPeople people = new StoryPeople();
        // Batch one: stories 0-2, mentions interleaved across stories; story 1 names nobody.
        people.add(2, 7, false);
        people.add(0, 3, true);
        people.add(2, 4, false);
        people.add(0, 5, false);
        people.seal(3);
        // Batch two grows the arrays past their first size.
        for (int story = 3; story < 3000; story++) {
            people.add(story, story, story % 2 == 0);
        }
        people.seal(3000);

        assertThat(named(people, 0)).containsExactly("3 byline", "5");
        assertThat(people.count(1)).isZero();
        assertThat(named(people, 2)).containsExactly("7", "4");
        assertThat(named(people, 2999)).containsExactly("2999");
        assertThat(named(people, 2998)).containsExactly("2998 byline");
        assertThatThrownBy(() -> people.add(5, 1, false)).isInstanceOf(IllegalStateException.class);
    }

    private static List<String> named(StoryPeople people, int story) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < people.count(story); i++) {
            out.add(people.person(story, i) + (people.byline(story, i) ? " byline" : ""));
        }
        return out;
    }
}
