package dev.polcat.analyze.impact;

import dev.polcat.analyze.flow.Flow;
import dev.polcat.analyze.flow.Verdict;
import java.util.List;

/**
 * One observed flow simulated against one version: the flow as simulated ({@code path}) and its verdict, how its ends were matched ({@code notes}), the rules that
 * could not be decided exactly because an end had no address ({@code undecided}) — or, when it could not
 * be simulated, why ({@code unmatched}, and a null verdict).
 */
public record Simulated(Flow path, Verdict verdict, List<String> notes, List<String> undecided, String unmatched) {
    public Simulated {
        notes = List.copyOf(notes);
        undecided = List.copyOf(undecided);
    }

    static Simulated unmatched(String why, List<String> notes) {
        return new Simulated(null, null, notes, List.of(), why);
    }

    /** The flow as simulated, {@code path tcp/8080 from shop/web-0 to shop/api-0}; "" when it was not. */
    public String flow() {
        return path == null ? "" : path.describe();
    }

    public boolean isMatched() {
        return verdict != null;
    }

    public boolean allowed() {
        return verdict != null && verdict.allowed();
    }
}
