package guanxi.model;

import java.util.List;

/**
 * A named person in one story with every title printed for them there.
 *
 * @param name     as printed, including OCR placeholders such as 口
 * @param titles   title phrases in first-seen order, each kept whole with its organisation part
 * @param mentions where the person is named
 */
public record Person(String name, List<String> titles, List<Evidence> mentions) {
    public Person {
        titles = List.copyOf(titles);
        mentions = List.copyOf(mentions);
    }
}
