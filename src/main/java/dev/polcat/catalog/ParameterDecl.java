package dev.polcat.catalog;

import dev.polcat.diag.SourcePos;

/**
 * A parameter as a policy's doc declares it. {@code defaultValue} is null when there is none. {@code
 * policy} is the declaring policy ("" for record fields). {@code guard} is the lockout guard's use of it:
 * {@code management}, {@code datastore} or {@code bgp} ("" for none).
 */
public record ParameterDecl(
        String name,
        ParamType type,
        ParamValue defaultValue,
        boolean required,
        String description,
        String guard,
        String policy,
        SourcePos pos) {}
