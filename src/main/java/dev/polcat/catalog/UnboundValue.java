package dev.polcat.catalog;

import dev.polcat.diag.SourcePos;

/**
 * A value a profile sets under a name that no policy declares but a template uses: the template is
 * where the mistake is reported, with the type this value suggests ({@code cidr[]}) for the
 * declaration to add.
 */
public record UnboundValue(String name, String inferredType, SourcePos pos) {}
