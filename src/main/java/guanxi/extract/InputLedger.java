package guanxi.extract;

import guanxi.model.ExtractedPage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What a {@link PageStream} keeps about its inputs whatever they are: the files it reads, the inputs it rejected and
 * the pages it loads with something set aside. Page files and extracted JSON Lines differ in how they read, not in
 * what they must account for, so the account lives here once.
 */
abstract class InputLedger implements PageStream {

    private final List<Path> files;
    /** Appended on the consumer's thread as inputs are handed over; synchronised for a reader on another thread. */
    private final List<String> rejected = Collections.synchronizedList(new ArrayList<>());
    private final List<String> setAside = Collections.synchronizedList(new ArrayList<>());

    InputLedger(List<Path> files) {
        this.files = List.copyOf(files);
    }

    @Override
    public List<Path> files() {
        return files;
    }

    @Override
    public List<String> rejected() {
        synchronized (rejected) {
            return List.copyOf(rejected);
        }
    }

    @Override
    public List<String> setAside() {
        synchronized (setAside) {
            return List.copyOf(setAside);
        }
    }

    /** Notes an input that does not load, as one line naming it and the reason. */
    final void reject(String line) {
        rejected.add(line);
    }

    /** Notes a page that loads without something {@link FactLimits} set aside, or whose bad bytes were replaced. */
    final void setAside(String line) {
        setAside.add(line);
    }

    /**
     * The pages of one iteration, read one ahead: a stream says only how to read the next page ({@link #read()}), and
     * the iterator's bookkeeping is written once.
     */
    abstract static class Pages implements Iterator<ExtractedPage> {
        private ExtractedPage next;

        /** The next page, or null when there is none. */
        abstract ExtractedPage read();

        @Override
        public final boolean hasNext() {
            if (next == null) {
                next = read();
            }
            return next != null;
        }

        @Override
        public final ExtractedPage next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ExtractedPage page = next;
            next = null;
            return page;
        }
    }
}
