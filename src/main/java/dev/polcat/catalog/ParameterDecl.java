package dev.polcat.catalog;

import dev.polcat.diag.SourcePos;

/**
 * A parameter as a policy's doc declares it. {@code defaultValue} is null when there is none. {@code
 * policy} is the declaring policy ("" for record fields).
 */
public record ParameterDecl(
        String name,
        ParamType type,
        ParamValue defaultValue,
        boolean required,
        String description,
        String policy,
        SourcePos pos) {}
