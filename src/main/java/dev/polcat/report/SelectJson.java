package dev.polcat.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.polcat.diag.SafeJson;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/** {@code polcat select --format json}: an array, one object per selector; see the README. */
public final class SelectJson {
    private SelectJson() {}

    record Entry(String selector, boolean valid, String error, String canonical, List<Match> matches) {}

    /** {@code host} for a host of the environment, {@code labelSet} (from 1) for a given label set. */
    record Match(
            @JsonInclude(JsonInclude.Include.NON_NULL) String host,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer labelSet,
            SortedMap<String, String> labels,
            boolean match) {}

    public static String render(List<SelectorMatches> results, List<SelectorMatches.Target> targets) {
        List<Entry> entries = new ArrayList<>();
        for (SelectorMatches r : results) {
            List<Match> matches = new ArrayList<>();
            for (int i = 0; i < r.matches().size(); i++) {
                SelectorMatches.Target t = targets.get(i);
                matches.add(new Match(
                        t.isHost() ? t.name() : null,
                        t.isHost() ? null : t.index(),
                        t.labels(),
                        r.matches().get(i)));
            }
            entries.add(new Entry(
                    r.text(), r.isValid(), r.error(), r.isValid() ? r.selector().canonical() : "", matches));
        }
        return SafeJson.write(entries);
    }
}
