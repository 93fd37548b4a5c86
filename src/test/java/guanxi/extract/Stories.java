package guanxi.extract;

import guanxi.model.Sentence;
import guanxi.model.Story;

import java.util.ArrayList;
import java.util.List;

/** Builds {@link Story} records for tests: the body is split after 。！？ into sentences with exact offsets. */
final class Stories {

    private Stories() {
    }

    static Story story(String title, String body, String... reporters) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '。' || c == '！' || c == '？' || i == body.length() - 1) {
                sentences.add(new Sentence(sentences.size(), start, i + 1, body.substring(start, i + 1)));
                start = i + 1;
            }
        }
        return new Story("t-" + Integer.toHexString(body.hashCode()), "test.txt", title, "01-01", List.of(reporters),
                body, sentences);
    }
}
