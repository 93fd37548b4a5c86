package guanxi.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people a bulk import saw named per story, what the identity pass weighs, kept as ints: reads (story number,
 * person number, byline) as a batch's mentions pass, produces per story its people in one flat array. A million
 * stories naming five people each take some 25 MB, where a list of named records per story took ten times that.
 * Stories are numbered from 0 in the order they came; a batch's stories are sealed together once its mentions are in.
 */
final class StoryPeople {

    /** Per person number and byline flag, in story order: {@code person * 2 + (byline ? 1 : 0)}. */
    private int[] people = new int[1024];
    private int size;
    /** Where each sealed story's people start in {@link #people}; entry {@code sealed} is {@link #size}. */
    private int[] starts = new int[1025];
    private int sealed;
    /** The people of stories not sealed yet, by story number. */
    private final Map<Integer, List<Integer>> pending = new HashMap<>();

    /** One person named in a story not sealed yet. */
    void add(int story, int person, boolean byline) {
        if (story < sealed) {
            throw new IllegalStateException("story " + story + " is already sealed");
        }
        pending.computeIfAbsent(story, k -> new ArrayList<>()).add(person * 2 + (byline ? 1 : 0));
    }

    /** Seals every story numbered below {@code stories}: their people are final. */
    void seal(int stories) {
        for (int story = sealed; story < stories; story++) {
            for (int code : pending.getOrDefault(story, List.of())) {
                if (size == people.length) {
                    people = Arrays.copyOf(people, Math.max(1024, people.length * 2));
                }
                people[size++] = code;
            }
            pending.remove(story);
            if (story + 2 > starts.length) {
                starts = Arrays.copyOf(starts, Math.max(1025, starts.length * 2));
            }
            starts[story + 1] = size;
        }
        sealed = Math.max(sealed, stories);
    }

    /** Forgets every story. */
    void clear() {
        people = new int[0];
        starts = new int[1];
        size = 0;
        sealed = 0;
        pending.clear();
    }

    /** How many people a sealed story names. */
    int count(int story) {
        return starts[story + 1] - starts[story];
    }

    /** The number of the {@code i}-th person a sealed story names. */
    int person(int story, int i) {
        return people[starts[story] + i] >>> 1;
    }

    /** Whether the {@code i}-th person a sealed story names is named there as its byline. */
    boolean byline(int story, int i) {
        return (people[starts[story] + i] & 1) == 1;
    }
}
