package dev.polcat.diag;

/**
 * Stable identifiers of every problem polcat reports, grouped by stage: P1xx load, P2xx render, P3xx
 * validate, P4xx analyze (lints), P5xx verify, P6xx publish. Never renumber: users grep for them.
 */
public enum DiagnosticCode {
    P100_UNREADABLE_INPUT,
    P101_YAML_SYNTAX,
    P102_DUPLICATE_KEY,
    P103_YAML_FEATURE,
    P104_UNKNOWN_KEY,
    P105_WRONG_TYPE,
    P106_MISSING_VALUE,
    P107_INVALID_VALUE,
    P108_EXTENDS_CYCLE,
    P109_UNKNOWN_PARENT,
    P110_BAD_NAME,
    P111_FRONT_MATTER,
    P112_PARAM_DECLARATION,
    P113_UNKNOWN_POLICY,
    P114_AMBIGUOUS_SCALAR,
    P115_LIMIT,
    P116_LAYOUT_OVERRIDES_IGNORED,
    /** A flow log (impact --flows, diff --flows): a record that could not be read, or too many of them. */
    P117_FLOW_LOG,
    P201_TEMPLATE_SYNTAX,
    P202_TEMPLATE_ERROR,
    P203_TEMPLATE_LIMIT,
    P204_TEMPLATE_FORBIDDEN,
    P205_RENDERED_YAML,
    P301_CALICO_INVALID,
    P302_UNKNOWN_FIELD,
    P303_PLACEHOLDER,
    P304_RESOURCE_SHAPE,
    // P305 (selectors) was never emitted: invalid selectors are P301 like every other Calico rule.
    P306_DUPLICATE_RESOURCE,
    P307_NOT_A_POLICY_KIND,
    P401_LINT,
    P501_EXPECTATION_FAILED,
    P502_LOCKOUT;
    // P601 (output paths) was never emitted: names are checked at load (P110). Retired numbers are not reused.

    /** "P104", the form printed to users. */
    public String id() {
        return name().substring(0, 4);
    }
}
