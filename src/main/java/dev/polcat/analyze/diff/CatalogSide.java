package dev.polcat.analyze.diff;

import dev.polcat.analyze.Analysis;
import dev.polcat.catalog.Catalog;
import dev.polcat.validate.ValidatedPolicy;
import java.util.List;

/** One side of a comparison: a built catalog (its policies and analysis) and what to call it. */
public record CatalogSide(String label, Catalog catalog, List<ValidatedPolicy> policies, Analysis analysis) {
    public CatalogSide {
        policies = List.copyOf(policies);
    }
}
