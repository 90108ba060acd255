package dev.polcat.analyze;

import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Rule;
import dev.polcat.yaml.SharedText;

/**
 * One rule of a rendered policy with its generated sentence and its author's note. {@code anchor} is a
 * stable id for links ({@code ingress-0} or the rule's name); {@code note} is Markdown, "" when none.
 */
public record ExplainedRule(
        String resource,
        PolicyType direction,
        int index,
        String name,
        String anchor,
        String sentence,
        String note,
        Rule rule) {

    public ExplainedRule {
        // every rule of every environment is kept until the site is written; their words mostly repeat
        resource = SharedText.of(resource);
        name = SharedText.of(name);
        anchor = SharedText.of(anchor);
        sentence = SharedText.of(sentence);
    }

    /** Calico's path to the rule ({@code spec.ingress[0]}). */
    public String path() {
        return "spec." + (direction == PolicyType.INGRESS ? "ingress" : "egress") + "[" + index + "]";
    }
}
